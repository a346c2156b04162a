// SPDX-License-Identifier: Apache-2.0
// RFC 6455 as the server's WebSocket layer (server/ws/) speaks it, checked from a raw TCP
// client that writes its own frames: the handshake's answer, fragmented messages with
// control frames between the fragments, frames cut anywhere across TCP writes, frames sent
// with the upgrade, invalid UTF-8 (1007), unmasked frames and protocol errors (1002),
// oversize messages (1009), close codes, and peers that vanish mid-frame.
#include "test_common.h"

#include <QRandomGenerator>
#include <memory>
#include <optional>
#include <vector>

using namespace inkboard::test;

namespace {

// A client frame: masked unless `masked` is false.
QByteArray clientFrame(quint8 opcode, const QByteArray &payload, bool fin = true,
                       bool masked = true, quint8 rsv = 0)
{
    QByteArray f;
    f.append(char((fin ? 0x80 : 0) | (rsv << 4) | opcode));
    const quint64 n = quint64(payload.size());
    const char maskBit = masked ? char(0x80) : char(0);
    if (n < 126) {
        f.append(char(maskBit | char(n)));
    } else if (n <= 0xffff) {
        f.append(char(maskBit | 126));
        f.append(char(n >> 8));
        f.append(char(n & 0xff));
    } else {
        f.append(char(maskBit | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            f.append(char((n >> shift) & 0xff));
    }
    if (!masked)
        return f + payload;
    const quint32 key = QRandomGenerator::global()->generate();
    const char k[4] = {char(key >> 24), char(key >> 16), char(key >> 8), char(key)};
    f.append(k, 4);
    for (qsizetype i = 0; i < payload.size(); ++i)
        f.append(char(payload.at(i) ^ k[i % 4]));
    return f;
}

QByteArray closePayload(quint16 code, const QByteArray &reason = {})
{
    QByteArray p;
    p.append(char(code >> 8));
    p.append(char(code & 0xff));
    return p + reason;
}

QByteArray presence(int x)
{
    return "{\"type\":\"presence\",\"cursor\":{\"x\":" + QByteArray::number(x) + ",\"y\":2}}";
}

struct Frame
{
    bool fin = true;
    quint8 opcode = 0;
    QByteArray payload;
    bool masked = false;
    int closeCode() const
    {
        return payload.size() >= 2 ? (quint8(payload[0]) << 8) | quint8(payload[1]) : 1005;
    }
};

// A WebSocket client on a bare QTcpSocket, frames written and read by hand.
struct RawWs
{
    QTcpSocket socket;
    QByteArray buffer;
    QByteArray answerHead;

    // Upgrades (with `withUpgrade` written in the same write) and reads the hello.
    bool open(quint16 port, const QString &token, const QByteArray &withUpgrade = {})
    {
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (!socket.waitForConnected(5000))
            return false;
        socket.write(wsUpgradeRequest(QStringLiteral("d1"), token) + withUpgrade);
        QElapsedTimer t;
        t.start();
        while (buffer.indexOf("\r\n\r\n") < 0 && t.elapsed() < 5000) {
            if (socket.waitForReadyRead(100))
                buffer += socket.readAll();
        }
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        answerHead = buffer.left(end + 4);
        buffer.remove(0, end + 4);
        if (!answerHead.startsWith("HTTP/1.1 101"))
            return false;
        const std::optional<Frame> hello = next();
        return hello && hello->opcode == 1 && hello->payload.contains("\"type\":\"hello\"");
    }

    void send(const QByteArray &bytes)
    {
        socket.write(bytes);
        socket.flush();
    }

    // The next frame the server sent, within `timeoutMs`.
    std::optional<Frame> next(int timeoutMs = 5000)
    {
        QElapsedTimer t;
        t.start();
        for (;;) {
            // What arrived while the test waited elsewhere is in the socket already.
            buffer += socket.readAll();
            if (std::optional<Frame> f = parse())
                return f;
            if (t.elapsed() > timeoutMs || socket.state() != QAbstractSocket::ConnectedState)
                return std::nullopt;
            socket.waitForReadyRead(50);
        }
    }

    // The next frame that is not a ping (pings are the server's keep-alive).
    std::optional<Frame> nextNotPing(int timeoutMs = 5000)
    {
        for (;;) {
            std::optional<Frame> f = next(timeoutMs);
            if (!f || f->opcode != 0x9)
                return f;
        }
    }

    // The close the server sent, after any other frame; -1 when none came.
    int closeCode(int timeoutMs = 5000)
    {
        for (;;) {
            std::optional<Frame> f = next(timeoutMs);
            if (!f)
                return -1;
            if (f->opcode == 0x8)
                return f->closeCode();
        }
    }

    // The server closed the TCP connection (after its close frame, if any).
    bool waitDisconnected(int timeoutMs = 5000)
    {
        QElapsedTimer t;
        t.start();
        while (socket.state() == QAbstractSocket::ConnectedState && t.elapsed() < timeoutMs) {
            buffer += socket.readAll();
            socket.waitForReadyRead(50);
        }
        return socket.state() != QAbstractSocket::ConnectedState;
    }

private:
    std::optional<Frame> parse()
    {
        if (buffer.size() < 2)
            return std::nullopt;
        Frame f;
        f.fin = quint8(buffer[0]) & 0x80;
        f.opcode = quint8(buffer[0]) & 0x0f;
        f.masked = quint8(buffer[1]) & 0x80;
        quint64 n = quint8(buffer[1]) & 0x7f;
        qsizetype at = 2;
        if (n == 126) {
            if (buffer.size() < 4)
                return std::nullopt;
            n = (quint64(quint8(buffer[2])) << 8) | quint8(buffer[3]);
            at = 4;
        } else if (n == 127) {
            if (buffer.size() < 10)
                return std::nullopt;
            n = 0;
            for (int i = 2; i < 10; ++i)
                n = (n << 8) | quint8(buffer[i]);
            at = 10;
        }
        if (f.masked)
            at += 4; // never from a server: checked by the callers
        if (quint64(buffer.size() - at) < n)
            return std::nullopt;
        f.payload = buffer.mid(at, qsizetype(n));
        buffer.remove(0, at + qsizetype(n));
        return f;
    }
};

} // namespace

class TestServerWsConformance : public QObject
{
    Q_OBJECT
    World *w = nullptr;
    static constexpr int kMaxBody = 65536;

    quint16 port() const { return w->server.baseUrl().port(); }

    // `receiver` gets `text` as a presence frame from the other session.
    static bool relayed(RawWs &receiver, const QByteArray &cursorX)
    {
        for (;;) {
            const std::optional<Frame> f = receiver.nextNotPing();
            if (!f)
                return false;
            if (f->opcode == 1 && f->payload.contains("\"presence\"") &&
                f->payload.contains("\"x\":" + cursorX))
                return true;
        }
    }

    // The server refuses `frames` with `code`, then closes the connection.
    void expectClose(const QByteArray &frames, int code)
    {
        RawWs c;
        QVERIFY(c.open(port(), w->bob));
        c.send(frames);
        QCOMPARE(c.closeCode(), code);
        QVERIFY(c.waitDisconnected());
    }

private slots:
    void initTestCase()
    {
        w = new World({"--presence-per-second", "0", "--max-body-bytes", QString::number(kMaxBody),
                       "--ws-close-grace-ms", "1500", "--max-sessions-per-user", "0",
                       "--max-sessions-per-drawing", "0", "--max-connections-per-ip", "4096"});
        QVERIFY2(w->setUp(), qPrintable(w->server.serverStderr()));
    }
    void cleanupTestCase()
    {
        QCOMPARE(w->server.terminate(), 0);
        delete w;
    }

    void handshakeAnswer()
    {
        RawWs c;
        QVERIFY(c.open(port(), w->bob));
        // RFC 6455 §1.3's example key and its answer.
        QVERIFY2(
            c.answerHead.contains("\r\nSec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"),
            c.answerHead.constData());
        QVERIFY(c.answerHead.toLower().contains("\r\nupgrade: websocket\r\n"));
        QVERIFY(c.answerHead.toLower().contains("\r\nconnection: upgrade\r\n"));
        QVERIFY(!c.answerHead.toLower().contains("sec-websocket-protocol"));
        QVERIFY(!c.answerHead.toLower().contains("sec-websocket-extensions"));
    }

    void handshakeRefusedAsJson_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::newRow("version 8") << QByteArray("Version: 13") << QByteArray("Version: 8");
        QTest::newRow("key of 15 bytes")
            << QByteArray("dGhlIHNhbXBsZSBub25jZQ==") << QByteArray("dGhlIHNhbXBsZSBub25j");
        QTest::newRow("key not base64")
            << QByteArray("dGhlIHNhbXBsZSBub25jZQ==") << QByteArray("dGhlIHNhbXBsZSBub25j*Q==");
        QTest::newRow("no host") << QByteArray("Host: x\r\n") << QByteArray();
    }
    void handshakeRefusedAsJson()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        const QByteArray request = wsUpgradeRequest(QStringLiteral("d1"), w->bob).replace(from, to);
        QTcpSocket s;
        s.connectToHost(QStringLiteral("127.0.0.1"), port());
        QVERIFY(s.waitForConnected(5000));
        s.write(request);
        QByteArray buffer;
        const RawAnswer a = readRawAnswer(s, buffer);
        QCOMPARE(a.status, 400);
        QVERIFY2(a.body.contains("\"error\""), a.body.constData());
    }

