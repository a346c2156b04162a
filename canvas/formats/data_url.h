// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace inkboard::canvas {

// An image in a `data:` URL (base64), as Inkboard stores images: PNG, JPEG, WebP and GIF as
// they are, anything else it can draw converted to PNG. Nothing when the URL is not base64
// data or the bytes are not an image BlobStore::checkImage takes.
struct DataUrlImage
{
    QString hash;
    QByteArray bytes;
};

std::optional<DataUrlImage> decodeDataUrlImage(const QString &url);

} // namespace inkboard::canvas
