// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/limits.h"
#include "model/op_codec.h"
#include "protocol/presence.h"

#include <QByteArray>
#include <optional>

namespace inkboard::server {

// What one text frame from a client asks of its session, with no socket or hub: the fuzz
// target (tests/fuzz/ws_fuzz_entry.cpp) calls it as WsSession::onText does.
//
// - an error: the session closes (1003) with the error's message;
// - nullopt: a JSON object of another type, ignored (PROTOCOL.md §5: clients only send
//   presence);
// - a presence, validated with the server's limits, without the session_id and user a
//   client may not choose (the session sets them).
Parsed<std::optional<protocol::Presence>> parseClientText(const QByteArray &utf8,
                                                          const Limits &limits);

} // namespace inkboard::server
