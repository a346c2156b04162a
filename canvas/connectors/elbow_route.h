// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>

namespace inkboard::canvas {

// One end of an elbow (orthogonal) route: where it is, the way it leaves (a unit axis
// vector) and the box of the shape it is bound to (null for a free end).
struct ElbowEnd
{
    QPointF point;
    QPointF direction;
    QRectF box;
};

// The way out of `box` towards `toward`: the axis of the side facing it.
QPointF exitDirection(const QRectF &box, QPointF toward);

// An orthogonal path from `a` to `b` that leaves and enters along the ends' directions and
// passes through neither bound box where a route around them exists: the cheapest of a
// few candidates (through the corner, the middle, or around both boxes), by length with a
// penalty per bend, as diagramming tools route.
QList<QPointF> elbowRoute(const ElbowEnd &a, const ElbowEnd &b);

// How far an elbow route runs straight out of a bound shape before it may turn.
inline constexpr double kElbowStub = 16;

} // namespace inkboard::canvas
