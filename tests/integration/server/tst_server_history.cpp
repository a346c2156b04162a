// SPDX-License-Identifier: Apache-2.0
// History the server hands out (issue 13, rows 4-6): whatever it accepts, every page and
// snapshot it builds from it must parse in a Qt client.

#include "store_access.h"
#include "test_common.h"

#include <QElapsedTimer>
#include <QThread>
#include <QTimer>

using namespace inkboard::test;

namespace {

// A prop value that nests `depth` arrays around a number, built without the parser.
QJsonValue nested(int depth)
{
    QJsonValue v(1);
    for (int i = 0; i < depth; ++i)
        v = QJsonArray{v};
    return v;
}

QByteArray commitWithDepth(int depth)
{
    QJsonObject op = moveOp(uid(), QStringLiteral("r1"), 5);
    op["props"] = QJsonObject{{"ext", nested(depth)}};
    return QJsonDocument(commitBody({op})).toJson(QJsonDocument::Compact);
}

// The highest resident set of `pid` while `work` runs (sampled by a timer of the test's
// event loop, which the synchronous requests keep turning).
template<typename Work> qint64 peakRssKiBDuring(qint64 pid, Work work)
{
    qint64 peak = rssKiB(pid);
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] { peak = qMax(peak, rssKiB(pid)); });
    sampler.start(2);
    work();
    sampler.stop();
    return qMax(peak, rssKiB(pid));
}

bool parses(const QByteArray &body)
{
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError;
}

// A counter or gauge of GET /metrics (admin `token`), -1 when absent.
qint64 metric(World &w, const QByteArray &name)
{
    const HttpResult r = w.call("GET", "/metrics", {}, w.root);
    for (const QByteArray &line : r.body.split('\n')) {
        if (line.startsWith(name + ' '))
            return line.mid(name.size() + 1).toLongLong();
    }
    return -1;
}

// GET …/snapshot?revision=R as `token`, waiting out the per-user build limit.
HttpResult historicSnapshot(World &w, const QString &drawing, qint64 revision, const QString &token)
{
    for (;;) {
        HttpResult r = w.call(
            "GET",
            QStringLiteral("/api/v1/drawings/%1/snapshot?revision=%2").arg(drawing).arg(revision),
            {}, token);
        if (r.status != 429)
            return r;
        QTest::qWait(1000 * r.header("Retry-After").toInt());
    }
}

// JSON text of `depth` arrays around a number: deeper than any parser here would build.
QByteArray deepText(int depth)
{
    return QByteArray(depth, '[') + '1' + QByteArray(depth, ']');
}

} // namespace

class TestServerHistory : public QObject
{
    Q_OBJECT
private slots:
    // Around the JSON parser's own depth limit: a commit the server accepts must come back
    // in an ops page and a snapshot a client can parse. Today a commit whose props nest right
    // at the limit is accepted and every page across it no longer parses.
    void acceptedPropsAlwaysComeBackInPagesThatParse()
    {
        World w;
        QVERIFY(w.setUp());
        QCOMPARE(w.call("POST", "/api/v1/drawings/d1/ops",
                        commitBody({rectOp(uid(), QStringLiteral("r1"))}), w.alice)
                     .status,
                 200);
        int accepted = 0;
        for (int depth : {8, 32, 33, 100, 1000, 1015, 1017, 1018, 1019, 1020, 1021, 1022, 1023}) {
            const HttpResult r =
                httpRequestRaw(w.server.baseUrl(), "POST", "/api/v1/drawings/d1/ops",
                               commitWithDepth(depth), w.alice, "application/json");
            QVERIFY2(r.status == 200 || r.status == 400 || r.status == 413,
                     qPrintable(QString::number(r.status)));
            if (r.status != 200)
                continue;
            ++accepted;
            const HttpResult page =
                w.call("GET", QStringLiteral("/api/v1/drawings/d1/ops?after=0"), {}, w.bob);
            QCOMPARE(page.status, 200);
            QVERIFY2(parses(page.body),
                     qPrintable(QStringLiteral("the page after props of depth %1").arg(depth)));
            const HttpResult snap = w.call("GET", "/api/v1/drawings/d1/snapshot", {}, w.bob);
            QCOMPARE(snap.status, 200);
            QVERIFY2(parses(snap.body),
                     qPrintable(QStringLiteral("the snapshot after depth %1").arg(depth)));
        }
        QVERIFY(accepted >= 2); // depths 8 and 32 are well within the limit
    }

