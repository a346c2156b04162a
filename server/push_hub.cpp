// SPDX-License-Identifier: Apache-2.0
#include "push_hub.h"

#include "auth.h"
#include "commit_json.h"
#include "fanout/fanout_checks.h"
#include "logging.h"
#include "pipeline/drawing.h"
#include "pipeline/drawing_registry.h"
#include "protocol/push_messages.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <utility>

namespace inkboard::server {

namespace {

const QString kControlChannel = QStringLiteral("inkboard:control");
// After Redis comes back, how long the store is still polled for missed commits.
constexpr qint64 kPollAfterReconnectMs = 10000;
// What the server adds to a client's presence (session id and user) on top of its budget.
constexpr qint64 kPresenceStampBytes = 1024;

} // namespace

PushHub::PushHub(ServerContext &context, QObject *parent) : QObject(parent), m_ctx(context)
{
    const int period = qMax(50, qMin(m_ctx.config.wsPingMs, m_ctx.config.wsTimeoutMs) / 3);
    m_ticker.setInterval(period);
    connect(&m_ticker, &QTimer::timeout, this, &PushHub::tick);
    m_ticker.start();
    m_clock.start();
    m_storePoll.setInterval(1000);
    connect(&m_storePoll, &QTimer::timeout, this, &PushHub::pollStore);
    connect(m_ctx.fanout, &FanoutBus::received, this, &PushHub::onBusMessage);
    connect(m_ctx.fanout, &FanoutBus::connectedChanged, this, &PushHub::onBusUp);
    m_ctx.fanout->subscribe(kControlChannel);
    if (m_ctx.config.accessPollMs > 0 && m_ctx.accessReader) {
        m_accessPoll.setInterval(m_ctx.config.accessPollMs);
        connect(&m_accessPoll, &QTimer::timeout, this, &PushHub::pollAccessGeneration);
        m_accessPoll.start();
        pollAccessGeneration(); // the generation things start from
    }
    // Nodes sharing a store without a working Redis learn of each other's commits here.
    if (m_ctx.config.database.shared() && !m_ctx.fanout->connected())
        m_storePoll.start();
}

PushHub::~PushHub() = default;

void PushHub::accept(QTcpSocket *socket, WsGrant grant)
{
    const QHostAddress peer = socket->peerAddress();
    // A bounded kernel buffer, so that a subscriber that stops reading shows up in our own
    // queue (and gets 4408) after a few hundred KiB instead of after megabytes.
    socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption,
                            m_ctx.config.wsSocketBufferBytes);
    // The request's head is still in the socket's buffer (HttpConnection only peeked at
    // it); whatever follows it is the client's first frames, read before the descriptor.
    const QByteArray buffered = socket->readAll();
    const qsizetype end = buffered.indexOf("\r\n\r\n");
    // The connection moves to a duplicate of the descriptor: the QTcpSocket closes its own
    // (and frees its buffers and notifiers), the duplicate keeps the connection open. Qt has
    // no call that hands a descriptor over; this one only relies on close() of one
    // descriptor leaving the other's connection alone, which POSIX says.
    const int fd = end < 0 ? -1 : ::fcntl(int(socket->socketDescriptor()), F_DUPFD_CLOEXEC, 0);
    socket->disconnect();
    socket->abort();
    socket->deleteLater();
    if (fd < 0) {
        qCWarning(lcPush) << "cannot take the connection of an upgrade over:"
                          << (end < 0 ? "no request head" : std::strerror(errno));
        emit socketReleased(peer);
        return;
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    auto *session = new WsSession(fd, buffered.mid(end + 4), peer, std::move(grant), this);
    if (m_ctx.shuttingDown) {
        session->closeWith(QWebSocketProtocol::CloseCodeGoingAway,
                           QStringLiteral("server shutting down"));
        return;
    }
    startSession(session);
}

void PushHub::startSession(WsSession *session)
{
    // The hello comes first: made before the session can receive anything (catching
    // the drawing up may deliver commits to the sessions already here).
    const QByteArray hello = helloFor(session);
    const WsGrant &grant = session->grant();
    const QString &drawingId = grant.drawingId;
    QList<WsSession *> &sessions = m_byDrawing[drawingId];
    if (sessions.isEmpty())
        m_ctx.fanout->subscribe(drawingChannel(drawingId));
    sessions.append(session);
    ++m_sessionCount;
    ++m_sessionsOfUser[grant.user.id];
    m_ctx.metrics.wsOpened();
    qCDebug(lcPush) << "session" << session->sessionId() << "on" << drawingId;
    session->sendHello(hello);
    session->start(); // frames the client sent with its upgrade
}

bool PushHub::hasRoomFor(const WsGrant &grant) const
{
    const int perUser = m_ctx.config.maxSessionsPerUser;
    const int perDrawing = m_ctx.config.maxSessionsPerDrawing;
    // The handshake is answered as the upgrade is taken: none is ever half done.
    const int ofUser = m_sessionsOfUser.value(grant.user.id);
    const int ofDrawing = int(m_byDrawing.value(grant.drawingId).size());
    return (perUser <= 0 || ofUser < perUser) && (perDrawing <= 0 || ofDrawing < perDrawing);
}

QByteArray PushHub::helloFor(WsSession *session)
{
    protocol::Hello hello;
    hello.drawingId = session->grant().drawingId;
    if (auto sent = m_sent.constFind(hello.drawingId); sent != m_sent.constEnd()) {
        hello.latestRevision = *sent; // what the sessions here were sent; the next is after
    } else {
        QString error;
        Drawing *d = m_ctx.drawings->fresh(hello.drawingId, &error);
        hello.latestRevision = d ? d->durableRevision() : 0;
        m_sent.insert(hello.drawingId, hello.latestRevision);
    }
    hello.sessionId = session->sessionId();
    hello.user = session->grant().user.ref();
    // The peers' frames as they were relayed, never parsed again: a hello costs a copy of at
    // most the budget. Peers left out show up with their next presence (§5: best effort).
    const qint64 budget = m_ctx.config.presenceHelloBytes;
    QByteArray peers;
    auto add = [&peers, budget](const QByteArray &json) {
        if (json.isEmpty() || peers.size() + json.size() + 1 > budget)
            return;
        if (!peers.isEmpty())
            peers.append(',');
        peers.append(json);
    };
    for (WsSession *peer : m_byDrawing.value(hello.drawingId)) {
        if (peer != session && !peer->closing())
            add(peer->presenceJson());
    }
    for (const RemotePeer &peer : m_remotePeers.value(hello.drawingId))
        add(peer.json);
    QByteArray json = QJsonDocument(hello.toJson()).toJson(QJsonDocument::Compact);
    // Keys come out sorted and none before "peers" can hold a quote, so this is the array.
    static const QByteArray kNoPeers = QByteArrayLiteral("\"peers\":[]");
    const qsizetype at = json.indexOf(kNoPeers);
    Q_ASSERT(at >= 0);
    if (at >= 0)
        json.insert(at + kNoPeers.size() - 1, peers);
    return json;
}

QByteArray PushHub::encodeFrame(const QByteArray &utf8)
{
    QByteArray frame;
    const quint64 n = quint64(utf8.size());
    frame.reserve(utf8.size() + 10);
    frame.append(char(0x81)); // FIN + text
    if (n < 126) {
        frame.append(char(n));
    } else if (n <= 0xffff) {
        frame.append(char(126));
        frame.append(char(n >> 8));
        frame.append(char(n & 0xff));
    } else {
        frame.append(char(127));
        for (int shift = 56; shift >= 0; shift -= 8)
            frame.append(char((n >> shift) & 0xff));
    }
    frame.append(utf8);
    return frame;
}

int PushHub::sendToDrawing(const QString &drawingId, const QByteArray &utf8,
                           const WsSession *except, Flush flush)
{
    const auto it = m_byDrawing.constFind(drawingId);
    if (it == m_byDrawing.constEnd())
        return 0;
    const QByteArray frame = encodeFrame(utf8); // once, whatever the number of subscribers
    const QList<WsSession *> sessions = *it;    // a send may close one, never delete it
    // A session ended by a failed write sends its leave from inside this loop; those nested
    // sends wait for the event loop, so a thousand peers gone at once cannot recurse a
    // thousand deep.
    ++m_sendDepth;
    for (WsSession *s : sessions) {
        if (s != except)
            s->sendEncoded(frame, flush == Flush::DuringFanout && m_sendDepth == 1);
    }
    --m_sendDepth;
    return int(sessions.size());
}

int PushHub::publishCommit(const QString &drawingId, qint64 revision, const QByteArray &utf8)
{
    publishToNodes(drawingChannel(drawingId),
                   {FanoutMessage::Commit, QByteArray::number(revision), utf8});
    return relayCommit(drawingId, revision, utf8);
}

int PushHub::relayCommit(const QString &drawingId, qint64 revision, const QByteArray &utf8)
{
    auto it = m_sent.find(drawingId);
    if (it == m_sent.end() || revision <= *it)
        return 0; // nobody here, or already sent
    if (revision > *it + 1) {
        fillGap(drawingId, revision - 1);
        it = m_sent.find(drawingId);
        if (it == m_sent.end() || revision <= *it)
            return 0;
    }
    *it = revision;
    return sendToDrawing(drawingId, utf8);
}

void PushHub::fillGap(const QString &drawingId, qint64 upTo)
{
    // Commits made on other nodes that this one has not relayed (a lost fan-out message,
    // Redis down): read them back from the store, in order. A send may end the last session
    // of the drawing (and with it the drawing's entry): then there is nobody left to fill.
    for (auto it = m_sent.find(drawingId); it != m_sent.end() && *it < upTo;
         it = m_sent.find(drawingId)) {
        const qint64 from = *it;
        const auto page = m_ctx.store->commits(drawingId, from, upTo, 1000);
        if (!page || page->isEmpty() || page->first().revision != from + 1) {
            // Unreadable now, or compacted away: the sessions will see the gap themselves
            // and catch up by REST (PROTOCOL.md §6.4).
            qCInfo(lcPush) << "cannot fill the gap" << from << "->" << upTo << "of" << drawingId;
            *it = upTo;
            return;
        }
        for (const CommitRecord &c : *page) {
            auto entry = m_sent.find(drawingId);
            if (entry == m_sent.end())
                return;
            *entry = c.revision;
            sendToDrawing(drawingId, commitPushJson(drawingId, c));
        }
    }
}

void PushHub::pollStore()
{
    if (m_ctx.fanout->connected() && m_clock.elapsed() > m_pollUntilMs)
        m_storePoll.stop();
    for (const QString &drawingId : m_sent.keys()) {
        const auto record = m_ctx.store->drawing(drawingId);
        if (record && record->latestRevision > m_sent.value(drawingId, record->latestRevision))
            fillGap(drawingId, record->latestRevision);
    }
}

QString PushHub::drawingChannel(const QString &drawingId)
{
    return QStringLiteral("inkboard:drawing:") + drawingId;
}

void PushHub::publishToNodes(const QString &channel, FanoutMessage message)
{
    m_ctx.fanout->publish(channel, message);
}

void PushHub::onBusUp(bool up)
{
    if (!up) {
        if (m_ctx.config.database.shared())
            m_storePoll.start();
        return;
    }
    // Whatever was committed elsewhere while the fan-out was down. The other nodes'
    // publishers come back on their own schedule, so keep looking for a while.
    m_pollUntilMs = m_clock.elapsed() + kPollAfterReconnectMs;
    pollStore();
}

void PushHub::onBusMessage(const QString &channel, const FanoutMessage &message)
{
    const FanoutMessage *m = &message;
    if (channel == kControlChannel) {
        if (m->kind != FanoutMessage::Control)
            return;
        if (const auto command = controlCommand(m->body))
            control(*command, true);
        else
            qCInfo(lcPush) << "dropping a malformed control message from the bus";
        return;
    }
    if (!channel.startsWith(QLatin1String("inkboard:drawing:")))
        return;
    const QString drawingId = channel.mid(17);
    if (!m_byDrawing.contains(drawingId))
        return; // nobody here to relay to
    // Checked as client input: what no client of this node could parse is never relayed.
    // Another node's presence budget may be larger: held here within this node's.
    const QString refusal = refusalOf(drawingId, *m, m_ctx.config.limits,
                                      m_ctx.config.presenceBudgetBytes + kPresenceStampBytes);
    if (!refusal.isEmpty()) {
        qCInfo(lcPush) << "dropping a message from the bus for" << drawingId << ":" << refusal;
        m_ctx.metrics.fanoutRefused();
        return;
    }
    switch (m->kind) {
    case FanoutMessage::Commit:
        // A refused commit leaves a gap that the next one fills from the store.
        relayCommit(drawingId, m->arg.toLongLong(), m->body);
        break;
    case FanoutMessage::Presence: {
        const QString sessionId = QString::fromLatin1(m->arg);
        m_remotePeers[drawingId][sessionId] = RemotePeer{m->body, m_clock.elapsed()};
        sendToDrawing(drawingId, m->body, nullptr, Flush::AfterTurn);
        break;
    }
    case FanoutMessage::Comment:
        sendCommentHere(drawingId, m->body);
        break;
    case FanoutMessage::Leave: {
        auto peers = m_remotePeers.find(drawingId);
        if (peers != m_remotePeers.end())
            peers->remove(QString::fromLatin1(m->arg));
        sendToDrawing(drawingId, m->body);
        break;
    }
    default:
        break;
    }
}

int PushHub::subscribersOf(const QString &drawingId) const
{
    return int(m_byDrawing.value(drawingId).size());
}

void PushHub::sendCommentHere(const QString &drawingId, const QByteArray &utf8)
{
    const auto it = m_byDrawing.constFind(drawingId);
    if (it == m_byDrawing.constEnd())
        return;
    const QByteArray frame = encodeFrame(utf8);
    const QList<WsSession *> sessions = *it; // a send may close one, never delete it
    ++m_sendDepth;
    for (WsSession *s : sessions) {
        if (s->grant().wantsComments)
            s->sendEncoded(frame, m_sendDepth == 1);
    }
    --m_sendDepth;
}

void PushHub::publishComment(const QString &drawingId, const QByteArray &utf8)
{
    sendCommentHere(drawingId, utf8);
    publishToNodes(drawingChannel(drawingId), {FanoutMessage::Comment, QByteArray(), utf8});
}

void PushHub::relayPresence(WsSession *from, const QByteArray &utf8)
{
    const QString &drawingId = from->grant().drawingId;
    sendToDrawing(drawingId, utf8, from, Flush::AfterTurn);
    publishToNodes(drawingChannel(drawingId),
                   {FanoutMessage::Presence, from->sessionId().toLatin1(), utf8});
    m_ctx.metrics.presenceRelayed();
}

void PushHub::sessionEnded(WsSession *session)
{
    emit socketReleased(session->peer()); // once: a session ends once
    const QString drawingId = session->grant().drawingId;
    auto it = m_byDrawing.find(drawingId);
    if (it == m_byDrawing.end() || !it->removeOne(session))
        return;
    --m_sessionCount;
    if (auto user = m_sessionsOfUser.find(session->grant().user.id);
        user != m_sessionsOfUser.end() && --*user <= 0)
        m_sessionsOfUser.erase(user);
    if (it->isEmpty()) {
        m_byDrawing.erase(it);
        m_sent.remove(drawingId);
        m_remotePeers.remove(drawingId);
        m_ctx.fanout->unsubscribe(drawingChannel(drawingId));
    }
    const QByteArray leave = QJsonDocument(protocol::Leave{session->sessionId()}.toJson())
                                 .toJson(QJsonDocument::Compact);
    sendToDrawing(drawingId, leave);
    publishToNodes(drawingChannel(drawingId),
                   {FanoutMessage::Leave, session->sessionId().toLatin1(), leave});
}

// Access changes reach the sessions of every node: applied here, and told to the others.
void PushHub::control(const QJsonObject &command, bool fromAnotherNode)
{
    const QString what = command.value(QLatin1String("what")).toString();
    const QString drawing = command.value(QLatin1String("drawing")).toString();
    const QString user = command.value(QLatin1String("user")).toString();
    const int code = command.value(QLatin1String("code")).toInt();
    const QString reason = command.value(QLatin1String("reason")).toString();
    if (what == u"drawing") {
        closeDrawingHere(drawing, code, reason);
        // Deleted: a drawing made again with this id starts again at revision 0.
        m_sent.remove(drawing);
        m_remotePeers.remove(drawing);
    } else if (what == u"member")
        closeMemberHere(drawing, user, code, reason);
    else if (what == u"role")
        setMemberRoleHere(drawing, user,
                          protocol::roleFromString(command.value(QLatin1String("role")).toString())
                              .value_or(protocol::Role::Viewer));
    else if (what == u"user")
        closeUserHere(user, code, reason);
    else if (what == u"token")
        closeTokenHere(command.value(QLatin1String("token")).toString().toLatin1(), code, reason);
    if (fromAnotherNode) {
        if (what == u"drawing")
            emit drawingDeletedElsewhere(drawing);
        emit accessChangedElsewhere();
    } else {
        publishToNodes(kControlChannel, {FanoutMessage::Control, QByteArray(),
                                         QJsonDocument(command).toJson(QJsonDocument::Compact)});
    }
}

void PushHub::closeDrawing(const QString &drawingId, int code, const QString &reason)
{
    control({{QStringLiteral("what"), QStringLiteral("drawing")},
             {QStringLiteral("drawing"), drawingId},
             {QStringLiteral("code"), code},
             {QStringLiteral("reason"), reason}},
            false);
}

void PushHub::closeMember(const QString &drawingId, const QString &userId, int code,
                          const QString &reason)
{
    control({{QStringLiteral("what"), QStringLiteral("member")},
             {QStringLiteral("drawing"), drawingId},
             {QStringLiteral("user"), userId},
             {QStringLiteral("code"), code},
             {QStringLiteral("reason"), reason}},
            false);
}

void PushHub::setMemberRole(const QString &drawingId, const QString &userId, protocol::Role role)
{
    control({{QStringLiteral("what"), QStringLiteral("role")},
             {QStringLiteral("drawing"), drawingId},
             {QStringLiteral("user"), userId},
             {QStringLiteral("role"), protocol::roleName(role)}},
            false);
}

void PushHub::closeUser(const QString &userId, int code, const QString &reason)
{
    control({{QStringLiteral("what"), QStringLiteral("user")},
             {QStringLiteral("user"), userId},
             {QStringLiteral("code"), code},
             {QStringLiteral("reason"), reason}},
            false);
}

void PushHub::closeToken(const QByteArray &tokenHash, int code, const QString &reason)
{
    // The token's hash travels in hex: the other nodes compare hashes, never tokens.
    control({{QStringLiteral("what"), QStringLiteral("token")},
             {QStringLiteral("token"), QString::fromLatin1(tokenHash.toHex())},
             {QStringLiteral("code"), code},
             {QStringLiteral("reason"), reason}},
            false);
}

void PushHub::closeDrawingHere(const QString &drawingId, int code, const QString &reason)
{
    const QList<WsSession *> list = m_byDrawing.value(drawingId);
    for (QPointer<WsSession> s : QList<QPointer<WsSession>>(list.begin(), list.end())) {
        if (s)
            s->closeWith(QWebSocketProtocol::CloseCode(code), reason);
    }
}

void PushHub::closeMemberHere(const QString &drawingId, const QString &userId, int code,
                              const QString &reason)
{
    const QList<WsSession *> list = m_byDrawing.value(drawingId);
    for (QPointer<WsSession> s : QList<QPointer<WsSession>>(list.begin(), list.end())) {
        if (s && s->grant().user.id == userId)
            s->closeWith(QWebSocketProtocol::CloseCode(code), reason);
    }
}

void PushHub::setMemberRoleHere(const QString &drawingId, const QString &userId,
                                protocol::Role role)
{
    for (WsSession *s : m_byDrawing.value(drawingId)) {
        if (s->grant().user.id == userId)
            s->setRole(role);
    }
}

void PushHub::closeUserHere(const QString &userId, int code, const QString &reason)
{
    for (QPointer<WsSession> s : allSessions()) {
        if (s && s->grant().user.id == userId)
            s->closeWith(QWebSocketProtocol::CloseCode(code), reason);
    }
}

void PushHub::closeTokenHere(const QByteArray &tokenHexHash, int code, const QString &reason)
{
    const QByteArray tokenHash = QByteArray::fromHex(tokenHexHash);
    for (QPointer<WsSession> s : allSessions()) {
        if (s && s->grant().user.tokenHash == tokenHash)
            s->closeWith(QWebSocketProtocol::CloseCode(code), reason);
    }
}

void PushHub::recheckAccess()
{
    if (!m_ctx.accessReader)
        return;
    if (m_recheckRunning) {
        m_recheckAgain = true;
        return;
    }
    auto check = std::make_shared<AccessCheck>();
    check->now = QDateTime::currentDateTimeUtc();
    QSet<QByteArray> tokens;
    QSet<QString> members;
    for (QPointer<WsSession> s : allSessions()) {
        if (!s || s->closing())
            continue;
        const WsGrant &grant = s->grant();
        if (!tokens.contains(grant.user.tokenHash)) {
            tokens.insert(grant.user.tokenHash);
            check->tokens.append({grant.user.tokenHash, grant.user.id});
        }
        const QString key = AccessCheck::memberKey(grant.drawingId, grant.user.id);
        if (!members.contains(key)) {
            members.insert(key);
            check->members.append({grant.drawingId, grant.user.id});
        }
    }
    if (check->tokens.isEmpty())
        return;
    m_recheckRunning = true;
    QPointer<PushHub> self(this);
    m_ctx.accessReader->submit(
        [check](Store &store) {
            check->run(store);
            return true;
        },
        [self, check](bool) {
            if (!self)
                return;
            self->m_recheckRunning = false;
            self->applyAccess(*check);
            if (std::exchange(self->m_recheckAgain, false))
                self->recheckAccess();
        });
}

void PushHub::applyAccess(const AccessCheck &check)
{
    // Sessions opened since the check was asked for are not in it: they were authorized
    // after it started, so they are as fresh as it is.
    for (QPointer<WsSession> s : allSessions()) {
        if (!s || s->closing())
            continue;
        const WsGrant &grant = s->grant();
        const auto verdict = check.tokenVerdicts.constFind(grant.user.tokenHash);
        if (verdict == check.tokenVerdicts.constEnd())
            continue;
        if (*verdict == AccessCheck::Verdict::Revoked) {
            qCInfo(lcPush) << "closing session" << s->sessionId()
                           << "of a revoked or expired token";
            s->closeWith(QWebSocketProtocol::CloseCode(4401),
                         QStringLiteral("token revoked or expired"));
            continue;
        }
        if (*verdict != AccessCheck::Verdict::Valid)
            continue;
        const auto role =
            check.roles.constFind(AccessCheck::memberKey(grant.drawingId, grant.user.id));
        if (role == check.roles.constEnd())
            continue; // the store did not answer
        if (!*role) {
            qCInfo(lcPush) << "closing session" << s->sessionId() << "of a removed member";
            s->closeWith(QWebSocketProtocol::CloseCode(4404), QStringLiteral("no longer a member"));
        } else if (**role != grant.role) {
            s->setRole(**role);
        }
    }
}

void PushHub::pollAccessGeneration()
{
    if (m_generationPollRunning || m_ctx.shuttingDown)
        return;
    m_generationPollRunning = true;
    auto generation = std::make_shared<std::optional<qint64>>();
    QPointer<PushHub> self(this);
    m_ctx.accessReader->submit(
        [generation](Store &store) {
            *generation = store.accessGeneration();
            return generation->has_value();
        },
        [self, generation](bool) {
            if (!self)
                return;
            self->m_generationPollRunning = false;
            if (!*generation)
                return; // the store did not answer: ask again next time
            const bool moved =
                self->m_accessGeneration && *self->m_accessGeneration != **generation;
            self->m_accessGeneration = *generation;
            if (moved) {
                // What the authenticator remembers of tokens and roles may be stale too.
                emit self->accessChangedElsewhere();
                self->recheckAccess();
            }
        });
}

QList<QPointer<WsSession>> PushHub::allSessions() const
{
    QList<QPointer<WsSession>> all;
    all.reserve(m_sessionCount);
    for (const QList<WsSession *> &list : m_byDrawing) {
        for (WsSession *s : list)
            all.append(s);
    }
    return all;
}

void PushHub::shutdown()
{
    m_ticker.stop();
    m_accessPoll.stop();
    for (QPointer<WsSession> s : allSessions()) {
        if (s)
            s->closeWith(QWebSocketProtocol::CloseCodeGoingAway,
                         QStringLiteral("server shutting down"));
    }
}

void PushHub::tick()
{
    for (QPointer<WsSession> s : allSessions()) {
        if (s)
            s->tick(0);
    }
    const qint64 now = m_clock.elapsed();
    // Every half ping interval, so that a tick period later at most (a third of one) every
    // revoked session is closed: within one ping interval.
    if (now - m_accessCheckedMs >= m_ctx.config.wsPingMs / 2) {
        m_accessCheckedMs = now;
        recheckAccess();
    }
    // Peers of a node that died without saying leave.
    for (auto &peers : m_remotePeers) {
        for (auto it = peers.begin(); it != peers.end();) {
            if (now - it->seenMs > m_ctx.config.wsTimeoutMs)
                it = peers.erase(it);
            else
                ++it;
        }
    }
}

} // namespace inkboard::server
