// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/object.h"
#include "model/op.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QStringList>
#include <optional>

namespace inkboard::canvas {

class BlobStore;

// Objects with the image bytes they reference: what the clipboard and .inkboard files carry.
struct ObjectBundle
{
    QList<Object> objects;
    QHash<QString, QByteArray> blobs; // sha256 -> bytes

    // {"objects": [...], "blobs": {"<sha256>": "<base64>"}} plus `extra` keys.
    QJsonObject toJson() const;
    // Every object validated by the model (parseObject); blobs checked against their hash.
    static std::optional<ObjectBundle> fromJson(const QJsonObject &json, QString *error);
    // Collects the bytes of the images among `objects` from the store.
    static ObjectBundle collect(const QList<Object> &objects, const BlobStore *blobs);
    // Writes the bundle's blobs into the store.
    bool storeBlobs(BlobStore *blobs, QString *error) const;
};

inline constexpr char kInkboardMimeType[] = "application/x-inkboard+json";

QByteArray encodeClipboard(const ObjectBundle &bundle);
std::optional<ObjectBundle> decodeClipboard(const QByteArray &bytes, QString *error);

// Create ops for pasted objects: fresh ids (group ids remapped alike), z keys above `zAbove`
// in their original order, moved by `offset`. The new ids are returned through `newIds`.
OpList pasteOps(const QList<Object> &objects, const QString &zAbove, QPointF offset,
                QStringList *newIds = nullptr);

} // namespace inkboard::canvas
