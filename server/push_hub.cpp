#include "push_hub.h"

#include "auth.h"
#include "drawing.h"
#include "logging.h"
#include "protocol/push_messages.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace inkboard::server {

namespace {

QString peerKey(const QHostAddress &address, quint16 port)
{
    return address.toString() + QLatin1Char('|') + QString::number(port);
}

} // namespace

// ---- session

WsSession::WsSession(QWebSocket *socket, QTcpSocket *tcp, WsGrant grant, PushHub *hub)
    : QObject(hub), m_socket(socket), m_tcp(tcp), m_grant(std::move(grant)), m_hub(hub),
      m_sessionId(auth::newId())
{
    const ServerConfig &config = hub->context().config;
    m_socket->setParent(this);
    m_socket->setMaxAllowedIncomingMessageSize(quint64(config.limits.maxBodyBytes));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(config.limits.maxBodyBytes));
    const int rate = config.limits.presencePerSecond;
    m_presenceBucket = TokenBucket(rate, qMax(1, rate));
    m_clock.start();
    connect(m_socket, &QWebSocket::textMessageReceived, this, &WsSession::onText);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &) {
        m_lastSeen = m_clock.elapsed(); // ignored, like any other client message
    });
    connect(m_socket, &QWebSocket::pong, this, [this] { m_lastSeen = m_clock.elapsed(); });
    connect(m_socket, &QWebSocket::disconnected, this, &WsSession::onGone);
}

WsSession::~WsSession() = default;

void WsSession::send(const QString &frame)
{
    if (m_closing || m_gone)
        return;
    if (m_socket->bytesToWrite() > m_hub->context().config.wsMaxBufferBytes) {
        m_hub->context().metrics.slowSubscriberClosed();
        qCInfo(lcPush) << "closing slow subscriber" << m_sessionId << "of" << m_grant.drawingId;
        closeWith(QWebSocketProtocol::CloseCode(4408), QStringLiteral("too slow"));
        return;
    }
    m_socket->sendTextMessage(frame);
}

void WsSession::sendEncoded(const QByteArray &frame)
{
    if (m_closing || m_gone)
        return;
    if (m_socket->bytesToWrite() > m_hub->context().config.wsMaxBufferBytes) {
        m_hub->context().metrics.slowSubscriberClosed();
        qCInfo(lcPush) << "closing slow subscriber" << m_sessionId << "of" << m_grant.drawingId;
        closeWith(QWebSocketProtocol::CloseCode(4408), QStringLiteral("too slow"));
        return;
    }
    // QWebSocket writes whole frames to this same socket on this same thread, so a frame
    // written here never interleaves with one of its own (pongs, close).
    if (m_tcp) {
        if (m_tcp->state() == QAbstractSocket::ConnectedState)
            m_tcp->write(frame);
        return;
    }
    // Not expected (the hub always knows the socket); fall back to QWebSocket's framing.
    const quint8 len = quint8(frame.at(1)) & 0x7f;
    const qsizetype header = len < 126 ? 2 : len == 126 ? 4 : 10;
    m_socket->sendTextMessage(QString::fromUtf8(frame.mid(header)));
}

void WsSession::closeWith(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    if (m_closing || m_gone)
        return;
    m_closing = true;
    m_socket->close(code, reason);
    // A peer that does not answer the close (or does not read at all) is cut off later,
    // which also frees whatever is still queued for it.
    QTimer::singleShot(m_hub->context().config.wsCloseGraceMs, this, [this] {
        if (!m_gone)
            m_socket->abort();
        onGone();
    });
}

void WsSession::tick(qint64 now)
{
    if (m_closing || m_gone)
        return;
    Q_UNUSED(now);
    const qint64 t = m_clock.elapsed();
    const ServerConfig &config = m_hub->context().config;
    if (t - m_lastSeen > config.wsTimeoutMs) {
        qCInfo(lcPush) << "dropping silent peer" << m_sessionId;
        m_socket->abort();
        onGone();
        return;
    }
    if (t - m_lastPing >= config.wsPingMs) {
        m_lastPing = t;
        m_socket->ping();
    }
}

