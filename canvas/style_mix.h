// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/object.h"
#include "style.h"

#include <QFlags>
#include <QList>
#include <QStringList>

namespace inkboard::canvas {

// The style panel's fields, each the prop keys it writes (style.h `key`).
enum class StyleField : unsigned
{
    StrokeColor = 1 << 0,
    FillColor = 1 << 1,
    StrokeWidth = 1 << 2,
    Opacity = 1 << 3,
    FontSize = 1 << 4,
    FontFamily = 1 << 5,
    Route = 1 << 6,
    HeadStart = 1 << 7,
    HeadEnd = 1 << 8,
    Dash = 1 << 9,
    FillStyle = 1 << 10,
    CornerRadius = 1 << 11,
    TextAlign = 1 << 12,     // texts' align and labels' label_align
    VerticalAlign = 1 << 13, // labels' label_valign
};
Q_DECLARE_FLAGS(StyleFields, StyleField)
Q_DECLARE_OPERATORS_FOR_FLAGS(StyleFields)

// Every member of Style once, with the name it is saved under (app/style_settings) and the
// panel field it belongs to (none for the note colour, which the note palette sets): what
// copying fields between styles, comparing them and saving them all walk.
template<typename Visit> void forEachStyleMember(Visit &&visit)
{
    using F = StyleField;
    visit("stroke", &Style::strokeColor, StyleFields(F::StrokeColor));
    visit("fill", &Style::fillColor, StyleFields(F::FillColor));
    visit("width", &Style::strokeWidth, StyleFields(F::StrokeWidth));
    visit("opacity", &Style::opacity, StyleFields(F::Opacity));
    visit("fontSize", &Style::fontSize, StyleFields(F::FontSize));
    visit("route", &Style::route, StyleFields(F::Route));
    visit("headStart", &Style::headStart, StyleFields(F::HeadStart));
    visit("headEnd", &Style::headEnd, StyleFields(F::HeadEnd));
    visit("dash", &Style::dash, StyleFields(F::Dash));
    visit("fillStyle", &Style::fillStyle, StyleFields(F::FillStyle));
    visit("note", &Style::noteColor, StyleFields());
    visit("fontFamily", &Style::fontFamily, StyleFields(F::FontFamily));
    visit("radius", &Style::cornerRadius, StyleFields(F::CornerRadius));
    visit("textAlign", &Style::textAlign, StyleFields(F::TextAlign));
    visit("labelAlign", &Style::labelAlign, StyleFields(F::TextAlign));
    visit("labelVAlign", &Style::labelVAlign, StyleFields(F::VerticalAlign));
}

// The prop keys a field sets (an arrowhead also sets version 1's flag).
QStringList propKeysOf(StyleField field);
QStringList propKeysOf(StyleFields fields);

// The style props `style` gives an object: its type's, and a label's font where it has one
// (what a restyle writes).
QJsonObject styleProps(const Style &style, const Object &object);

// The fields whose values differ among `objects`, each object counted only for the fields
// that apply to it (a text has no fill, a rect no arrowheads): what the panel shows as mixed.
StyleFields mixedFields(const QList<Object> &objects);

} // namespace inkboard::canvas
