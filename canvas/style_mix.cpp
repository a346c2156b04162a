#include "style_mix.h"

#include "label_painter.h"

#include <optional>

namespace inkboard::canvas {

namespace {

constexpr StyleField kAllFields[] = {
    StyleField::StrokeColor, StyleField::FillColor, StyleField::StrokeWidth,
    StyleField::Opacity,     StyleField::FontSize,  StyleField::FontFamily,
    StyleField::Route,       StyleField::HeadStart, StyleField::HeadEnd,
    StyleField::Dash,        StyleField::FillStyle, StyleField::CornerRadius};

} // namespace

QStringList propKeysOf(StyleField field)
{
    switch (field) {
    case StyleField::StrokeColor:
        return {key::strokeColor};
    case StyleField::FillColor:
        return {key::fillColor};
    case StyleField::StrokeWidth:
        return {key::strokeWidth};
    case StyleField::Opacity:
        return {key::opacity};
    case StyleField::FontSize:
        return {key::fontSize};
    case StyleField::FontFamily:
        return {key::fontFamily};
    case StyleField::Route:
        return {key::route};
    case StyleField::HeadStart:
        return {key::headStart, key::arrowStart};
    case StyleField::HeadEnd:
        return {key::headEnd, key::arrowEnd};
    case StyleField::Dash:
        return {key::dash};
    case StyleField::FillStyle:
        return {key::fillStyle};
    case StyleField::CornerRadius:
        return {key::radius};
    }
    return {};
}

QStringList propKeysOf(StyleFields fields)
{
    QStringList keys;
    for (StyleField f : kAllFields) {
        if (fields.testFlag(f))
            keys += propKeysOf(f);
    }
    return keys;
}

QJsonObject styleProps(const Style &style, const Object &o)
{
    QJsonObject props = style.toProps(o.type);
    if (takesLabel(o) && o.props.contains(key::label)) {
        // A shape's label takes the font as a text does.
        const QJsonObject font = style.labelProps();
        for (auto it = font.constBegin(); it != font.constEnd(); ++it)
            props.insert(it.key(), it.value());
    }
    return props;
}

StyleFields mixedFields(const QList<Object> &objects)
{
    // Each object's values as the canvas reads them (defaults for keys it lacks).
    QList<QJsonObject> shown;
    shown.reserve(objects.size());
    for (const Object &o : objects)
        shown.append(styleProps(Style().merged(o), o));
    StyleFields mixed;
    for (StyleField f : kAllFields) {
        const QString k = propKeysOf(f).first();
        std::optional<QJsonValue> first;
        for (const QJsonObject &props : std::as_const(shown)) {
            const auto it = props.constFind(k);
            if (it == props.constEnd())
                continue; // the field does not apply to this object
            if (!first) {
                first = it.value();
            } else if (it.value() != *first) {
                mixed |= f;
                break;
            }
        }
    }
    return mixed;
}

} // namespace inkboard::canvas
