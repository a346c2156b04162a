// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http_connection.h"
#include "model/op.h"

#include <QByteArray>
#include <QString>

namespace inkboard::bench {

// The POST /drawings/{id}/ops target and body (protocol::CommitRequest).
QByteArray opsTarget(const QString &drawingId);
QByteArray commitBody(const QString &clientId, const OpList &ops);

// What a commit answer means to a writer.
struct CommitOutcome
{
    enum class Kind
    {
        Committed, // 200 with a revision
        Retry,     // 429 or 503: wait retryAfterMs and send the same body again
        Failed
    };
    Kind kind = Kind::Failed;
    qint64 revision = 0;
    int retryAfterMs = 0;
    QString error;
};

// Reads the answer through protocol::CommitResponse.
CommitOutcome readCommitAnswer(const HttpResponse &response);

} // namespace inkboard::bench
