// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/object.h"

#include <QColor>
#include <QJsonObject>
#include <QString>

namespace inkboard::canvas {

// Prop keys the canvas reads and writes (PROTOCOL.md §2).
namespace key {
inline const QString x = QStringLiteral("x");
inline const QString y = QStringLiteral("y");
inline const QString w = QStringLiteral("w");
inline const QString h = QStringLiteral("h");
inline const QString z = QStringLiteral("z");
inline const QString rotation = QStringLiteral("rotation");
inline const QString points = QStringLiteral("points");
inline const QString strokeColor = QStringLiteral("stroke_color");
inline const QString fillColor = QStringLiteral("fill_color");
inline const QString strokeWidth = QStringLiteral("stroke_width");
inline const QString opacity = QStringLiteral("opacity");
inline const QString fontSize = QStringLiteral("font_size");
inline const QString fontFamily = QStringLiteral("font_family");
inline const QString text = QStringLiteral("text");
inline const QString align = QStringLiteral("align");
inline const QString blob = QStringLiteral("blob");
inline const QString locked = QStringLiteral("locked");
inline const QString radius = QStringLiteral("radius");
inline const QString arrowStart = QStringLiteral("arrow_start");
inline const QString arrowEnd = QStringLiteral("arrow_end");
inline const QString headStart = QStringLiteral("head_start");
inline const QString headEnd = QStringLiteral("head_end");
inline const QString route = QStringLiteral("route");
inline const QString dash = QStringLiteral("dash");
inline const QString fillStyle = QStringLiteral("fill_style");
inline const QString group = QStringLiteral("group");
inline const QString groups = QStringLiteral("groups"); // nested: outermost first
} // namespace key

inline constexpr double kDefaultStrokeWidth = 2;
inline constexpr double kDefaultFontSize = 20;
inline const QString kDefaultStrokeColor = QStringLiteral("#1e1e1eff");
inline const QString kTransparent = QStringLiteral("#00000000");
inline const QString kDefaultFontFamily = QStringLiteral("DejaVu Sans");

// "#rrggbbaa" <-> QColor. An unreadable color yields `fallback`.
QColor colorFromProp(const QString &text, const QColor &fallback = Qt::transparent);
QString colorToProp(const QColor &color);

// The style the next object is drawn with, and what the style panel edits.
struct Style
{
    QColor strokeColor = QColor(0x1e, 0x1e, 0x1e);
    QColor fillColor = Qt::transparent;
    double strokeWidth = kDefaultStrokeWidth;
    double opacity = 1.0;
    double fontSize = kDefaultFontSize;
    // Connectors: `route` straight or elbow; arrowheads none, arrow, triangle, dot or bar.
    QString route = QStringLiteral("straight");
    QString headStart = QStringLiteral("none");
    QString headEnd = QStringLiteral("arrow");
    // Outlines: `dash` solid, dashed or dotted; fills: `fill_style` solid or hatch.
    QString dash = QStringLiteral("solid");
    QString fillStyle = QStringLiteral("solid");
    // Rectangles' corner radius (`radius`); 0 is square.
    double cornerRadius = 0;
    // Where text sits: texts' `align` (left by default), labels' `label_align` (centred by
    // default) and `label_valign`. The panel sets both horizontal ones at once.
    QString textAlign = QStringLiteral("left");
    QString labelAlign = QStringLiteral("center");
    QString labelVAlign = QStringLiteral("middle");
    // `font_family` of texts and labels: a keyword (sans, serif, mono, hand) or a family.
    QString fontFamily = QStringLiteral("sans");
    // The fill of the next sticky note (the note tool's, not a prop of other objects).
    QColor noteColor = QColor(0xff, 0xf5, 0x9d);

    // The style props of an object of this type (text has no fill; images no stroke).
    QJsonObject toProps(ObjectType type) const;
    // The props of a shape's label (font_size, font_family, label_align, label_valign): a
    // restyle sets them on shapes that have a label, and a new label takes them.
    QJsonObject labelProps() const;
    // Reads an object's style, keeping this style's value for keys it lacks (a note's fill is
    // also the next note's colour).
    Style merged(const Object &object) const;
    friend bool operator==(const Style &, const Style &) = default;
};

// Style props of objects read with their defaults, for rendering.
QColor strokeColorOf(const Object &o);
QColor fillColorOf(const Object &o);
double strokeWidthOf(const Object &o);
double fontSizeOf(const Object &o);
double opacityOf(const Object &o);
bool isLocked(const Object &o);
// A connector's arrowhead at one end: `head_start`/`head_end`, else version 1's
// `arrow_start`/`arrow_end` flags (an arrow has a head at its end unless told otherwise).
QString arrowheadOf(const Object &o, bool atEnd);
// The arrowheads this version draws; a value from a later one draws as `arrow`.
bool isKnownArrowhead(const QString &head);
// An outline's pen style from `dash` (a value this version does not know is solid), and
// whether a fill is hatched (`fill_style` hatch; anything else fills solid).
Qt::PenStyle penStyleOf(const Object &o);
bool isHatched(const Object &o);

} // namespace inkboard::canvas
