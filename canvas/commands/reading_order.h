// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "commands/align.h"
#include "model/document.h"

#include <QSet>
#include <QStringList>

namespace inkboard::canvas::commands {

// The objects in reading order: rows from top to bottom (an object is on a row when its
// middle is within the height of the row's first object), left to right within a row.
QStringList readingOrder(const Document &document, const BoundsOf &boundsOf);

// Tab / Shift+Tab: the object after (or before) the selection in reading order, wrapping
// around; the first (or last) one when nothing is selected. Empty for an empty drawing.
QString cycleSelection(const Document &document, const QSet<QString> &selection,
                       const BoundsOf &boundsOf, bool forward);

} // namespace inkboard::canvas::commands
