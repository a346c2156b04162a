// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "commit.h"

#include <QByteArray>
#include <QDateTime>

namespace inkboard::protocol {

// The bytes production writes for a commit and a commit answer: the same JSON as
// Commit::toJson / toPushJson and CommitResponse::toJson (tst_commit_writer holds them
// equal), written directly instead of through QJsonObject. A stored commit's ops are
// already compact JSON, so they are copied as they are, never parsed and written again.

// A commit as it is stored: everything of a Commit but its ops, which stay bytes.
struct StoredCommit
{
    qint64 revision = 0;
    UserRef author;
    QString clientId;
    QDateTime createdAt;
    QByteArray opsJson; // a compact JSON array of ops
};

// {"revision", "author", "client_id", "created_at", "ops"}: an element of an ops page.
QByteArray writeCommit(const StoredCommit &commit);
// The push frame of PROTOCOL.md §5: {"type":"commit","drawing_id", …the REST form}.
QByteArray writeCommitPush(const QString &drawingId, const StoredCommit &commit);
// The answer to POST …/ops: {"revision", "latest_revision", "results"}.
QByteArray writeCommitResponse(const CommitResponse &response);
// toIsoUtc's text as bytes, without QString formatting (it is on every commit's path).
QByteArray isoUtcBytes(const QDateTime &time);

} // namespace inkboard::protocol
