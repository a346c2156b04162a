#pragma once

#include "tools/shape_tool.h"

namespace inkboard::canvas {

// Lines and arrows from the press to the release; shift snaps the angle to 15 degrees.
class LineTool : public DragShapeTool
{
public:
    using DragShapeTool::DragShapeTool;

protected:
    void place(QJsonObject &props, QPointF start, QPointF p, bool constrain) const override;
};

} // namespace inkboard::canvas
