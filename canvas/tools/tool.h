// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "canvas_view.h"

#include <QCursor>
#include <QMouseEvent>
#include <cmath>
#include <memory>

namespace inkboard::canvas {

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

// A press that moves less than this (widget pixels) before release is a click, not a drag.
inline constexpr double kDragThresholdPx = 3;

// Coordinates the tools write are kept to hundredths of a canvas unit.
inline double round2(double v)
{
    return std::round(v * 100) / 100;
}

} // namespace inkboard::canvas
