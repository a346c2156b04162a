// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/limits.h"
#include "protocol/push_messages.h"
#include "sync_options.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QWebSocket>

namespace inkboard::sync {

// The WebSocket of PROTOCOL.md §5 for one drawing: parses the server's frames, sends
// presence, and keeps the connection honest with pings: a socket that hears nothing for
// keepaliveTimeoutMs is aborted, so that a dead link is noticed even without a FIN.
class PushChannel : public QObject
{
    Q_OBJECT
public:
    explicit PushChannel(const SyncOptions &options, QObject *parent = nullptr);
    ~PushChannel() override;

    // The server's limits (GET /info): frames are validated with them, and the cap on a
    // message follows its max_body_bytes when that is above SyncOptions::maxPushMessageBytes
    // (up to SyncOptions::maxReplyBytes at most).
    void setLimits(const Limits &limits);
    void open(const QUrl &url, const QString &token);
    // Ends the connection on purpose; closed() is only emitted for ends we did not ask for.
    void close();
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    // Connected or still connecting.
    bool isActive() const { return m_active; }
    void sendPresence(const protocol::Presence &presence);

signals:
    void connected();
    void hello(const inkboard::protocol::Hello &hello);
    void commitReceived(const inkboard::protocol::Commit &commit);
    void presenceReceived(const inkboard::protocol::Presence &presence);
    void leaveReceived(const QString &sessionId);
    void commentReceived(const inkboard::protocol::CommentFrame &frame);
    // The close code of the socket (1006 when it broke without a close frame).
    void closed(int code, const QString &reason);

private:
    void onText(const QString &text);
    void onDisconnected();
    void checkAlive();
    void applyMessageCap();

    SyncOptions m_options;
    Limits m_limits;
    QWebSocket m_socket;
    QTimer m_pingTimer;
    QElapsedTimer m_lastHeard;
    bool m_active = false;
};

} // namespace inkboard::sync
