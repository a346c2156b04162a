// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "align.h"
#include "model/document.h"
#include "model/op.h"

#include <QSet>

namespace inkboard::canvas::commands {

// The selection moved above `maxZ` (the scene's topmost readable key) or below `minZ`, keeping
// its own order. Nothing when a key cannot be made (keys in another client's format).
OpList bringToFront(const Document &document, const QSet<QString> &selection, const QString &maxZ);
OpList sendToBack(const Document &document, const QSet<QString> &selection, const QString &minZ);

// One step: the selection moved just above the nearest other object above it that overlaps
// it (or just below the nearest below), keeping its own order, as Figma and tldraw step. When
// nothing above overlaps, above the next object at all; nothing when it is already on top.
OpList bringForward(const Document &document, const QSet<QString> &selection,
                    const BoundsOf &boundsOf);
OpList sendBackward(const Document &document, const QSet<QString> &selection,
                    const BoundsOf &boundsOf);

} // namespace inkboard::canvas::commands
