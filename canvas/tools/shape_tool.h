#pragma once

#include "tools/tool.h"

#include <optional>

namespace inkboard::canvas {

// A shape drawn by dragging from one point to another: previewed while dragging, created at
// release (a click without a drag draws nothing), then selected with the select tool back.
// Subclasses say where the shape goes.
class DragShapeTool : public Tool
{
public:
    DragShapeTool(CanvasView &view, ObjectType type) : Tool(view), m_type(type) {}

    void press(QPointF p, QMouseEvent *e) override;
    void move(QPointF p, QMouseEvent *e) override;
    void release(QPointF, QMouseEvent *) override;
    bool cancel() override;

protected:
    // The placement props of the shape dragged from `start` to `p` (shift: `constrain`).
    virtual void place(QJsonObject &props, QPointF start, QPointF p, bool constrain) const = 0;
    // Whether the dragged corners snap to other objects and the grid (lines bind instead).
    virtual bool snapsCorners() const { return true; }
    // The modifiers of the gesture's last event (Alt: no binding, no snapping).
    Qt::KeyboardModifiers modifiers() const { return m_modifiers; }

private:
    Object object(QPointF p, bool constrain) const;
    QPointF snapped(QPointF p, Qt::KeyboardModifiers modifiers);

    ObjectType m_type;
    QPointF m_start;
    QPointF m_startWidget;
    QString m_id;
    bool m_active = false;
    Qt::KeyboardModifiers m_modifiers;
    std::optional<Object> m_current;
};

// Rectangles and ellipses; shift makes a square or a circle.
class ShapeTool : public DragShapeTool
{
public:
    using DragShapeTool::DragShapeTool;

protected:
    void place(QJsonObject &props, QPointF start, QPointF p, bool constrain) const override;
};

} // namespace inkboard::canvas
