// SPDX-License-Identifier: Apache-2.0
#include "object_history.h"

namespace inkboard::app::history {

QList<ObjectEdit> objectHistory(const sync::HistoryTimeline &timeline, const QString &id,
                                const Authors &authors)
{
    QList<ObjectEdit> edits;
    for (qint64 r = timeline.latestRevision(); r > timeline.baseRevision(); --r) {
        if (!timeline.mayName(r, id))
            continue;
        const sync::HistoryRecord &c = *timeline.commit(r);
        for (const Op &op : c.ops) {
            if (op.id != id)
                continue;
            // One line per commit: its first op on the object says what it did.
            edits.append(ObjectEdit{c.revision, kindOf(op), authors.nameOf(c), authors.colorOf(c),
                                    c.createdAt});
            break;
        }
    }
    return edits;
}

} // namespace inkboard::app::history
