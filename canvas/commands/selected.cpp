// SPDX-License-Identifier: Apache-2.0
#include "selected.h"

#include "style.h"

#include <algorithm>

namespace inkboard::canvas::commands {

QList<Object> selectedObjects(const Document &document, const QSet<QString> &selection)
{
    QList<Object> objects;
    for (const QString &id : selection) {
        if (const Object *o = document.find(id))
            objects.append(*o);
    }
    std::sort(objects.begin(), objects.end(), renderLess);
    return objects;
}

QList<Object> editableObjects(const Document &document, const QSet<QString> &selection)
{
    QList<Object> objects = selectedObjects(document, selection);
    objects.removeIf([](const Object &o) { return isLocked(o); });
    return objects;
}

} // namespace inkboard::canvas::commands
