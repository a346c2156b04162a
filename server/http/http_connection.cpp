// SPDX-License-Identifier: Apache-2.0
#include "http_connection.h"

#include "logging.h"

#include <sys/socket.h>

namespace inkboard::server {

namespace {

constexpr int kLingerMs = 2000;

} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, HttpHost *host, QObject *parent)
    : QObject(parent), m_socket(socket), m_host(host), m_peer(socket->peerAddress()),
      m_parser([host](const HttpRequest &head) { return host->bodyLimit(head); })
{
    m_socket->setParent(this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    // Qt's default read buffer takes all the client sends, whatever we do with it.
    m_socket->setReadBufferSize(readBufferBytes());
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::process);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
    armTimer();
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::process, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection()
{
    finish();
}

void HttpConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_host->connectionClosed(m_peer);
}

qint64 HttpConnection::readBufferBytes() const
{
    // A whole head (it is peeked, so it must fit) and a chunk of body.
    return qint64(m_host->maxHeaderBytes()) + 4 + kBodyChunkBytes;
}

void HttpConnection::pauseReading()
{
    // 0 would mean "unlimited": a limit of what is already buffered (at least one byte)
    // turns Qt's read notifier off.
    m_socket->setReadBufferSize(qMax<qint64>(1, m_socket->bytesAvailable()));
}

void HttpConnection::resumeReading()
{
    // Qt turns its read notifier off when the buffer is full, and on again only when the
    // buffer empties or its size changes, not when a full buffer is read in part: a change
    // of size (through "unlimited", with no event in between) is what wakes it.
    m_socket->setReadBufferSize(0);
    m_socket->setReadBufferSize(readBufferBytes());
}

void HttpConnection::armTimer()
{
    if (m_state == State::Closing) {
        m_timer.start(kLingerMs);
        return;
    }
    if (m_state != State::Waiting && !m_inRequest) {
        m_timer.start(m_host->idleTimeoutMs());
        return;
    }
    const qint64 deadlineLeft =
        qMax<qint64>(0, m_host->requestDeadlineMs() - m_requestClock.elapsed());
    m_timer.start(m_state == State::Waiting
                      ? int(deadlineLeft)
                      : int(qMin<qint64>(m_host->requestTimeoutMs(), deadlineLeft)));
}

void HttpConnection::onTimeout()
{
    if (!m_socket)
        return;
    if (m_state == State::Waiting) {
        // The late answer, if it ever comes, finds the connection closing and is dropped.
        m_parser.request() = m_handled;
        reject(HttpResponse::error(protocol::ApiError::unavailable(
                                       QStringLiteral("the request was not answered within %1 ms")
                                           .arg(m_host->requestDeadlineMs())))
                   .withHeader("Retry-After", "1"));
        return;
    }
    if (m_state == State::Head || m_state == State::Body) {
        if (m_inRequest)
            qCInfo(lcHttp) << "dropping" << m_peer.toString() << ": request not complete in time";
    }
    m_socket->abort();
    onDisconnected();
}

void HttpConnection::onDisconnected()
{
    if (!m_socket)
        return;
    m_timer.stop();
    m_socket->disconnect(this);
    m_socket->deleteLater();
    m_socket = nullptr;
    finish();
    deleteLater();
}

void HttpConnection::onBytesWritten()
{
    if (!m_outputBlocked)
        return;
    if (m_socket->bytesToWrite() > kMaxPendingOutputBytes) {
        armTimer(); // the client reads: it is not idle
        return;
    }
    m_outputBlocked = false;
    process();
}

void HttpConnection::process()
{
    while (m_socket) {
        if (m_state == State::Closing) {
            m_socket->skip(m_socket->bytesAvailable()); // lingering close: read and drop
            return;
        }
        if (m_state == State::Waiting)
            return;
        if (m_state == State::Head && !m_inRequest &&
            m_socket->bytesToWrite() > kMaxPendingOutputBytes) {
            // A client that does not read its answers gets no more of them for now.
            m_outputBlocked = true;
            return;
        }
        const bool progressed = m_state == State::Head ? readHead() : readBody();
        if (!progressed) {
            // More bytes are needed: make sure Qt reads them.
            if (m_socket && (m_state == State::Head || m_state == State::Body))
                resumeReading();
            return;
        }
    }
}

