// SPDX-License-Identifier: Apache-2.0
#include "confirmed_writer.h"

namespace inkboard::sync {

ConfirmedWriter::ConfirmedWriter(LocalStore *store, const QString &drawingId,
                                 const Replica &replica, int flushMs, int checkpointIdleMs,
                                 QObject *parent)
    : QObject(parent), m_store(store), m_drawingId(drawingId), m_replica(replica)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(flushMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &ConfirmedWriter::flush);
    m_checkpointTimer.setSingleShot(true);
    m_checkpointTimer.setInterval(checkpointIdleMs);
    connect(&m_checkpointTimer, &QTimer::timeout, this, [this] { m_store->checkpoint(); });
}

void ConfirmedWriter::committed(const QSet<QString> &changed, const QStringList &acknowledged)
{
    m_dirtyObjects.unite(changed);
    m_dirtyAcked += acknowledged;
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void ConfirmedWriter::flush()
{
    m_flushTimer.stop();
    if (m_dirtyObjects.isEmpty() && m_dirtyAcked.isEmpty() &&
        m_flushedRevision == m_replica.confirmedRevision())
        return;
    QList<Object> upserts;
    QStringList removed;
    upserts.reserve(m_dirtyObjects.size());
    for (const QString &id : std::as_const(m_dirtyObjects)) {
        if (const Object *o = m_replica.confirmed().find(id))
            upserts.append(*o);
        else
            removed.append(id);
    }
    if (!m_store->commitConfirmed(m_drawingId, m_replica.confirmedRevision(), upserts, removed,
                                  m_dirtyAcked) &&
        m_store->drawing(m_drawingId)) { // a drawing deleted meanwhile has nothing to save
        // The file keeps an older, consistent state (older revision, the acknowledged ops
        // still pending) that a reopen recovers from by catching up.
        emit failed(tr("The drawing could not be saved locally: %1").arg(m_store->lastError()));
    }
    m_dirtyObjects.clear();
    m_dirtyAcked.clear();
    m_flushedRevision = m_replica.confirmedRevision();
    m_checkpointTimer.start();
}

void ConfirmedWriter::replaced(qint64 revision, const QList<Object> &objects)
{
    m_flushTimer.stop();
    m_dirtyObjects.clear();
    const QStringList acked = std::exchange(m_dirtyAcked, {});
    m_flushedRevision = revision;
    if (!m_store->replaceConfirmed(m_drawingId, revision, objects, acked))
        emit failed(tr("The drawing could not be saved locally: %1").arg(m_store->lastError()));
}

} // namespace inkboard::sync
