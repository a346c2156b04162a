// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "commit.h"

#include <QByteArray>

namespace inkboard::protocol {

// The bytes of POST /drawings/{id}/ops as the client sends them: the wire form of
// CommitRequest::toJson, written op by op so that a batch is built once while it is sized.
// CommitRequest::fromJson reads it back (tst_commit_request_writer checks the round trip).
class CommitRequestWriter
{
public:
    explicit CommitRequestWriter(const QString &clientId);

    // Appends one op and returns the bytes it added to the body.
    qsizetype append(const Op &op);
    qsizetype opCount() const { return m_opCount; }
    // The whole body: {"client_id": ..., "ops": [...]}.
    QByteArray bytes() const;

    static QByteArray write(const CommitRequest &request);

private:
    QByteArray m_head;
    QByteArray m_ops;
    qsizetype m_opCount = 0;
};

} // namespace inkboard::protocol
