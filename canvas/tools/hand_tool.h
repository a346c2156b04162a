// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "tools/tool.h"

namespace inkboard::canvas {

// Drags the view around.
class HandTool : public Tool
{
public:
    using Tool::Tool;

    void press(QPointF, QMouseEvent *e) override;
    void move(QPointF, QMouseEvent *e) override;
    void release(QPointF, QMouseEvent *) override;
    QCursor cursor() const override { return Qt::OpenHandCursor; }

private:
    QPointF m_last;
    bool m_active = false;
};

} // namespace inkboard::canvas
