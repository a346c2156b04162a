// SPDX-License-Identifier: Apache-2.0
#include "commands/restore.h"

#include "commands/prop_change.h"

#include <algorithm>

namespace inkboard::canvas::commands {

OpList restoreOps(const Document &now, const Document &past, const QSet<QString> &ids,
                  const std::function<QString()> &newOpId)
{
    QStringList sorted(ids.begin(), ids.end());
    std::sort(sorted.begin(), sorted.end());
    OpList ops;
    for (const QString &id : std::as_const(sorted)) {
        const Object *then = past.find(id);
        const Object *current = now.find(id);
        if (!then) {
            if (current)
                ops.append(Op::remove(newOpId(), id));
            continue;
        }
        if (current && current->type != then->type) {
            // An id reused for another kind of object: an update cannot change the type.
            ops.append(Op::remove(newOpId(), id));
            current = nullptr;
        }
        if (!current) {
            ops.append(Op::create(newOpId(), id, then->type, then->props));
            continue;
        }
        const QJsonObject change = propsChange(*current, *then);
        if (!change.isEmpty())
            ops.append(Op::update(newOpId(), id, change));
    }
    return ops;
}

OpList restoreAllOps(const Document &now, const Document &past,
                     const std::function<QString()> &newOpId)
{
    QSet<QString> ids;
    ids.reserve(now.size() + past.size());
    for (auto it = now.objects().constBegin(); it != now.objects().constEnd(); ++it)
        ids.insert(it.key());
    for (auto it = past.objects().constBegin(); it != past.objects().constEnd(); ++it)
        ids.insert(it.key());
    return restoreOps(now, past, ids, newOpId);
}

} // namespace inkboard::canvas::commands
