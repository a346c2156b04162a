// SPDX-License-Identifier: Apache-2.0
#include "tools/shape_tool.h"

#include "label_painter.h"
#include "op_target.h"
#include "shape_outline.h"
#include "snapping.h"
#include "tool_kind.h"

#include <QLineF>

namespace inkboard::canvas {

QPointF DragShapeTool::snapped(QPointF p, Qt::KeyboardModifiers modifiers)
{
    if (!snapsCorners() || !m_view.isSnapping() || (modifiers & Qt::AltModifier)) {
        m_view.setSnapGuides({});
        return p;
    }
    const Snap s = snapPoint(p, m_snapTargets);
    m_view.setSnapGuides(s.guides);
    return p + s.correction;
}

void DragShapeTool::press(QPointF p, QMouseEvent *e)
{
    m_snapTargets = m_view.snapTargets({}); // once per gesture, not per pointer move
    m_start = snapped(p, e->modifiers());
    m_startWidget = e->position();
    m_modifiers = e->modifiers();
    m_id = newId();
    m_active = true;
    m_current.reset();
}

void DragShapeTool::move(QPointF p, QMouseEvent *e)
{
    if (!m_active)
        return;
    if (!m_current && QLineF(m_startWidget, e->position()).length() < kDragThresholdPx)
        return;
    m_modifiers = e->modifiers();
    m_current = object(snapped(p, e->modifiers()), e->modifiers() & Qt::ShiftModifier);
    m_view.setPreview({*m_current});
}

void DragShapeTool::release(QPointF, QMouseEvent *)
{
    if (!m_active)
        return;
    m_active = false;
    m_view.setSnapGuides({});
    m_view.clearPreview();
    if (!m_current) {
        // A click without a drag draws nothing, unless the tool drops something there.
        const std::optional<QJsonObject> placement = clickPlacement(m_start);
        if (!placement)
            return;
        QJsonObject props = baseProps();
        for (auto it = placement->constBegin(); it != placement->constEnd(); ++it)
            props.insert(it.key(), it.value());
        m_current = Object{m_id, m_type, props};
    }
    const Object o = *m_current;
    m_current.reset();
    m_view.requestOps({Op::create(newId(), o.id, o.type, o.props)},
                      // The tool's name ("Draw Sticky note"), not the type's wire name ("rect"),
                      // which no translation has.
                      QObject::tr("Draw %1").arg(toolName(m_view.tool())));
    m_view.setSelection({o.id});
    // The select tool takes over; this tool lives on until the next press, so it may still
    // finish what it started.
    m_view.setTool(ToolKind::Select);
    created(o);
}

bool DragShapeTool::cancel()
{
    if (!m_active)
        return false;
    m_active = false;
    m_current.reset();
    m_view.setSnapGuides({});
    m_view.clearPreview();
    return true;
}

QJsonObject DragShapeTool::baseProps() const
{
    QJsonObject props = m_view.style().toProps(m_type);
    props.insert(QStringLiteral("z"), m_view.zAbove());
    return props;
}

Object DragShapeTool::object(QPointF p, bool constrain) const
{
    QJsonObject props = baseProps();
    place(props, m_start, p, constrain);
    return Object{m_id, m_type, props};
}

QJsonObject ShapeTool::baseProps() const
{
    QJsonObject props = DragShapeTool::baseProps();
    if (!m_shape.isEmpty())
        props.insert(key::shape, m_shape);
    return props;
}

NoteTool::NoteTool(CanvasView &view) : ShapeTool(view, ObjectType::Rect, shape::note) {}

QJsonObject NoteTool::baseProps() const
{
    QJsonObject props = ShapeTool::baseProps();
    props.insert(key::grow, true);
    props.insert(key::fillColor, colorToProp(m_view.style().noteColor));
    return props;
}

std::optional<QJsonObject> NoteTool::clickPlacement(QPointF p) const
{
    return QJsonObject{{key::x, round2(p.x() - kSize / 2)},
                       {key::y, round2(p.y() - kSize / 2)},
                       {key::w, kSize},
                       {key::h, kSize}};
}

void NoteTool::created(const Object &note)
{
    m_view.beginTextEdit(note.id, {});
}

void ShapeTool::place(QJsonObject &props, QPointF start, QPointF p, bool constrain) const
{
    QPointF d = p - start;
    if (constrain) { // a square or a circle
        const double s = std::max(std::abs(d.x()), std::abs(d.y()));
        d = QPointF(d.x() < 0 ? -s : s, d.y() < 0 ? -s : s);
    }
    const QRectF r = QRectF(start, start + d).normalized();
    props.insert(QStringLiteral("x"), round2(r.x()));
    props.insert(QStringLiteral("y"), round2(r.y()));
    props.insert(QStringLiteral("w"), round2(r.width()));
    props.insert(QStringLiteral("h"), round2(r.height()));
}

} // namespace inkboard::canvas
