#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace inkboard::server {

// The last few historic snapshots built (`snapshot?revision=R`), most recently used first.
// A snapshot at a past revision never changes, so a hit is exact; the key carries the
// drawing's creation time too, so that a drawing deleted and made again under the same id
// never sees the old one's. Bounded in entries and in bytes.
class SnapshotCache
{
public:
    static constexpr int kMaxEntries = 8;
    static constexpr qsizetype kMaxBytes = 64 * 1024 * 1024;

    static QString key(const QString &drawingId, qint64 createdAtMs, qint64 revision);

    std::optional<QByteArray> find(const QString &key);
    // A body over kMaxBytes / 2 is not kept: it would push out every other entry.
    void insert(const QString &key, const QByteArray &body);

private:
    struct Entry
    {
        QString key;
        QByteArray body;
    };
    QList<Entry> m_entries;
    qsizetype m_bytes = 0;
};

} // namespace inkboard::server