    void fragmentedWithControlFramesBetween()
    {
        RawWs a, b;
        QVERIFY(a.open(port(), w->bob));
        QVERIFY(b.open(port(), w->carol));
        const QByteArray text = presence(101);
        // Three fragments; a ping and a pong between them.
        a.send(clientFrame(0x1, text.left(5), false) + clientFrame(0x9, "inside") +
               clientFrame(0x0, text.mid(5, 10), false) + clientFrame(0xA, "unasked") +
               clientFrame(0x0, text.mid(15), true));
        const std::optional<Frame> pong = a.nextNotPing();
        QVERIFY(pong);
        QCOMPARE(pong->opcode, quint8(0xA));
        QCOMPARE(pong->payload, QByteArray("inside"));
        QVERIFY(!pong->masked);
        QVERIFY(relayed(b, "101"));
    }

    void framesCutAnywhereAcrossWrites()
    {
        RawWs a, b;
        QVERIFY(a.open(port(), w->bob));
        QVERIFY(b.open(port(), w->carol));
        // Byte by byte, a fragmented message with a ping inside, then a whole one: the
        // server reads them in as many pieces as TCP gives it.
        const QByteArray text = presence(202);
        const QByteArray bytes = clientFrame(0x1, text.left(7), false) + clientFrame(0x9, "p") +
                                 clientFrame(0x0, text.mid(7), true) +
                                 clientFrame(0x1, presence(203));
        for (char c : bytes) {
            a.send(QByteArray(1, c));
            QTest::qWait(2);
        }
        QVERIFY(relayed(b, "202"));
        QVERIFY(relayed(b, "203"));
        const std::optional<Frame> pong = a.nextNotPing();
        QVERIFY(pong);
        QCOMPARE(pong->opcode, quint8(0xA));
        QCOMPARE(pong->payload, QByteArray("p"));
    }

