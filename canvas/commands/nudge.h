// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/document.h"
#include "model/op.h"

#include <QPointF>
#include <QSet>

namespace inkboard::canvas::commands {

// The arrow keys: the unlocked selected objects moved by `delta` (canvas units).
OpList nudge(const Document &document, const QSet<QString> &selection, QPointF delta);

} // namespace inkboard::canvas::commands
