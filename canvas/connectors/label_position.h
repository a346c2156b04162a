// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPointF>

namespace inkboard::canvas {

// A connector's label sits at a fraction of its length (`label_pos`, 0.5 by default: the
// middle), measured along its drawn points, so that it moves with the path.
QPointF pointAlong(const QList<QPointF> &points, double fraction);
// The fraction of the length at which the path comes nearest to `p` (dragging the label).
double fractionNearest(const QList<QPointF> &points, QPointF p);

} // namespace inkboard::canvas
