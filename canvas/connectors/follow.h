// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/object.h"

#include <QList>

namespace inkboard::canvas {

class SceneIndex;

// What happens to the bindings of dragged connectors whose bound objects stay behind.
enum class DraggedEnds
{
    Detach, // a move of the connector itself: moving it away detaches it
    Keep,   // a change that leaves it where it is (its label moved or edited, a restyle)
};

// What a drag of `dragged` (moved, resized or rotated copies of scene objects) shows: the
// dragged objects, where a dragged connector's end that leaves its shape behind is unbound
// (with DraggedEnds::Detach; moving a connector away detaches it) and one whose shape moves
// along stays bound; then every other connector bound to a dragged object, placed from the
// dragged objects, and the connectors bound to those connectors' labels, and so on. The whole
// list is the preview (and the presence peers see), and its changes are what the drag commits.
QList<Object> withFollowers(const QList<Object> &dragged, const SceneIndex &scene,
                            DraggedEnds ends = DraggedEnds::Detach);

} // namespace inkboard::canvas
