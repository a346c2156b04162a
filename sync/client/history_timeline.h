// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "local_store.h"
#include "model/document.h"

#include <QSet>
#include <map>

namespace inkboard::sync {

// A drawing's commit log in memory and the drawing at any of its revisions, rebuilt with the
// model's one op application: the nearest checkpoint at or below the revision (one every
// interval() commits, made the first time a revision past it is asked for) and the commits
// after it replayed. A scrubber moves a document it shows by seek(), which touches only the
// objects the commits in between name.
class HistoryTimeline
{
public:
    // At most this many checkpoints for a long log (each holds a copy of the drawing); at
    // least this many commits between two, so that a short log keeps few copies.
    static constexpr int kMaxCheckpoints = 64;
    static constexpr int kMinInterval = 200;

    void reset(const HistoryBase &base, QList<HistoryRecord> commits);
    // Appends the commits that follow latestRevision(), in order; returns how many.
    int append(const QList<HistoryRecord> &commits);

    qint64 baseRevision() const { return m_baseRevision; }
    qint64 latestRevision() const { return m_baseRevision + m_commits.size(); }
    const QList<HistoryRecord> &commits() const { return m_commits; }
    // Null outside (baseRevision(), latestRevision()].
    const HistoryRecord *commit(qint64 revision) const;
    qint64 interval() const { return m_interval; }

    // The drawing at `revision`, clamped to the log.
    Document stateAt(qint64 revision) const;
    // Moves `document`, which holds the drawing at `from`, to `to`; returns the ids that may
    // have changed (those the commits in between name).
    QSet<QString> seek(Document &document, qint64 from, qint64 to) const;

    // The objects a commit names.
    static QSet<QString> touched(const HistoryRecord &commit);

private:
    qint64 clamp(qint64 revision) const;
    void buildCheckpointsTo(qint64 revision) const;
    void replay(Document &document, qint64 from, qint64 to) const;

    qint64 m_baseRevision = 0;
    Document m_base;
    QList<HistoryRecord> m_commits; // m_commits[i] is revision m_baseRevision + 1 + i
    qint64 m_interval = kMinInterval;
    mutable std::map<qint64, Document> m_checkpoints;
    mutable Document m_tip; // the drawing at m_built, from which the next checkpoint grows
    mutable qint64 m_built = 0;
};

} // namespace inkboard::sync
