// SPDX-License-Identifier: Apache-2.0
#include "bounded_read.h"

#include <QCoreApplication>
#include <QFile>
#include <algorithm>

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
    // In chunks, not readAll() nor read(maxBytes + 1) (which allocates all of it up front):
    // a file that grows after the size check, or a pipe, still cannot take more.
    QByteArray bytes;
    bytes.reserve(qsizetype(std::min(file.size(), maxBytes)));
    constexpr qint64 kChunk = 1024 * 1024;
    while (!file.atEnd() && bytes.size() <= maxBytes) {
        const QByteArray chunk = file.read(std::min(kChunk, maxBytes + 1 - bytes.size()));
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    if (file.error() != QFileDevice::NoError)
        return fail(file.errorString());
    if (bytes.size() > maxBytes)
        return fail(QCoreApplication::translate("BoundedRead", "the file is larger than %1 MB.")
                        .arg(maxBytes / (1024 * 1024)));
    return bytes;
}

} // namespace inkboard::canvas
