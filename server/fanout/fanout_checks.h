// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fanout/fanout_bus.h"
#include "model/limits.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace inkboard::server {

// What a node takes from another node over the bus, checked as client input is: a message
// that a client of this node could not parse (the sync client reads frames with the limits
// this node advertises), or that is over this node's frame limits, is dropped, never
// relayed. Redis is inside the trust boundary; this keeps one bad publisher (a node of
// another version, a stray client of the Redis server) from breaking every client.

// Why a message on a drawing's channel is refused, or empty when it may be relayed.
// Commits: a commit frame of `drawingId` whose revision is the message's, within `limits`
// (PROTOCOL.md §5). Presence: a presence frame of the session the message names, at most
// `maxPresenceBytes`. Leave: a leave frame of that session.
QString refusalOf(const QString &drawingId, const FanoutMessage &message, const Limits &limits,
                  qint64 maxPresenceBytes);

// A control message's command (PushHub::control), or nullopt when it is not one this node
// would have sent: a known `what`, ids of the right form, a close code of 4400-4499 and a
// close reason that fits a close frame.
std::optional<QJsonObject> controlCommand(const QByteArray &body);

} // namespace inkboard::server
