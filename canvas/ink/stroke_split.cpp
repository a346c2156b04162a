// SPDX-License-Identifier: Apache-2.0
#include "ink/stroke_split.h"

#include "ink/pen_kind.h"
#include "model/limits.h"
#include "style.h"

#include <QJsonArray>
#include <QLineF>
#include <cmath>

namespace inkboard::canvas::ink {

namespace {

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0;
    return QLineF(p, a + ab * t).length();
}

double round2(double v)
{
    return std::round(v * 100) / 100;
}

} // namespace

StrokeCut::StrokeCut(const Object &stroke, const QTransform &toCanvas, double step)
    : m_original(stroke)
{
    const QList<InkPoint> pts = inkPointsOf(stroke);
    step = std::max(step, 0.25);
    for (qsizetype i = 0; i < pts.size(); ++i) {
        const QPointF at = toCanvas.map(pts[i].pos);
        if (i > 0) {
            const QPointF from = m_samples.last().pos;
            const double fromPressure = pts[i - 1].pressure;
            const int parts = int(std::ceil(QLineF(from, at).length() / step));
            for (int k = 1; k < parts; ++k) {
                const double t = double(k) / parts;
                m_samples.append({from + (at - from) * t,
                                  fromPressure + (pts[i].pressure - fromPressure) * t, false});
            }
        }
        m_samples.append({at, pts[i].pressure, true});
    }
}

bool StrokeCut::erase(QPointF a, QPointF b, double radius)
{
    bool erased = false;
    for (Sample &s : m_samples) {
        if (s.kept && distanceToSegment(s.pos, a, b) <= radius) {
            s.kept = false;
            erased = true;
        }
    }
    m_cut = m_cut || erased;
    return erased;
}

QList<Object> StrokeCut::pieces(const std::function<QString()> &makeId) const
{
    QList<Object> out;
    const qsizetype maxPoints = Limits().maxPointsPerStroke;
    qsizetype i = 0;
    while (i < m_samples.size()) {
        if (!m_samples[i].kept) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end + 1 < m_samples.size() && m_samples[end + 1].kept)
            ++end;
        QList<const Sample *> run;
        for (qsizetype k = i; k <= end; ++k) {
            if (m_samples[k].stored || k == i || k == end)
                run.append(&m_samples[k]);
        }
        i = end + 1;
        if (run.size() < 2)
            continue; // a speck is not worth an object
        if (run.size() > maxPoints)
            run.resize(maxPoints);
        const QPointF origin(round2(run.first()->pos.x()), round2(run.first()->pos.y()));
        QJsonArray points;
        for (const Sample *s : std::as_const(run)) {
            points.append(round2(s->pos.x() - origin.x()));
            points.append(round2(s->pos.y() - origin.y()));
            points.append(round2(std::clamp(s->pressure, 0.0, 1.0)));
        }
        QJsonObject props = m_original.props;
        props.remove(key::rotation);
        props.insert(key::x, origin.x());
        props.insert(key::y, origin.y());
        props.insert(key::points, points);
        out.append(Object{makeId(), ObjectType::Stroke, props});
    }
    return out;
}

OpList cutOps(const QList<StrokeCut> &cuts, const std::function<QString()> &makeId)
{
    OpList ops;
    for (const StrokeCut &cut : cuts) {
        if (!cut.cut())
            continue;
        ops.append(Op::remove(makeId(), cut.original().id));
        for (const Object &piece : cut.pieces(makeId))
            ops.append(Op::create(makeId(), piece.id, piece.type, piece.props));
    }
    return ops;
}

} // namespace inkboard::canvas::ink
