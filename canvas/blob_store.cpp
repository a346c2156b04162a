#include "blob_store.h"

#include "logging.h"
#include "model/ids.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QSaveFile>

namespace inkboard::canvas {

BlobStore::BlobStore(QString folder) : m_folder(std::move(folder)) {}

QString BlobStore::hashOf(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
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

QString BlobStore::pathOf(const QString &hash) const
{
    return m_folder + u'/' + hash;
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
    if (contains(hash))
        return hash;
    QString type = contentTypeOf(bytes);
    if (type.isEmpty())
        type = QStringLiteral("application/octet-stream");
    if (!writeBlob(hash, bytes, type, error))
        return {};
    return hash;
}

bool BlobStore::contains(const QString &hash) const
{
    return isValidBlobHash(hash) && hasBlob(hash);
}

QByteArray BlobStore::data(const QString &hash) const
{
    if (!isValidBlobHash(hash))
        return {};
    return readBlob(hash);
}

bool BlobStore::writeBlob(const QString &hash, const QByteArray &bytes, const QString &type,
                          QString *error)
{
    const QString path = pathOf(hash);
    if (!QDir().mkpath(m_folder)) {
        if (error)
            *error = QObject::tr("Cannot create the image folder %1.").arg(m_folder);
        return false;
    }
    QSaveFile typeFile(path + QStringLiteral(".type"));
    if (!typeFile.open(QIODevice::WriteOnly) || typeFile.write(type.toUtf8()) < 0 ||
        !typeFile.commit()) {
        if (error)
            *error = QObject::tr("Cannot store the image: %1").arg(typeFile.errorString());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QObject::tr("Cannot store the image: %1").arg(file.errorString());
        qCWarning(lcCanvas) << "blob write failed" << path << file.errorString();
        return false;
    }
    return true;
}

QByteArray BlobStore::readBlob(const QString &hash) const
{
    QFile file(pathOf(hash));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool BlobStore::hasBlob(const QString &hash) const
{
    return QFile::exists(pathOf(hash));
}

QImage BlobStore::image(const QString &hash) const
{
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