void WsSession::onText(const QString &text)
{
    m_lastSeen = m_clock.elapsed();
    if (m_closing || m_gone)
        return;
    const Limits &limits = m_hub->context().config.limits;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isObject()) {
        closeWith(QWebSocketProtocol::CloseCodeWrongDatatype, QStringLiteral("not a JSON object"));
        return;
    }
    const QJsonObject json = doc.object();
    if (json.value(QLatin1String("type")).toString() != u"presence")
        return; // anything else from a client is ignored
    QJsonObject fields = json;
    fields.remove(QStringLiteral("session_id"));
    fields.remove(QStringLiteral("user"));
    Parsed<protocol::Presence> parsed = protocol::Presence::fromJson(fields, limits);
    if (auto *err = errorOf(parsed)) {
        closeWith(QWebSocketProtocol::CloseCodeWrongDatatype, err->message.left(100));
        return;
    }
    if (!m_presenceBucket.take()) {
        m_hub->context().metrics.presenceDropped();
        return; // over the rate: dropped, not queued
    }
    protocol::Presence p = std::get<protocol::Presence>(std::move(parsed));
    p.sessionId = m_sessionId;
    p.user = m_grant.user.ref();
    m_presence = p;
    m_hub->relayPresence(this, QJsonDocument(p.toServerJson()).toJson(QJsonDocument::Compact));
}

void WsSession::onGone()
{
    if (m_gone)
        return;
    m_gone = true;
    m_closing = true;
    m_hub->sessionEnded(this);
    deleteLater();
}

// ---- hub

PushHub::PushHub(ServerContext &context, QObject *parent)
    : QObject(parent), m_ctx(context),
      m_server(new QWebSocketServer(QStringLiteral("inkboard-server"),
                                    QWebSocketServer::NonSecureMode, this))
{
    m_server->setMaxPendingConnections(1 << 20);
    m_server->setHandshakeTimeout(std::chrono::milliseconds(context.config.requestTimeoutMs));
    connect(m_server, &QWebSocketServer::newConnection, this, &PushHub::onNewConnection);
    const int period = qMax(50, qMin(m_ctx.config.wsPingMs, m_ctx.config.wsTimeoutMs) / 3);
    m_ticker.setInterval(period);
    connect(&m_ticker, &QTimer::timeout, this, &PushHub::tick);
    m_ticker.start();
}

PushHub::~PushHub() = default;

void PushHub::accept(QTcpSocket *socket, WsGrant grant)
{
    const QHostAddress peer = socket->peerAddress();
    const QString key = peerKey(peer, socket->peerPort());
    m_pending.insert(key, std::move(grant));
    m_pendingSockets.insert(key, socket);
    socket->setParent(this);
    // A bounded kernel buffer, so that a subscriber that stops reading shows up in our own
    // queue (and gets 4408) after a few hundred KiB instead of after megabytes.
    socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption,
                            m_ctx.config.wsSocketBufferBytes);
    connect(socket, &QObject::destroyed, this, [this, peer, key] {
        m_pending.remove(key); // a handshake that never completed
        m_pendingSockets.remove(key);
        emit socketReleased(peer);
    });
    m_server->handleConnection(socket);
}

void PushHub::onNewConnection()
{
    while (QWebSocket *ws = m_server->nextPendingConnection()) {
        const QString key = peerKey(ws->peerAddress(), ws->peerPort());
        const auto grant = m_pending.take(key);
        const QPointer<QTcpSocket> tcp = m_pendingSockets.take(key);
        if (grant.drawingId.isEmpty() || m_ctx.shuttingDown) {
            ws->close(m_ctx.shuttingDown ? QWebSocketProtocol::CloseCodeGoingAway
                                         : QWebSocketProtocol::CloseCode(4401),
                      QString());
            ws->deleteLater();
            continue;
        }
        auto *session = new WsSession(ws, tcp.data(), grant, this);
        m_byDrawing[grant.drawingId].append(session);
        ++m_sessionCount;
        m_ctx.metrics.wsOpened();
        session->send(helloFor(session));
        qCDebug(lcPush) << "session" << session->sessionId() << "on" << grant.drawingId;
    }
}

