// SPDX-License-Identifier: Apache-2.0
#include "tools/hand_tool.h"

namespace inkboard::canvas {

void HandTool::press(QPointF, QMouseEvent *e)
{
    m_last = e->position();
    m_active = true;
    m_view.setTemporaryCursor(Qt::ClosedHandCursor);
}

void HandTool::move(QPointF, QMouseEvent *e)
{
    if (!m_active)
        return;
    m_view.setView(m_view.zoom(), m_view.offset() + (e->position() - m_last));
    m_last = e->position();
}

void HandTool::release(QPointF, QMouseEvent *)
{
    m_active = false;
    m_view.restoreToolCursor();
}

} // namespace inkboard::canvas
