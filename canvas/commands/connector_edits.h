// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/document.h"
#include "model/op.h"

#include <QSet>

namespace inkboard::canvas {
class SceneIndex;
}

namespace inkboard::canvas::commands {

// What a command that moves, resizes or rotates objects (nudge, align, distribute) brings
// along for connectors: `ops`, then an update per connector bound to a moved shape that
// stores where it is now drawn, and per moved connector whose end leaves its shape behind,
// unbinding that end (as a drag does: connectors/follow.h). `stored` is the document the ops
// apply to; `scene` shows it.
OpList withConnectorEdits(const OpList &ops, const Document &stored, const SceneIndex &scene);

// A restyle of connectors (a route, a stroke width: what moves their drawn path) or an edit of
// what connectors are bound to that leaves it in place (a label that grows a shape or resizes a
// connector's label box) stores the paths now drawn, as a move does: `ops`, then an update per
// such connector and per connector that follows it, however deep through labels.
OpList withRestyledConnectors(const OpList &ops, const Document &stored, const SceneIndex &scene);

// Deleting `ids` leaves their connectors in place: each end bound to one of them unbound,
// where it is drawn now, in the same undo step as the delete (undo binds it again).
OpList detachFrom(const QSet<QString> &ids, const Document &stored, const SceneIndex &scene);

} // namespace inkboard::canvas::commands
