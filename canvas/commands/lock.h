// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/document.h"
#include "model/op.h"

#include <QSet>

namespace inkboard::canvas::commands {

// One key for both ways: a selection with any unlocked object gets locked whole, else it is
// unlocked. `locking` says which it was (for the undo step's name).
OpList toggleLock(const Document &document, const QSet<QString> &selection,
                  bool *locking = nullptr);

} // namespace inkboard::canvas::commands
