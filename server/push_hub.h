#pragma once

#include "context.h"
#include "fanout/fanout_bus.h"
#include "pipeline/commit_publisher.h"
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
    // `now`: written to the connection at once instead of on the next turn of the event loop.
    void sendEncoded(const QByteArray &frame, bool now);
    void closeWith(QWebSocketProtocol::CloseCode code, const QString &reason);
    void tick(qint64 now); // pings and drops the silent
    bool closing() const { return m_closing; }

private:
    void onText(const QString &text);
    void onGone();
    // The slow-subscriber bound: a session whose unsent bytes exceed it is closed (4408)
    // rather than buffered for without limit.
    bool closedAsSlow();

    QWebSocket *m_socket;
    QPointer<QTcpSocket> m_tcp;
    WsGrant m_grant;
    PushHub *m_hub;
    QString m_sessionId;
    std::optional<protocol::Presence> m_presence;
    TokenBucket m_presenceBucket;
    TokenBucket m_presenceBytes;
    QElapsedTimer m_clock;
    qint64 m_pollUntilMs = 0;
    qint64 m_lastSeen = 0;
    qint64 m_lastPing = 0;
    bool m_closing = false;
    bool m_gone = false;
};

// The WebSocket side of §5: sessions by drawing, commit fan-out, presence relay. The other
// nodes are reached through the FanoutBus; the commit pipeline reaches this only as its
// CommitPublisher.
class PushHub : public QObject, public CommitPublisher
{
    Q_OBJECT
public:
    explicit PushHub(ServerContext &context, QObject *parent = nullptr);
    ~PushHub() override;

    // Takes a socket whose upgrade request is still unread and lets QWebSocketServer
    // answer the handshake; the session starts once it is done.
    void accept(QTcpSocket *socket, WsGrant grant);

    // A commit of this node is durable: to the other nodes (the bus), and to this node's
    // sessions of the drawing in revision order. Returns how many sessions it reached.
    int publishCommit(const QString &drawingId, qint64 revision, const QByteArray &utf8) override;
    // A commit frame for this node's sessions only, in revision order: one already sent is
    // dropped, and a gap before it is filled from the store first.
    int relayCommit(const QString &drawingId, qint64 revision, const QByteArray &utf8) override;
    // An unmasked, unfragmented RFC 6455 text frame holding `utf8`.
    static QByteArray encodeFrame(const QByteArray &utf8);
    int subscribersOf(const QString &drawingId) const override;
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
    // Another node changed who may do what (a token, a member, a role, a user, a drawing):
    // what this node remembers of tokens and roles is stale.
    void accessChangedElsewhere();
    // Another node deleted this drawing: what this node holds of it in memory is gone too, so
    // that one made again with the same id starts from its own (empty) log here as well.
    void drawingDeletedElsewhere(const QString &drawingId);

private:
    // Another node's session, as its presence frames describe it.
    struct RemotePeer
    {
        protocol::Presence presence;
        qint64 seenMs = 0;
    };
    void onNewConnection();
    void tick();
    QList<QPointer<WsSession>> allSessions() const;
    int sendToDrawing(const QString &drawingId, const QByteArray &utf8,
                      const WsSession *except = nullptr);
    void fillGap(const QString &drawingId, qint64 upTo);
    void pollStore();
    void onBusMessage(const QString &channel, const FanoutMessage &message);
    void onBusUp(bool up);
    void publishToNodes(const QString &channel, FanoutMessage message);
    void control(const QJsonObject &command, bool fromAnotherNode);
    static QString drawingChannel(const QString &drawingId);

    void closeDrawingHere(const QString &drawingId, int code, const QString &reason);
    void closeMemberHere(const QString &drawingId, const QString &userId, int code,
                         const QString &reason);
    void setMemberRoleHere(const QString &drawingId, const QString &userId, protocol::Role role);
    void closeUserHere(const QString &userId, int code, const QString &reason);
    void closeTokenHere(const QByteArray &tokenHexHash, int code, const QString &reason);

    ServerContext &m_ctx;
    QWebSocketServer *m_server;
    QHash<QString, WsGrant> m_pending; // "address|port" -> grant
    QHash<QString, QPointer<QTcpSocket>> m_pendingSockets;
    QHash<QString, QList<WsSession *>> m_byDrawing;
    // Per drawing with sessions here: the last commit revision they were sent.
    QHash<QString, qint64> m_sent;
    QHash<QString, QHash<QString, RemotePeer>> m_remotePeers; // drawing -> session -> peer
    qint64 m_sessionCount = 0;
    int m_sendDepth = 0; // sendToDrawing() calls under way: a send may end a session, which sends
    QTimer m_ticker;
    QTimer m_storePoll; // other nodes' commits, while no Redis tells of them
    QElapsedTimer m_clock;
    qint64 m_pollUntilMs = 0;
};

} // namespace inkboard::server