QString PushHub::helloFor(WsSession *session)
{
    protocol::Hello hello;
    hello.drawingId = session->grant().drawingId;
    QString error;
    Drawing *d = m_ctx.drawings->get(hello.drawingId, &error);
    hello.latestRevision = d ? d->durableRevision() : 0;
    hello.sessionId = session->sessionId();
    hello.user = session->grant().user.ref();
    for (WsSession *peer : m_byDrawing.value(hello.drawingId)) {
        if (peer != session && peer->presence() && !peer->closing())
            hello.peers.append(*peer->presence());
    }
    return QString::fromUtf8(QJsonDocument(hello.toJson()).toJson(QJsonDocument::Compact));
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

int PushHub::publish(const QString &drawingId, const QByteArray &utf8)
{
    const auto it = m_byDrawing.constFind(drawingId);
    if (it == m_byDrawing.constEnd())
        return 0;
    const QByteArray frame = encodeFrame(utf8); // once, whatever the number of subscribers
    const QList<WsSession *> sessions = *it;    // a send may close one, never delete it
    for (WsSession *s : sessions)
        s->sendEncoded(frame);
    return int(sessions.size());
}

int PushHub::sessionsOn(const QString &drawingId) const
{
    return int(m_byDrawing.value(drawingId).size());
}

void PushHub::relayPresence(WsSession *from, const QByteArray &utf8)
{
    const QList<WsSession *> sessions = m_byDrawing.value(from->grant().drawingId);
    const QByteArray frame = encodeFrame(utf8);
    for (WsSession *s : sessions) {
        if (s != from)
            s->sendEncoded(frame);
    }
    m_ctx.metrics.presenceRelayed();
}

void PushHub::sessionEnded(WsSession *session)
{
    const QString drawingId = session->grant().drawingId;
    auto it = m_byDrawing.find(drawingId);
    if (it == m_byDrawing.end() || !it->removeOne(session))
        return;
    --m_sessionCount;
    const QList<WsSession *> others = *it;
    if (it->isEmpty())
        m_byDrawing.erase(it);
    const QByteArray leave =
        encodeFrame(QJsonDocument(protocol::Leave{session->sessionId()}.toJson())
                        .toJson(QJsonDocument::Compact));
    for (WsSession *s : others)
        s->sendEncoded(leave);
}

void PushHub::closeDrawing(const QString &drawingId, int code, const QString &reason)
{
    const QList<WsSession *> list = m_byDrawing.value(drawingId);
    for (QPointer<WsSession> s : QList<QPointer<WsSession>>(list.begin(), list.end())) {
        if (s)
            s->closeWith(QWebSocketProtocol::CloseCode(code), reason);
    }
}

void PushHub::closeMember(const QString &drawingId, const QString &userId, int code,
                          const QString &reason)
{
    const QList<WsSession *> list = m_byDrawing.value(drawingId);
    for (QPointer<WsSession> s : QList<QPointer<WsSession>>(list.begin(), list.end())) {
        if (s && s->grant().user.id == userId)
            s->closeWith(QWebSocketProtocol::CloseCode(code), reason);
    }
}

void PushHub::setMemberRole(const QString &drawingId, const QString &userId, protocol::Role role)
{
    for (WsSession *s : m_byDrawing.value(drawingId)) {
        if (s->grant().user.id == userId)
            s->setRole(role);
    }
}

void PushHub::closeUser(const QString &userId, int code, const QString &reason)
{
    for (QPointer<WsSession> s : allSessions()) {
        if (s && s->grant().user.id == userId)
            s->closeWith(QWebSocketProtocol::CloseCode(code), reason);
    }
}

void PushHub::closeToken(const QByteArray &tokenHash, int code, const QString &reason)
{
    for (QPointer<WsSession> s : allSessions()) {
        if (s && s->grant().user.tokenHash == tokenHash)
            s->closeWith(QWebSocketProtocol::CloseCode(code), reason);
    }
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
    m_server->close();
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
}

} // namespace inkboard::server
