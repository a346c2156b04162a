// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/document.h"

#include <QList>
#include <QSet>

namespace inkboard::canvas::commands {

// The selected objects that exist in the visible document, in render order (bottom first):
// what every command over the selection walks, so that their ops come out in that order.
QList<Object> selectedObjects(const Document &document, const QSet<QString> &selection);

// The same without the locked ones: what a command that changes objects may change (a lock
// holds against every edit but unlocking; copying and duplicating still read locked objects).
QList<Object> editableObjects(const Document &document, const QSet<QString> &selection);

} // namespace inkboard::canvas::commands
