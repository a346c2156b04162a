// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace inkboard::server {

// The last few historic snapshots built (`snapshot?revision=R`), most recently used first.
// A snapshot at a past revision never changes, so a hit is exact; the key carries the
// drawing's creation time too, so that a drawing deleted and made again under the same id
// never sees the old one's. Bounded in entries and in bytes, for all drawings together: the
// server holds one (HistoryRoutes), so the bound is the node's, however many drawings it
// serves.
class SnapshotCache
{
public:
    // 0 entries or bytes: nothing is kept.
    SnapshotCache(int maxEntries, qint64 maxBytes) : m_maxEntries(maxEntries), m_maxBytes(maxBytes)
    {}

    static QString key(const QString &drawingId, qint64 createdAtMs, qint64 revision);

    std::optional<QByteArray> find(const QString &key);
    // A body over half the byte bound is not kept: it would push out every other entry.
    void insert(const QString &key, const QByteArray &body);
    int entries() const { return int(m_entries.size()); }
    qint64 bytes() const { return m_bytes; }

private:
    struct Entry
    {
        QString key;
        QByteArray body;
    };
    int m_maxEntries;
    qint64 m_maxBytes;
    QList<Entry> m_entries;
    qint64 m_bytes = 0;
};

} // namespace inkboard::server
