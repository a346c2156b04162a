// SPDX-License-Identifier: Apache-2.0
#include "lock.h"

#include "op_target.h"
#include "selected.h"
#include "style.h"

namespace inkboard::canvas::commands {

OpList toggleLock(const Document &document, const QSet<QString> &selection, bool *locking)
{
    const QList<Object> objects = selectedObjects(document, selection);
    bool anyUnlocked = false;
    for (const Object &o : objects)
        anyUnlocked |= !isLocked(o);
    if (locking)
        *locking = anyUnlocked;
    OpList ops;
    for (const Object &o : objects) {
        // Unlocking removes the prop rather than writing false: unlocked is its absence.
        if (isLocked(o) != anyUnlocked)
            ops.append(Op::update(
                newId(), o.id,
                {{key::locked, anyUnlocked ? QJsonValue(true) : QJsonValue(QJsonValue::Null)}}));
    }
    return ops;
}

} // namespace inkboard::canvas::commands