    // The model's depth limit is told apart: the depth `GET /info` advertises in
    // `limits.max_prop_depth` passes, one more does not.
    void propsNestingPastTheLimitAreRefused()
    {
        World w;
        QVERIFY(w.setUp());
        const int maxDepth =
            w.call("GET", "/api/v1/info").json["limits"][QLatin1String("max_prop_depth")].toInt();
        QVERIFY2(maxDepth >= 8, "GET /info advertises max_prop_depth");
        QCOMPARE(w.call("POST", "/api/v1/drawings/d1/ops",
                        commitBody({rectOp(uid(), QStringLiteral("r1"))}), w.alice)
                     .status,
                 200);
        const auto post = [&w](int depth) {
            return httpRequestRaw(w.server.baseUrl(), "POST", "/api/v1/drawings/d1/ops",
                                  commitWithDepth(depth), w.alice, "application/json");
        };
        QCOMPARE(post(maxDepth).status, 200);
        const HttpResult deep = post(maxDepth + 1);
        QCOMPARE(deep.status, 413);
        QCOMPARE(deep.errorCode(), QStringLiteral("too_large"));
    }

    // 40 commits of 2 MiB: one page of them all is 80 MiB, built on the event loop, held
    // several times over (store rows, page, answer). A page is bounded in bytes as well as
    // count (issue 13, row 5): has_more says to page on, and the server's memory stays flat.
    void opsPagesAreBoundedInBytes()
    {
        World w;
        QVERIFY(w.setUp());
        QCOMPARE(w.call("POST", "/api/v1/drawings/d1/ops",
                        commitBody({rectOp(uid(), QStringLiteral("r1"))}), w.alice)
                     .status,
                 200);
        constexpr int kCommits = 40;
        const QString filler(2 * 1024 * 1024, u'a');
        for (int i = 0; i < kCommits; ++i) {
            QJsonObject op = moveOp(uid(), QStringLiteral("r1"), i);
            op["props"] = QJsonObject{{"x", i}, {"ext", filler}};
            QCOMPARE(w.call("POST", "/api/v1/drawings/d1/ops", commitBody({op}), w.alice).status,
                     200);
        }
        const qint64 pid = w.server.pid();
        const qint64 before = rssKiB(pid);
        HttpResult page;
        const qint64 peak = peakRssKiBDuring(pid, [&] {
            page = w.call("GET", QStringLiteral("/api/v1/drawings/d1/ops?after=0"), {}, w.carol);
        });
        qInfo("one ops page: %lld bytes, RSS growth %lld KiB", qint64(page.body.size()),
              peak - before);
        QCOMPARE(page.status, 200);
        QVERIFY2(page.body.size() < 16 * 1024 * 1024,
                 qPrintable(QStringLiteral("a page of %1 bytes").arg(page.body.size())));
        QVERIFY(page.json["has_more"].toBool());
        QVERIFY(!page.json["commits"].toArray().isEmpty());
        if (kMeasureRss) {
            QVERIFY2(peak - before < 64 * 1024,
                     qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(peak - before)));
        }
        // Paging on reaches every commit.
        QCOMPARE(w.allCommits(w.carol).size(), kCommits + 1);
    }

    // A historic snapshot is rebuilt from history: one user asking for many of them must be
    // slowed down (429 + Retry-After), not let stall the event loop; other users are not
    // (issue 13, row 6).
    void historicSnapshotsAreRateLimitedPerUser()
    {
        World w;
        QVERIFY(w.setUp());
        for (int i = 0; i < 30; ++i) {
            QCOMPARE(w.call("POST", "/api/v1/drawings/d1/ops",
                            commitBody({rectOp(uid(), QStringLiteral("r%1").arg(i))}), w.alice)
                         .status,
                     200);
        }
        int limited = 0;
        for (int revision = 1; revision <= 25; ++revision) {
            const HttpResult r = w.call(
                "GET", QStringLiteral("/api/v1/drawings/d1/snapshot?revision=%1").arg(revision), {},
                w.carol);
            if (r.status == 429) {
                ++limited;
                QCOMPARE(r.errorCode(), QStringLiteral("rate_limited"));
                QVERIFY2(r.header("Retry-After").toInt() >= 1, r.header("Retry-After").constData());
                continue;
            }
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json["revision"].toInteger(), revision);
            QCOMPARE(r.json["objects"].toArray().size(), revision);
        }
        QVERIFY2(limited > 0, "25 historic snapshots in a row, none refused");
        // Another user is not slowed down by carol, and the latest snapshot is never limited.
        QCOMPARE(w.call("GET", "/api/v1/drawings/d1/snapshot?revision=3", {}, w.bob).status, 200);
        QCOMPARE(w.call("GET", "/api/v1/drawings/d1/snapshot", {}, w.carol).status, 200);
    }

    // A snapshot at a revision is the same bytes however often and whenever it is asked for,
    // cached or not, and the cache does not outlive the drawing it was built from.
    void historicSnapshotsStayExactAcrossTheCache()
    {
        World w;
        QVERIFY(w.setUp());
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(w.call("POST", "/api/v1/drawings/d1/ops",
                            commitBody({rectOp(uid(), QStringLiteral("r%1").arg(i))}), w.alice)
                         .status,
                     200);
        }
        const HttpResult first =
            w.call("GET", "/api/v1/drawings/d1/snapshot?revision=2", {}, w.bob);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json["objects"].toArray().size(), 2);
        QCOMPARE(w.call("POST", "/api/v1/drawings/d1/ops",
                        commitBody({moveOp(uid(), QStringLiteral("r0"), 99)}), w.alice)
                     .status,
                 200);
        const HttpResult again =
            w.call("GET", "/api/v1/drawings/d1/snapshot?revision=2", {}, w.bob);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body, first.body);

        // The same id made again holds other objects at the same revision.
        QCOMPARE(w.call("DELETE", "/api/v1/drawings/d1", {}, w.alice).status, 204);
        QCOMPARE(
            w.call("POST", "/api/v1/drawings", {{"id", "d1"}, {"title", "Again"}}, w.alice).status,
            201);
        QCOMPARE(
            w.call("PUT", "/api/v1/drawings/d1/members/bob", {{"role", "editor"}}, w.alice).status,
            200);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(w.call("POST", "/api/v1/drawings/d1/ops",
                            commitBody({rectOp(uid(), QStringLiteral("other%1").arg(i))}), w.alice)
                         .status,
                     200);
        }
        const HttpResult remade =
            w.call("GET", "/api/v1/drawings/d1/snapshot?revision=2", {}, w.bob);
        QCOMPARE(remade.status, 200);
        QVERIFY(remade.body != first.body);
        QCOMPARE(remade.json["objects"][0]["id"].toString().left(5), QStringLiteral("other"));
    }

    // The historic snapshot cache is the node's, not each drawing's: snapshots of many
    // drawings together stay within its entries and bytes (--snapshot-cache-entries,
    // --snapshot-cache-bytes), and what it pushed out is built again.
    void historicSnapshotCacheIsBoundedPerNode_data()
    {
        QTest::addColumn<int>("entries");
        QTest::addColumn<int>("bytes");
        QTest::newRow("entries bound across drawings") << 3 << 1024 * 1024;
        QTest::newRow("bytes bound across drawings") << 100 << 600;
    }
    void historicSnapshotCacheIsBoundedPerNode()
    {
        QFETCH(int, entries);
        QFETCH(int, bytes);
        World w({QStringLiteral("--snapshot-cache-entries=%1").arg(entries),
                 QStringLiteral("--snapshot-cache-bytes=%1").arg(bytes)});
        QVERIFY(w.setUp());
        constexpr int kDrawings = 7;
        qint64 largest = 0;
        for (int d = 0; d < kDrawings; ++d) {
            const QString id = QStringLiteral("many%1").arg(d);
            QCOMPARE(
                w.call("POST", "/api/v1/drawings", {{"id", id}, {"title", id}}, w.alice).status,
                201);
            for (int i = 0; i < 3; ++i) {
                QCOMPARE(w.call("POST", QStringLiteral("/api/v1/drawings/%1/ops").arg(id),
                                commitBody({rectOp(uid(), QStringLiteral("r%1").arg(i))}), w.alice)
                             .status,
                         200);
            }
            const HttpResult r = historicSnapshot(w, id, 2, w.alice);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json["objects"].toArray().size(), 2);
            largest = qMax<qint64>(largest, r.body.size());
        }
        QCOMPARE(metric(w, "inkboard_historic_snapshots_built_total"), kDrawings);
        const qint64 held = metric(w, "inkboard_historic_snapshot_cache_entries");
        const qint64 heldBytes = metric(w, "inkboard_historic_snapshot_cache_bytes");
        qInfo() << "cached" << held << "snapshots," << heldBytes << "bytes, of" << kDrawings
                << "drawings; each at most" << largest << "bytes";
        QVERIFY(held >= 1);
        QVERIFY2(held <= entries, qPrintable(QString::number(held)));
        QVERIFY2(heldBytes <= bytes, qPrintable(QString::number(heldBytes)));
        QVERIFY2(held < kDrawings, "every drawing's snapshot kept: the bound is not the node's");
        // The newest is answered from the cache, the oldest was pushed out and is built again,
        // the same bytes.
        const HttpResult newest =
            historicSnapshot(w, QStringLiteral("many%1").arg(kDrawings - 1), 2, w.alice);
        QCOMPARE(newest.status, 200);
        QCOMPARE(metric(w, "inkboard_historic_snapshot_cache_hits_total"), 1);
        const HttpResult oldest = historicSnapshot(w, QStringLiteral("many0"), 2, w.alice);
        QCOMPARE(oldest.status, 200);
        QCOMPARE(oldest.json["objects"].toArray().size(), 2);
        QCOMPARE(metric(w, "inkboard_historic_snapshots_built_total"), kDrawings + 1);
        QCOMPARE(metric(w, "inkboard_historic_snapshot_cache_hits_total"), 1);
    }

    // History stored before the prop depth limit (issue 13 row 4) may nest a value as deep
    // as the parser of its own commit allowed. Written here straight into the store, 1021
    // levels: its stored rows still parse (three levels around it), but a page (six), a
    // snapshot (four) or a commit frame (four) carrying it would not parse in any Qt client
    // (1024 levels at most). Whatever the server builds from it must parse; the objects stay,
    // only the unservable values are left out of what is served (and logged), and the rows in
    // the store are kept as they were.
    void tooDeepStoredHistoryIsServedParseable()
    {
        World w;
        QVERIFY(w.setUp());
        const QString path = QStringLiteral("/api/v1/drawings/d1/ops");
        QCOMPARE(w.call("POST", path, commitBody({rectOp(uid(), "r1")}), w.alice).status, 200);
        QCOMPARE(w.call("POST", path, commitBody({moveOp(uid(), "r1", 5)}), w.alice).status, 200);
        QCOMPARE(w.call("POST", path, commitBody({rectOp(uid(), "s1")}), w.alice).status, 200);
        QCOMPARE(w.server.terminate(), 0);

        constexpr int kDepth = 1021;
        const QByteArray create = R"([{"op_id":"o1","op":"create","id":"r1","type":"rect",)"
                                  R"("props":{"x":1,"y":2,"w":30,"h":40,"ext":)" +
                                  deepText(kDepth) + "}}]";
        const QByteArray update =
            R"([{"op_id":"o2","op":"update","id":"r1","props":{"x":5,"ext2":)" + deepText(kDepth) +
            "}}]";
        const QByteArray objects =
            R"([{"id":"r1","type":"rect","props":{"x":5,"y":2,"w":30,"h":40}},)"
            R"({"id":"s1","type":"rect","props":{"x":1,"y":2,"w":30,"h":40,"ext3":)" +
            deepText(kDepth) + "}}]";
        {
            const QString db = openStore(w, QStringLiteral("deep"));
            QVERIFY(!db.isEmpty());
            QVERIFY(storeExec(db,
                              "UPDATE commits SET ops = ? WHERE drawing_id = 'd1' AND revision = 1",
                              {create}));
            QVERIFY(storeExec(db,
                              "UPDATE commits SET ops = ? WHERE drawing_id = 'd1' AND revision = 2",
                              {update}));
            QVERIFY(storeExec(db,
                              "INSERT INTO snapshots (drawing_id, revision, objects) "
                              "VALUES ('d1', 3, ?)",
                              {objects}));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("deep"));
        QVERIFY(w.server.restart());

        auto parsed = [](const HttpResult &r) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
            if (error.error != QJsonParseError::NoError)
                qWarning() << "does not parse:" << error.errorString() << r.body.left(200);
            return doc.object();
        };
        const HttpResult page = w.call("GET", "/api/v1/drawings/d1/ops?after=0", {}, w.carol);
        QCOMPARE(page.status, 200);
        const QJsonArray commits = parsed(page)["commits"].toArray();
        QCOMPARE(commits.size(), 3);
        const QJsonObject made = commits[0]["ops"][0].toObject();
        QCOMPARE(made["id"].toString(), QString("r1"));
        QCOMPARE(made["props"]["w"].toInt(), 30);
        QVERIFY(!made["props"].toObject().contains("ext"));
        const QJsonObject moved = commits[1]["ops"][0].toObject();
        QCOMPARE(moved["props"]["x"].toInt(), 5);
        QVERIFY(!moved["props"].toObject().contains("ext2"));

        for (const char *query : {"", "?revision=2"}) {
            const HttpResult snap =
                w.call("GET", QStringLiteral("/api/v1/drawings/d1/snapshot") + query, {}, w.carol);
            QCOMPARE(snap.status, 200);
            QHash<QString, QJsonObject> byId;
            for (const QJsonValue &o : parsed(snap)["objects"].toArray())
                byId.insert(o["id"].toString(), o["props"].toObject());
            QVERIFY2(byId.contains("r1"), query);
            QCOMPARE(byId["r1"]["w"].toInt(), 30);
            QCOMPARE(byId["r1"]["x"].toInt(), 5);
            QVERIFY(!byId["r1"].contains("ext") && !byId["r1"].contains("ext2"));
            if (*query == 0) {
                QVERIFY(byId.contains("s1"));
                QCOMPARE(byId["s1"]["h"].toInt(), 40);
                QVERIFY(!byId["s1"].contains("ext3"));
            }
        }
        WsClient ws;
        QVERIFY(ws.open(w.server.baseUrl(), "d1", w.carol));
        QCOMPARE(ws.frames.first()["latest_revision"].toInteger(), 3);

        // Logged, with what was left out.
        const QString log = w.server.serverStderr();
        for (const char *key : {"'ext'", "'ext2'", "'ext3'"})
            QVERIFY2(log.contains(QLatin1String(key)), qPrintable(log.right(2000)));
        // And kept in the store as it was written.
        QCOMPARE(w.server.terminate(), 0);
        {
            const QString db = openStore(w, QStringLiteral("deep-again"));
            QVERIFY(!db.isEmpty());
            QSqlQuery q(QSqlDatabase::database(db));
            QVERIFY(q.exec("SELECT ops FROM commits WHERE drawing_id = 'd1' AND revision = 1"));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toByteArray(), create);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("deep-again"));
    }

    // A historic snapshot of a large drawing is rebuilt from history: built on the event
    // loop, it stalls every other client for as long (issue 13, row 6). Its replay only reads,
    // so it must not hold SQLite's write lock either: a commit sent while it runs is durable
    // and answered before the replay ends, not after it.
    void aHistoricSnapshotIsBuiltOffTheEventLoop()
    {
        World w;
        QVERIFY(w.setUp());
        constexpr int kCommits = 150;
        constexpr int kOpsPerCommit = 1000;
        for (int c = 0; c < kCommits; ++c) {
            QJsonArray ops;
            for (int i = 0; i < kOpsPerCommit; ++i)
                ops.append(rectOp(uid(), QStringLiteral("r%1-%2").arg(c).arg(i), i));
            QCOMPARE(w.call("POST", "/api/v1/drawings/d1/ops", commitBody(ops), w.alice).status,
                     200);
        }
        const quint16 port = quint16(w.server.baseUrl().port());
        QTcpSocket heavy, probe, writer;
        for (QTcpSocket *s : {&heavy, &probe, &writer}) {
            s->connectToHost("127.0.0.1", port);
            QVERIFY(s->waitForConnected(5000));
        }
        QElapsedTimer replay;
        replay.start();
        heavy.write(
            "GET /api/v1/drawings/d1/snapshot?revision=" + QByteArray::number(kCommits - 1) +
            " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + w.carol.toLatin1() + "\r\n\r\n");
        QVERIFY(heavy.waitForBytesWritten(5000));
        QThread::msleep(30); // the server has started on it
        QElapsedTimer clock;
        clock.start();
        probe.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(probe.waitForReadyRead(10000));
        const qint64 healthzMs = clock.elapsed();
        QVERIFY(probe.readAll().startsWith("HTTP/1.1 200"));
        clock.restart();
        writer.write(rawJsonRequest("POST", "/api/v1/drawings/d1/ops",
                                    commitBody({moveOp(uid(), QStringLiteral("r0-0"), 7)}),
                                    w.alice));
        QByteArray writerBuffer;
        const RawAnswer committed = readRawAnswer(writer, writerBuffer, 60000);
        const qint64 commitMs = clock.elapsed();
        QCOMPARE(committed.status, 200);
        QCOMPARE(committed.json()["revision"].toInteger(), kCommits + 1);
        const bool replayStillRunning = heavy.bytesAvailable() == 0 && !heavy.waitForReadyRead(0);
        // The heavy answer still arrives whole and right.
        QByteArray answer;
        QElapsedTimer wait;
        wait.start();
        while (!answer.endsWith("]}") && wait.elapsed() < 60000) {
            if (heavy.waitForReadyRead(1000))
                answer += heavy.readAll();
        }
        const qint64 replayMs = replay.elapsed();
        const QJsonObject snapshot = rawJson(answer);
        QCOMPARE(snapshot["revision"].toInteger(), kCommits - 1);
        QCOMPARE(snapshot["objects"].toArray().size(), (kCommits - 1) * kOpsPerCommit);
        qInfo("while a historic snapshot was built (%lld ms to its last byte): /healthz answered "
              "in %lld ms, a commit in %lld ms",
              replayMs, healthzMs, commitMs);
        QVERIFY2(healthzMs < 250, qPrintable(QString::number(healthzMs)));
        QVERIFY2(replayStillRunning, "the commit was answered only once the replay had answered");
        QVERIFY2(commitMs < 1000, qPrintable(QString::number(commitMs)));
    }

    // Big ops pages are read and written off the event loop: while many clients catch up
    // through 8 MiB pages at once, /healthz still answers at once (issue 13, row 5).
    void opsPagesAreBuiltOffTheEventLoop()
    {
        World w;
        QVERIFY(w.setUp());
        constexpr int kCommits = 120;
        constexpr int kOpsPerCommit = 1000;
        for (int c = 0; c < kCommits; ++c) {
            QJsonArray ops;
            for (int i = 0; i < kOpsPerCommit; ++i)
                ops.append(rectOp(uid(), QStringLiteral("r%1-%2").arg(c).arg(i), i));
            QCOMPARE(w.call("POST", "/api/v1/drawings/d1/ops", commitBody(ops), w.alice).status,
                     200);
        }
        const quint16 port = quint16(w.server.baseUrl().port());
        constexpr int kReaders = 24;
        QList<QTcpSocket *> readers;
        for (int i = 0; i < kReaders; ++i) {
            auto *s = new QTcpSocket;
            s->connectToHost("127.0.0.1", port);
            QVERIFY(s->waitForConnected(5000));
            readers.append(s);
        }
        QTcpSocket probe;
        probe.connectToHost("127.0.0.1", port);
        QVERIFY(probe.waitForConnected(5000));
        for (QTcpSocket *s : readers)
            s->write("GET /api/v1/drawings/d1/ops?after=0 HTTP/1.1\r\nHost: x\r\n"
                     "Authorization: Bearer " +
                     w.carol.toLatin1() + "\r\n\r\n");
        for (QTcpSocket *s : readers)
            QVERIFY(s->waitForBytesWritten(5000));
        QThread::msleep(20); // the server has started on them
        QElapsedTimer clock;
        clock.start();
        probe.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
        QVERIFY(probe.waitForReadyRead(20000));
        const qint64 healthzMs = clock.elapsed();
        QVERIFY(probe.readAll().startsWith("HTTP/1.1 200"));
        // Every page still arrives whole.
        for (QTcpSocket *s : readers) {
            QByteArray answer;
            QElapsedTimer wait;
            wait.start();
            auto whole = [&answer] {
                const qsizetype head = answer.indexOf("\r\n\r\n");
                if (head < 0)
                    return false;
                const qsizetype at = answer.toLower().indexOf("content-length:");
                const qsizetype eol = answer.indexOf("\r\n", at);
                const qint64 length = answer.mid(at + 15, eol - at - 15).trimmed().toLongLong();
                return at >= 0 && answer.size() >= head + 4 + length;
            };
            while (!whole() && wait.elapsed() < 60000) {
                if (s->waitForReadyRead(1000))
                    answer += s->readAll();
            }
            const QJsonObject page = rawJson(answer);
            QVERIFY(page["has_more"].toBool());
            QVERIFY(!page["commits"].toArray().isEmpty());
        }
        qDeleteAll(readers);
        qInfo("/healthz answered in %lld ms while %d ops pages were built", healthzMs, kReaders);
        QVERIFY2(healthzMs < 250, qPrintable(QString::number(healthzMs)));
    }
};

QTEST_MAIN(TestServerHistory)
#include "tst_server_history.moc"