    void framesSentWithTheUpgrade()
    {
        RawWs b;
        QVERIFY(b.open(port(), w->carol));
        RawWs a;
        QVERIFY(
            a.open(port(), w->bob, clientFrame(0x1, presence(303)) + clientFrame(0x9, "early")));
        QVERIFY(relayed(b, "303"));
        const std::optional<Frame> pong = a.nextNotPing();
        QVERIFY(pong);
        QCOMPARE(pong->payload, QByteArray("early"));
    }

    void largeMessageWithinTheLimit()
    {
        // Over one 4 KiB read of wslay's and ignored (not presence), then one that is.
        RawWs a, b;
        QVERIFY(a.open(port(), w->bob));
        QVERIFY(b.open(port(), w->carol));
        const QByteArray big =
            "{\"type\":\"other\",\"pad\":\"" + QByteArray(kMaxBody - 64, 'x') + "\"}";
        a.send(clientFrame(0x1, big.left(30000), false) + clientFrame(0x0, big.mid(30000)) +
               clientFrame(0x1, presence(404)));
        QVERIFY(relayed(b, "404"));
    }

    void binaryIgnored()
    {
        RawWs a;
        QVERIFY(a.open(port(), w->bob));
        a.send(clientFrame(0x2, QByteArray("\x00\xff\x10", 3)) + clientFrame(0x9, "still"));
        const std::optional<Frame> pong = a.nextNotPing();
        QVERIFY(pong);
        QCOMPARE(pong->opcode, quint8(0xA));
        QCOMPARE(pong->payload, QByteArray("still"));
    }

