// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "op_id_filter.h"
#include "pipeline/commit_outcome.h"
#include "store/store.h"

#include <QHash>
#include <variant>

namespace inkboard::server {

// The op_id dedupe stage (PROTOCOL.md §4 idempotency): an op id seen before with the same
// payload is a duplicate answered with its first revision, with another payload a 409.
// The ops assigned since the drawing loaded are in memory, older ones in the store's ops
// table; a Bloom filter of every op id spares the store read for ops that are certainly new.
class OpDedupe
{
public:
    // The ops of one call, sorted.
    struct Sorted
    {
        OpList fresh;
        QByteArray freshJson;                            // `fresh` as a compact JSON array
        QList<std::pair<QString, QByteArray>> hashes;    // op_id -> payload hash, of `fresh`
        QList<protocol::CommitResponse::Result> results; // one per op of the call
        qint64 waitFor = 0; // the newest earlier revision a duplicate belongs to
        int duplicates = 0;
    };

    OpDedupe(Store &store, QString drawingId) : m_store(store), m_drawingId(std::move(drawingId)) {}

    // Sorts the ops of a call whose fresh ops would get `revision`; a refusal (409 on a
    // reused op id, 503 when the store cannot be read) instead.
    std::variant<Sorted, CommitOutcome> sort(const OpList &ops, qint64 revision);
    // The fresh ops of a call were assigned `revision`.
    void remember(const QList<std::pair<QString, QByteArray>> &hashes, qint64 revision);
    // An op found in the store (another node's commit): its hash is in the ops table.
    void addStored(const QString &opId) { m_filter.add(opId); }
    // What was assigned past `durable` was never stored.
    void forgetAbove(qint64 durable);
    // Durable op ids are in the store's index too: keeps memory bounded on long sessions.
    void trimDurable(qint64 durable);
    void clear() { m_recent.clear(); }
    bool filterFull() const { return m_filter.full(); }
    // The filter again from every op id of the store and of memory. False when the store fails.
    bool rebuild(QString *error);

private:
    struct Assigned
    {
        qint64 revision;
        QByteArray hash;
    };

    Store &m_store;
    QString m_drawingId;
    QHash<QString, Assigned> m_recent; // ops assigned since this drawing was loaded
    OpIdFilter m_filter;               // every op id of the drawing, stored or assigned
};

} // namespace inkboard::server
