// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/document.h"
#include "model/op.h"

#include <QSet>

namespace inkboard::canvas::commands {

// The selected rects that are not locked take the outline `shape` (a `shape` keyword; the
// rectangle removes the prop, which is what a rect without it draws). Other objects, and
// rects that have that shape already, are left alone: one update of `shape` per rect changed.
OpList setShape(const Document &document, const QSet<QString> &selection, const QString &shape);

} // namespace inkboard::canvas::commands
