// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointF>

namespace inkboard::canvas {

class SceneIndex;
struct SceneItem;

// The closed shape whose label a double click (or the text tool) at `p` edits: the shape hit
// there, or else the topmost shape the point is inside of, filled or not (an unfilled shape
// is hit only on its outline, but its label is written inside it). Locked shapes and
// anything above the point that is not a closed shape take no label: null then.
const SceneItem *labelTargetAt(const SceneIndex &scene, QPointF p, double tolerance);

} // namespace inkboard::canvas
