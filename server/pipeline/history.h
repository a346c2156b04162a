// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/document.h"
#include "store/store.h"

#include <functional>
#include <optional>

namespace inkboard::server {

// The one reader of stored history: drawing load, catch-up and `snapshot?revision=`.
// Stored data was validated when it was written, so it is read with
// Limits::forStoredData(). An object that no longer validates (accepted under rules that
// changed since) is kept as stored and logged; an op list that does not parse is logged.

// A document at a revision, read back from the store.
struct StoredDocument
{
    Document document;
    qint64 revision = 0;
};

// The newest snapshot at or before `revision` (an empty document at 0 when there is none).
// Empty when the store fails (error set).
std::optional<StoredDocument> readSnapshot(Store &store, const QString &drawingId, qint64 revision,
                                           QString *error);

enum class ReplayResult
{
    Done,
    Missing, // commits after base.revision are not in the store (compacted, or never written)
    Failed   // the store failed
};

// Applies the stored commits after base.revision up to `upTo` to base.document, moving
// base.revision along. `applied`, when set, sees each commit right after it is applied.
ReplayResult replay(Store &store, const QString &drawingId, qint64 upTo, StoredDocument &base,
                    const std::function<void(const CommitRecord &, const OpList &)> &applied = {},
                    QString *error = nullptr);

// The objects of a snapshot at a past revision, as JSON: the newest stored snapshot at or
// before it plus the commits up to it. Slow on a large drawing, so it runs on a thread with
// a connection of its own (ServerContext::historyReader), never on the event loop.
struct HistoricObjects
{
    enum class Outcome
    {
        Done,
        Gone,  // the commits it needs were compacted
        Failed // the store failed
    };
    Outcome outcome = Outcome::Failed;
    QByteArray json;
};
HistoricObjects buildHistoricObjects(Store &store, const QString &drawingId, qint64 revision);

} // namespace inkboard::server
