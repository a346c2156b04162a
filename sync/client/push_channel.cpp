// SPDX-License-Identifier: Apache-2.0
#include "push_channel.h"

#include "logging.h"

#include <QJsonDocument>
#include <QNetworkRequest>

namespace inkboard::sync {

PushChannel::PushChannel(const SyncOptions &options, QObject *parent)
    : QObject(parent), m_options(options)
{
    m_pingTimer.setInterval(
        qMax(10, qMin(options.keepaliveIntervalMs, options.keepaliveTimeoutMs / 3)));
    connect(&m_pingTimer, &QTimer::timeout, this, &PushChannel::checkAlive);
    applyMessageCap();
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        m_lastHeard.start();
        m_pingTimer.start();
        emit connected();
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &PushChannel::onText);
    connect(&m_socket, &QWebSocket::pong, this, [this] { m_lastHeard.start(); });
    connect(&m_socket, &QWebSocket::disconnected, this, &PushChannel::onDisconnected);
    // A connection that never opened may report only an error: treat it as closed.
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (m_active && m_socket.state() == QAbstractSocket::UnconnectedState)
                onDisconnected();
        });
    });
}

void PushChannel::setLimits(const Limits &limits)
{
    m_limits = limits;
    applyMessageCap();
}

void PushChannel::applyMessageCap()
{
    // Qt's default allows messages of 2 GiB, buffered whole before we see them: checked
    // against the frame header and the message so far, a bigger one closes with 1009. A
    // commit frame carries up to the server's max_body_bytes of ops plus its envelope, so
    // the cap follows that above our own, but never past the cap on a REST answer: the
    // limits come from the server, and a hostile one must not lift the bound.
    constexpr qint64 kEnvelopeBytes = 1024 * 1024;
    const qint64 ceiling = qMax(m_options.maxPushMessageBytes, m_options.maxReplyBytes);
    const qint64 followed = m_limits.maxBodyBytes >= ceiling - kEnvelopeBytes
                                ? ceiling
                                : m_limits.maxBodyBytes + kEnvelopeBytes;
    const quint64 maxBytes =
        quint64(qMax(qint64(1), qMax(m_options.maxPushMessageBytes, followed)));
    m_socket.setMaxAllowedIncomingFrameSize(maxBytes);
    m_socket.setMaxAllowedIncomingMessageSize(maxBytes);
}

PushChannel::~PushChannel()
{
    // The socket outlives the timer (members die in reverse order) and may still signal
    // while it is torn down: nothing of it may reach this half-destroyed object.
    m_socket.disconnect(this);
}

void PushChannel::open(const QUrl &url, const QString &token)
{
    close();
    QUrl wsUrl = url;
    wsUrl.setScheme(url.scheme() == u"https" ? QStringLiteral("wss") : QStringLiteral("ws"));
    QNetworkRequest request(wsUrl);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    m_active = true;
    qCDebug(lcPush) << "opening" << wsUrl;
    m_socket.open(request);
}

void PushChannel::close()
{
    // A deliberate close emits no closed(): the caller already knows and decides what
    // comes next. Aborting (not the close handshake) lets open() reuse the socket at once;
    // the server sees the connection end and tells the peers.
    m_active = false;
    m_pingTimer.stop();
    if (m_socket.state() != QAbstractSocket::UnconnectedState)
        m_socket.abort();
}

void PushChannel::sendPresence(const protocol::Presence &presence)
{
    if (!isConnected())
        return;
    m_socket.sendTextMessage(
        QString::fromUtf8(QJsonDocument(presence.toClientJson()).toJson(QJsonDocument::Compact)));
}

void PushChannel::onText(const QString &text)
{
    m_lastHeard.start();
    Parsed<protocol::PushMessage> parsed = protocol::parsePushMessage(text.toUtf8(), m_limits);
    if (const ValidationError *err = errorOf(parsed)) {
        qCWarning(lcPush) << "ignoring a malformed frame:" << err->message;
        return;
    }
    const protocol::PushMessage &message = std::get<protocol::PushMessage>(parsed);
    if (const auto *h = std::get_if<protocol::Hello>(&message))
        emit hello(*h);
    else if (const auto *c = std::get_if<protocol::Commit>(&message))
        emit commitReceived(*c);
    else if (const auto *p = std::get_if<protocol::Presence>(&message))
        emit presenceReceived(*p);
    else if (const auto *f = std::get_if<protocol::CommentFrame>(&message))
        emit commentReceived(*f);
    else if (const auto *l = std::get_if<protocol::Leave>(&message))
        emit leaveReceived(l->sessionId);
}

void PushChannel::onDisconnected()
{
    m_pingTimer.stop();
    if (!m_active)
        return;
    m_active = false;
    const int code = m_socket.closeCode();
    qCDebug(lcPush) << "closed" << code << m_socket.closeReason() << m_socket.errorString();
    emit closed(code, m_socket.closeReason());
}

void PushChannel::checkAlive()
{
    if (m_lastHeard.isValid() && m_lastHeard.elapsed() > m_options.keepaliveTimeoutMs) {
        qCInfo(lcPush) << "no frame for" << m_lastHeard.elapsed() << "ms: aborting";
        m_socket.abort();
        return;
    }
    m_socket.ping();
}

} // namespace inkboard::sync
