// SPDX-License-Identifier: Apache-2.0
// Mutated HTTP requests (a fixed seed, so a failure reproduces) on raw TCP against the
// real server: never a 5xx, never a crash, and it keeps serving.
#include "test_common.h"

#include <QRandomGenerator>

using namespace inkboard::test;

namespace {

// The JSON body of the first response only (later ones are pipelined answers).
QJsonObject firstJson(const QByteArray &data)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    const qsizetype at = data.toLower().indexOf("content-length:");
    if (end < 0 || at < 0 || at > end)
        return {};
    const qsizetype lineEnd = data.indexOf("\r\n", at);
    const qsizetype length = data.mid(at + 15, lineEnd - at - 15).trimmed().toLongLong();
    return QJsonDocument::fromJson(data.mid(end + 4, length)).object();
}
QByteArray mutate(QByteArray r, QRandomGenerator &rng)
{
    const int edits = 1 + int(rng.bounded(4));
    for (int e = 0; e < edits && !r.isEmpty(); ++e) {
        const qsizetype at = qsizetype(rng.bounded(quint32(r.size())));
        switch (rng.bounded(9)) {
        case 0:
            r[at] = char(rng.bounded(256));
            break; // flip a byte
        case 1:
            r.insert(at, char(rng.bounded(256)));
            break; // insert a byte
        case 2:
            r.remove(at, qsizetype(1 + rng.bounded(8)));
            break; // delete a few
        case 3:
            r.truncate(at);
            break; // cut short
        case 4:
            r.insert(at, "\r\n");
            break; // stray line break
        case 5:
            r.insert(at, r.mid(at, qsizetype(rng.bounded(40))));
            break; // duplicate a span
        case 6:
            r.replace("Content-Length: ",
                      "Content-Length: " + QByteArray::number(rng.bounded(100)));
            break;
        case 7:
            r.insert(r.indexOf("\r\n") + 2,
                     "X-F: " + QByteArray(int(rng.bounded(200)), 'f') + "\r\n");
            break;
        case 8:
            r.replace(at, 1, QByteArray(int(rng.bounded(5)), char(0x80 + rng.bounded(0x7f))));
            break; // bad UTF-8
        }
    }
    return r;
}

} // namespace

void mutatedRequests()
{
    World w({"--request-timeout-ms", "400", "--commits-per-second", "0"});
    QVERIFY(w.setUp());
    const QByteArray tok = "Authorization: Bearer " + w.alice.toLatin1() + "\r\n";
    auto req = [&](const QByteArray &method, const QByteArray &path, const QByteArray &body,
                   const QByteArray &type = "application/json") {
        return method + ' ' + path + " HTTP/1.1\r\nHost: x\r\n" + tok + "Content-Type: " + type +
               "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    };
    const QList<QByteArray> seeds{
        req("POST", "/api/v1/auth/login", R"({"username":"alice","password":"password1"})"),
        req("POST", "/api/v1/drawings/d1/ops",
            R"({"client_id":"fz","ops":[{"op_id":"f1","op":"create","id":"o1","type":"stroke","props":{"x":1,"y":2,"points":[0,0,0.5,1,1,1],"stroke_color":"#000000ff"}},{"op_id":"f2","op":"update","id":"o1","props":{"x":5,"opacity":0.5}}]})"),
        req("POST", "/api/v1/drawings", R"({"id":"fz1","title":"Fuzz"})"),
        req("PATCH", "/api/v1/drawings/d1", R"({"title":"T"})"),
        req("PUT", "/api/v1/drawings/d1/members/bob", R"({"role":"editor"})"),
        req("PUT", "/api/v1/blobs/" + QByteArray(64, 'a'), QByteArray("\x89PNG\r\n\x1a\nxxxx", 12),
            "image/png"),
        "GET /api/v1/drawings/d1/ops?after=0&limit=5 HTTP/1.1\r\nHost: x\r\n" + tok + "\r\n",
        "GET /api/v1/drawings/d1/snapshot?revision=1 HTTP/1.1\r\nHost: x\r\n" + tok + "\r\n",
        "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: "
        "application/json\r\nTransfer-Encoding: "
        "chunked\r\n\r\n5\r\n{\"a\":\r\n2\r\n1}\r\n0\r\n\r\n",
        "GET /api/v1/drawings/d1/ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: "
        "Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n" +
            tok + "\r\n",
    };
    QRandomGenerator rng(20261125);
    int answered = 0, total = 0;
    QHash<int, int> statuses;
    for (int batch = 0; batch < 12; ++batch) {
        struct Probe
        {
            QTcpSocket *socket;
            QByteArray got;
            QByteArray sent;
        };
        QList<Probe> probes;
        for (int i = 0; i < 80; ++i) {
            auto *s = new QTcpSocket;
            s->connectToHost("127.0.0.1", w.server.port());
            probes.append(Probe{s, QByteArray(), QByteArray()});
        }
        for (Probe &p : probes) {
            QVERIFY(p.socket->waitForConnected(5000));
            p.sent = mutate(seeds[int(rng.bounded(quint32(seeds.size())))], rng);
            if (p.sent.isEmpty()) // an idle connection is not a request: idle timeout, not ours
                p.sent = "G";
            p.socket->write(p.sent);
        }
        // Each gets an answer, or is dropped once the request timeout passes.
        (void)QTest::qWaitFor(
            [&] {
                bool all = true;
                for (Probe &p : probes) {
                    p.got += p.socket->readAll();
                    all &= p.got.contains("\r\n\r\n") ||
                           p.socket->state() == QAbstractSocket::UnconnectedState;
                }
                return all;
            },
            5000);
        for (Probe &p : probes) {
            p.got += p.socket->readAll();
            QVERIFY2(p.got.contains("\r\n\r\n") || p.socket->state() == QAbstractSocket::UnconnectedState,
                     qPrintable("neither answered nor dropped: " + QString::fromLatin1(p.sent.left(200).toPercentEncoding())));
            ++total;
            const int status = rawStatus(p.got);
            if (status) {
                ++answered;
                ++statuses[status];
                QVERIFY2(status < 500, p.got.left(400).constData());
                if (status >= 400 && status != 101)
                    QVERIFY2(!firstJson(p.got).value("error").toString().isEmpty(), p.got.left(400).constData());
            }
            delete p.socket;
        }
        QVERIFY2(w.server.isRunning(), qPrintable(w.server.serverStderr()));
        QCOMPARE(w.call("GET", "/api/v1/info").status, 200);
    }
    qInfo("%d of %d mutated requests answered; statuses %s", answered, total, qPrintable([&] {
              QStringList l;
              for (auto it = statuses.begin(); it != statuses.end(); ++it)
                  l << QString("%1x%2").arg(it.key()).arg(it.value());
              l.sort();
              return l.join(' ');
          }()));
    QVERIFY(answered > total / 2);
    QCOMPARE(w.server.terminate(), 0);
}

class TestServerFuzz : public QObject
{
    Q_OBJECT

private slots:
    void mutatedRequests() { ::mutatedRequests(); }
};

QTEST_GUILESS_MAIN(TestServerFuzz)
#include "tst_server_fuzz.moc"
