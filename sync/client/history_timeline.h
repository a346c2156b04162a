// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "local_store.h"
#include "model/document.h"

#include <QSet>
#include <functional>
#include <map>
#include <optional>

namespace inkboard::sync {

// A drawing's commit log in memory and the drawing at any of its revisions, rebuilt with the
// model's one op application: the nearest checkpoint at or below the revision and the commits
// after it replayed. Checkpoints are made on the way the first time a revision past one is
// asked for (one every interval() commits), or read from the store where it keeps one
// (setStoredCheckpoints); those made here that the store should keep are handed out by
// takeCheckpointsToStore(). A scrubber moves a document it shows by seek(), which touches
// only the objects the commits in between name.
//
// Commits may come with their ops unparsed (HistoryEntry), or as their times only with a
// reader for the rest: each is read a chunk at a time and parsed the first time it is needed,
// so that opening a log of 100,000 commits reads little more than their times. Not
// thread-safe (the caches are filled by const calls).
class HistoryTimeline
{
public:
    // At most this many checkpoints in memory for a long log (each holds a copy of the
    // drawing); at least this many commits between two, so that a short log keeps few copies.
    static constexpr int kMaxCheckpoints = 64;
    static constexpr int kMinInterval = 200;
    // Checkpoints worth storing: at least this many commits from the nearest stored one
    // below, and about kStoredCheckpoints over the whole log.
    static constexpr int kMinStoredSpacing = 2000;
    static constexpr int kStoredCheckpoints = 16;

    void reset(const HistoryBase &base, QList<HistoryRecord> commits);
    void reset(const HistoryBase &base, QList<HistoryEntry> commits);
    // The commits after base.revision known by their times (ms since the epoch) only, the rest
    // read by `read(after, through)` when asked for; a commit it does not return counts as
    // unreadable.
    using EntryReader = std::function<QList<HistoryEntry>(qint64 after, qint64 through)>;
    static constexpr int kReadChunk = 512;
    void reset(const HistoryBase &base, const QList<qint64> &times, EntryReader read);
    // Appends the commits that follow latestRevision(), in order; returns how many.
    int append(const QList<HistoryRecord> &commits);
    int append(const QList<HistoryEntry> &commits);

    // The store's checkpoints (revisions) and how to read one; reads that fail are
    // forgotten and the revision rebuilt from the log instead.
    using CheckpointReader = std::function<std::optional<QList<Object>>(qint64 revision)>;
    void setStoredCheckpoints(QList<qint64> revisions, CheckpointReader read);
    // Checkpoints built since the last call that the store does not hold, nor one near.
    std::map<qint64, Document> takeCheckpointsToStore();
    // The caller stored it (or found it cannot): no longer offered.
    void markStored(qint64 revision);

    qint64 baseRevision() const { return m_baseRevision; }
    // The drawing at baseRevision().
    const Document &base() const { return m_base; }
    qint64 latestRevision() const { return m_baseRevision + m_commits.size(); }
    qsizetype size() const { return m_commits.size(); }
    // With its ops parsed (empty when they cannot be: see unreadable()). Null outside
    // (baseRevision(), latestRevision()].
    const HistoryRecord *commit(qint64 revision) const;
    // Revision, author and time only: record.ops may not be parsed yet.
    const HistoryRecord *header(qint64 revision) const;
    // When it was made (ms since the epoch); 0 outside the log. Reads nothing.
    qint64 timeOf(qint64 revision) const;
    // Whether the commit's ops may name object `id` (a cheap test on the unparsed JSON:
    // false means certainly not).
    bool mayName(qint64 revision, const QString &id) const;
    // Stored commits whose ops did not parse (shown as commits that changed nothing).
    int unreadable() const { return m_unreadable; }
    qint64 interval() const { return m_interval; }

    // The drawing at `revision`, clamped to the log.
    Document stateAt(qint64 revision) const;
    // Moves `document`, which holds the drawing at `from`, to `to`. Returns the ids that may
    // have changed (those the commits in between name), or null when that is more than
    // `limit` ids: the document is then the drawing at `to` anew and anything may differ.
    std::optional<QSet<QString>> seek(Document &document, qint64 from, qint64 to,
                                      qsizetype limit) const;

    // Builds the lowest checkpoint not built yet (a few milliseconds' work), so that idle
    // time makes every later scrub warm; false when all are.
    bool warmUp() const;

    // The objects a commit names.
    static QSet<QString> touched(const HistoryRecord &commit);

private:
    struct Slot
    {
        HistoryRecord record;
        QByteArray opsJson; // unparsed ops; empty once parsed
        qint64 createdMs = 0;
        bool loaded = true; // false: only createdMs is known, the reader has the rest
    };
    void resetBase(const HistoryBase &base);
    Slot &loadedSlot(qint64 revision) const;
    int appendSlot(Slot slot);
    void thinCheckpoints();
    const OpList &opsOf(qint64 revision) const;
    qint64 clamp(qint64 revision) const;
    void replay(Document &document, qint64 from, qint64 to) const;
    // The nearest checkpoint at or below `revision` (the base when none), reading the store's
    // when it is nearer than any in memory.
    std::pair<qint64, Document> nearest(qint64 revision) const;
    void keep(qint64 revision, const Document &document) const;
    qint64 storedSpacing() const;

    qint64 m_baseRevision = 0;
    Document m_base;
    mutable QList<Slot> m_commits; // m_commits[i] is revision m_baseRevision + 1 + i
    mutable int m_unreadable = 0;
    qint64 m_interval = kMinInterval;
    mutable std::map<qint64, Document> m_checkpoints;
    mutable QList<qint64> m_stored; // sorted
    CheckpointReader m_read;
    EntryReader m_readEntries;
    mutable std::map<qint64, Document> m_toStore;
    mutable qint64 m_warmedTo = 0; // every checkpoint up to here is built
};

} // namespace inkboard::sync
