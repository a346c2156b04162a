// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document.h"
#include "op.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <map>

namespace inkboard {

// One drawing as a client holds it (PROTOCOL.md §6): `confirmed` at confirmedRevision(),
// the `pending` local ops not yet seen in a commit, and `visible` = confirmed + pending.
//
// Every change is incremental: it touches the objects named by the ops involved and the
// pending ops on those objects, never the whole drawing. Each call returns the ids whose
// visible object may have changed, for a view to repaint.
class Replica
{
public:
    enum class CommitOutcome
    {
        Applied,
        Stale,
        Gap
    };
    struct CommitResult
    {
        CommitOutcome outcome = CommitOutcome::Stale;
        QSet<QString> changed;
        // The pending ops this commit acknowledged (no longer pending), in commit order.
        QStringList acknowledged;
    };

    qint64 confirmedRevision() const { return m_revision; }
    const Document &confirmed() const { return m_confirmed; }
    const Document &visible() const { return m_visible; }

    qsizetype pendingCount() const { return qsizetype(m_pending.size()); }
    OpList pendingOps() const;
    bool isPending(const QString &opId) const { return m_seqByOpId.contains(opId); }

    // A local edit: pending and visible at once. An op whose op_id is already pending is a
    // duplicate and changes nothing (returns no ids).
    QSet<QString> applyLocal(const Op &op);
    QSet<QString> applyLocal(const OpList &ops);

    // A server commit. Only revision == confirmedRevision() + 1 applies; an older one is
    // Stale (ignored) and a newer one is a Gap that the caller fills first. This is the one
    // place the stale/gap rule is decided: the sync session holds what comes back as a Gap.
    CommitResult applyCommit(qint64 revision, const OpList &ops);

    // Replaces the confirmed state by a snapshot; pending ops stay on top.
    QSet<QString> resetConfirmed(qint64 revision, const QList<Object> &objects);

    // Pending ops the server will never commit (refused as invalid): drop them.
    QSet<QString> dropPending(const QSet<QString> &opIds);

    // A full recomputation of visible, for tests to compare with the incremental one.
    Document recomputeVisible() const;

private:
    void removePending(quint64 seq);
    void refreshVisible(const QString &objectId);

    qint64 m_revision = 0;
    Document m_confirmed;
    Document m_visible;
    quint64 m_nextSeq = 1;
    std::map<quint64, Op> m_pending; // in the order they were made
    QHash<QString, quint64> m_seqByOpId;
    QHash<QString, QList<quint64>> m_seqsByObject; // ascending
};

} // namespace inkboard
