// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/object.h"

#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace inkboard::canvas {

// The outline a closed shape draws in its frame. A rect's `shape` prop picks it; a keyword
// this version does not know draws as the rectangle (a newer peer's shape still shows as its
// frame), and so does a rect without the prop.
enum class ShapeKind
{
    Rectangle,
    Diamond,
    Triangle,
    Hexagon,
    Parallelogram,
    Note,
    Ellipse, // the ellipse type, not a `shape` keyword
};

namespace key {
inline const QString shape = QStringLiteral("shape");
} // namespace key

// The `shape` keywords this version draws.
namespace shape {
inline const QString rectangle = QStringLiteral("rectangle");
inline const QString diamond = QStringLiteral("diamond");
inline const QString triangle = QStringLiteral("triangle");
inline const QString hexagon = QStringLiteral("hexagon");
inline const QString parallelogram = QStringLiteral("parallelogram");
inline const QString note = QStringLiteral("note");
} // namespace shape

ShapeKind shapeKindOf(const Object &object);
// Rects (every shape) and ellipses: the objects that have an inside, and so a label.
bool isClosedShape(const Object &object);
bool isNote(const Object &object);

// The outline in local coordinates (`frame` is the object's box); a rectangle keeps its
// `radius`. Empty for objects that are not closed shapes.
QPainterPath shapeOutline(const Object &object, const QRectF &frame);

// A note's folded corner (bottom right): the triangle painted darker over the fill, and how
// far it reaches along each edge.
QPainterPath noteFold(const QRectF &frame);
double noteFoldSize(const QRectF &frame);
// Where a note's drop shadow sits relative to the note (it is the outline, moved).
inline constexpr QPointF kNoteShadowOffset{3, 4};

} // namespace inkboard::canvas
