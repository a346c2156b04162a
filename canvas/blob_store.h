#pragma once

#include <QByteArray>
#include <QCache>
#include <QImage>
#include <QString>

namespace inkboard::canvas {

// Image bytes stored content-addressed (the lowercase hex sha256 of the bytes names them), so
// that an image object's `blob` prop names them and sync can upload them later; decoded images
// are cached. The canvas only checks, stores and reads images through this class.
//
// Where the bytes live is the storage hooks' business: by default a folder in the sync
// engine's BlobCache layout (<folder>/<sha256>, <folder>/<sha256>.type); the app overrides
// the hooks to use the sync engine's BlobCache itself, so there is one blob store.
class BlobStore
{
public:
    virtual ~BlobStore() = default;

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

protected:
    // Storage hooks: write (atomically, idempotently), read and test for one blob.
    virtual bool writeBlob(const QString &hash, const QByteArray &bytes, const QString &contentType,
                           QString *error);
    virtual QByteArray readBlob(const QString &hash) const;
    virtual bool hasBlob(const QString &hash) const;

private:
    QString pathOf(const QString &hash) const;

    QString m_folder;
    mutable QCache<QString, QImage> m_images{256 * 1024 * 1024 / 1024}; // cost in KiB
};

} // namespace inkboard::canvas
