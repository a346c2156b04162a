// SPDX-License-Identifier: Apache-2.0
#include "tools/laser_tool.h"

namespace inkboard::canvas {

void LaserTool::press(QPointF canvasPos, QMouseEvent *)
{
    m_active = true;
    m_view.addLaserPoint(canvasPos);
}

void LaserTool::move(QPointF canvasPos, QMouseEvent *)
{
    if (m_active)
        m_view.addLaserPoint(canvasPos);
}

bool LaserTool::cancel()
{
    const bool was = m_active;
    m_active = false;
    return was;
}

} // namespace inkboard::canvas
