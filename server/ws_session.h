// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "context.h"
#include "protocol/presence.h"
#include "protocol/wire_types.h"
#include "rate_limiter.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QWebSocket>
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
};

class PushHub;

// One WebSocket subscriber of one drawing.
class WsSession : public QObject
{
    Q_OBJECT
public:
    WsSession(QWebSocket *socket, QTcpSocket *tcp, WsGrant grant, PushHub *hub);
    ~WsSession() override;

    const QString &sessionId() const { return m_sessionId; }
    const WsGrant &grant() const { return m_grant; }
    // The latest presence as relayed (server form, compact JSON); empty: none yet. At most
    // --presence-budget-bytes of the client's frame plus the stamped session and user.
    const QByteArray &presenceJson() const { return m_presenceJson; }
    void setRole(protocol::Role role) { m_grant.role = role; }

    // Queues a text frame; a subscriber too far behind is closed with 4408 instead.
    void send(const QString &frame);
    // A whole text frame already encoded (PushHub::encodeFrame): the same bytes go to every
    // subscriber, written straight to the connection under the QWebSocket.
    // `now`: written to the connection at once instead of on the next turn of the event loop.
    void sendEncoded(const QByteArray &frame, bool now);
    // The first frame: under the slow-subscriber bound like the others, its own size counted.
    void sendHello(const QByteArray &utf8);
    void closeWith(QWebSocketProtocol::CloseCode code, const QString &reason);
    void tick(qint64 now); // pings and drops the silent
    bool closing() const { return m_closing; }

private:
    void onText(const QString &text);
    void onGone();
    // The slow-subscriber bound: a session whose unsent bytes exceed it is closed (4408)
    // rather than buffered for without limit.
    // `adding`: the bytes about to be queued.
    bool closedAsSlow(qint64 adding = 0);

    QWebSocket *m_socket;
    QPointer<QTcpSocket> m_tcp;
    WsGrant m_grant;
    PushHub *m_hub;
    QString m_sessionId;
    QByteArray m_presenceJson;
    TokenBucket m_presenceBucket;
    TokenBucket m_presenceBytes;
    QElapsedTimer m_clock;
    qint64 m_pollUntilMs = 0;
    qint64 m_lastSeen = 0;
    qint64 m_lastPing = 0;
    bool m_closing = false;
    bool m_gone = false;
};

} // namespace inkboard::server
