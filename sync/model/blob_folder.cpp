// SPDX-License-Identifier: Apache-2.0
#include "blob_folder.h"

#include "ids.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace inkboard {

namespace {

const QString kTypeSuffix = QStringLiteral(".type");

bool writeAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

} // namespace

BlobFolder::BlobFolder(QString folder) : m_folder(std::move(folder)) {}

QString BlobFolder::hashOf(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString BlobFolder::pathOf(const QString &hash) const
{
    return m_folder + u'/' + hash;
}

QString BlobFolder::put(const QByteArray &bytes, const QString &contentType, QString *error)
{
    const QString hash = hashOf(bytes);
    if (contains(hash))
        return hash;
    if (!QDir().mkpath(m_folder)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(m_folder);
        return {};
    }
    if (!writeAtomically(pathOf(hash) + kTypeSuffix, contentType.toUtf8(), error) ||
        !writeAtomically(pathOf(hash), bytes, error))
        return {};
    return hash;
}

bool BlobFolder::contains(const QString &hash) const
{
    return isValidBlobHash(hash) && QFile::exists(pathOf(hash));
}

std::optional<QByteArray> BlobFolder::get(const QString &hash) const
{
    if (!isValidBlobHash(hash))
        return std::nullopt;
    QFile file(pathOf(hash));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray bytes = file.readAll();
    if (hashOf(bytes) != hash)
        return std::nullopt;
    return bytes;
}

QString BlobFolder::contentType(const QString &hash) const
{
    QFile file(pathOf(hash) + kTypeSuffix);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("application/octet-stream");
    return QString::fromUtf8(file.readAll());
}

int BlobFolder::adoptFolder(const QString &oldFolder)
{
    QDir old(oldFolder);
    if (oldFolder.isEmpty() || !old.exists() ||
        QFileInfo(oldFolder).canonicalFilePath() == QFileInfo(m_folder).canonicalFilePath())
        return 0;
    int moved = 0;
    for (const QString &hash : old.entryList(QDir::Files)) {
        if (!isValidBlobHash(hash))
            continue; // a .type file goes with its blob; anything else is not ours to move
        const QString from = old.filePath(hash);
        if (contains(hash)) {
            QFile::remove(from + kTypeSuffix);
            QFile::remove(from);
            continue;
        }
        if (!QDir().mkpath(m_folder))
            return moved;
        // The type first, as put() writes it; QFile::rename copies across file systems.
        const QString to = pathOf(hash);
        QFile::remove(to + kTypeSuffix);
        const bool typed = QFile::exists(from + kTypeSuffix);
        if (typed && !QFile::rename(from + kTypeSuffix, to + kTypeSuffix))
            continue;
        if (QFile::rename(from, to))
            ++moved;
        else if (typed)
            QFile::rename(to + kTypeSuffix, from + kTypeSuffix); // both stay for the next try
    }
    old.rmdir(old.absolutePath());
    return moved;
}

} // namespace inkboard
