// SPDX-License-Identifier: Apache-2.0
#include "commit_io.h"

#include "api.h"
#include "protocol/commit.h"

#include <QJsonDocument>
#include <algorithm>

namespace inkboard::bench {

QByteArray opsTarget(const QString &drawingId)
{
    return "/api/v1/drawings/" + drawingId.toUtf8() + "/ops";
}

QByteArray commitBody(const QString &clientId, const OpList &ops)
{
    return QJsonDocument(protocol::CommitRequest{clientId, ops}.toJson())
        .toJson(QJsonDocument::Compact);
}

CommitOutcome readCommitAnswer(const HttpResponse &response)
{
    CommitOutcome out;
    if (response.status == 429 || response.status == 503) {
        out.kind = CommitOutcome::Kind::Retry;
        const double seconds = response.header("retry-after").toDouble();
        out.retryAfterMs = std::clamp(int(seconds * 1000), 20, 5000);
        return out;
    }
    if (response.status != 200) {
        out.error = Api::describe(response);
        return out;
    }
    const auto answer =
        protocol::CommitResponse::fromJson(QJsonDocument::fromJson(response.body).object());
    if (!answer.revision) {
        out.error = QStringLiteral("200 without a revision: every op a duplicate? %1")
                        .arg(QString::fromUtf8(response.body.left(200)));
        return out;
    }
    out.kind = CommitOutcome::Kind::Committed;
    out.revision = *answer.revision;
    return out;
}

} // namespace inkboard::bench
