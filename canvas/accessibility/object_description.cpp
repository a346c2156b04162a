// SPDX-License-Identifier: Apache-2.0
#include "object_description.h"

#include "connectors/binding.h"
#include "ink/pen_kind.h"
#include "label_painter.h"
#include "shape_outline.h"
#include "style.h"
#include "tool_kind.h"

#include <QCoreApplication>

namespace inkboard::canvas {

namespace {

struct ObjectDescription
{
    Q_DECLARE_TR_FUNCTIONS(inkboard::canvas::ObjectDescription)
};

// The words an object shows: a text's text, a shape's or a connector's label. Screen readers
// read names in one breath, so line breaks become spaces and a long text is cut.
QString shownWords(const Object &object)
{
    QString words = object.type == ObjectType::Text ? object.string(QLatin1String("text"))
                                                    : object.string(QLatin1String("label"));
    words = words.simplified();
    constexpr qsizetype kMaxWords = 120;
    if (words.size() > kMaxWords)
        words = words.left(kMaxWords - 1) + QChar(0x2026);
    return words;
}

} // namespace

QString objectKindName(const Object &object)
{
    switch (object.type) {
    case ObjectType::Stroke:
        return object.string(QLatin1String("pen")) == ink::kHighlighter
                   ? ObjectDescription::tr("Highlighter stroke")
                   : ObjectDescription::tr("Pen stroke");
    case ObjectType::Rect:
        switch (shapeKindOf(object)) {
        case ShapeKind::Diamond:
            return toolName(ToolKind::Diamond);
        case ShapeKind::Triangle:
            return toolName(ToolKind::Triangle);
        case ShapeKind::Hexagon:
            return toolName(ToolKind::Hexagon);
        case ShapeKind::Parallelogram:
            return toolName(ToolKind::Parallelogram);
        case ShapeKind::Note:
            return toolName(ToolKind::Note);
        case ShapeKind::Ellipse:
            return toolName(ToolKind::Ellipse);
        case ShapeKind::Rectangle:
            break;
        }
        return toolName(ToolKind::Rect);
    case ObjectType::Ellipse:
        return toolName(ToolKind::Ellipse);
    case ObjectType::Line:
        return toolName(ToolKind::Line);
    case ObjectType::Arrow:
        return toolName(ToolKind::Arrow);
    case ObjectType::Text:
        return toolName(ToolKind::Text);
    case ObjectType::Image:
        return toolName(ToolKind::Image);
    }
    return ObjectDescription::tr("Object");
}

QAccessible::Role accessibleRoleOf(const Object &object)
{
    return object.type == ObjectType::Text ? QAccessible::StaticText : QAccessible::Graphic;
}

QString accessibleNameOf(const Object &object)
{
    const QString words = shownWords(object);
    if (words.isEmpty())
        return objectKindName(object);
    //: An object on the canvas as a screen reader says it: its kind, then its words.
    return ObjectDescription::tr("%1 '%2'").arg(objectKindName(object), words);
}

QString accessibleDescriptionOf(const Object &object)
{
    QStringList parts;
    if (isLocked(object))
        parts << ObjectDescription::tr("locked");
    if (object.props.contains(key::group) || object.props.contains(key::groups))
        parts << ObjectDescription::tr("in a group");
    if (isConnector(object)) {
        const bool start = object.props.contains(QLatin1String("start_bind"));
        const bool end = object.props.contains(QLatin1String("end_bind"));
        if (start && end)
            parts << ObjectDescription::tr("connects two objects");
        else if (start || end)
            parts << ObjectDescription::tr("attached at one end");
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace inkboard::canvas
