// SPDX-License-Identifier: Apache-2.0
// The WebSocket of PROTOCOL.md §5: hello, ordered commits to every subscriber including
// the author, presence relayed and not stored, leave, gap fill through ops?after, auth at
// the upgrade, access loss, ping timeout, and 1001 on shutdown.
#include "test_common.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <memory>
#include <vector>
#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace inkboard::test;

class TestServerWs : public QObject
{
    Q_OBJECT
    World *w = nullptr;

    HttpResult commit(const QString &token, const QJsonArray &ops, const QString &client = "c1")
    {
        return w->call("POST", "/api/v1/drawings/d1/ops", commitBody(ops, client), token);
    }

private slots:
    void initTestCase()
    {
        w = new World({"--ws-ping-ms", "200", "--ws-timeout-ms", "1500"});
        QVERIFY2(w->setUp(), qPrintable(w->server.serverStderr()));
    }
    void cleanupTestCase()
    {
        QCOMPARE(w->server.terminate(), 0);
        delete w;
    }

    void helloAndOrderedCommits()
    {
        QCOMPARE(commit(w->alice, {rectOp(uid(), "pre")}).status, 200);
        WsClient author, viewer, other;
        QVERIFY(author.open(w->server.baseUrl(), "d1", w->bob));
        QVERIFY(viewer.open(w->server.baseUrl(), "d1", w->carol, true)); // ?access_token=
        QVERIFY(other.open(w->server.baseUrl(), "d1", w->alice));
        const QJsonObject hello = author.frames.first();
        QCOMPARE(hello["drawing_id"].toString(), QString("d1"));
        const qint64 start = hello["latest_revision"].toInteger();
        QVERIFY(start >= 1);
        QVERIFY(!hello["session_id"].toString().isEmpty());
        QCOMPARE(hello["user"][QLatin1String("name")].toString(), QString("bob"));
        QVERIFY(hello["peers"].isArray());

        const int n = 30;
        QStringList opIds;
        for (int i = 0; i < n; ++i) {
            opIds << uid();
            const HttpResult r = commit(i % 2 ? w->alice : w->bob, {rectOp(opIds.last(), "ws-" + QString::number(i))});
            QCOMPARE(r.status, 200);
        }
        for (WsClient *c : {&author, &viewer, &other}) {
            QVERIFY(c->waitFor("commit", n));
            const QList<QJsonObject> commits = c->ofType("commit");
            for (int i = 0; i < n; ++i) {
                QCOMPARE(commits[i][QLatin1String("revision")].toInteger(), start + 1 + i);
                QCOMPARE(commits[i][QLatin1String("drawing_id")].toString(), QString("d1"));
                QCOMPARE(commits[i][QLatin1String("ops")][0][QLatin1String("op_id")].toString(), opIds[i]);
                QCOMPARE(commits[i][QLatin1String("client_id")].toString(), QString("c1"));
                QVERIFY(!commits[i][QLatin1String("author")][QLatin1String("name")].toString().isEmpty());
            }
        }
    }

