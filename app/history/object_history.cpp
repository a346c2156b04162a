// SPDX-License-Identifier: Apache-2.0
#include "object_history.h"

namespace inkboard::app::history {

QList<ObjectEdit> objectHistory(const sync::HistoryTimeline &timeline, const QString &id,
                                const Authors &authors)
{
    QList<ObjectEdit> edits;
    const QList<sync::HistoryRecord> &commits = timeline.commits();
    for (qsizetype i = commits.size() - 1; i >= 0; --i) {
        const sync::HistoryRecord &c = commits.at(i);
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