bool HttpConnection::readHead()
{
    QByteArray available = m_carry;
    if (m_socket->bytesAvailable() > 0)
        available += m_socket->peek(
            qMin<qint64>(m_socket->bytesAvailable(), qint64(m_host->maxHeaderBytes()) + 4));
    // Blank lines between requests are allowed (RFC 9112 2.2).
    qsizetype start = 0;
    while (start + 1 < available.size() && available[start] == '\r' && available[start + 1] == '\n')
        start += 2;
    if (start > 0) {
        const qsizetype fromCarry = qMin(start, m_carry.size());
        m_carry.remove(0, fromCarry);
        if (start > fromCarry)
            m_socket->skip(start - fromCarry);
        available.remove(0, start);
    }
    if (available.isEmpty())
        return false;
    if (!m_inRequest) {
        m_inRequest = true;
        m_requestClock.start();
        armTimer();
    }
    const qsizetype end = available.indexOf("\r\n\r\n");
    if (end < 0 || end + 4 > m_host->maxHeaderBytes()) {
        if (available.size() > m_host->maxHeaderBytes() || end >= 0) {
            // 413, not HTTP's 431: PROTOCOL.md §1 answers every size limit with 413 too_large.
            reject(HttpResponse::error(
                {413,
                 QStringLiteral("too_large"),
                 QStringLiteral("the request head is over %1 bytes").arg(m_host->maxHeaderBytes()),
                 {{QStringLiteral("limit"), m_host->maxHeaderBytes()}}}));
        }
        return false;
    }
    const QByteArray head = available.left(end + 4);

    m_parser.begin(m_peer, m_host->maxHeaderBytes());
    const size_t parsed = m_parser.feed(head.constData(), size_t(head.size()));
    const auto err = m_parser.error();
    if (m_parser.bodyTooLarge()) {
        reject(HttpResponse::error(protocol::ApiError::tooLarge(
            QStringLiteral("the body is over %1 bytes").arg(m_parser.bodyLimit()))));
        return false;
    }
    if ((err != HPE_OK && err != HPE_PAUSED) || !m_parser.headersDone() ||
        (parsed != size_t(head.size()) && !m_parser.parserUpgrade() && err != HPE_PAUSED)) {
        reject(HttpResponse::error(protocol::ApiError::badRequest(
            QStringLiteral("malformed HTTP request: %1")
                .arg(QString::fromLatin1(http_errno_description(err))))));
        return false;
    }

    if (m_parser.request().upgrade) {
        if (!m_carry.isEmpty()) {
            reject(HttpResponse::error(protocol::ApiError::badRequest(
                QStringLiteral("a pipelined upgrade is not supported"))));
            return false;
        }
        // Nothing of the handshake has been read: the push hub reads it, and whatever frames
        // came with it, out of the socket's buffer (unbounded for that) before taking its
        // descriptor over.
        m_timer.stop();
        QTcpSocket *socket = m_socket;
        socket->disconnect(this);
        socket->setReadBufferSize(0);
        const std::optional<HttpResponse> refusal = m_host->upgrade(m_parser.request(), socket);
        if (!refusal) {
            m_socket = nullptr; // the push hub owns it now
            finish();
            deleteLater();
            return false;
        }
        m_socket->setReadBufferSize(readBufferBytes());
        connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::process);
        connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
        reject(*refusal);
        return false;
    }

    // The head is accepted: consume it (carry first, then the socket).
    qsizetype toConsume = end + 4;
    const qsizetype fromCarry = qMin(toConsume, m_carry.size());
    m_carry.remove(0, fromCarry);
    toConsume -= fromCarry;
    if (toConsume > 0)
        m_socket->skip(toConsume);

    if (m_parser.messageDone()) {
        dispatchRequest();
        return true;
    }
    // No body is read for a request its head already refuses (route, token, a guard).
    if (const std::optional<HttpResponse> refusal = m_host->refuseBeforeBody(m_parser.request())) {
        reject(*refusal);
        return false;
    }
    if (m_parser.request().header("expect").compare("100-continue", Qt::CaseInsensitive) == 0)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_state = State::Body;
    return true;
}

