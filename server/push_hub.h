#pragma once

#include "context.h"
#include "protocol/presence.h"
#include "protocol/wire_types.h"
#include "rate_limiter.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>
#include <optional>

namespace inkboard::server {

// What the upgrade request was allowed: checked before the handshake is answered.
struct WsGrant
{
    QString drawingId;
    AuthUser user;
    protocol::Role role = protocol::Role::Viewer;
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
    const std::optional<protocol::Presence> &presence() const { return m_presence; }
    void setRole(protocol::Role role) { m_grant.role = role; }

    // Queues a text frame; a subscriber too far behind is closed with 4408 instead.
    void send(const QString &frame);
    // A whole text frame already encoded (PushHub::encodeFrame): the same bytes go to every
    // subscriber, written straight to the connection under the QWebSocket.
    void sendEncoded(const QByteArray &frame);
    void closeWith(QWebSocketProtocol::CloseCode code, const QString &reason);
    void tick(qint64 now); // pings and drops the silent
    bool closing() const { return m_closing; }

private:
    void onText(const QString &text);
    void onGone();

    QWebSocket *m_socket;
    QPointer<QTcpSocket> m_tcp;
    WsGrant m_grant;
    PushHub *m_hub;
    QString m_sessionId;
    std::optional<protocol::Presence> m_presence;
    TokenBucket m_presenceBucket;
    QElapsedTimer m_clock;
    qint64 m_lastSeen = 0;
    qint64 m_lastPing = 0;
    bool m_closing = false;
    bool m_gone = false;
};

// The WebSocket side of §5: sessions by drawing, commit fan-out, presence relay.
class PushHub : public QObject
{
    Q_OBJECT
public:
    explicit PushHub(ServerContext &context, QObject *parent = nullptr);
    ~PushHub() override;

    // Takes a socket whose upgrade request is still unread and lets QWebSocketServer
    // answer the handshake; the session starts once it is done.
    void accept(QTcpSocket *socket, WsGrant grant);

    // Sends a commit frame to every session of the drawing; returns how many.
    int publish(const QString &drawingId, const QByteArray &utf8);
    // An unmasked, unfragmented RFC 6455 text frame holding `utf8`.
    static QByteArray encodeFrame(const QByteArray &utf8);
    int sessionsOn(const QString &drawingId) const;
    qint64 sessionCount() const { return m_sessionCount; }

    // Closing sessions when access goes away (§4: 4401 / 4404).
    void closeDrawing(const QString &drawingId, int code, const QString &reason);
    void closeMember(const QString &drawingId, const QString &userId, int code,
                     const QString &reason);
    void setMemberRole(const QString &drawingId, const QString &userId, protocol::Role role);
    void closeUser(const QString &userId, int code, const QString &reason);
    void closeToken(const QByteArray &tokenHash, int code, const QString &reason);
    void shutdown(); // 1001 to everyone

    // Used by sessions.
    ServerContext &context() { return m_ctx; }
    void relayPresence(WsSession *from, const QByteArray &utf8);
    void sessionEnded(WsSession *session);
    QString helloFor(WsSession *session);

signals:
    void socketReleased(const QHostAddress &peer);

private:
    void onNewConnection();
    void tick();
    QList<QPointer<WsSession>> allSessions() const;

    ServerContext &m_ctx;
    QWebSocketServer *m_server;
    QHash<QString, WsGrant> m_pending; // "address|port" -> grant
    QHash<QString, QPointer<QTcpSocket>> m_pendingSockets;
    QHash<QString, QList<WsSession *>> m_byDrawing;
    qint64 m_sessionCount = 0;
    QTimer m_ticker;
};

} // namespace inkboard::server
