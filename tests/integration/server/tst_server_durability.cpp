// SPDX-License-Identifier: Apache-2.0
// Order and durability: 20 concurrent writers get revisions 1..N with their own ops in
// order and a snapshot equal to replaying the log; kill -9 during a write storm loses no
// acknowledged op and duplicates none, cycle after cycle; SIGTERM loses nothing.
#include "model/document.h"
#include "model/op_codec.h"
#include "test_common.h"

#include <QElapsedTimer>

using namespace inkboard;
using namespace inkboard::test;

namespace {

// One writer: one POST in flight, its ops in its own order, each commit one op.
class Writer : public QObject
{
public:
    // Each writer has its own connection manager: one manager keeps at most 6 connections
    // to a host, which would make "20 concurrent writers" 6.
    Writer(QNetworkAccessManager *, QUrl base, QString token, QString drawing, QString client,
           int count)
        : m_nam(new QNetworkAccessManager(this)), m_base(std::move(base)),
          m_token(std::move(token)), m_drawing(std::move(drawing)), m_client(std::move(client)),
          m_count(count)
    {
        m_nam->setProxy(QNetworkProxy::NoProxy);
    }

    void start() { sendNext(); }
    bool done() const { return m_stopped || m_next >= m_count; }
    void stop() { m_stopped = true; }

    QStringList sentIds;      // in order
    QStringList acknowledged; // op_ids answered 200
    QList<qint64> revisions;
    int failures = 0;

private:
    void sendNext()
    {
        if (done())
            return;
        const QString opId = QStringLiteral("%1-%2").arg(m_client).arg(m_next);
        const QJsonObject body = commitBody({rectOp(opId, opId, m_next)}, m_client);
        QNetworkRequest req(QUrl(m_base.toString() + "/api/v1/drawings/" + m_drawing + "/ops"));
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        req.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        QNetworkReply *reply = m_nam->post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
        sentIds << opId;
        connect(reply, &QNetworkReply::finished, this, [this, reply, opId] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 200) {
                const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
                acknowledged << opId;
                revisions << json["results"][0][QLatin1String("revision")].toInteger();
                ++m_next;
            } else {
                ++failures;
                if (status == 0) { // server gone: stop
                    m_stopped = true;
                    return;
                }
            }
            sendNext();
        });
    }

    QNetworkAccessManager *m_nam;
    QUrl m_base;
    QString m_token, m_drawing, m_client;
    int m_count;
    int m_next = 0;
    bool m_stopped = false;
};

} // namespace