    void invalidUtf8_data()
    {
        QTest::addColumn<QByteArray>("frames");
        QTest::newRow("whole") << clientFrame(0x1, "{\"type\":\"presence\xff\"}");
        QTest::newRow("overlong") << clientFrame(0x1, "\xc0\xaf");
        QTest::newRow("surrogate") << clientFrame(0x1, "\xed\xa0\x80");
        QTest::newRow("in a fragment")
            << clientFrame(0x1, "ok", false) + clientFrame(0x0, "\xfe", true);
        QTest::newRow("cut at the end")
            << clientFrame(0x1, "ab\xe2\x82", false) + clientFrame(0x0, "", true);
        QTest::newRow("close reason") << clientFrame(0x8, closePayload(1000, "\xff"));
    }
    void invalidUtf8()
    {
        QFETCH(QByteArray, frames);
        expectClose(frames, 1007);
    }

    void validUtf8AcrossFragments()
    {
        // A character cut between two fragments is valid once whole.
        RawWs a, b;
        QVERIFY(a.open(port(), w->bob));
        QVERIFY(b.open(port(), w->carol));
        const QByteArray text =
            "{\"type\":\"presence\",\"cursor\":{\"x\":505,\"y\":2},\"name\":\"é€\"}";
        const qsizetype cut = text.indexOf("\xe2\x82") + 1; // inside the euro sign
        a.send(clientFrame(0x1, text.left(cut), false) + clientFrame(0x0, text.mid(cut)));
        QVERIFY(relayed(b, "505"));
    }

    void protocolErrors_data()
    {
        QTest::addColumn<QByteArray>("frames");
        QTest::addColumn<int>("code");
        QTest::newRow("unmasked") << clientFrame(0x1, presence(1), true, false) << 1002;
        QTest::newRow("reserved opcode") << clientFrame(0x3, "x") << 1002;
        QTest::newRow("reserved control opcode") << clientFrame(0xB, "x") << 1002;
        QTest::newRow("rsv1") << clientFrame(0x1, "x", true, true, 4) << 1002;
        QTest::newRow("continuation first") << clientFrame(0x0, "x") << 1002;
        QTest::newRow("text inside a fragmented message")
            << clientFrame(0x1, "a", false) + clientFrame(0x1, "b") << 1002;
        QTest::newRow("close code 1005") << clientFrame(0x8, closePayload(1005)) << 1002;
        QTest::newRow("close code 999") << clientFrame(0x8, closePayload(999)) << 1002;
        QTest::newRow("close code 1016") << clientFrame(0x8, closePayload(1016)) << 1002;
        QTest::newRow("close code 5000") << clientFrame(0x8, closePayload(5000)) << 1002;
    }
    void protocolErrors()
    {
        QFETCH(QByteArray, frames);
        QFETCH(int, code);
        expectClose(frames, code);
    }

    void malformedControlFrames_data()
    {
        QTest::addColumn<QByteArray>("frames");
        QTest::newRow("fragmented ping") << clientFrame(0x9, "x", false);
        QTest::newRow("ping of 126 bytes") << clientFrame(0x9, QByteArray(126, 'p'));
        QTest::newRow("close of one byte") << clientFrame(0x8, "x");
    }
    void malformedControlFrames()
    {
        // Refused with a close (wslay sends it without a code for some of these), then the
        // connection ends.
        QFETCH(QByteArray, frames);
        RawWs c;
        QVERIFY(c.open(port(), w->bob));
        c.send(frames);
        const int code = c.closeCode();
        QVERIFY2(code == 1002 || code == 1005, qPrintable(QString::number(code)));
        QVERIFY(c.waitDisconnected());
    }

    void oversize_data()
    {
        QTest::addColumn<QByteArray>("frames");
        QByteArray header = clientFrame(0x1, QByteArray(kMaxBody + 1, 'x'));
        header.truncate(2 + 8 + 4 + 16); // the length says it: the rest need not come
        QTest::newRow("one frame") << header;
        QTest::newRow("fragments adding up")
            << clientFrame(0x1, QByteArray(kMaxBody / 2, 'x'), false) +
                   clientFrame(0x0, QByteArray(kMaxBody / 2 + 1, 'x'), true);
    }
    void oversize()
    {
        QFETCH(QByteArray, frames);
        expectClose(frames, 1009);
    }

    void closeHandshakeFromTheClient()
    {
        RawWs c;
        QVERIFY(c.open(port(), w->bob));
        c.send(clientFrame(0x8, closePayload(1000, "bye")));
        const std::optional<Frame> f = c.nextNotPing();
        QVERIFY(f);
        QCOMPARE(f->opcode, quint8(0x8));
        QCOMPARE(f->closeCode(), 1000);
        QVERIFY(c.waitDisconnected()); // the server closes the TCP connection first
        RawWs empty;
        QVERIFY(empty.open(port(), w->bob));
        empty.send(clientFrame(0x8, QByteArray()));
        QCOMPARE(empty.closeCode(), 1005); // an empty close answered with an empty one
        QVERIFY(empty.waitDisconnected());
    }

