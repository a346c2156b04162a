// SPDX-License-Identifier: Apache-2.0
#include "http_connection.h"

#include <QTcpSocket>

namespace inkboard::bench {

namespace {
constexpr qint64 kMaxResponseBytes = 512LL * 1024 * 1024;
} // namespace

QByteArray HttpResponse::header(QByteArrayView lowerCaseName) const
{
    for (const auto &[name, value] : headers) {
        if (name == lowerCaseName)
            return value;
    }
    return {};
}

HttpConnection::HttpConnection(const Endpoint &endpoint, QObject *parent)
    : QObject(parent), m_endpoint(endpoint)
{}

HttpConnection::~HttpConnection() = default;

void HttpConnection::request(const QByteArray &method, const QByteArray &target,
                             const QByteArray &body, Callback callback)
{
    Q_ASSERT(!m_callback);
    m_callback = std::move(callback);
    m_retried = false;
    m_request.clear();
    m_request.reserve(256 + body.size());
    m_request += method + ' ' + target + " HTTP/1.1\r\nHost: " + m_endpoint.hostHeader() + "\r\n";
    if (!m_endpoint.token.isEmpty())
        m_request += "Authorization: Bearer " + m_endpoint.token + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH") {
        m_request +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    }
    m_request += "\r\n";
    m_request += body;
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState)
        writeRequest();
    else
        connectSocket();
}

void HttpConnection::connectSocket()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = new QTcpSocket(this);
    m_served = 0;
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        if (m_callback)
            writeRequest();
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            onDisconnected();
    });
    if (!m_endpoint.source.isNull())
        m_socket->bind(m_endpoint.source, 0);
    m_socket->connectToHost(m_endpoint.host, m_endpoint.port);
}

void HttpConnection::writeRequest()
{
    resetParser();
    m_reused = m_served > 0;
    m_socket->write(m_request);
}

void HttpConnection::resetParser()
{
    m_buffer.clear();
    m_headDone = false;
    m_contentLength = -1;
    m_chunked = false;
    m_closeAfter = false;
    m_chunkPos = 0;
    m_response = HttpResponse{};
}

void HttpConnection::onDisconnected()
{
    if (!m_callback)
        return; // an idle keep-alive connection closed: reconnect on the next request
    if (m_headDone && m_contentLength < 0 && !m_chunked) {
        // A body delimited by the end of the connection.
        m_response.body = m_buffer;
        finish(std::move(m_response));
        return;
    }
    if (m_reused && m_buffer.isEmpty() && !m_retried) {
        m_retried = true;
        connectSocket();
        return;
    }
    fail(m_socket ? m_socket->errorString() : QStringLiteral("connection closed"));
}

void HttpConnection::fail(const QString &error)
{
    HttpResponse r;
    r.error = error;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    finish(std::move(r));
}

void HttpConnection::finish(HttpResponse &&response)
{
    Callback cb = std::move(m_callback);
    m_callback = nullptr;
    if (response.status > 0) {
        ++m_served;
        if (m_closeAfter && m_socket) {
            m_socket->disconnect(this);
            m_socket->disconnectFromHost();
            m_socket->deleteLater();
            m_socket = nullptr;
        }
    }
    m_buffer.clear();
    if (cb)
        cb(std::move(response));
}

bool HttpConnection::parseHead()
{
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = m_buffer.left(end).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    m_response.status = statusLine.value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        QByteArray name = line.left(colon).trimmed().toLower();
        QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length")
            m_contentLength = value.toLongLong();
        else if (name == "transfer-encoding" && value.toLower().contains("chunked"))
            m_chunked = true;
        else if (name == "connection" && value.toLower() == "close")
            m_closeAfter = true;
        m_response.headers.append({std::move(name), std::move(value)});
    }
    m_buffer.remove(0, end + 4);
    m_headDone = true;
    const int s = m_response.status;
    if (s == 204 || s == 304 || (s >= 100 && s < 200))
        m_contentLength = 0;
    return true;
}

bool HttpConnection::parseChunked()
{
    while (true) {
        const qsizetype lineEnd = m_buffer.indexOf("\r\n", m_chunkPos);
        if (lineEnd < 0)
            return false;
        bool ok = false;
        const qint64 size = m_buffer.mid(m_chunkPos, lineEnd - m_chunkPos)
                                .split(';')
                                .value(0)
                                .trimmed()
                                .toLongLong(&ok, 16);
        if (!ok || size < 0) {
            fail(QStringLiteral("bad chunk header"));
            return false;
        }
        if (size == 0) {
            // Last chunk; skip trailers up to the empty line.
            const qsizetype trailerEnd = m_buffer.indexOf("\r\n\r\n", lineEnd);
            if (trailerEnd < 0 && m_buffer.size() < lineEnd + 4)
                return false;
            if (trailerEnd < 0 && m_buffer.mid(lineEnd, 4) != "\r\n\r\n")
                return false;
            return true;
        }
        if (m_buffer.size() < lineEnd + 2 + size + 2)
            return false;
        m_response.body += m_buffer.mid(lineEnd + 2, size);
        m_chunkPos = lineEnd + 2 + size + 2;
    }
}

void HttpConnection::onReadyRead()
{
    m_buffer += m_socket->readAll();
    if (!m_callback) {
        m_buffer.clear(); // nothing asked: ignore
        return;
    }
    if (m_buffer.size() > kMaxResponseBytes) {
        fail(QStringLiteral("response too large"));
        return;
    }
    if (!m_headDone && !parseHead())
        return;
    if (m_chunked) {
        if (parseChunked())
            finish(std::move(m_response));
        return;
    }
    if (m_contentLength >= 0 && m_buffer.size() >= m_contentLength) {
        m_response.body = m_buffer.left(m_contentLength);
        finish(std::move(m_response));
    }
}

} // namespace inkboard::bench
