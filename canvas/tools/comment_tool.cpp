// SPDX-License-Identifier: Apache-2.0
#include "tools/comment_tool.h"

#include <QLineF>

namespace inkboard::canvas {

void CommentTool::press(QPointF, QMouseEvent *event)
{
    m_pressed = event->button() == Qt::LeftButton;
    m_pressWidget = event->position();
}

void CommentTool::release(QPointF canvasPos, QMouseEvent *event)
{
    if (!m_pressed)
        return;
    m_pressed = false;
    if (QLineF(m_pressWidget, event->position()).length() > kDragThresholdPx)
        return;
    m_view.requestComment(canvasPos);
}

bool CommentTool::cancel()
{
    const bool was = m_pressed;
    m_pressed = false;
    return was;
}

} // namespace inkboard::canvas
