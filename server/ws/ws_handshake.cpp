// SPDX-License-Identifier: Apache-2.0
#include "ws_handshake.h"

#include <QCryptographicHash>

namespace inkboard::server::ws {

namespace {

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
           c == '/';
}

// 16 bytes in base64 are 22 characters and "==", nothing else (RFC 6455 §4.1, item 7).
bool isValidKey(const QByteArray &key)
{
    if (key.size() != 24 || !key.endsWith("=="))
        return false;
    for (qsizetype i = 0; i < 22; ++i) {
        if (!isBase64Char(key.at(i)))
            return false;
    }
    return QByteArray::fromBase64(key).size() == 16;
}

} // namespace

std::optional<HttpResponse> handshakeRefusal(const HttpRequest &head)
{
    if (head.header("sec-websocket-version").trimmed() != "13")
        return HttpResponse::error(
                   protocol::ApiError::badRequest(QStringLiteral("WebSocket version 13 only")))
            .withHeader("Sec-WebSocket-Version", "13");
    if (!isValidKey(head.header("sec-websocket-key").trimmed()))
        return HttpResponse::error(protocol::ApiError::badRequest(
            QStringLiteral("a Sec-WebSocket-Key is 16 bytes in base64")));
    if (head.header("host").trimmed().isEmpty())
        return HttpResponse::error(
            protocol::ApiError::badRequest(QStringLiteral("a WebSocket upgrade needs a Host")));
    return std::nullopt;
}

QByteArray acceptKey(const QByteArray &clientKey)
{
    static const QByteArray kGuid = QByteArrayLiteral("258EAFA5-E914-47DA-95CA-C5AB0DC85B11");
    return QCryptographicHash::hash(clientKey.trimmed() + kGuid, QCryptographicHash::Sha1)
        .toBase64();
}

QByteArray handshakeAnswer(const QByteArray &clientKey)
{
    // No subprotocol and no extension is offered (PROTOCOL.md §5 uses neither).
    return QByteArrayLiteral("HTTP/1.1 101 Switching Protocols\r\n"
                             "Upgrade: websocket\r\n"
                             "Connection: Upgrade\r\n"
                             "Server: inkboard-server\r\n"
                             "Sec-WebSocket-Accept: ") +
           acceptKey(clientKey) + QByteArrayLiteral("\r\n\r\n");
}

} // namespace inkboard::server::ws
