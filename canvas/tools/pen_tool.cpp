// SPDX-License-Identifier: Apache-2.0
#include "tools/pen_tool.h"

#include "geometry.h"
#include "ink/ink_order.h"
#include "ink/pen_kind.h"
#include "model/limits.h"
#include "op_target.h"

#include <QJsonArray>
#include <QLineF>

namespace inkboard::canvas {

void PenTool::press(QPointF p, QMouseEvent *)
{
    m_points.clear();
    m_id = newId();
    m_active = true;
    add(p);
}

void PenTool::move(QPointF p, QMouseEvent *)
{
    if (!m_active)
        return;
    if (QLineF(m_points.last().pos, p).length() * m_view.zoom() < 1.0)
        return;
    add(p);
    if (m_points.size() >= Limits().maxPointsPerStroke) {
        // A very long stroke continues as a new object rather than breaking the limit.
        commit();
        m_points.clear();
        m_id = newId();
        add(p);
    }
}

void PenTool::release(QPointF p, QMouseEvent *)
{
    if (!m_active)
        return;
    if (m_points.isEmpty() || QLineF(m_points.last().pos, p).length() > 0)
        add(p);
    commit();
    m_active = false;
    m_points.clear();
    m_view.clearPreview();
}

bool PenTool::cancel()
{
    if (!m_active)
        return false;
    m_active = false;
    m_points.clear();
    m_view.clearPreview();
    return true;
}

void PenTool::add(QPointF p)
{
    m_points.append({p, m_view.pointerPressure()});
    m_view.setPreview({object()});
}

Object PenTool::object() const
{
    const QPointF origin = m_points.first().pos;
    QJsonArray pts;
    // A light smoothing of the raw samples (each point pulled toward its neighbors).
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        QPointF q = m_points[i].pos;
        if (i > 0 && i + 1 < m_points.size())
            q = (m_points[i - 1].pos + 2 * q + m_points[i + 1].pos) / 4;
        pts.append(round2(q.x() - origin.x()));
        pts.append(round2(q.y() - origin.y()));
        pts.append(round2(std::clamp(m_points[i].pressure, 0.0, 1.0)));
    }
    QJsonObject props = m_view.style().toProps(ObjectType::Stroke);
    props.insert(QStringLiteral("x"), round2(origin.x()));
    props.insert(QStringLiteral("y"), round2(origin.y()));
    props.insert(QStringLiteral("points"), pts);
    props.insert(QStringLiteral("z"), m_view.zAbove());
    if (m_kind == Kind::Highlighter) {
        const Style style = m_view.style();
        props.insert(key::strokeWidth, ink::highlighterWidth(style.strokeWidth));
        props.insert(key::strokeColor, colorToProp(ink::highlighterColor(style.strokeColor)));
        props.insert(key::opacity, round2(ink::kHighlighterOpacity * style.opacity));
        props.insert(ink::kPenKey, ink::kHighlighter);
    }
    return Object{m_id, ObjectType::Stroke, props};
}

void PenTool::commit()
{
    Object o = object();
    if (m_kind == Kind::Highlighter) {
        // Under the ink it crosses; only the commit looks, the preview stays on top meanwhile.
        const QRectF bounds = computeGeometry(o).bounds;
        o.props.insert(key::z, ink::highlighterZ(m_view.scene().itemsIn(bounds), o.z()));
    }
    m_view.requestOps({Op::create(newId(), o.id, o.type, o.props)}, QObject::tr("Draw"));
}

} // namespace inkboard::canvas
