// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "tools/shape_tool.h"

namespace inkboard::canvas {

// Lines and arrows from the press to the release; shift snaps the angle to 15 degrees. An end
// pressed or released over a shape binds to it (connectors/binding.h) and is drawn on its
// outline; the shape it would bind to is outlined meanwhile. Alt never binds.
class LineTool : public DragShapeTool
{
public:
    using DragShapeTool::DragShapeTool;
    void release(QPointF p, QMouseEvent *e) override;
    void hover(QPointF p) override;
    bool cancel() override;

protected:
    bool snapsCorners() const override { return false; }
    void place(QJsonObject &props, QPointF start, QPointF p, bool constrain) const override;
};

} // namespace inkboard::canvas
