// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "snapping.h"
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
    // The props of a new shape before placing: the style's, above everything.
    virtual QJsonObject baseProps() const;
    // A click without a drag at `p`: the placement props of what it drops, or none (the
    // default: a click draws nothing).
    virtual std::optional<QJsonObject> clickPlacement(QPointF) const { return std::nullopt; }
    // After the shape is created and selected, with the select tool back.
    virtual void created(const Object &) {}

private:
    Object object(QPointF p, bool constrain) const;
    QPointF snapped(QPointF p, Qt::KeyboardModifiers modifiers);

    ObjectType m_type;
    QPointF m_start;
    QPointF m_startWidget;
    QString m_id;
    bool m_active = false;
    Qt::KeyboardModifiers m_modifiers;
    SnapTargets m_snapTargets; // what the corners snap to, taken at the press
    std::optional<Object> m_current;
};

// Rectangles (of any `shape`: a diamond is a rect with shape=diamond) and ellipses; shift
// makes a square or a circle.
class ShapeTool : public DragShapeTool
{
public:
    // `shape` empty: a plain rect or ellipse, with no `shape` prop.
    ShapeTool(CanvasView &view, ObjectType type, QString shape = {})
        : DragShapeTool(view, type), m_shape(std::move(shape))
    {}

protected:
    void place(QJsonObject &props, QPointF start, QPointF p, bool constrain) const override;
    QJsonObject baseProps() const override;

private:
    QString m_shape;
};

// Sticky notes: a click drops a 200 by 200 note centred there, a drag sizes one as the
// rectangle tool does; either way the note's label editor opens on it at once. A note is a
// rect with shape=note, grow=true and the style's note colour as its fill.
class NoteTool : public ShapeTool
{
public:
    static constexpr double kSize = 200;
    explicit NoteTool(CanvasView &view);

protected:
    QJsonObject baseProps() const override;
    std::optional<QJsonObject> clickPlacement(QPointF p) const override;
    void created(const Object &note) override;
};

} // namespace inkboard::canvas
