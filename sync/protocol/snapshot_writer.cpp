// SPDX-License-Identifier: Apache-2.0
#include "snapshot_writer.h"

namespace inkboard::protocol {

QByteArray snapshotJson(const QString &drawingId, qint64 revision, const QByteArray &objectsJson)
{
    QByteArray out;
    out.reserve(objectsJson.size() + drawingId.size() + 48);
    out += "{\"drawing_id\":\"";
    out += drawingId.toLatin1();
    out += "\",\"revision\":";
    out += QByteArray::number(revision);
    out += ",\"objects\":";
    out += objectsJson;
    out += '}';
    return out;
}

} // namespace inkboard::protocol
