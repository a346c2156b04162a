// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <optional>

class QKeyEvent;

namespace inkboard::canvas {

enum class ToolKind
{
    Select,
    Hand,
    Laser,   // points, draws nothing
    Comment, // pins a comment thread to a point or an object; makes no op
    Pen,
    Highlighter, // a stroke with pen=highlighter
    Eraser,
    Rect,
    Diamond,       // a rect with shape=diamond
    Triangle,      // shape=triangle
    Hexagon,       // shape=hexagon
    Parallelogram, // shape=parallelogram
    Ellipse,
    Line,
    Arrow,
    Text,
    Note, // a sticky note: a rect with shape=note
    Image
};

inline constexpr size_t kToolKindCount = size_t(ToolKind::Image) + 1;

// Every tool, in the order of the toolbar and the Tools menu.
const QList<ToolKind> &allTools();

// What the eraser takes: whole objects, or only the parts of strokes it passes over (the
// rest of each stroke stays, as strokes of their own). Choosing the eraser again switches.
enum class EraserMode
{
    Objects,
    Strokes
};

QString eraserModeName(EraserMode mode);

// The one-key shortcut of a tool, in the habit of Excalidraw and tldraw; none (a null QChar)
// for the rarer shapes, which the Tools menu and the toolbar's shapes button reach.
QChar toolShortcut(ToolKind tool);
QString toolName(ToolKind tool);
// A stable word for a tool (select, pen, rect, …): its icon, its action, its settings keys.
const char *toolId(ToolKind tool);
// The outline keyword (shape.h) a shape tool gives its rects; empty for every other tool.
QString toolShape(ToolKind tool);
// Tools that make no op, so they work on a read-only drawing too.
inline bool worksReadOnly(ToolKind tool)
{
    return tool == ToolKind::Select || tool == ToolKind::Hand || tool == ToolKind::Laser ||
           tool == ToolKind::Comment;
}

// The tool a key press chooses (its shortcut, with shift at most), if any.
std::optional<ToolKind> toolForKey(const QKeyEvent *event);

} // namespace inkboard::canvas
