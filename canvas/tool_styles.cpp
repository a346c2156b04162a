// SPDX-License-Identifier: Apache-2.0
#include "tool_styles.h"

#include "ink/pen_kind.h"
#include "shape_outline.h"

namespace inkboard::canvas {

const QList<ToolKind> &ToolStyles::drawingTools()
{
    static const QList<ToolKind> tools{
        ToolKind::Pen,      ToolKind::Highlighter, ToolKind::Rect,          ToolKind::Diamond,
        ToolKind::Triangle, ToolKind::Hexagon,     ToolKind::Parallelogram, ToolKind::Ellipse,
        ToolKind::Line,     ToolKind::Arrow,       ToolKind::Text,          ToolKind::Note};
    return tools;
}

bool ToolStyles::hasStyle(ToolKind tool)
{
    return drawingTools().contains(tool);
}

std::optional<ToolKind> ToolStyles::toolMaking(const Object &o)
{
    switch (o.type) {
    case ObjectType::Stroke:
        return ink::isHighlighter(o) ? ToolKind::Highlighter : ToolKind::Pen;
    case ObjectType::Rect:
        for (ToolKind t : drawingTools()) {
            if (!toolShape(t).isEmpty() && toolShape(t) == o.string(QLatin1String("shape")))
                return t;
        }
        return ToolKind::Rect;
    case ObjectType::Ellipse:
        return ToolKind::Ellipse;
    case ObjectType::Line:
        return ToolKind::Line;
    case ObjectType::Arrow:
        return ToolKind::Arrow;
    case ObjectType::Text:
        return ToolKind::Text;
    case ObjectType::Image:
        return std::nullopt;
    }
    return std::nullopt;
}

Style ToolStyles::of(ToolKind tool) const
{
    return m_styles[size_t(tool)];
}

void ToolStyles::set(ToolKind tool, const Style &style)
{
    m_styles[size_t(tool)] = style;
}

void ToolStyles::take(ToolKind tool, const Style &from, StyleFields fields)
{
    m_styles[size_t(tool)] = withFields(m_styles[size_t(tool)], from, fields);
}

Style withFields(Style to, const Style &from, StyleFields fields)
{
    forEachStyleMember([&](const char *, auto member, StyleFields field) {
        if (fields & field)
            to.*member = from.*member;
    });
    return to;
}

StyleFields differingFields(const Style &a, const Style &b)
{
    StyleFields f;
    forEachStyleMember([&](const char *, auto member, StyleFields field) {
        if (a.*member != b.*member)
            f |= field;
    });
    return f;
}

} // namespace inkboard::canvas
