// SPDX-License-Identifier: Apache-2.0
// Comments (PROTOCOL.md §8) on the real server: CRUD and threads, who may do what, the
// idempotent POST, limits, paging by cursor, and the "comment" push frame to other sockets,
// on this node and across nodes through Redis. Runs on SQLite and on PostgreSQL.
#include "redis_fixture.h"
#include "test_common.h"

using namespace inkboard::test;

namespace {

QJsonObject pointAnchor(double x, double y)
{
    return {{"x", x}, {"y", y}};
}

QJsonObject newThread(const QString &id, const QString &text,
                      const QJsonObject &anchor = pointAnchor(10, 20))
{
    return {{"id", id}, {"thread", QJsonValue::Null}, {"anchor", anchor}, {"text", text}};
}

QJsonObject reply(const QString &id, const QString &thread, const QString &text)
{
    return {{"id", id}, {"thread", thread}, {"text", text}};
}

// The answer's "comment", for reading its fields.
const QJsonObject cm(const HttpResult &r)
{
    return r.json.value(QLatin1String("comment")).toObject();
}

const QJsonObject lastComment(const WsClient &ws)
{
    return ws.ofType(QStringLiteral("comment")).last().value(QLatin1String("comment")).toObject();
}

// What our client asks for at the upgrade: comment frames come only to sockets that ask.
const QString kFeatures = QStringLiteral("features=comments");

const QString kComments = QStringLiteral("/api/v1/drawings/d1/comments");

QString commentPath(const QString &id)
{
    return kComments + QLatin1Char('/') + id;
}

QString threadPath(const QString &id, const char *what)
{
    return QStringLiteral("/api/v1/drawings/d1/threads/%1/%2").arg(id, QLatin1String(what));
}

// Every comment of d1 as `token` reads them, by id, paging on with the cursor.
QHash<QString, QJsonObject> allComments(World &w, const QString &token, int limit = 500)
{
    QHash<QString, QJsonObject> all;
    qint64 cursor = 0;
    for (int page = 0; page < 1000; ++page) {
        const HttpResult r = w.call(
            "GET", QStringLiteral("%1?after=%2&limit=%3").arg(kComments).arg(cursor).arg(limit), {},
            token);
        if (r.status != 200)
            return all;
        for (const QJsonValue &c : r.json["comments"].toArray())
            all.insert(c["id"].toString(), c.toObject());
        cursor = r.json["cursor"].toInteger();
        if (!r.json["has_more"].toBool())
            return all;
    }
    return all;
}

// A node sharing `w`'s store.
void shareStore(ServerFixture &other, World &w)
{
    if (ServerFixture::backend() == u"postgresql")
        other.useDatabase(w.server.databaseUrl());
    else
        other.extraArgs() << "--database"
                          << QStringLiteral("sqlite:%1/inkboard.sqlite3").arg(w.server.dataDir());
}

} // namespace

