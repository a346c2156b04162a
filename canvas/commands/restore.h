// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/document.h"
#include "model/op.h"

#include <QSet>
#include <functional>

namespace inkboard::canvas::commands {

// Restoring from history: the ops that make the objects `ids` of `now` what they were in
// `past` (created again, their props set back, or deleted when `past` has no such object),
// and nothing else, so that objects others made since stay. New ops like any edit: one undo
// step, synced, attributed to whoever restores. In the order of the ids, so that the same
// restore gives the same ops.
OpList restoreOps(const Document &now, const Document &past, const QSet<QString> &ids,
                  const std::function<QString()> &newOpId);
// The whole drawing back to `past`: every object of either.
OpList restoreAllOps(const Document &now, const Document &past,
                     const std::function<QString()> &newOpId);

} // namespace inkboard::canvas::commands
