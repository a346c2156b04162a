// SPDX-License-Identifier: Apache-2.0
#include "style_mix.h"

#include "label_painter.h"

#include <optional>

namespace inkboard::canvas {

namespace {

constexpr StyleField kAllFields[] = {
    StyleField::StrokeColor, StyleField::FillColor,    StyleField::StrokeWidth,
    StyleField::Opacity,     StyleField::FontSize,     StyleField::FontFamily,
    StyleField::Route,       StyleField::HeadStart,    StyleField::HeadEnd,
    StyleField::Dash,        StyleField::FillStyle,    StyleField::CornerRadius,
    StyleField::TextAlign,   StyleField::VerticalAlign};

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
    case StyleField::TextAlign:
        return {key::align, QStringLiteral("label_align")};
    case StyleField::VerticalAlign:
        return {QStringLiteral("label_valign")};
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
        const QStringList keys = propKeysOf(f);
        std::optional<QJsonValue> first;
        for (const QJsonObject &props : std::as_const(shown)) {
            // The first of the field's keys the object has (a text's align, a label's).
            auto it = props.constEnd();
            for (const QString &k : keys) {
                if ((it = props.constFind(k)) != props.constEnd())
                    break;
            }
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
