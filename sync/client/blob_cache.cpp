#include "blob_cache.h"

#include "logging.h"
#include "model/ids.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace inkboard::sync {

BlobCache::BlobCache(const QString &folder) : m_folder(folder)
{
    QDir().mkpath(folder);
}

QString BlobCache::hashOf(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString BlobCache::pathOf(const QString &hash) const
{
    return m_folder + QLatin1Char('/') + hash;
}

QString BlobCache::put(const QByteArray &bytes, const QString &contentType)
{
    const QString hash = hashOf(bytes);
    if (contains(hash))
        return hash;
    QSaveFile file(pathOf(hash));
    QSaveFile type(pathOf(hash) + QStringLiteral(".type"));
    if (!type.open(QIODevice::WriteOnly) || type.write(contentType.toUtf8()) < 0 || !type.commit())
        return {};
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        qCWarning(lcStore) << "cannot cache blob" << hash << file.errorString();
        return {};
    }
    return hash;
}

bool BlobCache::contains(const QString &hash) const
{
    return isValidBlobHash(hash) && QFile::exists(pathOf(hash));
}

std::optional<QByteArray> BlobCache::get(const QString &hash) const
{
    if (!isValidBlobHash(hash))
        return std::nullopt;
    QFile file(pathOf(hash));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray bytes = file.readAll();
    // A damaged cache entry is a miss, never wrong pixels.
    if (hashOf(bytes) != hash)
        return std::nullopt;
    return bytes;
}

QString BlobCache::contentType(const QString &hash) const
{
    QFile file(pathOf(hash) + QStringLiteral(".type"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("application/octet-stream");
    return QString::fromUtf8(file.readAll());
}

} // namespace inkboard::sync
