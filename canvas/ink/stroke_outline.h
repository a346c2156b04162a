// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QPolygonF>

namespace inkboard::canvas::ink {

// One sample of a freehand stroke as stored: a position and the pen's pressure (0-1).
struct InkPoint
{
    QPointF pos;
    double pressure = 0.5;
};

// How a stroke's samples become its outline, in the manner of perfect-freehand: the width
// follows the pressure, the centre line trails the pen a little, and the ends are capped.
struct OutlineOptions
{
    double size = 2;         // the width at pressure 0.5 (the stored `stroke_width`)
    double thinning = 0.6;   // 0: one width; 1: from nothing (pressure 0) to twice `size` (1)
    double streamline = 0.4; // 0: the raw samples; towards 1 the centre line lags behind more
    double smoothing = 0.5;  // samples closer than a share of `size` are merged (steadier edges)
    bool simulatePressure = false; // a mouse: pressure from speed (faster is thinner)
    bool roundCaps = true;         // false: cut square at both ends (the highlighter)
};

// A point of the smoothed centre line and the outline's half width there.
struct Rib
{
    QPointF pos;
    double radius = 0;
};

// Whether every sample has the same pressure (a mouse, or an older client's stroke): then the
// width is better taken from speed.
bool hasConstantPressure(const QList<InkPoint> &points);

// The pressure a mouse stroke is drawn with: from the distance between samples (events come
// at a steady rate, so the distance is the speed), eased so the width changes gradually.
QList<double> simulatedPressure(const QList<InkPoint> &points, double size);

// The centre line after streamlining and merging, with the half width at each rib.
QList<Rib> strokeRibs(const QList<InkPoint> &points, const OutlineOptions &options);

// The outline as a closed polygon: the left offsets along the ribs, the end cap, the right
// offsets back, the start cap. A sharp turn gets a round joint on both sides.
QPolygonF outlinePolygon(const QList<Rib> &ribs, bool roundCaps);

// What is filled: that polygon, closed, with the winding fill rule so that a stroke crossing
// itself stays solid. Every view, export and hit test of a stroke uses this one outline.
QPainterPath strokeOutline(const QList<InkPoint> &points, const OutlineOptions &options);
// The same from ribs already computed (strokeRibs), for callers that also want the centre.
QPainterPath strokeOutline(const QList<Rib> &ribs, bool roundCaps);

} // namespace inkboard::canvas::ink
