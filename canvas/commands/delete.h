// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/document.h"
#include "model/op.h"

#include <QSet>

namespace inkboard::canvas::commands {

// Delete (and the second half of Cut): the selected objects, except the locked ones, which a
// user must unlock before they can go.
OpList remove(const Document &document, const QSet<QString> &selection);

} // namespace inkboard::canvas::commands
