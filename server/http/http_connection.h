// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "http_request_parser.h"
#include "http_types.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTcpSocket>
#include <QTimer>

namespace inkboard::server {

// What a connection needs from the server it belongs to.
class HttpHost
{
public:
    virtual ~HttpHost() = default;
    // The body limit for a request, decided from its head (blob uploads get their own).
    virtual qint64 bodyLimit(const HttpRequest &head) const = 0;
    virtual int maxHeaderBytes() const = 0;
    virtual int requestTimeoutMs() const = 0;
    // From a request's first byte to its answer, handling included.
    virtual int requestDeadlineMs() const = 0;
    virtual int idleTimeoutMs() const = 0;
    // A request whose body is still to come: an answer to give at once (and close) instead
    // of reading the body, or nullopt to read it.
    virtual std::optional<HttpResponse> refuseBeforeBody(const HttpRequest &head) = 0;
    virtual void dispatch(HttpRequest request, ResponderPtr responder) = 0;
    // A WebSocket upgrade whose head has arrived; the handshake bytes are still unread in
    // the socket. Returns an error response to refuse it, or nullopt when it took the socket.
    virtual std::optional<HttpResponse> upgrade(const HttpRequest &head, QTcpSocket *socket) = 0;
    virtual void answered(const HttpRequest &request, const HttpResponse &response) = 0;
    virtual void connectionClosed(const QHostAddress &peer) = 0;
};

// One HTTP/1.1 connection: libhttp-parser on the bytes, one request at a time (pipelined
// requests wait their turn), limits checked from the head before any body is read.
//
// The head of a request is only peeked, never read, until it is complete: a WebSocket
// upgrade then leaves the socket untouched for PushHub::accept, which takes it over.
//
// What one connection can make us hold is bounded (server/README.md, "Bounds"): the
// socket's read buffer is capped, nothing is read while a request is handled, and the next
// pipelined request waits while more than kMaxPendingOutputBytes of answers are unsent.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, HttpHost *host, QObject *parent = nullptr);
    ~HttpConnection() override;

    // Unsent answer bytes over which the next pipelined request is not read.
    static constexpr qint64 kMaxPendingOutputBytes = 1 << 20;
    // Body bytes read from the socket at a time; with the largest head, the read buffer.
    static constexpr qint64 kBodyChunkBytes = 64 * 1024;

    void respond(quint64 serial, const HttpResponse &response);
    QHostAddress peer() const { return m_peer; }

private:
    enum class State
    {
        Head,
        Body,
        Waiting, // dispatched, waiting for the answer
        Closing
    };

    void process();
    bool readHead();
    bool readBody();
    void dispatchRequest();
    void reject(const HttpResponse &response); // answer and close without reading more
    void write(const HttpResponse &response, bool close);
    void startClosing();
    void armTimer();
    void onTimeout();
    void onBytesWritten();
    qint64 readBufferBytes() const;
    void pauseReading();
    void resumeReading();
    void onDisconnected();
    void finish();

    QTcpSocket *m_socket;
    HttpHost *m_host;
    QHostAddress m_peer;
    QTimer m_timer;
    State m_state = State::Head;
    bool m_inRequest = false;     // bytes of a request have arrived
    bool m_outputBlocked = false; // the next request waits for the client to read answers
    QElapsedTimer m_requestClock; // since the request's first byte
    HttpRequest m_handled;        // method, path and peer of the request being handled (for logs)
    bool m_keepAlive = true;
    bool m_finished = false;
    quint64 m_serial = 0;

    HttpRequestParser m_parser;
    QByteArray m_carry; // read from the socket but not parsed yet
};

} // namespace inkboard::server
