// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "context.h"
#include "protocol/presence.h"
#include "protocol/wire_types.h"
#include "rate_limiter.h"
#include "ws/wslay_socket.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QWebSocketProtocol>
#include <memory>
#include <optional>

namespace inkboard::server {

// What the upgrade request was allowed: checked before the handshake is answered.
struct WsGrant
{
    QString drawingId;
    AuthUser user;
    protocol::Role role = protocol::Role::Viewer;
    // The upgrade asked for "comment" frames (`?features=comments`): a client built from
    // version 1 never asks, so it never meets a frame type it does not know.
    bool wantsComments = false;
    // The client's Sec-WebSocket-Key, for the handshake's answer; dropped once answered.
    QByteArray wsKey;
};

class PushHub;

// One WebSocket subscriber of one drawing, on the descriptor the HTTP layer handed over
// (ws::WslaySocket: wslay's framing, our own write queue).
class WsSession : public QObject, private ws::WslaySocket::Handler
{
    Q_OBJECT
public:
    // `fd`: the connection's descriptor, now this session's; `pending`: what the client
    // sent after its upgrade request that was read already. The handshake's answer is the
    // first thing queued.
    WsSession(int fd, QByteArray pending, const QHostAddress &peer, WsGrant grant, PushHub *hub);
    ~WsSession() override;

    const QString &sessionId() const { return m_sessionId; }
    const WsGrant &grant() const { return m_grant; }
    const QHostAddress &peer() const { return m_peer; }
    // The latest presence as relayed (server form, compact JSON); empty: none yet. At most
    // --presence-budget-bytes of the client's frame plus the stamped session and user.
    const QByteArray &presenceJson() const { return m_presenceJson; }
    void setRole(protocol::Role role) { m_grant.role = role; }

    // Reads what the client sent with its upgrade: after the hello went out.
    void start() { m_socket.start(); }
    // Queues a text frame; a subscriber too far behind is closed with 4408 instead.
    void send(const QString &frame);
    // A whole text frame already encoded (PushHub::encodeFrame): the same bytes go to every
    // subscriber, queued as they are.
    // `now`: written to the connection at once instead of on the next turn of the event loop.
    void sendEncoded(const QByteArray &frame, bool now);
    // The first frame: under the slow-subscriber bound like the others, its own size counted.
    void sendHello(const QByteArray &utf8);
    void closeWith(QWebSocketProtocol::CloseCode code, const QString &reason);
    void tick(qint64 now); // pings and drops the silent
    bool closing() const { return m_closing; }

private:
    // ws::WslaySocket::Handler
    void onText(const QByteArray &utf8) override;
    void onActivity() override;
    void onClosing() override;
    void onGone() override;

    // A close under way, by either side: cut off after --ws-close-grace-ms.
    void startCloseGrace();
    // The slow-subscriber bound: a session whose unsent bytes exceed it is closed (4408)
    // rather than buffered for without limit.
    // `adding`: the bytes about to be queued.
    bool closedAsSlow(qint64 adding = 0);

    WsGrant m_grant;
    PushHub *m_hub;
    ws::WslaySocket m_socket;
    QHostAddress m_peer;
    QString m_sessionId;
    QByteArray m_presenceJson;
    TokenBucket m_presenceBucket;
    TokenBucket m_presenceBytes;
    QElapsedTimer m_clock;
    qint64 m_lastSeen = 0;
    qint64 m_lastPing = 0;
    bool m_closing = false;
    bool m_gone = false;
};

} // namespace inkboard::server
