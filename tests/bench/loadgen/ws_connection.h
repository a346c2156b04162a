// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "endpoint.h"

#include <QByteArray>
#include <QObject>
#include <functional>

class QTcpSocket;

namespace inkboard::bench {

// A minimal RFC 6455 client on one QTcpSocket: the upgrade, unmasked server frames (text,
// binary, fragmented, ping, close) and masked client frames (pong, close, text).
//
// Not QWebSocket: at 1,000 subscribers the generator parses 1,000 frames per commit, and at
// 5,000 idle connections it holds 5,000 sockets. This hands each complete text frame to the
// callback as a view into the read buffer with the time its bytes were read, and keeps no
// per-connection state beyond the socket and its buffer.
class WsConnection : public QObject
{
    Q_OBJECT
public:
    // frame: a complete text message; receivedNs: nowNs() when its last bytes were read.
    using TextHandler = std::function<void(QByteArrayView frame, qint64 receivedNs)>;
    // code: the close code, or the HTTP status when the upgrade was refused, or 0 for a
    // transport failure.
    using ClosedHandler = std::function<void(int code, const QString &reason)>;

    WsConnection(const Endpoint &endpoint, QByteArray path, QObject *parent = nullptr);
    ~WsConnection() override;

    TextHandler onText;
    std::function<void()> onOpen;
    ClosedHandler onClosed;

    void open();
    void sendText(QByteArrayView payload);
    void close(quint16 code = 1000);
    bool isOpen() const { return m_state == State::Open; }

private:
    enum class State
    {
        Idle,
        Connecting,
        Handshake,
        Open,
        Closed
    };

    void onConnected();
    void onReadyRead();
    void onDisconnected();
    bool readHandshake();
    void readFrames(qint64 receivedNs);
    void sendFrame(quint8 opcode, QByteArrayView payload);
    void closed(int code, const QString &reason);

    Endpoint m_endpoint;
    QByteArray m_path;
    QByteArray m_key;
    QTcpSocket *m_socket = nullptr;
    State m_state = State::Idle;
    QByteArray m_buffer;
    QByteArray m_fragments; // a fragmented message being assembled
    bool m_fragmentIsText = false;
};

} // namespace inkboard::bench