class TestServerComments : public QObject
{
    Q_OBJECT

private slots:
    void threadsRepliesEditsAndDeletes()
    {
        World w;
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        HttpResult r = w.call("POST", kComments, newThread("c1", "Is this @bob's box?"), w.alice);
        QCOMPARE(r.status, 201);
        const QJsonObject first = r.json["comment"].toObject();
        QCOMPARE(first["thread"].toString(), QStringLiteral("c1"));
        QCOMPARE(first["author"]["name"].toString(), QStringLiteral("alice"));
        QCOMPARE(first["anchor"]["x"].toDouble(), 10.0);
        QCOMPARE(first["resolved"].toBool(), false);
        r = w.call("POST", kComments, reply("c2", "c1", "Yes, mine"), w.bob);
        QCOMPARE(r.status, 201);
        QVERIFY(!r.json["comment"].toObject().contains("anchor"));
        QVERIFY(cm(r)["seq"].toInteger() > first["seq"].toInteger());

        // Only its author edits a comment.
        r = w.call("PATCH", commentPath("c2"), {{"text", "Yes, mine (blue)"}}, w.bob);
        QCOMPARE(r.status, 200);
        QCOMPARE(cm(r)["text"].toString(), QStringLiteral("Yes, mine (blue)"));
        QCOMPARE(cm(r)["edited"].toBool(), true);
        QCOMPARE(w.call("PATCH", commentPath("c2"), {{"text", "hijack"}}, w.alice).status, 403);
        QCOMPARE(w.call("PATCH", commentPath("nope"), {{"text", "x"}}, w.alice).status, 404);

        // Its author or an owner deletes it; an editor cannot delete another's.
        QCOMPARE(w.call("DELETE", commentPath("c1"), {}, w.bob).status, 403);
        QCOMPARE(w.call("DELETE", commentPath("c2"), {}, w.alice).status, 204);
        QCOMPARE(w.call("DELETE", commentPath("c2"), {}, w.alice).status, 204); // a repeat
        QCOMPARE(w.call("PATCH", commentPath("c2"), {{"text", "back"}}, w.bob).status, 404);

        // A deleted comment stays in the list without its text, so readers learn of it.
        const auto all = allComments(w, w.carol);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all["c2"]["deleted"].toBool(), true);
        QCOMPARE(all["c2"]["text"].toString(), QString());
        QCOMPARE(all["c1"]["text"].toString(), QStringLiteral("Is this @bob's box?"));
    }

    void resolveAndReopenAreNotOps()
    {
        World w;
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        QCOMPARE(w.call("POST", kComments, newThread("t1", "by alice"), w.alice).status, 201);
        QCOMPARE(w.call("POST", kComments, newThread("t2", "by carol"), w.carol).status, 201);
        const qint64 revision =
            w.call("GET", "/api/v1/drawings/d1", {}, w.alice).json["latest_revision"].toInteger();
        // A viewer resolves only the threads they started; editors any.
        QCOMPARE(w.call("POST", threadPath("t1", "resolve"), {}, w.carol).status, 403);
        HttpResult r = w.call("POST", threadPath("t2", "resolve"), {}, w.carol);
        QCOMPARE(r.status, 200);
        QCOMPARE(cm(r)["resolved"].toBool(), true);
        QCOMPARE(cm(r)["resolved_by"]["name"].toString(), QStringLiteral("carol"));
        r = w.call("POST", threadPath("t1", "resolve"), {}, w.bob);
        QCOMPARE(r.status, 200);
        QCOMPARE(cm(r)["resolved"].toBool(), true);
        QCOMPARE(w.call("POST", threadPath("t1", "resolve"), {}, w.bob).status, 200); // a repeat
        r = w.call("POST", threadPath("t1", "reopen"), {}, w.alice);
        QCOMPARE(r.status, 200);
        QCOMPARE(cm(r)["resolved"].toBool(), false);
        QCOMPARE(w.call("POST", threadPath("nope", "resolve"), {}, w.alice).status, 404);
        // A reply is no thread.
        QCOMPARE(w.call("POST", kComments, reply("t1r", "t1", "a reply"), w.bob).status, 201);
        QCOMPARE(w.call("POST", threadPath("t1r", "resolve"), {}, w.alice).status, 404);
        QCOMPARE(w.call("POST", kComments, reply("t1rr", "t1r", "reply to a reply"), w.bob).status,
                 404);
        // No commit came of any of it: comments are not drawing ops, so undo never sees them.
        QCOMPARE(
            w.call("GET", "/api/v1/drawings/d1", {}, w.alice).json["latest_revision"].toInteger(),
            revision);
    }

    void nonMembersLearnNothing_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("list") << QByteArray("GET") << kComments;
        QTest::newRow("post") << QByteArray("POST") << kComments;
        QTest::newRow("patch") << QByteArray("PATCH") << commentPath("c1");
        QTest::newRow("delete") << QByteArray("DELETE") << commentPath("c1");
        QTest::newRow("resolve") << QByteArray("POST") << threadPath("c1", "resolve");
        QTest::newRow("reopen") << QByteArray("POST") << threadPath("c1", "reopen");
        QTest::newRow("no such drawing")
            << QByteArray("GET") << QStringLiteral("/api/v1/drawings/nope/comments");
    }

    void nonMembersLearnNothing()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        World w;
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        QCOMPARE(w.call("POST", kComments, newThread("c1", "hello"), w.alice).status, 201);
        const QJsonObject body =
            method == "PATCH" ? QJsonObject{{"text", "x"}} : newThread("c9", "from outside");
        const HttpResult r = w.call(method, path, body, w.dave);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
        QCOMPARE(w.call(method, path, body).status, 401);
        // An admin is no member either.
        QCOMPARE(w.call(method, path, body, w.root).status, 404);
    }

    void theSamePostTwiceIsOneComment()
    {
        World w;
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        HttpResult r = w.call("POST", kComments, newThread("c1", "once"), w.carol);
        QCOMPARE(r.status, 201);
        const QJsonObject made = r.json["comment"].toObject();
        r = w.call("POST", kComments, newThread("c1", "once"), w.carol);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["comment"].toObject(), made);
        r = w.call("POST", kComments, newThread("c1", "twice"), w.carol);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("comment_id_conflict"));
        QCOMPARE(w.call("POST", kComments, newThread("c1", "once"), w.bob).status, 409);
        // Edited since: the repeat of the first POST still answers with the stored comment.
        QCOMPARE(w.call("PATCH", commentPath("c1"), {{"text", "edited"}}, w.carol).status, 200);
        r = w.call("POST", kComments, newThread("c1", "once"), w.carol);
        QCOMPARE(r.status, 200);
        QCOMPARE(cm(r)["text"].toString(), QStringLiteral("edited"));
        QCOMPARE(allComments(w, w.alice).size(), 1);
    }

    void badInput_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("text over 4000 characters")
            << newThread("c1", QString(4001, QLatin1Char('a'))) << 413 << "too_large";
        QTest::newRow("text empty") << newThread("c1", "") << 400 << "bad_request";
        QTest::newRow("text only spaces") << newThread("c1", "   \n") << 400 << "bad_request";
        QTest::newRow("text not a string")
            << QJsonObject{{"id", "c1"}, {"anchor", pointAnchor(1, 1)}, {"text", 5}} << 400
            << "bad_request";
        QTest::newRow("id invalid") << newThread("c 1", "x") << 400 << "invalid_id";
        QTest::newRow("id missing")
            << QJsonObject{{"anchor", pointAnchor(1, 1)}, {"text", "x"}} << 400 << "invalid_id";
        QTest::newRow("a thread without an anchor")
            << QJsonObject{{"id", "c1"}, {"thread", QJsonValue::Null}, {"text", "x"}} << 400
            << "bad_request";
        QTest::newRow("anchor out of range")
            << newThread("c1", "x", pointAnchor(1e300, 0)) << 400 << "bad_request";
        QTest::newRow("anchor fx over 1")
            << newThread("c1", "x", {{"x", 1}, {"y", 1}, {"object", "r1"}, {"fx", 2}, {"fy", 0}})
            << 400 << "bad_request";
        QTest::newRow("anchor object invalid")
            << newThread("c1", "x", {{"x", 1}, {"y", 1}, {"object", "r 1"}, {"fx", 0}, {"fy", 0}})
            << 400 << "invalid_id";
        QTest::newRow("a reply with an anchor") << QJsonObject{{"id", "c2"},
                                                               {"thread", "c0"},
                                                               {"anchor", pointAnchor(1, 1)},
                                                               {"text", "x"}}
                                                << 400 << "bad_request";
        QTest::newRow("a reply to itself") << reply("c2", "c2", "x") << 400 << "bad_request";
        QTest::newRow("a reply to no thread") << reply("c2", "none", "x") << 404 << "not_found";
    }

    void badInput()
    {
        QFETCH(QJsonObject, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        World w;
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        const HttpResult r = w.call("POST", kComments, body, w.bob);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), code);
        QVERIFY(!r.json["message"].toString().isEmpty());
        QCOMPARE(allComments(w, w.bob).size(), 0);
    }

    void anObjectAnchorIsKept()
    {
        World w;
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        const QJsonObject anchor{{"x", 40}, {"y", 50}, {"object", "r1"}, {"fx", 0.25}, {"fy", 1}};
        QCOMPARE(w.call("POST", kComments, newThread("c1", "on r1", anchor), w.bob).status, 201);
        QCOMPARE(allComments(w, w.bob)["c1"]["anchor"].toObject(), anchor);
    }

    void pagesFollowTheCursor()
    {
        World w;
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        for (int i = 0; i < 7; ++i)
            QCOMPARE(w.call("POST", kComments, newThread(QStringLiteral("c%1").arg(i), "x"), w.bob)
                         .status,
                     201);
        HttpResult r = w.call("GET", kComments + "?limit=3", {}, w.bob);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["comments"].toArray().size(), 3);
        QCOMPARE(r.json["has_more"].toBool(), true);
        const qint64 cursor = r.json["cursor"].toInteger();
        // A change moves a comment past every cursor that had seen it.
        QCOMPARE(w.call("PATCH", commentPath("c0"), {{"text", "y"}}, w.bob).status, 200);
        r = w.call("GET", QStringLiteral("%1?after=%2").arg(kComments).arg(cursor), {}, w.bob);
        const QJsonArray rest = r.json["comments"].toArray();
        QCOMPARE(rest.size(), 5);
        QCOMPARE(rest.last()["id"].toString(), QStringLiteral("c0"));
        QCOMPARE(r.json["has_more"].toBool(), false);
        r = w.call("GET",
                   QStringLiteral("%1?after=%2").arg(kComments).arg(r.json["cursor"].toInteger()),
                   {}, w.bob);
        QCOMPARE(r.json["comments"].toArray().size(), 0);
        QCOMPARE(allComments(w, w.bob, 2).size(), 7);
        QCOMPARE(w.call("GET", kComments + "?limit=0", {}, w.bob).status, 400);
        QCOMPARE(w.call("GET", kComments + "?after=-1", {}, w.bob).status, 400);
        QCOMPARE(w.call("GET", kComments + "?after=x", {}, w.bob).status, 400);
        // The page size is the server's: at most 500.
        QCOMPARE(w.call("GET", kComments + "?limit=100000", {}, w.bob).status, 200);
    }

    void commentsPerDrawingAreCapped()
    {
        World w({"--max-comments-per-drawing", "3"});
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(w.call("POST", kComments, newThread(QStringLiteral("c%1").arg(i), "x"), w.bob)
                         .status,
                     201);
        const HttpResult r = w.call("POST", kComments, newThread("c3", "x"), w.bob);
        QCOMPARE(r.status, 403);
        QVERIFY(r.json["message"].toString().contains("quota"));
        // A repeat of one stored is still answered.
        QCOMPARE(w.call("POST", kComments, newThread("c0", "x"), w.bob).status, 200);
    }

    void commentWritesAreRateLimited()
    {
        World w({"--comments-per-minute", "2"});
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        QCOMPARE(w.call("POST", kComments, newThread("c1", "x"), w.bob).status, 201);
        QCOMPARE(w.call("PATCH", commentPath("c1"), {{"text", "y"}}, w.bob).status, 200);
        const HttpResult r = w.call("POST", kComments, newThread("c2", "x"), w.bob);
        QCOMPARE(r.status, 429);
        QVERIFY(r.header("Retry-After").toInt() >= 1);
        // Per user: another still writes, and reading is not counted.
        QCOMPARE(w.call("POST", kComments, newThread("c3", "x"), w.carol).status, 201);
        QCOMPARE(w.call("GET", kComments, {}, w.bob).status, 200);
    }

    void changesArePushedToOtherSockets()
    {
        World w;
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        WsClient carol, older;
        QVERIFY(carol.open(w.server.baseUrl(), "d1", w.carol, false, kFeatures));
        QVERIFY(older.open(w.server.baseUrl(), "d1", w.bob));
        QCOMPARE(w.call("POST", kComments, newThread("c1", "look"), w.bob).status, 201);
        QVERIFY(carol.waitFor("comment", 1));
        QJsonObject frame = carol.ofType("comment").first();
        QCOMPARE(frame["drawing_id"].toString(), QStringLiteral("d1"));
        QCOMPARE(std::as_const(frame)["comment"]["text"].toString(), QStringLiteral("look"));
        QCOMPARE(w.call("POST", threadPath("c1", "resolve"), {}, w.bob).status, 200);
        QVERIFY(carol.waitFor("comment", 2));
        QCOMPARE(lastComment(carol)["resolved"].toBool(), true);
        QCOMPARE(w.call("DELETE", commentPath("c1"), {}, w.bob).status, 204);
        QVERIFY(carol.waitFor("comment", 3));
        QCOMPARE(lastComment(carol)["deleted"].toBool(), true);
        // A repeat changes nothing and pushes nothing.
        QCOMPARE(w.call("POST", threadPath("c1", "resolve"), {}, w.bob).status, 200);
        QTest::qWait(300);
        QCOMPARE(carol.ofType("comment").size(), 3);
        // A socket that did not ask (a client built from version 1) never sees the frame type.
        QCOMPARE(older.ofType("comment").size(), 0);
        QCOMPARE(older.frames.size(), 1); // its hello, nothing else
    }

    void changesArePushedAcrossNodes()
    {
        if (RedisServer::serverBinary().isEmpty())
            QSKIP("redis-server is not installed (scripts/setup.sh)");
        RedisServer redis;
        QVERIFY(redis.start());
        World w({"--redis", redis.url()});
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        ServerFixture other({"--redis", redis.url()});
        shareStore(other, w);
        QVERIFY2(other.start(), qPrintable(other.serverStderr()));
        WsClient carol, bob;
        QVERIFY(carol.open(w.server.baseUrl(), "d1", w.carol, false, kFeatures));
        QVERIFY(bob.open(other.baseUrl(), "d1", w.bob, false, kFeatures));
        // Until both nodes are subscribed a message may miss one: post until one arrives.
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         httpRequest(other.baseUrl(), "POST", kComments,
                                     newThread(uid(), "from the other node"), w.bob);
                         return carol.waitFor("comment", 1, 500);
                     },
                     10000),
                 "no comment frame crossed the nodes");
        QCOMPARE(
            std::as_const(carol.ofType("comment").first())["comment"]["author"]["name"].toString(),
            QStringLiteral("bob"));
        const int before = int(bob.ofType("comment").size());
        QCOMPARE(w.call("POST", kComments, newThread("back", "and back"), w.alice).status, 201);
        QVERIFY(bob.waitFor("comment", before + 1));
        QCOMPARE(lastComment(bob)["id"].toString(), QStringLiteral("back"));
        // Both nodes number the drawing's changes from the one store.
        const auto all = allComments(w, w.alice);
        QSet<qint64> seqs;
        for (const QJsonObject &c : all)
            seqs.insert(c["seq"].toInteger());
        QCOMPARE(seqs.size(), all.size());
    }

    void aDeletedDrawingTakesItsComments()
    {
        World w;
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        QCOMPARE(w.call("POST", kComments, newThread("c1", "x"), w.bob).status, 201);
        QCOMPARE(w.call("DELETE", "/api/v1/drawings/d1", {}, w.alice).status, 204);
        QCOMPARE(
            w.call("POST", "/api/v1/drawings", {{"id", "d1"}, {"title", "Again"}}, w.alice).status,
            201);
        QCOMPARE(allComments(w, w.alice).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerComments)
#include "tst_server_comments.moc"
