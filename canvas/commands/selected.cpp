#include "selected.h"

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

} // namespace inkboard::canvas::commands
