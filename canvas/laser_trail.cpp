// SPDX-License-Identifier: Apache-2.0
#include "laser_trail.h"

#include <QPainter>
#include <algorithm>

namespace inkboard::canvas {

void LaserTrail::add(QPointF canvasPoint, qint64 nowMs)
{
    if (!m_points.isEmpty() && nowMs - m_points.last().madeMs < kMinSpacingMs) {
        m_points.last().at = canvasPoint; // the newest point follows the pointer
        return;
    }
    m_points.append({canvasPoint, nowMs});
    if (m_points.size() > kMaxPoints)
        m_points.removeFirst();
}

void LaserTrail::setAged(const QList<Point> &points, qint64 nowMs)
{
    m_points.clear();
    for (const Point &p : points.last(std::min<qsizetype>(points.size(), kMaxPoints))) {
        if (p.ageMs >= 0 && p.ageMs < kFadeMs)
            m_points.append({p.at, nowMs - p.ageMs});
    }
    std::stable_sort(m_points.begin(), m_points.end(),
                     [](const Stamped &a, const Stamped &b) { return a.madeMs < b.madeMs; });
}

bool LaserTrail::prune(qint64 nowMs)
{
    const qsizetype before = m_points.size();
    m_points.removeIf([nowMs](const Stamped &p) { return nowMs - p.madeMs >= kFadeMs; });
    return m_points.size() != before;
}

QList<LaserTrail::Point> LaserTrail::aged(qint64 nowMs) const
{
    QList<Point> out;
    out.reserve(m_points.size());
    for (const Stamped &p : m_points) {
        const qint64 age = std::max<qint64>(0, nowMs - p.madeMs);
        if (age < kFadeMs)
            out.append({p.at, int(age)});
    }
    return out;
}

void LaserTrail::paint(QPainter &painter, const QTransform &canvasToWidget, const QColor &color,
                       qint64 nowMs) const
{
    const QList<Point> points = aged(nowMs);
    if (points.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    auto life = [](int ageMs) { return 1.0 - double(ageMs) / kFadeMs; };
    // Glow first, then the core over it, so that the core is never dimmed by the glow.
    for (const bool core : {false, true}) {
        for (qsizetype i = 1; i < points.size(); ++i) {
            const double l = life(points[i].ageMs);
            QColor c = core ? QColor(255, 255, 255) : color;
            c.setAlphaF(float(std::clamp(core ? l * 0.9 : l * 0.45, 0.0, 1.0)));
            // Flat caps: round ones overlap at every joint, and the overlaps show as beads.
            QPen pen(c, core ? 1.5 + 2.0 * l : 4 + 8 * l, Qt::SolidLine, Qt::FlatCap);
            painter.setPen(pen);
            painter.drawLine(canvasToWidget.map(points[i - 1].at),
                             canvasToWidget.map(points[i].at));
        }
    }
    // The head: where the pointer is (or was last).
    const Point &head = points.last();
    const double l = life(head.ageMs);
    QColor glow = color;
    glow.setAlphaF(float(0.5 * l));
    painter.setPen(Qt::NoPen);
    painter.setBrush(glow);
    const QPointF at = canvasToWidget.map(head.at);
    painter.drawEllipse(at, 7 * l + 2, 7 * l + 2);
    painter.setBrush(QColor(255, 255, 255, int(230 * l)));
    painter.drawEllipse(at, 2.5, 2.5);
    painter.restore();
}

} // namespace inkboard::canvas
