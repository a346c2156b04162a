#pragma once

#include "store/store.h"

#include <QByteArray>
#include <QString>

namespace inkboard::server {

// A stored commit as PROTOCOL.md §4 writes it in an ops page:
// {"revision", "author", "client_id", "created_at", "ops"}, assembled around the stored
// ops JSON instead of serializing them again.
QByteArray commitJson(const CommitRecord &commit);

// The same commit as the push frame of §5: {"type":"commit","drawing_id",…}.
QByteArray commitPushJson(const QString &drawingId, const CommitRecord &commit);

} // namespace inkboard::server