    void closeFromTheServerAnsweredOrNot()
    {
        // A session refused by the server (1007 for bad presence): the client answers or not.
        RawWs answers, silent;
        QVERIFY(answers.open(port(), w->bob));
        QVERIFY(silent.open(port(), w->bob));
        const QByteArray bad =
            clientFrame(0x1, "{\"type\":\"presence\",\"cursor\":{\"x\":\"left\"}}");
        answers.send(bad);
        silent.send(bad);
        QCOMPARE(answers.closeCode(), 1007);
        answers.send(clientFrame(0x8, closePayload(1007)));
        QVERIFY(answers.waitDisconnected(1000)); // at once, not after the grace
        QCOMPARE(silent.closeCode(), 1007);
        QElapsedTimer t;
        t.start();
        QVERIFY(silent.waitDisconnected(5000)); // after --ws-close-grace-ms
        QVERIFY(t.elapsed() >= 1000);
    }

    void peersVanishingMidFrame()
    {
        RawWs watcher;
        QVERIFY(watcher.open(port(), w->carol));
        const auto cutAfter = [this](const QByteArray &bytes) {
            auto c = std::make_unique<RawWs>();
            if (!c->open(port(), w->bob))
                return false;
            c->send(bytes);
            QTest::qWait(50);
            c->socket.abort();
            return true;
        };
        const QByteArray whole = clientFrame(0x1, presence(606));
        QVERIFY(cutAfter(whole.left(1)));                // in the header
        QVERIFY(cutAfter(whole.left(8)));                // in the payload
        QVERIFY(cutAfter(clientFrame(0x1, "{", false))); // between fragments
        QVERIFY(cutAfter(QByteArray()));                 // idle
        // Each left: the watcher is told, and the server still serves.
        int leaves = 0;
        while (leaves < 4) {
            const std::optional<Frame> f = watcher.nextNotPing();
            QVERIFY(f);
            leaves += f->payload.contains("\"type\":\"leave\"");
        }
        RawWs after;
        QVERIFY(after.open(port(), w->bob));
        after.send(clientFrame(0x1, presence(607)));
        QVERIFY(relayed(watcher, "607"));
        QCOMPARE(w->call("GET", "/api/v1/info").status, 200);
    }

    void idleSocketsAreSmall()
    {
        // Issue 18: an idle WebSocket costs the server at most 8 KiB (it was ~20 KiB with
        // QWebSocket). Measured as the benchmark does, after warm-up sockets, over 1,000.
        if (!kMeasureRss)
            QSKIP("RSS is not meaningful under ASan");
        constexpr int kWarm = 50;
        constexpr int kIdle = 1000;
        std::vector<std::unique_ptr<RawWs>> sockets;
        const auto openMore = [&](int n) {
            for (int i = 0; i < n; ++i) {
                sockets.push_back(std::make_unique<RawWs>());
                if (!sockets.back()->open(port(), w->carol)) {
                    qWarning("socket %d: %s", int(sockets.size()),
                             (sockets.back()->answerHead + sockets.back()->buffer)
                                 .left(400)
                                 .constData());
                    return false;
                }
            }
            return true;
        };
        QVERIFY(openMore(kWarm));
        QTest::qWait(500);
        const qint64 before = rssKiB(w->server.pid());
        QVERIFY(openMore(kIdle));
        QTest::qWait(500);
        const qint64 after = rssKiB(w->server.pid());
        QVERIFY(before > 0 && after > 0);
        const double perSocket = double(after - before) / kIdle;
        qInfo("server RSS per idle WebSocket: %.2f KiB", perSocket);
        QVERIFY2(perSocket <= 8.0, qPrintable(QString::number(perSocket)));
        // And they are live: one commit reaches every one.
        QCOMPARE(w->call("POST", "/api/v1/drawings/d1/ops", commitBody({rectOp(uid(), "idle")}),
                         w->alice)
                     .status,
                 200);
        for (const auto &s : sockets) {
            const std::optional<Frame> f = s->nextNotPing();
            QVERIFY(f);
            QVERIFY(f->payload.contains("\"type\":\"commit\""));
        }
    }
};

QTEST_MAIN(TestServerWsConformance)
#include "tst_server_ws_conformance.moc"
