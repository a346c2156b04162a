// SPDX-License-Identifier: Apache-2.0
// PushChannel and PeerPresence against a hostile server: a WebSocket frame too big to hold
// ends the connection from its header, and a flood of peers is not kept without bound
// (issue 13, row 12).

#include "client/peer_presence.h"
#include "client/push_channel.h"
#include "fake_http_server.h"
#include "protocol/commit_writer.h"
#include "protocol/push_messages.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace inkboard;
using namespace inkboard::sync;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

// Speaks just enough RFC 6455 by hand to announce one text frame of `announced` bytes and
// stream up to `streamed` of them: QWebSocketServer would build the whole message first.
class HugeFrameServer : public QObject
{
public:
    HugeFrameServer(qint64 announced, qint64 streamed)
        : m_announced(announced), m_streamed(streamed)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { pump(socket); });
        });
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(m_server.serverPort()));
    }
    qint64 sent() const { return m_sent; }

private:
    void read(QTcpSocket *socket)
    {
        if (m_upgraded) {
            // Anything the client says now is its close frame: end the connection.
            socket->readAll();
            socket->disconnectFromHost();
            return;
        }
        m_head += socket->readAll();
        if (!m_head.contains("\r\n\r\n"))
            return;
        QByteArray key;
        for (const QByteArray &line : m_head.split('\n')) {
            if (line.toLower().startsWith("sec-websocket-key:"))
                key = line.mid(18).trimmed();
        }
        const QByteArray accept =
            QCryptographicHash::hash(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
                                     QCryptographicHash::Sha1)
                .toBase64();
        m_upgraded = true;
        QByteArray frame = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                           "Connection: Upgrade\r\nSec-WebSocket-Accept: " +
                           accept + "\r\n\r\n";
        frame += char(0x81); // FIN, text
        frame += char(127);  // a 64-bit length follows; server frames are not masked
        for (int shift = 56; shift >= 0; shift -= 8)
            frame += char((quint64(m_announced) >> shift) & 0xff);
        socket->write(frame);
        pump(socket);
    }
    void pump(QTcpSocket *socket)
    {
        if (!m_upgraded)
            return;
        const QByteArray chunk(kMiB, 'a');
        while (m_sent < m_streamed && socket->state() == QAbstractSocket::ConnectedState &&
               socket->bytesToWrite() < 4 * kMiB) {
            socket->write(chunk);
            m_sent += chunk.size();
        }
    }

    QTcpServer m_server;
    qint64 m_announced;
    qint64 m_streamed;
    qint64 m_sent = 0;
    QByteArray m_head;
    bool m_upgraded = false;
};

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

class TestPushChannel : public QObject
{
    Q_OBJECT
private slots:
    void endsAHugeFrameFromItsHeader()
    {
        // 1 GiB announced, 160 MiB sent (then silence): today's socket holds all it gets.
        HugeFrameServer server(1024 * kMiB, 160 * kMiB);
        const qint64 before = test::residentBytes();
        PushChannel channel(SyncOptions{});
        QSignalSpy closed(&channel, &PushChannel::closed);
        channel.open(server.url(), QStringLiteral("token"));
        qint64 peak = 0;
        for (int i = 0; i < 300 && closed.isEmpty(); ++i) {
            QTest::qWait(50);
            peak = qMax(peak, test::residentBytes());
        }
        QVERIFY2(!closed.isEmpty(),
                 qPrintable(QStringLiteral("still open after %1 MiB").arg(server.sent() / kMiB)));
        QVERIFY2(!test::kMeasureRss || peak - before < 96 * kMiB,
                 qPrintable(QStringLiteral("RSS grew by %1 MiB").arg((peak - before) / kMiB)));
    }

