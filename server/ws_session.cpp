// SPDX-License-Identifier: Apache-2.0
#include "ws_session.h"

#include "auth.h"
#include "logging.h"
#include "protocol/push_messages.h"
#include "push_hub.h"
#include "ws_client_text.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace inkboard::server {

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
    // Bytes too: the session's budget at once, half that a second after. Every byte relayed
    // goes to every other session of the drawing, and the last frame is kept for hellos.
    const double bytes = double(config.presenceBudgetBytes);
    m_presenceBytes = TokenBucket(rate > 0 ? bytes / 2 : 0, bytes);
    m_clock.start();
    connect(m_socket, &QWebSocket::textMessageReceived, this, &WsSession::onText);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &) {
        m_lastSeen = m_clock.elapsed(); // ignored, like any other client message
    });
    connect(m_socket, &QWebSocket::pong, this, [this] { m_lastSeen = m_clock.elapsed(); });
    connect(m_socket, &QWebSocket::disconnected, this, &WsSession::onGone);
}

WsSession::~WsSession() = default;

bool WsSession::closedAsSlow(qint64 adding)
{
    const qint64 bound = m_hub->context().config.wsMaxBufferBytes;
    if (m_socket->bytesToWrite() + adding <= bound)
        return false;
    // What this turn left for the write notifier (presence) is not slowness: only what the
    // kernel will not take counts, so hand the rest to it before judging.
    if (m_tcp && m_tcp->state() == QAbstractSocket::ConnectedState) {
        m_tcp->flush();
        if (m_socket->bytesToWrite() + adding <= bound)
            return false;
    }
    m_hub->context().metrics.slowSubscriberClosed();
    qCInfo(lcPush) << "closing slow subscriber" << m_sessionId << "of" << m_grant.drawingId;
    closeWith(QWebSocketProtocol::CloseCode(4408), QStringLiteral("too slow"));
    return true;
}

void WsSession::send(const QString &frame)
{
    if (m_closing || m_gone || closedAsSlow())
        return;
    m_socket->sendTextMessage(frame);
}

void WsSession::sendHello(const QByteArray &utf8)
{
    if (m_closing || m_gone || closedAsSlow(utf8.size()))
        return;
    sendEncoded(PushHub::encodeFrame(utf8), false);
}

void WsSession::sendEncoded(const QByteArray &frame, bool now)
{
    if (m_closing || m_gone || closedAsSlow())
        return;
    // QWebSocket writes whole frames to this same socket on this same thread, so a frame
    // written here never interleaves with one of its own (pongs, close).
    if (m_tcp) {
        if (m_tcp->state() == QAbstractSocket::ConnectedState) {
            m_tcp->write(frame);
            // Sent during the fan-out loop instead of after it from one write notifier per
            // subscriber: the first see the commit while the last are still being written.
            // A write that finds the peer gone ends this session here and now.
            if (now)
                m_tcp->flush();
        }
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
    const QByteArray utf8 = text.toUtf8();
    // Over the budget it is never relayed nor kept, whatever the rate limit says.
    if (utf8.size() > m_hub->context().config.presenceBudgetBytes ||
        !m_presenceBytes.take(double(utf8.size()), nullptr)) {
        m_hub->context().metrics.presenceDropped();
        return; // over the byte rate: dropped unread, like presence over the message rate
    }
    Parsed<std::optional<protocol::Presence>> parsed = parseClientText(utf8, limits);
    if (auto *err = errorOf(parsed)) {
        closeWith(QWebSocketProtocol::CloseCodeWrongDatatype, err->message.left(100));
        return;
    }
    if (!std::get<std::optional<protocol::Presence>>(parsed))
        return; // anything else from a client is ignored
    if (!m_presenceBucket.take()) {
        m_hub->context().metrics.presenceDropped();
        return; // over the rate: dropped, not queued
    }
    protocol::Presence p = *std::get<std::optional<protocol::Presence>>(std::move(parsed));
    p.sessionId = m_sessionId;
    p.user = m_grant.user.ref();
    m_presenceJson = QJsonDocument(p.toServerJson()).toJson(QJsonDocument::Compact);
    m_hub->relayPresence(this, m_presenceJson);
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

} // namespace inkboard::server
