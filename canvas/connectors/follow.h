#pragma once

#include "model/object.h"

#include <QList>

namespace inkboard::canvas {

class SceneIndex;

// What a drag of `dragged` (moved, resized or rotated copies of scene objects) shows: the
// dragged objects, where a dragged connector's end that leaves its shape behind is unbound
// (moving a connector away detaches it) and one whose shape moves along stays bound; then
// every other connector bound to a dragged shape, placed from the dragged shapes. The whole
// list is the preview (and the presence peers see), and its changes are what the drag commits.
QList<Object> withFollowers(const QList<Object> &dragged, const SceneIndex &scene);

} // namespace inkboard::canvas
