// SPDX-License-Identifier: Apache-2.0
#include "bounded_read.h"

#include <QCoreApplication>
#include <QFile>

namespace inkboard::canvas {

std::optional<QByteArray> readBoundedFile(const QString &path, qint64 maxBytes, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<QByteArray> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    if (file.size() > maxBytes)
        return fail(QCoreApplication::translate("BoundedRead", "the file is larger than %1 MB.")
                        .arg(maxBytes / (1024 * 1024)));
    // read(maxBytes + 1), not readAll(): a file that grows after the size check (a pipe, a
    // file being written) still cannot take more.
    const QByteArray bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(file.errorString());
    if (bytes.size() > maxBytes)
        return fail(QCoreApplication::translate("BoundedRead", "the file is larger than %1 MB.")
                        .arg(maxBytes / (1024 * 1024)));
    return bytes;
}

} // namespace inkboard::canvas
