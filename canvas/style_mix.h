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
