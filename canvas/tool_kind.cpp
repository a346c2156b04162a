// SPDX-License-Identifier: Apache-2.0
#include "tool_kind.h"

#include "shape_outline.h"

#include <QKeyEvent>
#include <QObject>

namespace inkboard::canvas {

const QList<ToolKind> &allTools()
{
    static const QList<ToolKind> tools{
        ToolKind::Select,        ToolKind::Hand,        ToolKind::Laser,   ToolKind::Comment,
        ToolKind::Pen,           ToolKind::Highlighter, ToolKind::Eraser,  ToolKind::Rect,
        ToolKind::Diamond,       ToolKind::Triangle,    ToolKind::Hexagon, ToolKind::Ellipse,
        ToolKind::Parallelogram, ToolKind::Line,        ToolKind::Arrow,   ToolKind::Text,
        ToolKind::Note,          ToolKind::Image};
    return tools;
}

QChar toolShortcut(ToolKind tool)
{
    switch (tool) {
    case ToolKind::Select:
        return u'V';
    case ToolKind::Hand:
        return u'H';
    case ToolKind::Laser:
        return u'K';
    case ToolKind::Comment:
        return u'C';
    case ToolKind::Pen:
        return u'P';
    case ToolKind::Highlighter:
        return u'M'; // a marker
    case ToolKind::Eraser:
        return u'E';
    case ToolKind::Rect:
        return u'R';
    case ToolKind::Diamond:
        return u'D';
    case ToolKind::Triangle:
    case ToolKind::Hexagon:
    case ToolKind::Parallelogram:
        return {};
    case ToolKind::Ellipse:
        return u'O';
    case ToolKind::Line:
        return u'L';
    case ToolKind::Arrow:
        return u'A';
    case ToolKind::Text:
        return u'T';
    case ToolKind::Note:
        return u'N';
    case ToolKind::Image:
        return u'I';
    }
    return {};
}

QString toolName(ToolKind tool)
{
    switch (tool) {
    case ToolKind::Select:
        return QObject::tr("Select");
    case ToolKind::Hand:
        return QObject::tr("Hand");
    case ToolKind::Laser:
        return QObject::tr("Laser pointer");
    case ToolKind::Comment:
        return QObject::tr("Comment");
    case ToolKind::Pen:
        return QObject::tr("Pen");
    case ToolKind::Highlighter:
        return QObject::tr("Highlighter");
    case ToolKind::Eraser:
        return QObject::tr("Eraser");
    case ToolKind::Rect:
        return QObject::tr("Rectangle");
    case ToolKind::Diamond:
        return QObject::tr("Diamond");
    case ToolKind::Triangle:
        return QObject::tr("Triangle");
    case ToolKind::Hexagon:
        return QObject::tr("Hexagon");
    case ToolKind::Parallelogram:
        return QObject::tr("Parallelogram");
    case ToolKind::Ellipse:
        return QObject::tr("Ellipse");
    case ToolKind::Line:
        return QObject::tr("Line");
    case ToolKind::Arrow:
        return QObject::tr("Arrow");
    case ToolKind::Text:
        return QObject::tr("Text");
    case ToolKind::Note:
        return QObject::tr("Sticky note");
    case ToolKind::Image:
        return QObject::tr("Image");
    }
    return {};
}

QString eraserModeName(EraserMode mode)
{
    return mode == EraserMode::Strokes ? QObject::tr("Eraser: parts of strokes")
                                       : QObject::tr("Eraser: whole objects");
}

std::optional<ToolKind> toolForKey(const QKeyEvent *event)
{
    if (event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier))
        return std::nullopt;
    const QString text = event->text().toUpper();
    if (text.size() != 1)
        return std::nullopt;
    for (ToolKind t : allTools()) {
        if (!toolShortcut(t).isNull() && toolShortcut(t) == text.at(0))
            return t;
    }
    return std::nullopt;
}

const char *toolId(ToolKind t)
{
    switch (t) {
    case ToolKind::Select:
        return "select";
    case ToolKind::Hand:
        return "hand";
    case ToolKind::Laser:
        return "laser";
    case ToolKind::Comment:
        return "comment";
    case ToolKind::Pen:
        return "pen";
    case ToolKind::Highlighter:
        return "highlighter";
    case ToolKind::Eraser:
        return "eraser";
    case ToolKind::Rect:
        return "rect";
    case ToolKind::Diamond:
        return "diamond";
    case ToolKind::Triangle:
        return "triangle";
    case ToolKind::Hexagon:
        return "hexagon";
    case ToolKind::Parallelogram:
        return "parallelogram";
    case ToolKind::Ellipse:
        return "ellipse";
    case ToolKind::Line:
        return "line";
    case ToolKind::Arrow:
        return "arrow";
    case ToolKind::Text:
        return "text";
    case ToolKind::Note:
        return "note";
    case ToolKind::Image:
        return "image";
    }
    return "select";
}

QString toolShape(ToolKind tool)
{
    switch (tool) {
    case ToolKind::Diamond:
        return shape::diamond;
    case ToolKind::Triangle:
        return shape::triangle;
    case ToolKind::Hexagon:
        return shape::hexagon;
    case ToolKind::Parallelogram:
        return shape::parallelogram;
    case ToolKind::Note:
        return shape::note;
    default:
        return {};
    }
}

} // namespace inkboard::canvas
