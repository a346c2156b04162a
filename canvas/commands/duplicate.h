// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/document.h"
#include "model/op.h"

#include <QPointF>
#include <QSet>
#include <QStringList>

namespace inkboard::canvas::commands {

// Far enough that the copies are seen as copies, close enough to stay in view.
inline constexpr QPointF kDuplicateOffset(10, 10);

// Copies of the selection (locked ones too) with fresh ids, moved by kDuplicateOffset and
// stacked above `zAbove` in their order; the copies' ids come back through `newIds`.
OpList duplicate(const Document &document, const QSet<QString> &selection, const QString &zAbove,
                 QStringList *newIds = nullptr);

} // namespace inkboard::canvas::commands