    void presenceRelayedNotStoredAndLeave()
    {
        WsClient a, b;
        QVERIFY(a.open(w->server.baseUrl(), "d1", w->bob));
        QVERIFY(b.open(w->server.baseUrl(), "d1", w->carol));
        const QString aSession = a.frames.first()["session_id"].toString();
        const qint64 before = w->call("GET", "/api/v1/drawings/d1", {}, w->bob).json["latest_revision"].toInteger();
        const QJsonObject presence{{"type", "presence"},
                                   {"cursor", QJsonObject{{"x", 10}, {"y", 20}}},
                                   {"selection", QJsonArray{"obj-1"}},
                                   {"editing", QJsonValue()},
                                   {"preview", QJsonObject{{"id", "pv"}, {"type", "rect"}, {"props", QJsonObject{{"w", 1}, {"h", 1}}}}},
                                   {"session_id", "forged"}};
        a.socket.sendTextMessage(QJsonDocument(presence).toJson(QJsonDocument::Compact));
        QVERIFY(b.waitFor("presence", 1));
        const QJsonObject got = b.ofType("presence").first();
        QCOMPARE(got["session_id"].toString(), aSession); // stamped by the server
        QCOMPARE(got["user"][QLatin1String("name")].toString(), QString("bob"));
        QCOMPARE(got["cursor"][QLatin1String("x")].toDouble(), 10.0);
        QCOMPARE(got["preview"][QLatin1String("id")].toString(), QString("pv"));
        QTest::qWait(100);
        QCOMPARE(a.ofType("presence").size(), 0); // not echoed to its sender
        // Not stored: no commit, no revision.
        QCOMPARE(w->call("GET", "/api/v1/drawings/d1", {}, w->bob).json["latest_revision"].toInteger(), before);
        // A newcomer sees it among the peers of its hello.
        WsClient c;
        QVERIFY(c.open(w->server.baseUrl(), "d1", w->alice));
        bool seen = false;
        for (const QJsonValue &p : c.frames.first()["peers"].toArray())
            seen |= p["session_id"].toString() == aSession;
        QVERIFY(seen);
        // Other client frames are ignored.
        a.socket.sendTextMessage(R"({"type":"commit","ops":[]})");
        a.socket.close();
        QVERIFY(b.waitFor("leave", 1));
        QCOMPARE(b.ofType("leave").first()["session_id"].toString(), aSession);
    }

    void malformedFrameCloses1007()
    {
        WsClient a;
        QVERIFY(a.open(w->server.baseUrl(), "d1", w->bob));
        a.socket.sendTextMessage("this is not json");
        QVERIFY(QTest::qWaitFor([&] { return a.closed; }, 5000));
        QCOMPARE(a.closeCode, 1007);
        WsClient b;
        QVERIFY(b.open(w->server.baseUrl(), "d1", w->bob));
        b.socket.sendTextMessage(R"({"type":"presence","cursor":{"x":"left"}})");
        QVERIFY(QTest::qWaitFor([&] { return b.closed; }, 5000));
        QCOMPARE(b.closeCode, 1007);
    }

    void oversizedFrameCloses1009()
    {
        WsClient a;
        QVERIFY(a.open(w->server.baseUrl(), "d1", w->bob));
        const int limit = w->call("GET", "/api/v1/info").json["limits"].toObject()["max_body_bytes"].toInt();
        a.socket.sendTextMessage(QString(limit + 1000, QLatin1Char('x')));
        QVERIFY(QTest::qWaitFor([&] { return a.closed; }, 10000));
        QCOMPARE(a.closeCode, 1009);
    }

