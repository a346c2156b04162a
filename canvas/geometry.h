// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/object.h"

#include <QFont>
#include <QPainterPath>
#include <QRectF>
#include <QTransform>

namespace inkboard::canvas {

// What the canvas derives from an object's props once and caches until the object changes:
// its outline in local coordinates, the local -> canvas transform (position and rotation about
// the frame's center) and the canvas-space bounds used by the spatial index.
struct Geometry
{
    QRectF frame;        // the object's box in local coordinates (what handles resize)
    QTransform toCanvas; // local -> canvas
    QPainterPath path;   // outline in local coordinates (empty for text and images)
    QPainterPath fill;   // filled in the stroke colour: solid arrowheads, a stroke's outline
    QRectF bounds;       // canvas-space bounding box, stroke included
    double penWidth = 0; // effective stroke width (a stroke's mean), 0 for no stroke
    bool closed = false; // a filled shape: the inside hits too
};

Geometry computeGeometry(const Object &object);

// The font of a text object, in canvas units (pixel size = font_size).
QFont fontOf(const Object &object);
// Flags for QPainter::drawText and QFontMetricsF::boundingRect of a text object.
int textFlags(const Object &object);

// Whether a canvas point touches the object, within `tolerance` canvas units.
bool hitTest(const Object &object, const Geometry &geometry, QPointF canvasPoint, double tolerance);
// Whether the object's outline touches a canvas segment (the eraser's path).
bool hitTestSegment(const Object &object, const Geometry &geometry, QPointF a, QPointF b,
                    double tolerance);

// The transform of an object's frame: translate to (x, y) and rotate about the frame center.
QTransform frameTransform(double x, double y, double rotationDegrees, const QRectF &frame);

// Stroke/line points of an object as local coordinates (pressure dropped).
QList<QPointF> pointsOf(const Object &object);

} // namespace inkboard::canvas