bool HttpConnection::readBody()
{
    QByteArray data;
    if (!m_carry.isEmpty()) {
        data = std::move(m_carry);
        m_carry.clear();
    } else {
        qint64 want = m_socket->bytesAvailable();
        if (want <= 0)
            return false;
        // With a Content-Length, never read past this request: the next one's head must
        // stay in the socket in case it is an upgrade.
        if (!m_parser.chunked() && m_parser.contentLength() != ULLONG_MAX)
            want = qMin<qint64>(want, qint64(m_parser.contentLength()));
        want = qMin<qint64>(want, kBodyChunkBytes);
        data = m_socket->read(want);
    }
    if (data.isEmpty())
        return false;
    const size_t parsed = m_parser.feed(data.constData(), size_t(data.size()));
    const auto err = m_parser.error();
    if (m_parser.bodyTooLarge()) {
        reject(HttpResponse::error(protocol::ApiError::tooLarge(
            QStringLiteral("the body is over %1 bytes").arg(m_parser.bodyLimit()))));
        return false;
    }
    if (err != HPE_OK && err != HPE_PAUSED) {
        reject(HttpResponse::error(protocol::ApiError::badRequest(
            QStringLiteral("malformed HTTP request body: %1")
                .arg(QString::fromLatin1(http_errno_description(err))))));
        return false;
    }
    if (parsed < size_t(data.size()))
        m_carry = data.mid(qsizetype(parsed));
    if (m_parser.messageDone())
        dispatchRequest();
    return true;
}

void HttpConnection::dispatchRequest()
{
    m_state = State::Waiting;
    m_inRequest = false;
    m_keepAlive = m_parser.shouldKeepAlive();
    m_handled = HttpRequest();
    m_handled.method = m_parser.request().method;
    m_handled.path = m_parser.request().path;
    m_handled.peer = m_peer;
    // What the client sends while we handle this waits in its own and the kernel's buffers.
    pauseReading();
    armTimer();
    const quint64 serial = ++m_serial;
    m_host->dispatch(m_parser.takeRequest(), std::make_shared<Responder>(this, serial));
}

void HttpConnection::respond(quint64 serial, const HttpResponse &response)
{
    if (!m_socket || m_state != State::Waiting || serial != m_serial)
        return;
    const bool close = response.close || !m_keepAlive;
    write(response, close);
    if (close) {
        startClosing();
        return;
    }
    m_state = State::Head;
    resumeReading();
    armTimer();
    QMetaObject::invokeMethod(this, &HttpConnection::process, Qt::QueuedConnection);
}

void HttpConnection::reject(const HttpResponse &response)
{
    if (!m_socket)
        return;
    HttpRequest request = m_parser.request();
    write(response, true);
    m_host->answered(request, response);
    startClosing();
}

void HttpConnection::write(const HttpResponse &response, bool close)
{
    QByteArray out;
    out.reserve(256 + response.body.size());
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) +
           "\r\n";
    if (!response.contentType.isEmpty() && response.status != 204)
        out += "Content-Type: " + response.contentType + "\r\n";
    // Browsers must not guess another type (a blob's bytes taken for HTML or script).
    out += "X-Content-Type-Options: nosniff\r\n";
    if (response.status != 204)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (response.status != 204)
        out += response.body;
    m_socket->write(out);
}

void HttpConnection::startClosing()
{
    m_state = State::Closing;
    m_carry.clear();
    resumeReading(); // read and drop, however much comes
    armTimer();
    // Half-close once the answer is out, then read and drop what the client still sends,
    // so that it reads the answer instead of a reset.
    auto shutdownWrite = [this] {
        if (!m_socket || m_socket->bytesToWrite() > 0)
            return;
        m_socket->flush();
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    };
    if (m_socket->bytesToWrite() == 0) {
        m_socket->flush();
        shutdownWrite();
    } else {
        connect(m_socket, &QTcpSocket::bytesWritten, this, shutdownWrite);
    }
    m_socket->skip(m_socket->bytesAvailable());
}

} // namespace inkboard::server
