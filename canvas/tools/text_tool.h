// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "tools/tool.h"

namespace inkboard::canvas {

// A click edits the text under it, or the label of the closed shape under it, or starts a new
// text there.
class TextTool : public Tool
{
public:
    using Tool::Tool;
    void press(QPointF p, QMouseEvent *) override;
    void move(QPointF, QMouseEvent *) override {}
    void release(QPointF, QMouseEvent *) override {}
    QCursor cursor() const override { return Qt::IBeamCursor; }
};

} // namespace inkboard::canvas