    void gapFillThroughRest()
    {
        WsClient first;
        QVERIFY(first.open(w->server.baseUrl(), "d1", w->carol));
        const qint64 seen = first.frames.first()["latest_revision"].toInteger();
        first.socket.close();
        QVERIFY(QTest::qWaitFor([&] { return first.closed; }, 5000));
        // Commits while disconnected.
        for (int i = 0; i < 5; ++i)
            QCOMPARE(commit(w->bob, {rectOp(uid(), "gap-" + QString::number(i))}).status, 200);
        WsClient again;
        QVERIFY(again.open(w->server.baseUrl(), "d1", w->carol));
        const qint64 latest = again.frames.first()["latest_revision"].toInteger();
        QCOMPARE(latest, seen + 5);
        const HttpResult r = w->call("GET", QStringLiteral("/api/v1/drawings/d1/ops?after=%1").arg(seen), {}, w->carol);
        QCOMPARE(r.status, 200);
        const QJsonArray commits = r.json["commits"].toArray();
        QCOMPARE(commits.size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(commits[i][QLatin1String("revision")].toInteger(), seen + 1 + i);
        // And then live again.
        QCOMPARE(commit(w->bob, {rectOp(uid(), "gap-live")}).status, 200);
        QVERIFY(again.waitFor("commit", 1));
        QCOMPARE(again.ofType("commit").first()["revision"].toInteger(), latest + 1);
    }

    void upgradeAuth()
    {
        for (const QString &token : {QString(), QStringLiteral("bogus")}) {
            WsClient c;
            QVERIFY(!c.open(w->server.baseUrl(), "d1", token));
        }
        const QString revoked = w->server.login("carol", "password1");
        QCOMPARE(w->call("POST", "/api/v1/auth/logout", {}, revoked).status, 204);
        WsClient revokedClient;
        QVERIFY(!revokedClient.open(w->server.baseUrl(), "d1", revoked));
        WsClient viaQueryBad;
        QVERIFY(!viaQueryBad.open(w->server.baseUrl(), "d1", QStringLiteral("bogus"), true));
        WsClient nonMember;
        QVERIFY(!nonMember.open(w->server.baseUrl(), "d1", w->dave));
        WsClient missing;
        QVERIFY(!missing.open(w->server.baseUrl(), "nope", w->alice));
        // The HTTP answer before the upgrade carries the status of §1.
        const QByteArray upgrade = "GET /api/v1/drawings/d1/ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
                                   "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                   "Sec-WebSocket-Version: 13\r\nAuthorization: Bearer TOKEN\r\n\r\n";
        QCOMPARE(rawStatus(rawExchange(w->server.port(), QByteArray(upgrade).replace("TOKEN", "x"))), 401);
        QCOMPARE(rawStatus(rawExchange(w->server.port(), QByteArray(upgrade).replace("TOKEN", w->dave.toLatin1()))), 404);
        QCOMPARE(rawStatus(rawExchange(w->server.port(), QByteArray(upgrade).replace("TOKEN", w->carol.toLatin1()), 3000, false).left(12)), 101);
    }

    void accessLossCloses()
    {
        const QString token = w->server.login("carol", "password1");
        WsClient revoked;
        QVERIFY(revoked.open(w->server.baseUrl(), "d1", token));
        QCOMPARE(w->call("POST", "/api/v1/auth/logout", {}, token).status, 204);
        QVERIFY(QTest::qWaitFor([&] { return revoked.closed; }, 5000));
        QCOMPARE(revoked.closeCode, 4401);

        QCOMPARE(w->call("PUT", "/api/v1/drawings/d1/members/dave", {{"role", "viewer"}}, w->alice).status, 200);
        WsClient removed;
        QVERIFY(removed.open(w->server.baseUrl(), "d1", w->dave));
        QCOMPARE(w->call("DELETE", "/api/v1/drawings/d1/members/dave", {}, w->alice).status, 204);
        QVERIFY(QTest::qWaitFor([&] { return removed.closed; }, 5000));
        QCOMPARE(removed.closeCode, 4404);
    }

    void silentPeerDropped()
    {
        // A raw TCP client that completes the handshake and then never answers a ping.
        QTcpSocket raw;
        QVERIFY(openRawWebSocket(raw, w->server.port(), "d1", w->carol));
        WsClient watcher;
        QVERIFY(watcher.open(w->server.baseUrl(), "d1", w->bob));
        // --ws-timeout-ms 1500: dropped, and the others are told.
        QVERIFY(QTest::qWaitFor([&] { raw.readAll(); return raw.state() == QAbstractSocket::UnconnectedState; }, 8000));
        QVERIFY(watcher.waitFor("leave", 1, 5000));
        // A live client answers pings and stays.
        QTest::qWait(2000);
        QVERIFY(!watcher.closed);
    }

    // A drawing deleted while one of its subscribers does not answer the close, then made
    // again with the same id: the new drawing's subscribers start at revision 0 and see its
    // first commit (the lingering session must not carry the old drawing's revisions over).
    void deletedAndMadeAgainStartsAtZero()
    {
        const QString id = QStringLiteral("again");
        QCOMPARE(w->call("POST", "/api/v1/drawings", {{"id", id}, {"title", "Again"}}, w->alice).status, 201);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(w->call("POST", "/api/v1/drawings/again/ops", commitBody({rectOp(uid(), "r" + QString::number(i))}), w->alice).status, 200);
        QTcpSocket raw; // handshakes, then never reads or answers anything
        QVERIFY(openRawWebSocket(raw, w->server.port(), "again", w->alice));
        QCOMPARE(w->call("DELETE", "/api/v1/drawings/again", {}, w->alice).status, 204);
        QCOMPARE(w->call("POST", "/api/v1/drawings", {{"id", id}, {"title", "Again"}}, w->alice).status, 201);
        WsClient fresh;
        QVERIFY(fresh.open(w->server.baseUrl(), id, w->alice));
        QCOMPARE(fresh.frames.first()["latest_revision"].toInteger(), 0);
        QCOMPARE(w->call("POST", "/api/v1/drawings/again/ops", commitBody({rectOp(uid(), "new")}), w->alice).status, 200);
        QVERIFY(fresh.waitFor("commit", 1, 5000));
        QCOMPARE(fresh.ofType("commit").first()["revision"].toInteger(), 1);
    }

    // Subscribers whose connections are reset while commits fan out: the server meets the
    // dead sockets in the middle of the fan-out loop (a write fails, the session ends there
    // and then), stays up, and the live subscriber still gets every commit in order.
    void subscribersResetDuringFanOut()
    {
#ifndef Q_OS_UNIX
        QSKIP("needs SO_LINGER through setsockopt to reset a connection");
#else
        WsClient live;
        QVERIFY(live.open(w->server.baseUrl(), "d1", w->alice));
        const qint64 start = live.frames.first()["latest_revision"].toInteger();
        const int rounds = 15;
        for (int round = 0; round < rounds; ++round) {
            std::vector<std::unique_ptr<QTcpSocket>> doomed;
            for (int i = 0; i < 8; ++i) {
                auto raw = std::make_unique<QTcpSocket>();
                QVERIFY(openRawWebSocket(*raw, w->server.port(), "d1", w->bob));
                doomed.push_back(std::move(raw));
            }
            // A commit in flight while they go: some are still on the server's list when it
            // writes to them.
            const QByteArray body = QJsonDocument(commitBody({rectOp(uid(), "reset")})).toJson();
            QNetworkAccessManager nam;
            QNetworkRequest request(w->server.baseUrl().resolved(QUrl("/api/v1/drawings/d1/ops")));
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
            request.setRawHeader("Authorization", "Bearer " + w->alice.toUtf8());
            QNetworkReply *reply = nam.post(request, body);
            for (auto &raw : doomed) {
                const linger hard{1, 0}; // close with RST, not FIN
                ::setsockopt(int(raw->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
                raw->abort();
            }
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
            QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            delete reply;
        }
        QCOMPARE(w->call("GET", "/healthz").status, 200);
        QVERIFY(live.waitFor("commit", rounds));
        const QList<QJsonObject> commits = live.ofType("commit");
        for (int i = 0; i < rounds; ++i)
            QCOMPARE(commits[i]["revision"].toInteger(), start + 1 + i);
#endif
    }

    void shutdownCloses1001()
    {
        ServerFixture s;
        QVERIFY(s.start());
        QVERIFY(s.addUser("sam", "password1"));
        const QString t = s.login("sam", "password1");
        QCOMPARE(httpRequest(s.baseUrl(), "POST", "/api/v1/drawings", {{"id", "x"}, {"title", "X"}}, t).status, 201);
        WsClient c;
        QVERIFY(c.open(s.baseUrl(), "x", t));
        ::kill(pid_t(s.pid()), SIGTERM);
        QVERIFY(QTest::qWaitFor([&] { return c.closed; }, 10000));
        QCOMPARE(c.closeCode, 1001);
        QCOMPARE(s.terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerWs)
#include "tst_server_ws.moc"
