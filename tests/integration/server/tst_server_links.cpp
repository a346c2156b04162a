// SPDX-License-Identifier: Apache-2.0
// Share links (issue 17) against the real server: an owner makes, lists and revokes links;
// anyone signed in redeems one and becomes a member with its role (never lowering a role);
// a wrong, expired or revoked link is 404 and tells nothing; revoking closes the sockets of
// the members it made, on this node and on another (through Redis, and through the store's
// access generation for the `link revoke` command); redeems are throttled; bodies and counts
// are bounded; admins list and revoke every link over the API and the command line.
#include "redis_fixture.h"
#include "test_common.h"

using namespace inkboard::test;

namespace {

// "At once" on a loaded 2-core machine, far below the ping interval the tests use.
constexpr int kPromptMs = 3000;
constexpr int kLongPingMs = 120000;

struct Link
{
    int status = 0;
    QString id;
    QString key;
    QJsonObject json;
};

Link makeLink(World &w, const QString &role, const QString &token,
              const QJsonValue &expiresIn = QJsonValue::Undefined,
              const QString &drawing = QStringLiteral("d1"))
{
    QJsonObject body{{"role", role}};
    if (!expiresIn.isUndefined())
        body.insert("expires_in_s", expiresIn);
    const HttpResult r =
        w.call("POST", QStringLiteral("/api/v1/drawings/%1/links").arg(drawing), body, token);
    return {r.status, r.json["id"].toString(), r.json["key"].toString(), r.json};
}

HttpResult redeem(World &w, const QString &key, const QString &token,
                  const QString &drawing = QStringLiteral("d1"))
{
    return w.call("POST", "/api/v1/links/redeem", {{"drawing", drawing}, {"key", key}}, token);
}

HttpResult redeemOn(const QUrl &base, const QString &key, const QString &token)
{
    return httpRequest(base, "POST", "/api/v1/links/redeem", {{"drawing", "d1"}, {"key", key}},
                       token);
}

QString roleOf(World &w, const QString &token)
{
    const HttpResult r = w.call("GET", "/api/v1/drawings/d1", {}, token);
    return r.status == 200 ? r.json["role"].toString() : QString::number(r.status);
}

// `other` serves the store of `w`'s server.
void shareStore(ServerFixture &other, World &w)
{
    if (ServerFixture::backend() == u"postgresql")
        other.useDatabase(w.server.databaseUrl());
    else
        other.extraArgs() << "--database"
                          << QStringLiteral("sqlite:%1/inkboard.sqlite3").arg(w.server.dataDir());
}

qint64 waitForClose(WsClient &client, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    if (!QTest::qWaitFor([&] { return client.closed; }, timeoutMs))
        return -1;
    return clock.elapsed();
}

} // namespace

