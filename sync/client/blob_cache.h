#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace inkboard::sync {

// Content-addressed image bytes on disk (PROTOCOL.md §4 blobs are immutable): one file
// per sha256 under a folder, written atomically. A blob is cached when it is made locally
// (so that a drawing with images works offline and can be published later) and when it
// is downloaded.
class BlobCache
{
public:
    explicit BlobCache(const QString &folder);

    QString folder() const { return m_folder; }
    static QString hashOf(const QByteArray &bytes);
    // Stores the bytes; returns their hash, empty on a write error.
    QString put(const QByteArray &bytes, const QString &contentType);
    bool contains(const QString &hash) const;
    std::optional<QByteArray> get(const QString &hash) const;
    QString contentType(const QString &hash) const;

private:
    QString pathOf(const QString &hash) const;
    QString m_folder;
};

} // namespace inkboard::sync
