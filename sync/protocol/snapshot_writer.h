// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace inkboard::protocol {

// The bytes of a Snapshot (GET /drawings/{id}/snapshot) around objects already serialized
// (a JSON array: the server caches it per revision). Snapshot::fromJson reads it back;
// tst_page_writer holds the two to the same field names.
// The drawing id is written unescaped: its alphabet ([A-Za-z0-9_-]) needs none.
QByteArray snapshotJson(const QString &drawingId, qint64 revision, const QByteArray &objectsJson);

} // namespace inkboard::protocol