    // A server may allow commits bigger than the client's own cap (its max_body_bytes is a
    // setting): the cap on pushed messages follows the limits the server advertised, or
    // every commit over it would close the socket 1009 and never be seen.
    void theMessageCapFollowsTheServersLimits()
    {
        constexpr qint64 kText = 3 * kMiB;
        QWebSocketServer server(QStringLiteral("test"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QWebSocketServer::newConnection, this, [&server] {
            QWebSocket *socket = server.nextPendingConnection();
            socket->setParent(&server);
            protocol::Hello hello;
            hello.drawingId = QStringLiteral("d");
            hello.sessionId = QStringLiteral("me");
            hello.user = {QStringLiteral("u"), QStringLiteral("me")};
            socket->sendTextMessage(json(hello.toJson()));
            const QByteArray ops = R"([{"op_id":"o","op":"create","id":"t","type":"text",)"
                                   R"("props":{"text":")" +
                                   QByteArray(kText, 'a') + R"("}}])";
            socket->sendTextMessage(QString::fromUtf8(protocol::writeCommitPush(
                QStringLiteral("d"), {1,
                                      {QStringLiteral("u"), QStringLiteral("me")},
                                      QStringLiteral("c"),
                                      QDateTime::currentDateTimeUtc(),
                                      ops})));
        });
        SyncOptions options;
        options.maxPushMessageBytes = kMiB; // the client's own floor, below the commit
        PushChannel channel(options);
        Limits limits;
        limits.maxBodyBytes = 8 * kMiB; // what this server advertised in GET /info
        limits.maxTextChars = int(4 * kMiB);
        channel.setLimits(limits);
        QSignalSpy commits(&channel, &PushChannel::commitReceived);
        QSignalSpy closed(&channel, &PushChannel::closed);
        channel.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(server.serverPort())),
                     QStringLiteral("token"));
        QTRY_VERIFY_WITH_TIMEOUT(!commits.isEmpty() || !closed.isEmpty(), 20000);
        QVERIFY2(closed.isEmpty(),
                 qPrintable(QStringLiteral("closed %1").arg(closed.value(0).value(0).toInt())));
        QCOMPARE(commits.first().first().value<protocol::Commit>().revision, 1);
    }

    void keepsABoundedNumberOfPeers()
    {
        constexpr int kFlood = 5000;
        QWebSocketServer server(QStringLiteral("test"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QWebSocketServer::newConnection, this, [&server] {
            QWebSocket *socket = server.nextPendingConnection();
            socket->setParent(&server); // the caller owns it: gone with the server
            protocol::Hello hello;
            hello.drawingId = QStringLiteral("d");
            hello.sessionId = QStringLiteral("me");
            hello.user = {QStringLiteral("u"), QStringLiteral("me")};
            socket->sendTextMessage(json(hello.toJson()));
            for (int i = 0; i < kFlood; ++i) {
                protocol::Presence p;
                p.sessionId = QStringLiteral("peer-%1").arg(i);
                p.user = {QStringLiteral("u%1").arg(i), QStringLiteral("peer")};
                p.cursor = QPointF(i, i);
                socket->sendTextMessage(json(p.toServerJson()));
            }
        });
        PushChannel channel(SyncOptions{});
        PeerPresence presence(SyncOptions{});
        presence.setChannel(&channel);
        connect(&channel, &PushChannel::hello, &presence, &PeerPresence::hello);
        QSignalSpy heard(&channel, &PushChannel::presenceReceived);
        channel.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(server.serverPort())),
                     QStringLiteral("token"));
        QTRY_COMPARE_WITH_TIMEOUT(heard.size(), kFlood, 30000);
        const QList<protocol::Presence> peers = presence.peers();
        QVERIFY2(peers.size() <= 1000, qPrintable(QString::number(peers.size())));
        // The latest ones are the ones kept: they are the live peers.
        bool latestKept = false;
        for (const protocol::Presence &p : peers)
            latestKept |= p.sessionId == QStringLiteral("peer-%1").arg(kFlood - 1);
        QVERIFY(latestKept);
    }
};

QTEST_GUILESS_MAIN(TestPushChannel)
#include "tst_push_channel.moc"
