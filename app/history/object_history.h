// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "client/history_timeline.h"
#include "history_model.h"
#include "op_summary.h"

#include <QColor>
#include <QDateTime>

namespace inkboard::app::history {

// One edit of one object: "Moved by Bob at 14:05, revision 57".
struct ObjectEdit
{
    qint64 revision = 0;
    EditKind kind = EditKind::Changed;
    QString author;
    QColor color;
    QDateTime at;
};

// Who changed this: every commit of the log that named `id`, newest first, with what it did.
QList<ObjectEdit> objectHistory(const sync::HistoryTimeline &timeline, const QString &id,
                                const Authors &authors);

} // namespace inkboard::app::history