class TestServerDurability : public QObject
{
    Q_OBJECT

private slots:
    void concurrentWriters()
    {
        World w({"--commits-per-second", "0", "--snapshot-interval", "50"});
        QVERIFY(w.setUp());
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        const int writers = 20, perWriter = 40;
        std::vector<std::unique_ptr<Writer>> list;
        for (int i = 0; i < writers; ++i) {
            list.push_back(std::make_unique<Writer>(&nam, w.server.baseUrl(),
                                                    i % 2 ? w.alice : w.bob, "d1",
                                                    QStringLiteral("w%1").arg(i), perWriter));
        }
        for (auto &wr : list)
            wr->start();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(list.begin(), list.end(), [](auto &x) { return x->done(); });
            },
            120000));
        for (auto &wr : list) {
            QCOMPARE(wr->failures, 0);
            QCOMPARE(wr->acknowledged.size(), perWriter);
            QVERIFY(std::is_sorted(wr->revisions.begin(), wr->revisions.end())); // own order kept
        }
        const QJsonArray commits = w.allCommits(w.alice);
        QCOMPARE(commits.size(), writers * perWriter);
        Document replay;
        QHash<QString, int> lastIndex;
        for (int i = 0; i < commits.size(); ++i) {
            QCOMPARE(commits[i][QLatin1String("revision")].toInt(), i + 1); // 1..N, no gaps
            Parsed<OpList> ops = parseOps(commits[i][QLatin1String("ops")], Limits());
            QVERIFY(std::holds_alternative<OpList>(ops));
            replay.apply(std::get<OpList>(ops));
            // Each writer's ops appear in the order it sent them.
            const QString opId =
                commits[i][QLatin1String("ops")][0][QLatin1String("op_id")].toString();
            const QString client = opId.section('-', 0, 0);
            const int index = opId.section('-', 1).toInt();
            QCOMPARE(index, lastIndex.value(client, -1) + 1);
            lastIndex[client] = index;
        }
        const HttpResult snap = w.call("GET", "/api/v1/drawings/d1/snapshot", {}, w.alice);
        QCOMPARE(snap.json["revision"].toInt(), writers * perWriter);
        QCOMPARE(snap.json["objects"].toArray(), replay.toJson());
        // And the same after a restart (snapshot + tail replay).
        QVERIFY(w.server.restart());
        const QString t = w.server.login("alice", "password1");
        QCOMPARE(w.call("GET", "/api/v1/drawings/d1/snapshot", {}, t).json["objects"].toArray(),
                 replay.toJson());
    }

    void killNineDuringWriteStorm()
    {
        World w({"--commits-per-second", "0", "--snapshot-interval", "20"});
        QVERIFY(w.setUp());
        QStringList acknowledged;
        for (int cycle = 0; cycle < 4; ++cycle) {
            QNetworkAccessManager nam;
            nam.setProxy(QNetworkProxy::NoProxy);
            const QString token = w.server.login("bob", "password1");
            QVERIFY(!token.isEmpty());
            std::vector<std::unique_ptr<Writer>> list;
            for (int i = 0; i < 10; ++i) {
                list.push_back(std::make_unique<Writer>(&nam, w.server.baseUrl(), token, "d1",
                                                        QStringLiteral("k%1x%2").arg(cycle).arg(i),
                                                        100000));
                list.back()->start();
            }
            // Let the storm run, then pull the plug mid-write.
            QTest::qWait(400 + 150 * cycle);
            w.server.kill9();
            (void)QTest::qWaitFor(
                [&] {
                    return std::all_of(list.begin(), list.end(), [](auto &x) { return x->done(); });
                },
                10000);
            for (auto &wr : list)
                acknowledged += wr->acknowledged;
            QVERIFY(w.server.restart());
            const QString t = w.server.login("alice", "password1");
            const QJsonArray commits = w.allCommits(t);
            QHash<QString, int> seen;
            for (int i = 0; i < commits.size(); ++i) {
                QCOMPARE(commits[i][QLatin1String("revision")].toInt(), i + 1);
                for (const QJsonValue &op : commits[i][QLatin1String("ops")].toArray())
                    ++seen[op["op_id"].toString()];
            }
            for (auto it = seen.begin(); it != seen.end(); ++it)
                QVERIFY2(it.value() == 1, qPrintable(it.key()));
            for (const QString &id : acknowledged)
                QVERIFY2(seen.contains(id), qPrintable("acknowledged op lost: " + id));
            QVERIFY(acknowledged.size() > cycle * 10);
            qInfo("cycle %d: %lld acknowledged ops so far, %lld commits in the log", cycle,
                  qint64(acknowledged.size()), qint64(commits.size()));
            // Re-sending an acknowledged op after the restart is a duplicate.
            const QString again = acknowledged.last();
            const HttpResult dup =
                w.call("POST", "/api/v1/drawings/d1/ops",
                       commitBody({rectOp(again, again, again.section('-', 1).toInt())},
                                  again.section('-', 0, 0)),
                       t);
            QCOMPARE(dup.status, 200);
            QCOMPARE(dup.json["results"][0][QLatin1String("status")].toString(),
                     QString("duplicate"));
        }
    }

    // A keep-alive connection still open at SIGTERM (nginx keeps some to every node) must
    // not turn the clean exit into a crash.
    void sigtermWithOpenKeepAliveConnections()
    {
        World w;
        QVERIFY(w.setUp());
        QTcpSocket idle;
        idle.connectToHost(QHostAddress::LocalHost, w.server.port());
        QVERIFY(idle.waitForConnected(5000));
        idle.write("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n");
        QVERIFY(QTest::qWaitFor(
            [&] { return idle.bytesAvailable() > 0 || idle.waitForReadyRead(100); }, 5000));
        QVERIFY(idle.readAll().startsWith("HTTP/1.1 200"));
        QTcpSocket silent; // connected, never sent a byte
        silent.connectToHost(QHostAddress::LocalHost, w.server.port());
        QVERIFY(silent.waitForConnected(5000));
        QCOMPARE(w.server.terminate(), 0);
    }

    void sigtermLosesNothing()
    {
        World w({"--commits-per-second", "0"});
        QVERIFY(w.setUp());
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        std::vector<std::unique_ptr<Writer>> list;
        for (int i = 0; i < 5; ++i) {
            list.push_back(std::make_unique<Writer>(&nam, w.server.baseUrl(), w.bob, "d1",
                                                    QStringLiteral("t%1").arg(i), 100000));
            list.back()->start();
        }
        QTest::qWait(500);
        ::kill(pid_t(w.server.pid()), SIGTERM);
        (void)QTest::qWaitFor(
            [&] {
                return std::all_of(list.begin(), list.end(), [](auto &x) { return x->done(); });
            },
            15000);
        QCOMPARE(w.server.terminate(), 0);
        QStringList acknowledged;
        for (auto &wr : list)
            acknowledged += wr->acknowledged;
        QVERIFY(!acknowledged.isEmpty());
        QVERIFY(w.server.restart());
        const QString t = w.server.login("alice", "password1");
        QSet<QString> seen;
        for (const QJsonValue &c : w.allCommits(t))
            for (const QJsonValue &op : c["ops"].toArray())
                seen.insert(op["op_id"].toString());
        for (const QString &id : acknowledged)
            QVERIFY2(seen.contains(id), qPrintable(id));
    }
};

QTEST_GUILESS_MAIN(TestServerDurability)
#include "tst_server_durability.moc"
