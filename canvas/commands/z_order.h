#pragma once

#include "model/document.h"
#include "model/op.h"

#include <QSet>

namespace inkboard::canvas::commands {

// The selection moved above `maxZ` (the scene's topmost readable key) or below `minZ`, keeping
// its own order. Nothing when a key cannot be made (keys in another client's format).
OpList bringToFront(const Document &document, const QSet<QString> &selection, const QString &maxZ);
OpList sendToBack(const Document &document, const QSet<QString> &selection, const QString &minZ);

} // namespace inkboard::canvas::commands
