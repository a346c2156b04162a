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
    using F = StyleField;
    if (fields & F::StrokeColor)
        to.strokeColor = from.strokeColor;
    if (fields & F::FillColor)
        to.fillColor = from.fillColor;
    if (fields & F::StrokeWidth)
        to.strokeWidth = from.strokeWidth;
    if (fields & F::Opacity)
        to.opacity = from.opacity;
    if (fields & F::FontSize)
        to.fontSize = from.fontSize;
    if (fields & F::FontFamily)
        to.fontFamily = from.fontFamily;
    if (fields & F::Route)
        to.route = from.route;
    if (fields & F::HeadStart)
        to.headStart = from.headStart;
    if (fields & F::HeadEnd)
        to.headEnd = from.headEnd;
    if (fields & F::Dash)
        to.dash = from.dash;
    if (fields & F::FillStyle)
        to.fillStyle = from.fillStyle;
    if (fields & F::CornerRadius)
        to.cornerRadius = from.cornerRadius;
    if (fields & F::TextAlign) {
        to.textAlign = from.textAlign;
        to.labelAlign = from.labelAlign;
    }
    if (fields & F::VerticalAlign)
        to.labelVAlign = from.labelVAlign;
    return to;
}

StyleFields differingFields(const Style &a, const Style &b)
{
    using F = StyleField;
    StyleFields f;
    const auto mark = [&f](bool differs, F field) {
        if (differs)
            f |= field;
    };
    mark(a.strokeColor != b.strokeColor, F::StrokeColor);
    mark(a.fillColor != b.fillColor, F::FillColor);
    mark(a.strokeWidth != b.strokeWidth, F::StrokeWidth);
    mark(a.opacity != b.opacity, F::Opacity);
    mark(a.fontSize != b.fontSize, F::FontSize);
    mark(a.fontFamily != b.fontFamily, F::FontFamily);
    mark(a.route != b.route, F::Route);
    mark(a.headStart != b.headStart, F::HeadStart);
    mark(a.headEnd != b.headEnd, F::HeadEnd);
    mark(a.dash != b.dash, F::Dash);
    mark(a.fillStyle != b.fillStyle, F::FillStyle);
    mark(a.cornerRadius != b.cornerRadius, F::CornerRadius);
    mark(a.textAlign != b.textAlign || a.labelAlign != b.labelAlign, F::TextAlign);
    mark(a.labelVAlign != b.labelVAlign, F::VerticalAlign);
    return f;
}

} // namespace inkboard::canvas
