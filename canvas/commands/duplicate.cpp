// SPDX-License-Identifier: Apache-2.0
#include "duplicate.h"

#include "clipboard_codec.h"
#include "selected.h"

namespace inkboard::canvas::commands {

OpList duplicate(const Document &document, const QSet<QString> &selection, const QString &zAbove,
                 QStringList *newIds)
{
    const QList<Object> objects = selectedObjects(document, selection);
    if (objects.isEmpty())
        return {};
    return pasteOps(objects, zAbove, kDuplicateOffset, newIds);
}

} // namespace inkboard::canvas::commands
