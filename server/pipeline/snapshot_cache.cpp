// SPDX-License-Identifier: Apache-2.0
#include "snapshot_cache.h"

namespace inkboard::server {

QString SnapshotCache::key(const QString &drawingId, qint64 createdAtMs, qint64 revision)
{
    return QStringLiteral("%1/%2/%3").arg(drawingId).arg(createdAtMs).arg(revision);
}

std::optional<QByteArray> SnapshotCache::find(const QString &key)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).key == key) {
            m_entries.move(i, 0);
            return m_entries.first().body;
        }
    }
    return std::nullopt;
}

void SnapshotCache::insert(const QString &key, const QByteArray &body)
{
    if (m_maxEntries <= 0 || body.size() > m_maxBytes / 2 || find(key))
        return;
    m_entries.prepend({key, body});
    m_bytes += body.size();
    while (m_entries.size() > m_maxEntries || m_bytes > m_maxBytes) {
        m_bytes -= m_entries.last().body.size();
        m_entries.removeLast();
    }
}

} // namespace inkboard::server
