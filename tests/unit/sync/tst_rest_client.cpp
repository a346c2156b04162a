// SPDX-License-Identifier: Apache-2.0
// RestClient against a hostile server: an answer too big to hold must end as a failure
// early, not be buffered whole (issue 13, row 12).

#include "client/rest_client.h"
#include "fake_http_server.h"

#include <QTest>

using namespace inkboard;
using namespace inkboard::sync;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

// Writes `total` bytes of body to `socket` a chunk at a time, never more than a few MiB
// ahead of the peer, and stops when the peer goes away.
// With `closeAtEnd`, the connection closes after the last byte (a body without length).
void stream(QTcpSocket *socket, qint64 total, bool closeAtEnd = false)
{
    auto *sent = new qint64(0);
    auto pump = [socket, sent, total, closeAtEnd] {
        const QByteArray chunk(kMiB, 'a');
        while (*sent < total && socket->state() == QAbstractSocket::ConnectedState &&
               socket->bytesToWrite() < 4 * kMiB) {
            socket->write(chunk);
            *sent += chunk.size();
        }
        if (closeAtEnd && *sent >= total && socket->bytesToWrite() == 0)
            socket->disconnectFromHost();
    };
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket, pump);
    QObject::connect(socket, &QObject::destroyed, [sent] { delete sent; });
    pump();
}

} // namespace

class TestRestClient : public QObject
{
    Q_OBJECT
private slots:
    // Content-Length of 1 GiB: refused from the head, without waiting for the body.
    void refusesAnAnnouncedHugeAnswer()
    {
        test::FakeHttpServer server([](QTcpSocket *socket, const QByteArray &, const QByteArray &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Content-Length: 1073741824\r\n\r\n{");
            stream(socket, 32 * kMiB); // then silence: the rest never comes
        });
        RestClient client(server.url());
        bool done = false;
        RestResult result;
        client.get(QStringLiteral("/info"), nullptr, [&](const RestResult &r) {
            done = true;
            result = r;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(result.status, 0);
        QVERIFY(!result.ok());
        QVERIFY2(result.errorMessage().contains(QLatin1String("too large")),
                 qPrintable(result.errorMessage()));
        QVERIFY(result.body.isEmpty());
    }

    // No Content-Length, body until the connection closes: cut once past the default bound
    // (256 MiB), not handed over whole.
    void refusesAStreamedHugeAnswer()
    {
        test::FakeHttpServer server([](QTcpSocket *socket, const QByteArray &, const QByteArray &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
                          "Connection: close\r\n\r\n");
            stream(socket, 320 * kMiB, true);
        });
        RestClient client(server.url());
        bool done = false;
        RestResult result;
        client.get(QStringLiteral("/blobs/x"), nullptr, [&](const RestResult &r) {
            done = true;
            result = r;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        QCOMPARE(result.status, 0);
        QVERIFY2(result.errorMessage().contains(QLatin1String("too large")),
                 qPrintable(result.errorMessage()));
        QVERIFY(result.body.isEmpty());
    }

    // With a lower bound the whole refusal stays small: what is buffered is the bound.
    void aLowerBoundBoundsMemory()
    {
        test::FakeHttpServer server([](QTcpSocket *socket, const QByteArray &, const QByteArray &) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n"
                          "Connection: close\r\n\r\n");
            stream(socket, 200 * kMiB, true);
        });
        const qint64 before = test::residentBytes();
        RestClient client(server.url());
        client.setMaxReplyBytes(16 * kMiB);
        bool done = false;
        RestResult result;
        qint64 atEnd = 0;
        client.get(QStringLiteral("/blobs/x"), nullptr, [&](const RestResult &r) {
            atEnd = test::residentBytes(); // before the reply's buffer is freed
            done = true;
            result = r;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        QCOMPARE(result.status, 0);
        QVERIFY(result.errorMessage().contains(QLatin1String("16 MiB")));
        QVERIFY2(!test::kMeasureRss || atEnd - before < 64 * kMiB,
                 qPrintable(QStringLiteral("RSS grew by %1 MiB").arg((atEnd - before) / kMiB)));
    }

    void retryAfterIsParsedAndClamped()
    {
        const QDateTime now = QDateTime::fromString("2026-12-02T12:00:00Z", Qt::ISODate);
        QCOMPARE(RestResult::parseRetryAfterMs("5", now), 5000);
        QCOMPARE(RestResult::parseRetryAfterMs(" 0 ", now), 0);
        // Past the int range once multiplied, and past qint64's as a number: clamped.
        QCOMPARE(RestResult::parseRetryAfterMs("2200000", now), RestResult::kMaxRetryAfterMs);
        QCOMPARE(RestResult::parseRetryAfterMs("99999999999999999999", now), -1);
        QCOMPARE(RestResult::parseRetryAfterMs("-3", now), -1);
        QCOMPARE(RestResult::parseRetryAfterMs("soon", now), -1);
        QCOMPARE(RestResult::parseRetryAfterMs("Wed, 02 Dec 2026 12:00:30 GMT", now), 30000);
        QCOMPARE(RestResult::parseRetryAfterMs("Wed, 02 Dec 2026 11:00:00 GMT", now), 0);
    }

    // A sane answer still goes through whole.
    void acceptsANormalAnswer()
    {
        test::FakeHttpServer server([](QTcpSocket *socket, const QByteArray &, const QByteArray &) {
            socket->write(test::FakeHttpServer::answer(200, R"({"server":"x"})"));
        });
        RestClient client(server.url());
        bool done = false;
        RestResult result;
        client.get(QStringLiteral("/info"), nullptr, [&](const RestResult &r) {
            done = true;
            result = r;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json.value("server").toString(), QStringLiteral("x"));
    }
};

QTEST_GUILESS_MAIN(TestRestClient)
#include "tst_rest_client.moc"
