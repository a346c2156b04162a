// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "tools/tool.h"

namespace inkboard::canvas {

// Points without drawing: while the button is held, the pointer leaves a glowing trail that
// fades within a second (CanvasView::laserTrail), seen by peers through presence. It makes no
// op, so it works on read-only drawings too.
class LaserTool : public Tool
{
public:
    using Tool::Tool;

    void press(QPointF canvasPos, QMouseEvent *) override;
    void move(QPointF canvasPos, QMouseEvent *) override;
    void release(QPointF, QMouseEvent *) override { m_active = false; }
    bool cancel() override;

private:
    bool m_active = false;
};

} // namespace inkboard::canvas
