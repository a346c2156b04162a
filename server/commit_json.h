// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/store.h"

#include <QByteArray>
#include <QString>

namespace inkboard::server {

// A stored commit in the wire form of sync/protocol's writers (commit_writer.h): the store's
// record around its stored ops JSON, never serialized again.
// An element of an ops page (PROTOCOL.md §4): {"revision", "author", "client_id", …}.
QByteArray commitJson(const CommitRecord &commit);
// The push frame of §5: {"type":"commit","drawing_id",…}.
QByteArray commitPushJson(const QString &drawingId, const CommitRecord &commit);

} // namespace inkboard::server
