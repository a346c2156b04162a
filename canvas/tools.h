#pragma once

#include "canvas_view.h"

#include <QCursor>
#include <QMouseEvent>
#include <memory>

namespace inkboard::canvas {

// The selection's frame: one object's own (rotated) box, or the bounds of several.
struct SelectionFrame
{
    bool valid = false;
    bool single = false;
    QRectF rect;         // in frame coordinates
    QTransform toCanvas; // frame -> canvas
};

enum class Handle
{
    None,
    TopLeft,
    Top,
    TopRight,
    Right,
    BottomRight,
    Bottom,
    BottomLeft,
    Left,
    Rotate
};

SelectionFrame selectionFrame(const QList<const SceneItem *> &items);
// Where a handle is, in canvas coordinates, at the given zoom.
QPointF handlePosition(const SelectionFrame &frame, Handle handle, double zoom);
inline constexpr Handle kAllHandles[] = {Handle::TopLeft,    Handle::Top,         Handle::TopRight,
                                         Handle::Right,      Handle::BottomRight, Handle::Bottom,
                                         Handle::BottomLeft, Handle::Left,        Handle::Rotate};

// An object resized by (sx, sy) about its frame and moved so its frame's center is at
// `center` (canvas); only the changed props are returned.
QJsonObject scaledProps(const SceneItem &item, double sx, double sy, QPointF center);

// A tool turns pointer gestures on the canvas into previews and, at the end, ops.
class Tool
{
public:
    explicit Tool(CanvasView &view) : m_view(view) {}
    virtual ~Tool() = default;

    virtual void press(QPointF canvasPos, QMouseEvent *event) = 0;
    virtual void move(QPointF canvasPos, QMouseEvent *event) = 0;
    virtual void release(QPointF canvasPos, QMouseEvent *event) = 0;
    virtual void doubleClick(QPointF, QMouseEvent *) {}
    // Pointer moves with no button held, for the cursor shape.
    virtual void hover(QPointF) {}
    // Escape: drop the gesture in progress. Returns whether there was one.
    virtual bool cancel() { return false; }
    virtual QCursor cursor() const { return Qt::CrossCursor; }

protected:
    CanvasView &m_view;
};

std::unique_ptr<Tool> makeTool(ToolKind kind, CanvasView &view);

} // namespace inkboard::canvas
