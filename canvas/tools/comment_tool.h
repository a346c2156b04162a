// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "tools/tool.h"

namespace inkboard::canvas {

// Pins a comment: a click asks the app for a thread there (CanvasView::requestComment), on the
// object under the pointer if any. It makes no op (comments are their own resource, not part
// of the drawing), so viewers comment too. A drag pans nothing and places nothing.
class CommentTool : public Tool
{
public:
    using Tool::Tool;

    void press(QPointF canvasPos, QMouseEvent *event) override;
    void move(QPointF, QMouseEvent *) override {}
    void release(QPointF canvasPos, QMouseEvent *event) override;
    bool cancel() override;
    QCursor cursor() const override { return Qt::PointingHandCursor; }

private:
    bool m_pressed = false;
    QPointF m_pressWidget;
};

} // namespace inkboard::canvas