class TestServerLinks : public QObject
{
    Q_OBJECT

private slots:
    void createListRedeem()
    {
        World w;
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        const Link link = makeLink(w, "viewer", w.alice, 3600);
        QCOMPARE(link.status, 201);
        QCOMPARE(link.key.size(), 43); // 256 random bits, base64url
        QVERIFY(!link.id.isEmpty());
        QCOMPARE(link.json["role"].toString(), QStringLiteral("viewer"));
        QCOMPARE(link.json["drawing_id"].toString(), QStringLiteral("d1"));
        QCOMPARE(link.json["created_by"]["name"].toString(), QStringLiteral("alice"));
        const QDateTime expires =
            QDateTime::fromString(link.json["expires_at"].toString(), Qt::ISODate);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 3600) < 30);
        QVERIFY(makeLink(w, "editor", w.alice).json["expires_at"].isNull());

        // Listed for the owner without keys: shown once.
        HttpResult list = w.call("GET", "/api/v1/drawings/d1/links", {}, w.alice);
        QCOMPARE(list.status, 200);
        const QJsonArray links = list.json["links"].toArray();
        QCOMPARE(links.size(), 2);
        QCOMPARE(links[0]["id"].toString(), link.id);
        QCOMPARE(links[0]["members"].toInt(), 0);
        QVERIFY(!list.body.contains(link.key.toUtf8()));
        for (const QJsonValue &l : links)
            QVERIFY(!l.toObject().contains("key"));
        // The store holds the key's hash only.
        if (ServerFixture::backend() == u"sqlite") {
            QFile db(w.server.dataDir() + "/inkboard.sqlite3");
            QVERIFY(db.open(QIODevice::ReadOnly));
            QVERIFY(!db.readAll().contains(link.key.toUtf8()));
        }

        // Dave, no member, cannot see the drawing; with the link he becomes a viewer.
        QCOMPARE(roleOf(w, w.dave), QStringLiteral("404"));
        HttpResult r = redeem(w, link.key, w.dave);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["drawing"].toString(), QStringLiteral("d1"));
        QCOMPARE(r.json["role"].toString(), QStringLiteral("viewer"));
        QCOMPARE(roleOf(w, w.dave), QStringLiteral("viewer"));
        WsClient ws;
        QVERIFY(ws.open(w.server.baseUrl(), "d1", w.dave));
        // A viewer cannot commit.
        QCOMPARE(
            w.call("POST", "/api/v1/drawings/d1/ops", commitBody({rectOp(uid(), "r1")}), w.dave)
                .status,
            403);
        // Redeeming again changes nothing.
        QCOMPARE(redeem(w, link.key, w.dave).json["role"].toString(), QStringLiteral("viewer"));
        list = w.call("GET", "/api/v1/drawings/d1/links", {}, w.alice);
        QCOMPARE(list.json["links"][0]["members"].toInt(), 1);

        // An editor link raises him; the list of members shows it.
        const Link editor = makeLink(w, "editor", w.alice);
        QCOMPARE(redeem(w, editor.key, w.dave).json["role"].toString(), QStringLiteral("editor"));
        QCOMPARE(roleOf(w, w.dave), QStringLiteral("editor"));
        QCOMPARE(
            w.call("POST", "/api/v1/drawings/d1/ops", commitBody({rectOp(uid(), "r1")}), w.dave)
                .status,
            200);
    }

    void neverLowersARole()
    {
        World w;
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        const Link viewer = makeLink(w, "viewer", w.alice);
        // Bob is an editor, Alice the owner: a viewer link leaves both as they are.
        QCOMPARE(redeem(w, viewer.key, w.bob).json["role"].toString(), QStringLiteral("editor"));
        QCOMPARE(redeem(w, viewer.key, w.alice).json["role"].toString(), QStringLiteral("owner"));
        QCOMPARE(roleOf(w, w.bob), QStringLiteral("editor"));
        QCOMPARE(roleOf(w, w.alice), QStringLiteral("owner"));
        // So revoking it takes nothing from them.
        QCOMPARE(w.call("DELETE", "/api/v1/drawings/d1/links/" + viewer.id, {}, w.alice).status,
                 204);
        QCOMPARE(roleOf(w, w.bob), QStringLiteral("editor"));
        QCOMPARE(roleOf(w, w.alice), QStringLiteral("owner"));
    }

    void wrongExpiredOrRevokedLinksAre404()
    {
        World w;
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        const Link link = makeLink(w, "viewer", w.alice);
        const Link shortLived = makeLink(w, "viewer", w.alice, 1);
        QCOMPARE(shortLived.status, 201);
        QCOMPARE(
            w.call("POST", "/api/v1/drawings", {{"id", "d2"}, {"title", "Other"}}, w.alice).status,
            201);
        const Link other = makeLink(w, "viewer", w.alice, QJsonValue::Undefined, "d2");

        QString wrongKey = link.key;
        wrongKey[0] = wrongKey[0] == u'A' ? u'B' : u'A';
        QList<HttpResult> refused{
            redeem(w, wrongKey, w.dave),
            redeem(w, link.key, w.dave, "d2"), // the key of another drawing
            redeem(w, other.key, w.dave),
            redeem(w, link.key, w.dave, "no-such-drawing"),
        };
        QTest::qWait(1200);
        refused << redeem(w, shortLived.key, w.dave); // expired
        QCOMPARE(w.call("DELETE", "/api/v1/drawings/d1/links/" + link.id, {}, w.alice).status, 204);
        refused << redeem(w, link.key, w.dave); // revoked
        for (const HttpResult &r : refused) {
            QCOMPARE(r.status, 404);
            QCOMPARE(r.errorCode(), QStringLiteral("not_found"));
            QCOMPARE(r.json["message"].toString(), QStringLiteral("no such link"));
        }
        QCOMPARE(roleOf(w, w.dave), QStringLiteral("404"));
        // An expired link is still listed (so it can be revoked), and says when it ended.
        const HttpResult list = w.call("GET", "/api/v1/drawings/d1/links", {}, w.alice);
        QCOMPARE(list.json["links"].toArray().size(), 1);
        QCOMPARE(list.json["links"][0]["id"].toString(), shortLived.id);
        // A drawing in the bin: its links answer 404 like any dead link; restored, they work
        // again, and a membership made through one before keeps its tie to it.
        QCOMPARE(redeem(w, other.key, w.carol, "d2").status, 200);
        QCOMPARE(w.call("DELETE", "/api/v1/drawings/d2", {}, w.alice).status, 204);
        QCOMPARE(redeem(w, other.key, w.dave, "d2").status, 404);
        QCOMPARE(w.call("POST", "/api/v1/bin/d2/restore", {}, w.alice).status, 200);
        QCOMPARE(w.call("GET", "/api/v1/drawings/d2", {}, w.carol).json["role"].toString(),
                 QStringLiteral("viewer"));
        QCOMPARE(w.call("DELETE", "/api/v1/drawings/d2/links/" + other.id, {}, w.alice).status,
                 204);
        QCOMPARE(w.call("GET", "/api/v1/drawings/d2", {}, w.carol).status, 404);
        // Purged (here by making the id anew), its links are gone for good.
        const Link again = makeLink(w, "viewer", w.alice, QJsonValue::Undefined, "d2");
        QCOMPARE(again.status, 201);
        QCOMPARE(w.call("DELETE", "/api/v1/drawings/d2", {}, w.alice).status, 204);
        QCOMPARE(
            w.call("POST", "/api/v1/drawings", {{"id", "d2"}, {"title", "Again"}}, w.alice).status,
            201);
        QCOMPARE(redeem(w, again.key, w.dave, "d2").status, 404);
        QCOMPARE(
            w.call("GET", "/api/v1/drawings/d2/links", {}, w.alice).json["links"].toArray().size(),
            0);
        // Revoking what is not there, or a link through another drawing, is 404 too.
        QCOMPARE(w.call("DELETE", "/api/v1/drawings/d1/links/" + link.id, {}, w.alice).status, 404);
        QCOMPARE(w.call("DELETE", "/api/v1/drawings/d1/links/bad.id", {}, w.alice).status, 404);
    }

    void onlyTheOwnerManagesLinks()
    {
        World w;
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        const Link link = makeLink(w, "viewer", w.alice);
        // Dave (no member) learns nothing: 404 everywhere, as for a drawing that is not there.
        for (const QString &token : {w.dave}) {
            QCOMPARE(makeLink(w, "viewer", token).status, 404);
            QCOMPARE(w.call("GET", "/api/v1/drawings/d1/links", {}, token).status, 404);
            QCOMPARE(w.call("DELETE", "/api/v1/drawings/d1/links/" + link.id, {}, token).status,
                     404);
        }
        // Members who are not owners: 403, as for the other owner-only routes.
        for (const QString &token : {w.bob, w.carol}) {
            const Link refused = makeLink(w, "viewer", token);
            QCOMPARE(refused.status, 403);
            QVERIFY(refused.key.isEmpty());
            QCOMPARE(w.call("GET", "/api/v1/drawings/d1/links", {}, token).status, 403);
            QCOMPARE(w.call("DELETE", "/api/v1/drawings/d1/links/" + link.id, {}, token).status,
                     403);
        }
        // Without a token: 401.
        QCOMPARE(makeLink(w, "viewer", {}).status, 401);
        QCOMPARE(redeem(w, link.key, {}).status, 401);
        // The link still works.
        QCOMPARE(redeem(w, link.key, w.dave).status, 200);
    }

    void revokingClosesTheSocketsItOpened()
    {
        World w({"--ws-ping-ms", QString::number(kLongPingMs)});
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        QVERIFY(w.server.addUser("erin", "password1"));
        const QString erin = w.server.login("erin", "password1");
        const Link link = makeLink(w, "editor", w.alice);
        QCOMPARE(redeem(w, link.key, w.dave).status, 200);
        QCOMPARE(redeem(w, link.key, erin).status, 200);
        // Erin's role is then set by the owner: no longer the link's.
        QCOMPARE(
            w.call("PUT", "/api/v1/drawings/d1/members/erin", {{"role", "viewer"}}, w.alice).status,
            200);
        WsClient dave, erinWs, bob;
        QVERIFY(dave.open(w.server.baseUrl(), "d1", w.dave));
        QVERIFY(erinWs.open(w.server.baseUrl(), "d1", erin));
        QVERIFY(bob.open(w.server.baseUrl(), "d1", w.bob));
        QCOMPARE(w.call("DELETE", "/api/v1/drawings/d1/links/" + link.id, {}, w.alice).status, 204);
        const qint64 took = waitForClose(dave, kPromptMs);
        qInfo("closed %lld ms after the revocation", took);
        QVERIFY2(took >= 0, "a socket opened through the link is still open");
        QCOMPARE(dave.closeCode, 4404);
        QCOMPARE(roleOf(w, w.dave), QStringLiteral("404"));
        QTest::qWait(500);
        QVERIFY2(!erinWs.closed, "a member whose role the owner set lost it");
        QVERIFY2(!bob.closed, "a member who never used the link was closed");
        QCOMPARE(roleOf(w, erin), QStringLiteral("viewer"));
    }

    // A socket on another node closes at once too: through Redis for the API's revocation,
    // through the store's access generation for the `link revoke` command.
    void revokingClosesSocketsOnAnotherNode_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("api, redis") << "api";
        QTest::newRow("admin api, redis") << "admin";
        QTest::newRow("command line") << "cli";
    }
    void revokingClosesSocketsOnAnotherNode()
    {
        QFETCH(QString, how);
        if (RedisServer::serverBinary().isEmpty())
            QSKIP("redis-server is not installed (scripts/setup.sh)");
        RedisServer redis;
        QVERIFY(redis.start());
        const QStringList args{"--ws-ping-ms", QString::number(kLongPingMs), "--redis",
                               redis.url()};
        World w(args);
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        ServerFixture other(args);
        shareStore(other, w);
        QVERIFY2(other.start(), qPrintable(other.serverStderr()));
        const Link link = makeLink(w, "viewer", w.alice);
        // Redeemed on the other node, its socket there.
        QCOMPARE(redeemOn(other.baseUrl(), link.key, w.dave).status, 200);
        WsClient there, here, bob;
        QVERIFY(there.open(other.baseUrl(), "d1", w.dave));
        QVERIFY(here.open(w.server.baseUrl(), "d1", w.dave));
        QVERIFY(bob.open(other.baseUrl(), "d1", w.bob));
        if (how == u"api")
            QCOMPARE(w.call("DELETE", "/api/v1/drawings/d1/links/" + link.id, {}, w.alice).status,
                     204);
        else if (how == u"admin")
            QCOMPARE(w.call("DELETE", "/api/v1/admin/links/" + link.id, {}, w.root).status, 204);
        else
            QCOMPARE(w.server.runCli({"link", "revoke", link.id, "--data", w.server.dataDir()}), 0);
        const qint64 tookThere = waitForClose(there, kPromptMs);
        const qint64 tookHere = waitForClose(here, kPromptMs);
        qInfo("%s: closed %lld ms (other node) and %lld ms (this one) after the revocation",
              qPrintable(how), tookThere, tookHere);
        QVERIFY2(tookThere >= 0, "the socket on the other node is still open");
        QVERIFY2(tookHere >= 0, "the socket on this node is still open");
        QCOMPARE(there.closeCode, 4404);
        QCOMPARE(here.closeCode, 4404);
        QCOMPARE(redeemOn(other.baseUrl(), link.key, w.dave).status, 404);
        QTest::qWait(500);
        QVERIFY2(!bob.closed, "another member's socket was closed");
    }

    void redeemsAreThrottled()
    {
        World w({"--link-redeem-per-minute", "3", "--link-redeem-address-per-minute", "5"});
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        const Link link = makeLink(w, "viewer", w.alice);
        // Per user: three tries a minute, wrong or right.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(redeem(w, QStringLiteral("guess%1").arg(i), w.dave).status, 404);
        HttpResult r = redeem(w, link.key, w.dave);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.errorCode(), QStringLiteral("rate_limited"));
        QVERIFY(r.header("Retry-After").toInt() >= 1);
        QCOMPARE(roleOf(w, w.dave), QStringLiteral("404"));
        // Per address: five tries for everyone from 127.0.0.1, the refused one above included.
        QCOMPARE(redeem(w, link.key, w.carol).status, 200);
        QCOMPARE(redeem(w, link.key, w.bob).status, 429);
        QCOMPARE(roleOf(w, w.carol), QStringLiteral("viewer"));
    }

    void boundsAreChecked()
    {
        World w;
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        for (const QJsonValue &role : {QJsonValue("owner"), QJsonValue("admin"), QJsonValue(3),
                                       QJsonValue(QJsonValue::Null)})
            QCOMPARE(w.call("POST", "/api/v1/drawings/d1/links", {{"role", role}}, w.alice).status,
                     400);
        for (const QJsonValue &s :
             {QJsonValue(0), QJsonValue(-5), QJsonValue(1.5), QJsonValue("60"),
              QJsonValue(365.0 * 24 * 3600 + 1), QJsonValue(1e300)})
            QCOMPARE(makeLink(w, "viewer", w.alice, s).status, 400);
        QCOMPARE(makeLink(w, "viewer", w.alice, 365 * 24 * 3600).status, 201);
        QCOMPARE(makeLink(w, "viewer", w.alice, QJsonValue(QJsonValue::Null)).status, 201);
        // At most 50 links a drawing; revoking one makes room.
        QString last;
        for (int i = 2; i < 50; ++i) {
            const Link l = makeLink(w, "viewer", w.alice);
            QCOMPARE(l.status, 201);
            last = l.id;
        }
        const Link over = makeLink(w, "viewer", w.alice);
        QCOMPARE(over.status, 403);
        QVERIFY2(over.json["message"].toString().contains("at most 50"),
                 qPrintable(over.json["message"].toString()));
        QCOMPARE(w.call("DELETE", "/api/v1/drawings/d1/links/" + last, {}, w.alice).status, 204);
        QCOMPARE(makeLink(w, "viewer", w.alice).status, 201);
        // Bodies: a kilobyte at most, refused from the head; fields checked.
        const QByteArray big = "{\"role\": \"viewer\", \"pad\": \"" + QByteArray(2000, 'x') + "\"}";
        HttpResult r = httpRequestRaw(w.server.baseUrl(), "POST", "/api/v1/drawings/d1/links", big,
                                      w.alice, "application/json");
        QCOMPARE(r.status, 413);
        r = httpRequestRaw(w.server.baseUrl(), "POST", "/api/v1/links/redeem", big, w.dave,
                           "application/json");
        QCOMPARE(r.status, 413);
        // Only link routes: a drawing whose id is "links" keeps the ordinary limit.
        QCOMPARE(
            w.call("POST", "/api/v1/drawings", {{"id", "links"}, {"title", "L"}}, w.alice).status,
            201);
        const QByteArray padded = "{\"title\": \"L2\", \"pad\": \"" + QByteArray(2000, 'x') + "\"}";
        QCOMPARE(httpRequestRaw(w.server.baseUrl(), "PATCH", "/api/v1/drawings/links", padded,
                                w.alice, "application/json")
                     .status,
                 200);
        QCOMPARE(w.call("POST", "/api/v1/links/redeem", {{"drawing", "a.b"}, {"key", "k"}}, w.dave)
                     .status,
                 400);
        QCOMPARE(w.call("POST", "/api/v1/links/redeem", {{"drawing", "d1"}}, w.dave).status, 400);
        QCOMPARE(w.call("POST", "/api/v1/links/redeem",
                        {{"drawing", "d1"}, {"key", QString(129, u'k')}}, w.dave)
                     .status,
                 400);
        QCOMPARE(httpRequestRaw(w.server.baseUrl(), "POST", "/api/v1/links/redeem", "{", w.dave,
                                "application/json")
                     .status,
                 400);
    }

    void adminsSeeAndRevokeEveryLink()
    {
        World w;
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        const Link a = makeLink(w, "viewer", w.alice);
        QCOMPARE(
            w.call("POST", "/api/v1/drawings", {{"id", "d2"}, {"title", "Bob's"}}, w.bob).status,
            201);
        const Link b = makeLink(w, "editor", w.bob, 600, "d2");
        QCOMPARE(redeem(w, b.key, w.dave, "d2").status, 200);

        HttpResult r = w.call("GET", "/api/v1/admin/links", {}, w.root);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["links"].toArray().size(), 2);
        QVERIFY(!r.body.contains(a.key.toUtf8()) && !r.body.contains(b.key.toUtf8()));
        r = w.call("GET", "/api/v1/admin/links?drawing=d2", {}, w.root);
        QCOMPARE(r.json["links"].toArray().size(), 1);
        QCOMPARE(r.json["links"][0]["id"].toString(), b.id);
        QCOMPARE(r.json["links"][0]["members"].toInt(), 1);
        QCOMPARE(w.call("GET", "/api/v1/admin/links?drawing=a.b", {}, w.root).status, 400);
        // Not for others.
        QCOMPARE(w.call("GET", "/api/v1/admin/links", {}, w.alice).status, 403);
        QCOMPARE(w.call("DELETE", "/api/v1/admin/links/" + b.id, {}, w.alice).status, 403);

        // The command line lists them too: ID, drawing, role, created, expires, members, by.
        QByteArray out;
        QCOMPARE(w.server.runCli({"link", "list", "--data", w.server.dataDir()}, {}, &out), 0);
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QList<QByteArray> fields = lines[1].split('\t');
        QCOMPARE(fields.size(), 7);
        QCOMPARE(QString::fromUtf8(fields[0]), b.id);
        QCOMPARE(fields[1], QByteArray("d2"));
        QCOMPARE(fields[2], QByteArray("editor"));
        QCOMPARE(fields[5], QByteArray("1"));
        QCOMPARE(fields[6], QByteArray("bob"));
        QCOMPARE(lines[0].split('\t')[4], QByteArray("never"));
        QCOMPARE(w.server.runCli({"link", "list", "d1", "--data", w.server.dataDir()}, {}, &out),
                 0);
        QCOMPARE(out.trimmed().split('\n').size(), 1);

        QCOMPARE(w.call("DELETE", "/api/v1/admin/links/" + b.id, {}, w.root).status, 204);
        QCOMPARE(w.call("DELETE", "/api/v1/admin/links/" + b.id, {}, w.root).status, 404);
        QCOMPARE(w.call("GET", "/api/v1/drawings/d2", {}, w.dave).status, 404);
        QByteArray err;
        QCOMPARE(w.server.runCli({"link", "revoke", "nope", "--data", w.server.dataDir()}, {},
                                 nullptr, &err),
                 1);
        QVERIFY2(err.contains("no link"), err.constData());
        QCOMPARE(w.server.runCli({"link", "revoke", a.id, "--data", w.server.dataDir()}), 0);
        QCOMPARE(w.call("GET", "/api/v1/admin/links", {}, w.root).json["links"].toArray().size(),
                 0);
        QCOMPARE(w.server.runCli({"link", "frobnicate", "--data", w.server.dataDir()}), 2);
    }
};

QTEST_GUILESS_MAIN(TestServerLinks)
#include "tst_server_links.moc"
