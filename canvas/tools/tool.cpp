// SPDX-License-Identifier: Apache-2.0
#include "tools/tool.h"

#include "tools/comment_tool.h"
#include "tools/eraser_tool.h"
#include "tools/hand_tool.h"
#include "tools/laser_tool.h"
#include "tools/line_tool.h"
#include "tools/pen_tool.h"
#include "tools/select_tool.h"
#include "tools/shape_tool.h"
#include "tools/text_tool.h"

namespace inkboard::canvas {

std::unique_ptr<Tool> makeTool(ToolKind kind, CanvasView &view)
{
    switch (kind) {
    case ToolKind::Select:
    case ToolKind::Image:
        return std::make_unique<SelectTool>(view);
    case ToolKind::Hand:
        return std::make_unique<HandTool>(view);
    case ToolKind::Laser:
        return std::make_unique<LaserTool>(view);
    case ToolKind::Comment:
        return std::make_unique<CommentTool>(view);
    case ToolKind::Pen:
        return std::make_unique<PenTool>(view);
    case ToolKind::Highlighter:
        return std::make_unique<PenTool>(view, PenTool::Kind::Highlighter);
    case ToolKind::Eraser:
        return std::make_unique<EraserTool>(view);
    case ToolKind::Rect:
        return std::make_unique<ShapeTool>(view, ObjectType::Rect);
    case ToolKind::Diamond:
    case ToolKind::Triangle:
    case ToolKind::Hexagon:
    case ToolKind::Parallelogram:
        return std::make_unique<ShapeTool>(view, ObjectType::Rect, toolShape(kind));
    case ToolKind::Note:
        return std::make_unique<NoteTool>(view);
    case ToolKind::Ellipse:
        return std::make_unique<ShapeTool>(view, ObjectType::Ellipse);
    case ToolKind::Line:
        return std::make_unique<LineTool>(view, ObjectType::Line);
    case ToolKind::Arrow:
        return std::make_unique<LineTool>(view, ObjectType::Arrow);
    case ToolKind::Text:
        return std::make_unique<TextTool>(view);
    }
    return std::make_unique<SelectTool>(view);
}

} // namespace inkboard::canvas
