// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QCache>
#include <QImage>
#include <QMutex>
#include <QString>
#include <memory>

namespace inkboard {
class BlobFolder;
}

namespace inkboard::canvas {

// The canvas's view of the one blob folder (model/blob_folder.h): it checks that bytes are an
// image it can draw, stores them under their sha256 (which an image object's `blob` prop
// names, so that sync can upload them later) and caches decoded images. The app hands it the
// folder the sync engine uses; alone (tests, tools) it keeps a folder of its own.
class BlobStore
{
public:
    static constexpr qint64 kMaxBytes = 20 * 1024 * 1024; // GET /info's default max_blob_bytes
    static constexpr int kMaxSide = 16384;                // pixels, either side

    // Images in `folder`, shared with its other users; the folder outlives this store.
    explicit BlobStore(BlobFolder *folder);
    // Images in a folder of its own at `path`.
    explicit BlobStore(const QString &path);
    ~BlobStore();

    QString folder() const;
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
    // The decoded image, or a null image when the blob is missing or unreadable. Safe from
    // any thread (the canvas paints a big frame's bands on several).
    QImage image(const QString &hash) const;

private:
    std::unique_ptr<BlobFolder> m_own;
    BlobFolder *m_folder;
    mutable QMutex m_imagesLock;
    mutable QCache<QString, QImage> m_images{256 * 1024 * 1024 / 1024}; // cost in KiB
};

} // namespace inkboard::canvas
