// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "geometry.h"
#include "model/object.h"

#include <QColor>
#include <QPainter>
#include <QRectF>
#include <QString>

namespace inkboard::canvas {

// Label props (PROTOCOL.md §2): the text inside a closed shape, where it sits in its box and
// whether the shape grows to hold it.
namespace key {
inline const QString label = QStringLiteral("label");
inline const QString labelAlign = QStringLiteral("label_align");
inline const QString labelValign = QStringLiteral("label_valign");
inline const QString grow = QStringLiteral("grow");
} // namespace key

// Whether an object holds a `label`: closed shapes (inside them) and connectors (on them).
bool takesLabel(const Object &object);

// The box a shape's label is wrapped to, in the object's local coordinates: the frame less a
// margin, and for an ellipse, diamond, triangle, hexagon or parallelogram the largest upright
// box that stays inside the outline, so that text never crosses it. A connector's label box
// is centred on its path at `label_pos` and sized to the text (wrapped at 200 units).
QRectF labelBox(const Object &object, const Geometry &geometry);

// Painting and measuring a label laid out in `box` (local coordinates): wrapped at words to the
// box's width, placed by `label_align` (left, center, right; center by default) and
// `label_valign` (top, middle, bottom; middle by default), in the object's font (fontOf). Text
// taller than the box spills over it evenly. Nothing here depends on the kind of object, so any
// object with a `label` and a box can use it.
int labelFlags(const Object &object);
// Where the label's text lands when laid out in `box`.
QRectF labelTextRect(const Object &object, const QRectF &box);
void paintLabel(QPainter &painter, const Object &object, const QRectF &box, const QColor &ink);

} // namespace inkboard::canvas
