// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http/http_types.h"

#include <QByteArray>
#include <optional>

namespace inkboard::server::ws {

// The RFC 6455 §4.2.1 checks of an upgrade request that our HTTP layer already parsed
// (GET, `Upgrade: websocket`, `Connection: Upgrade`): what is left for the WebSocket layer,
// the checks QWebSocketServer made. A refusal is answered as JSON like any other.
std::optional<HttpResponse> handshakeRefusal(const HttpRequest &head);

// Sec-WebSocket-Accept for a client's Sec-WebSocket-Key: base64(SHA-1(key + the GUID)).
QByteArray acceptKey(const QByteArray &clientKey);

// The whole 101 answer to a request handshakeRefusal() let through.
QByteArray handshakeAnswer(const QByteArray &clientKey);

} // namespace inkboard::server::ws
