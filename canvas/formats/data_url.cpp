// SPDX-License-Identifier: Apache-2.0
#include "data_url.h"

#include "blob_store.h"

#include <QBuffer>
#include <QImage>

namespace inkboard::canvas {

std::optional<DataUrlImage> decodeDataUrlImage(const QString &url)
{
    if (!url.startsWith(u"data:"))
        return std::nullopt;
    const qsizetype comma = url.indexOf(u',');
    if (comma < 0 || !url.left(comma).endsWith(u";base64"))
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(url.mid(comma + 1).trimmed().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !BlobStore::checkImage(*decoded).isEmpty())
        return std::nullopt;
    QByteArray bytes = *decoded;
    if (BlobStore::contentTypeOf(bytes).isEmpty()) {
        // BMP, SVG, …: servers take PNG, JPEG, WebP and GIF, so keep a PNG.
        QImage image;
        image.loadFromData(*decoded);
        bytes.clear();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        if (image.isNull() || !image.save(&buffer, "PNG"))
            return std::nullopt;
    }
    return DataUrlImage{BlobStore::hashOf(bytes), bytes};
}

} // namespace inkboard::canvas
