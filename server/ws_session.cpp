// SPDX-License-Identifier: Apache-2.0
#include "ws_session.h"

#include "auth.h"
#include "logging.h"
#include "protocol/push_messages.h"
#include "push_hub.h"
#include "ws/ws_handshake.h"
#include "ws_client_text.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace inkboard::server {

WsSession::WsSession(int fd, QByteArray pending, const QHostAddress &peer, WsGrant grant,
                     PushHub *hub)
    : QObject(hub), m_grant(std::move(grant)), m_hub(hub),
      m_socket(fd, std::move(pending), quint64(hub->context().config.limits.maxBodyBytes), this),
      m_peer(peer), m_sessionId(auth::newId())
{
    const ServerConfig &config = hub->context().config;
    const int rate = config.limits.presencePerSecond;
    m_presenceBucket = TokenBucket(rate, qMax(1, rate));
    // Bytes too: the session's budget at once, half that a second after. Every byte relayed
    // goes to every other session of the drawing, and the last frame is kept for hellos.
    const double bytes = double(config.presenceBudgetBytes);
    m_presenceBytes = TokenBucket(rate > 0 ? bytes / 2 : 0, bytes);
    m_clock.start();
    // The handshake's answer goes first, so nothing can be queued before it.
    m_socket.queueFrame(ws::handshakeAnswer(m_grant.wsKey));
    m_grant.wsKey = QByteArray();
}

WsSession::~WsSession() = default;

bool WsSession::closedAsSlow(qint64 adding)
{
    const qint64 bound = m_hub->context().config.wsMaxBufferBytes;
    if (m_socket.bytesToWrite() + adding <= bound)
        return false;
    // What this turn left for the write notifier (presence) is not slowness: only what the
    // kernel will not take counts, so hand the rest to it before judging.
    if (!m_socket.flush())
        return true; // the peer is gone: onGone() ended the session
    if (m_socket.bytesToWrite() + adding <= bound)
        return false;
    m_hub->context().metrics.slowSubscriberClosed();
    qCInfo(lcPush) << "closing slow subscriber" << m_sessionId << "of" << m_grant.drawingId;
    closeWith(QWebSocketProtocol::CloseCode(4408), QStringLiteral("too slow"));
    return true;
}

void WsSession::send(const QString &frame)
{
    sendEncoded(PushHub::encodeFrame(frame.toUtf8()), false);
}

void WsSession::sendHello(const QByteArray &utf8)
{
    if (m_closing || m_gone || closedAsSlow(utf8.size()))
        return;
    // With the handshake's answer, in one write.
    sendEncoded(PushHub::encodeFrame(utf8), true);
}

void WsSession::sendEncoded(const QByteArray &frame, bool now)
{
    if (m_closing || m_gone || closedAsSlow())
        return;
    // Sent during the fan-out loop instead of after it from one write notifier per
    // subscriber: the first see the commit while the last are still being written.
    // A write that finds the peer gone ends this session here and now.
    m_socket.sendFrame(frame, now);
}

void WsSession::closeWith(QWebSocketProtocol::CloseCode code, const QString &reason)
{
    if (m_closing || m_gone)
        return;
    m_closing = true;
    m_socket.close(quint16(code), reason.toUtf8());
    if (!m_gone)
        startCloseGrace();
}

void WsSession::startCloseGrace()
{
    // A peer that does not answer the close (or does not read at all) is cut off later,
    // which also frees whatever is still queued for it.
    QTimer::singleShot(m_hub->context().config.wsCloseGraceMs, this, [this] {
        m_socket.abort();
        onGone();
    });
}

void WsSession::onClosing()
{
    // The peer's close (answered), or a frame wslay refused (1002, 1007, 1009).
    if (m_closing || m_gone)
        return;
    m_closing = true;
    startCloseGrace();
}

void WsSession::onActivity()
{
    m_lastSeen = m_clock.elapsed();
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
        m_socket.abort();
        onGone();
        return;
    }
    if (t - m_lastPing >= config.wsPingMs) {
        m_lastPing = t;
        m_socket.ping();
    }
}

void WsSession::onText(const QByteArray &utf8)
{
    m_lastSeen = m_clock.elapsed();
    if (m_closing || m_gone)
        return;
    const Limits &limits = m_hub->context().config.limits;
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
