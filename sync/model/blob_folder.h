// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace inkboard {

// The one store of image bytes on disk, content-addressed (PROTOCOL.md §4: a blob is named by
// the lowercase hex sha256 of its bytes and never changes): <folder>/<sha256> holds the bytes,
// <folder>/<sha256>.type their content type; both are written atomically, the type first, so
// that a blob never exists without its type. The canvas keeps the images it draws here, the
// sync engine uploads from here and caches downloads here.
//
// It lives in the model, QtCore only, because both the canvas (which must not see the network)
// and the sync engine need it, and both already depend on the model alone.
class BlobFolder
{
public:
    explicit BlobFolder(QString folder);

    QString folder() const { return m_folder; }
    // The one hash function of blobs.
    static QString hashOf(const QByteArray &bytes);

    // Stores the bytes (once: a blob already there is kept); returns their hash, or empty and
    // `error` (the file system's words) when the folder or a file cannot be written.
    QString put(const QByteArray &bytes, const QString &contentType, QString *error = nullptr);
    bool contains(const QString &hash) const;
    // The bytes, checked against their name: a damaged file is a miss, never wrong pixels.
    std::optional<QByteArray> get(const QString &hash) const;
    QString contentType(const QString &hash) const;

    // Moves the blobs of an older folder in the same layout into this one (earlier builds kept
    // downloads in a second folder, `<store>.blobs`, beside the local store), drops the ones
    // this folder has already, and removes the old folder once it is empty. A blob that cannot
    // be moved stays where it is, so the next call tries again. Returns how many were moved.
    int adoptFolder(const QString &oldFolder);

private:
    QString pathOf(const QString &hash) const;

    QString m_folder;
};

} // namespace inkboard
