// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "access_check.h"
#include "context.h"
#include "fanout/fanout_bus.h"
#include "pipeline/commit_publisher.h"
#include "protocol/presence.h"
#include "protocol/wire_types.h"
#include "rate_limiter.h"
#include "ws_session.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <optional>

namespace inkboard::server {

// The WebSocket side of §5: sessions by drawing, commit fan-out, presence relay. The other
// nodes are reached through the FanoutBus; the commit pipeline reaches this only as its
// CommitPublisher.
class PushHub : public QObject, public CommitPublisher
{
    Q_OBJECT
public:
    explicit PushHub(ServerContext &context, QObject *parent = nullptr);
    ~PushHub() override;

    // Takes a socket whose upgrade request (checked: Api::authorizeUpgrade) is still unread
    // in it: reads the request, keeps what came after it, takes the descriptor over from the
    // QTcpSocket (which goes) and answers the handshake. The session starts at once.
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
    // A comment changed (made, edited, deleted, its thread resolved or reopened): its frame to
    // this node's sessions of the drawing and to the other nodes. Best effort, like presence:
    // a client that missed one reads the comments after its cursor when it reconnects.
    void publishComment(const QString &drawingId, const QByteArray &utf8);
    qint64 sessionCount() const { return m_sessionCount; }
    // Whether this upgrade stays within --max-sessions-per-user and -per-drawing (else it is
    // refused 429 before the handshake).
    bool hasRoomFor(const WsGrant &grant) const;

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
    // The hello's JSON, its peers spliced in already encoded, up to --presence-hello-bytes.
    QByteArray helloFor(WsSession *session);

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
        QByteArray json; // the presence frame as relayed
        qint64 seenMs = 0;
    };
    void startSession(WsSession *session);
    void tick();
    // Tokens expired or revoked, members removed, roles changed, by anyone (the `user`
    // commands, a node without Redis): read back from the store for every open session, on
    // the access reader's thread, and applied here when it answers. One at a time; asked
    // for while one runs, another follows it.
    void recheckAccess();
    void applyAccess(const AccessCheck &check);
    // The store's access generation, read on the access reader every --access-poll-ms: when
    // it moved, someone changed access (here, another node, a `user` command): re-check.
    void pollAccessGeneration();
    QList<QPointer<WsSession>> allSessions() const;
    // How a frame leaves: a commit is flushed to each subscriber during the fan-out, so the
    // first see it while the last are still being written; presence is left to each socket's
    // write notifier, so that all the presence one turn of the event loop relays to a
    // subscriber goes out in one write rather than one system call per frame.
    enum class Flush
    {
        DuringFanout,
        AfterTurn
    };
    int sendToDrawing(const QString &drawingId, const QByteArray &utf8,
                      const WsSession *except = nullptr, Flush flush = Flush::DuringFanout);
    // To the sessions of the drawing here that asked for comment frames.
    void sendCommentHere(const QString &drawingId, const QByteArray &utf8);
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
    QHash<QString, QList<WsSession *>> m_byDrawing;
    // Per drawing with sessions here: the last commit revision they were sent.
    QHash<QString, qint64> m_sent;
    QHash<QString, QHash<QString, RemotePeer>> m_remotePeers; // drawing -> session -> peer
    qint64 m_sessionCount = 0;
    QHash<QString, int> m_sessionsOfUser; // user id -> open sessions here
    qint64 m_accessCheckedMs = 0;
    bool m_recheckRunning = false;
    bool m_recheckAgain = false;
    bool m_generationPollRunning = false;
    std::optional<qint64> m_accessGeneration; // as last read; none before the first read
    QTimer m_accessPoll;
    int m_sendDepth = 0; // sendToDrawing() calls under way: a send may end a session, which sends
    QTimer m_ticker;
    QTimer m_storePoll; // other nodes' commits, while no Redis tells of them
    QElapsedTimer m_clock;
    qint64 m_pollUntilMs = 0;
};

} // namespace inkboard::server
