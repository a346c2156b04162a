#pragma once

#include <QByteArray>
#include <QCache>
#include <QImage>
#include <QString>

namespace inkboard::canvas {

// Image bytes stored content-addressed (the lowercase hex sha256 of the bytes names the file)
// in one folder, so that an image object's `blob` prop names them and sync can upload them
// later. The layout is the sync engine's BlobCache's (<folder>/<sha256> and
// <folder>/<sha256>.type holding the content type): the app points both at one folder, so
// there is one blob store on disk. Reading is cached; writing is atomic and idempotent.
class BlobStore
{
public:
    static constexpr qint64 kMaxBytes = 20 * 1024 * 1024; // GET /info's default max_blob_bytes
    static constexpr int kMaxSide = 16384;                // pixels, either side

    explicit BlobStore(QString folder);

    QString folder() const { return m_folder; }
    static QString hashOf(const QByteArray &bytes);
    // image/png, image/jpeg, image/webp or image/gif (what a server takes); empty otherwise.
    static QString contentTypeOf(const QByteArray &bytes);

    // Checks that the bytes are a readable image of a sane size; returns an error message or
    // an empty string.
    static QString checkImage(const QByteArray &bytes, QSize *size = nullptr);

    // Stores the bytes and returns their hash, or an empty string and `error` on failure.
    QString put(const QByteArray &bytes, QString *error = nullptr);
    bool contains(const QString &hash) const;
    QByteArray data(const QString &hash) const;
    // The decoded image, or a null image when the blob is missing or unreadable.
    QImage image(const QString &hash) const;

private:
    QString pathOf(const QString &hash) const;

    QString m_folder;
    mutable QCache<QString, QImage> m_images{256 * 1024 * 1024 / 1024}; // cost in KiB
};

} // namespace inkboard::canvas
