// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "comment.h"
#include "commit.h"
#include "presence.h"

#include <QByteArray>
#include <QList>
#include <variant>

namespace inkboard::protocol {

// Server -> client frames of PROTOCOL.md §5 besides commit and presence.
struct Hello
{
    QString drawingId;
    qint64 latestRevision = 0;
    QString sessionId;
    UserRef user;
    QList<Presence> peers;

    QJsonObject toJson() const;
};

struct Leave
{
    QString sessionId;
    QJsonObject toJson() const;
};

// A frame this version does not know: ignored, for forward compatibility.
struct UnknownMessage
{
    QString type;
};

using PushMessage = std::variant<Hello, Commit, Presence, Leave, CommentFrame, UnknownMessage>;

// Parses one text frame from the server. A frame that is not a JSON object, or a known
// type with malformed content, is an error.
Parsed<PushMessage> parsePushMessage(const QByteArray &frame, const Limits &limits);

} // namespace inkboard::protocol
