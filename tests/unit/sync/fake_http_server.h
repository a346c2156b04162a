// SPDX-License-Identifier: Apache-2.0
#pragma once

// A hostile or buggy server for the client's tests: a QTcpServer on loopback that reads
// HTTP/1.1 request heads (and skips their bodies) and lets the test answer each one by
// hand, including answers the real inkboard-server can never produce.

#include <QByteArray>
#include <QFile>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <functional>

namespace inkboard::test {

class FakeHttpServer : public QObject
{
public:
    // `path` is the request target ("/api/v1/info"); write the answer to `socket`.
    using Handler =
        std::function<void(QTcpSocket *socket, const QByteArray &method, const QByteArray &path)>;

    explicit FakeHttpServer(Handler handler) : m_handler(std::move(handler))
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }

    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }
    QList<QByteArray> requests() const { return m_requests; }

    static QByteArray answer(int status, const QByteArray &body,
                             const QByteArray &extraHeaders = {})
    {
        return "HTTP/1.1 " + QByteArray::number(status) +
               " X\r\nContent-Type: application/json\r\n" + extraHeaders +
               "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer.left(end);
            qsizetype bodyLength = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    bodyLength = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() < end + 4 + bodyLength)
                return;
            buffer.remove(0, end + 4 + bodyLength);
            const QList<QByteArray> requestLine = head.left(head.indexOf('\r')).split(' ');
            m_requests.append(requestLine.value(0) + ' ' + requestLine.value(1));
            m_handler(socket, requestLine.value(0), requestLine.value(1));
        }
    }

    Handler m_handler;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QByteArray> m_requests;
};

#ifdef __SANITIZE_ADDRESS__
constexpr bool kMeasureRss = false; // ASan's quarantine keeps freed memory resident
#else
constexpr bool kMeasureRss = true;
#endif

// This process's resident memory, from /proc/self/status, in bytes (-1 when unreadable).
inline qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

} // namespace inkboard::test
