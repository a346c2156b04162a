// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/wire_types.h"
#include "store/store.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace inkboard::server {

// What the open sockets of a node hold of access, read back from the store on a reader
// thread (never on the event loop): every distinct token and every (drawing, user) pair
// once, however many sessions share them.
struct AccessCheck
{
    enum class Verdict
    {
        Unknown, // the store did not answer: decides nothing
        Valid,
        Revoked // gone, expired, or another user's
    };
    struct Token
    {
        QByteArray hash;
        QString userId;
    };
    struct Member
    {
        QString drawingId;
        QString userId;
    };

    // Asked, filled on the event loop.
    QList<Token> tokens;
    QList<Member> members;
    QDateTime now;

    // Answered by run(), on the reader thread.
    QHash<QByteArray, Verdict> tokenVerdicts;
    // Only the pairs the store answered: nullopt inside means no longer a member.
    QHash<QString, std::optional<protocol::Role>> roles;

    static QString memberKey(const QString &drawingId, const QString &userId)
    {
        return drawingId + QLatin1Char('\n') + userId;
    }
    void run(Store &store);
};

} // namespace inkboard::server
