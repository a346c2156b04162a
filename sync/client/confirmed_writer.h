// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "local_store.h"
#include "model/replica.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace inkboard::sync {

// Keeps a drawing's confirmed state in the local store in step with the Replica's.
//
// Commits are coalesced: the objects they changed, the revision and the pending ops they
// acknowledged go into one transaction flushMs after the first of them, so that a burst of
// commits costs one transaction. Memory may run ahead of the file, never the other way,
// and the file is always a consistent older state (the server holds the newer one;
// acknowledged ops still pending in the file are resent as duplicates). The WAL is
// checkpointed after checkpointIdleMs without writes.
class ConfirmedWriter : public QObject
{
    Q_OBJECT
public:
    ConfirmedWriter(LocalStore *store, const QString &drawingId, const Replica &replica,
                    int flushMs, int checkpointIdleMs, QObject *parent = nullptr);

    // The store holds the replica's confirmed state at `revision` (just loaded).
    void loaded(qint64 revision) { m_flushedRevision = revision; }
    // A commit changed these confirmed objects and acknowledged these pending ops.
    void committed(const QSet<QString> &changed, const QStringList &acknowledged);
    // Writes what is waiting now.
    void flush();
    // A snapshot replaced the confirmed state: written at once, with the acknowledgements
    // that were waiting.
    void replaced(qint64 revision, const QList<Object> &objects);
    // Something else was written (pending ops): checkpoint once writes pause.
    void wrote() { m_checkpointTimer.start(); }

signals:
    // A sentence for the user; the file keeps an older consistent state.
    void failed(const QString &message);

private:
    LocalStore *m_store;
    QString m_drawingId;
    const Replica &m_replica;
    QTimer m_flushTimer;
    QTimer m_checkpointTimer;
    QSet<QString> m_dirtyObjects;
    QStringList m_dirtyAcked;
    qint64 m_flushedRevision = 0;
};

} // namespace inkboard::sync
