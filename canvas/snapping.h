// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLineF>
#include <QList>
#include <QPointF>
#include <QRectF>

namespace inkboard::canvas {

// The spacing of the canvas grid at a zoom: 20 canvas units, times 5 until the lines are at
// least 12 pixels apart. The grid is drawn and snapped to with it.
double gridStep(double zoom);

// What a snap found: the correction to add to the dragged position, and the guides to show
// (alignment lines through the matched edges or centres, and the gaps found equal).
struct Snap
{
    QPointF correction;
    QList<QLineF> guides;
    bool snappedX = false;
    bool snappedY = false;
};

// Where snapping looks: the boxes of the other objects (usually those in view, not the ones
// being moved), how close is close (canvas units: a few screen pixels at the zoom), and the
// grid step when the grid is shown (0: none).
struct SnapTargets
{
    QList<QRectF> boxes;
    double threshold = 6;
    double grid = 0;
};

// A box being moved, as Figma and tldraw snap it: its left, centre and right to the others'
// left, centre and right (and the same for top, middle, bottom), to equal gaps between it and
// its neighbours on a row or column, and else to the grid. Each axis takes its closest match
// within the threshold.
Snap snapBox(const QRectF &moving, const SnapTargets &targets);

// A point being dragged (a resize handle, the corner of a shape being drawn): to the others'
// edges and centres, else to the grid.
Snap snapPoint(QPointF point, const SnapTargets &targets);

} // namespace inkboard::canvas
