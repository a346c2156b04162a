// SPDX-License-Identifier: Apache-2.0
#include "blob_store.h"

#include "logging.h"
#include "model/blob_folder.h"

#include <QBuffer>
#include <QImageReader>

namespace inkboard::canvas {

BlobStore::BlobStore(BlobFolder *folder) : m_folder(folder) {}

BlobStore::BlobStore(const QString &path)
    : m_own(std::make_unique<BlobFolder>(path)), m_folder(m_own.get())
{}

BlobStore::~BlobStore() = default;

QString BlobStore::folder() const
{
    return m_folder->folder();
}

QString BlobStore::hashOf(const QByteArray &bytes)
{
    return BlobFolder::hashOf(bytes);
}

QString BlobStore::checkImage(const QByteArray &bytes, QSize *size)
{
    if (bytes.isEmpty())
        return QObject::tr("The image is empty.");
    if (bytes.size() > kMaxBytes) {
        return QObject::tr("The image is too large (%1 MB; at most %2 MB).")
            .arg(bytes.size() / (1024 * 1024))
            .arg(kMaxBytes / (1024 * 1024));
    }
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format();
    if (format.isEmpty() || !reader.canRead())
        return QObject::tr("This is not an image Inkboard can read.");
    const QSize s = reader.size();
    if (s.isValid() && (s.width() > kMaxSide || s.height() > kMaxSide))
        return QObject::tr("The image is too big (%1 x %2 pixels; at most %3 on a side).")
            .arg(s.width())
            .arg(s.height())
            .arg(kMaxSide);
    const QImage image = reader.read();
    if (image.isNull())
        return QObject::tr("The image could not be decoded: %1").arg(reader.errorString());
    if (size)
        *size = image.size();
    return {};
}

QString BlobStore::contentTypeOf(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    const QByteArray format = QImageReader(&buffer).format().toLower();
    if (format == "png" || format == "gif" || format == "webp")
        return QStringLiteral("image/") + QString::fromLatin1(format);
    if (format == "jpeg" || format == "jpg")
        return QStringLiteral("image/jpeg");
    return {};
}

QString BlobStore::put(const QByteArray &bytes, QString *error)
{
    const QString hash = hashOf(bytes);
    if (m_folder->contains(hash))
        return hash;
    QString type = contentTypeOf(bytes);
    if (type.isEmpty())
        type = QStringLiteral("application/octet-stream");
    QString why;
    if (m_folder->put(bytes, type, &why) == hash)
        return hash;
    qCWarning(lcCanvas) << "blob write failed" << folder() << why;
    if (error)
        *error = QObject::tr("Cannot store the image in %1 (is the disk full?).").arg(folder());
    return {};
}

bool BlobStore::contains(const QString &hash) const
{
    return m_folder->contains(hash);
}

QByteArray BlobStore::data(const QString &hash) const
{
    return m_folder->get(hash).value_or(QByteArray());
}

QImage BlobStore::image(const QString &hash) const
{
    const QMutexLocker lock(&m_imagesLock);
    if (const QImage *cached = m_images.object(hash))
        return *cached;
    const QByteArray bytes = data(hash);
    QImage image;
    if (!bytes.isEmpty())
        image.loadFromData(bytes);
    if (image.isNull())
        return image;
    const int cost = std::max<qsizetype>(1, image.sizeInBytes() / 1024);
    m_images.insert(hash, new QImage(image), cost);
    return image;
}

} // namespace inkboard::canvas
