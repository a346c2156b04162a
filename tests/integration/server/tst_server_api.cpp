// SPDX-License-Identifier: Apache-2.0
// Every REST endpoint's success and error codes, the auth matrix, idempotency and
// atomicity, history snapshots, the command line, and a corpus of malformed requests.
#include "pg_fixture.h"
#include "test_common.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace inkboard::test;

namespace {

struct MatrixRow
{
    const char *name;
    QByteArray method;
    QString path;
    QByteArray body;
    int viewer;    // expected status for carol (viewer); 0: not checked
    int nonMember; // expected status for dave
};
QList<MatrixRow> matrixRows()
{
    const QByteArray ops = R"({"client_id":"c","ops":[{"op_id":"m1","op":"delete","id":"zz"}]})";
    const QString blob = QStringLiteral("/api/v1/blobs/") + QString(64, 'a');
    return {
        {"GET /me", "GET", "/api/v1/me", {}, 200, 200},
        {"POST /auth/logout", "POST", "/api/v1/auth/logout", "{}", 0, 0},
        {"GET /drawings", "GET", "/api/v1/drawings", {}, 200, 200},
        {"POST /drawings", "POST", "/api/v1/drawings", R"({"title":"m"})", 201, 201},
        {"GET drawing", "GET", "/api/v1/drawings/d1", {}, 200, 404},
        {"PATCH drawing", "PATCH", "/api/v1/drawings/d1", R"({"title":"x"})", 403, 404},
        {"DELETE drawing", "DELETE", "/api/v1/drawings/d1", {}, 403, 404},
        {"GET members", "GET", "/api/v1/drawings/d1/members", {}, 200, 404},
        {"PUT member", "PUT", "/api/v1/drawings/d1/members/dave", R"({"role":"viewer"})", 403, 404},
        {"DELETE member", "DELETE", "/api/v1/drawings/d1/members/bob", {}, 403, 404},
        {"GET snapshot", "GET", "/api/v1/drawings/d1/snapshot", {}, 200, 404},
        {"GET ops", "GET", "/api/v1/drawings/d1/ops?after=0", {}, 200, 404},
        {"POST ops", "POST", "/api/v1/drawings/d1/ops", ops, 403, 404},
        {"GET blob", "GET", blob, {}, 404, 404},
        // JSON is not an image: a signed-in user gets 415, after the token was checked.
        {"PUT blob", "PUT", blob, "{}", 415, 415},
        {"GET admin users", "GET", "/api/v1/admin/users", {}, 403, 403},
        {"POST admin users", "POST", "/api/v1/admin/users",
         R"({"username":"zed","password":"password1"})", 403, 403},
        {"PUT admin password", "PUT", "/api/v1/admin/users/bob/password",
         R"({"password":"password9"})", 403, 403},
        {"DELETE admin user", "DELETE", "/api/v1/admin/users/bob", {}, 403, 403},
        {"GET metrics", "GET", "/api/v1/metrics", {}, 403, 403},
    };
}

} // namespace

class TestServerApi : public QObject
{
    Q_OBJECT
    World *w = nullptr;

private slots:
    void initTestCase()
    {
        // One server for the whole suite, whose auth matrix alone signs carol in over a
        // hundred times: login throttles (tst_server_abuse) are raised out of its way.
        w = new World(
            {"--login-account-per-minute", "100000", "--login-address-per-minute", "100000"});
        QVERIFY2(w->setUp(), qPrintable(w->server.serverStderr()));
    }
    void cleanupTestCase()
    {
        QCOMPARE(w->server.terminate(), 0);
        delete w;
    }

    // The suite runs once per backend (CTest); this says it really ran on the one asked.
    void storeIsTheBackendAsked()
    {
        const bool sqliteFile =
            QFile::exists(QDir(w->server.dataDir()).filePath("inkboard.sqlite3"));
        if (ServerFixture::backend() != u"postgresql") {
            QVERIFY(sqliteFile);
            return;
        }
        QVERIFY2(!sqliteFile, "the server made an SQLite store on the postgresql backend");
        const QString url = w->server.databaseUrl();
        QVERIFY(url.startsWith("postgresql://"));
        QString out;
        QCOMPARE(PgCluster::shared()->psql(url.section('/', -1),
                                           "SELECT count(*) FROM users WHERE name = 'root'", &out),
                 0);
        QCOMPARE(out, QString("1"));
    }

    void info()
    {
        const HttpResult r = w->call("GET", "/api/v1/info");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["server"].toString(), QString("inkboard-server"));
        QCOMPARE(r.json["api"].toInt(), 1);
        QCOMPARE(r.json["signup"].toBool(), false);
        const QJsonObject limits = r.json["limits"].toObject();
        for (const char *key :
             {"max_body_bytes", "max_ops_per_commit", "max_points_per_stroke", "max_text_chars",
              "max_blob_bytes", "commits_per_second", "presence_per_second"})
            QVERIFY2(limits[key].toDouble() > 0, key);
    }

    void healthz()
    {
        const HttpResult r = w->call("GET", "/api/v1/healthz");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["status"].toString(), QString("ok"));
    }

    void login_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("right password")
            << QByteArray(R"({"username":"alice","password":"password1"})")
            << QByteArray("application/json") << 200 << "";
        QTest::newRow("wrong password")
            << QByteArray(R"({"username":"alice","password":"password2"})")
            << QByteArray("application/json") << 401 << "unauthorized";
        QTest::newRow("unknown user")
            << QByteArray(R"({"username":"nobody","password":"password1"})")
            << QByteArray("application/json") << 401 << "unauthorized";
        QTest::newRow("name breaking the rules is 401")
            << QByteArray(R"({"username":"a b","password":"password1"})")
            << QByteArray("application/json") << 401 << "unauthorized";
        QTest::newRow("short password is 401")
            << QByteArray(R"({"username":"alice","password":"x"})")
            << QByteArray("application/json") << 401 << "unauthorized";
        QTest::newRow("not json") << QByteArray("{nope") << QByteArray("application/json") << 400
                                  << "bad_json";
        QTest::newRow("missing fields")
            << QByteArray("{}") << QByteArray("application/json") << 400 << "bad_request";
        QTest::newRow("wrong content type")
            << QByteArray(R"({"username":"alice","password":"password1"})")
            << QByteArray("text/plain") << 415 << "unsupported_media_type";
    }
    void login()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, status);
        QFETCH(QString, code);
        const HttpResult r = httpRequestRaw(w->server.baseUrl(), "POST", "/api/v1/auth/login", body,
                                            {}, contentType);
        QCOMPARE(r.status, status);
        if (status == 200) {
            QVERIFY(!r.json["token"].toString().isEmpty());
            QVERIFY(!r.json["expires_at"].toString().isEmpty());
            QCOMPARE(r.json["user"][QLatin1String("name")].toString(), QString("alice"));
        } else {
            QCOMPARE(r.errorCode(), code);
            QVERIFY(!r.json["message"].toString().isEmpty());
        }
    }

    void signupForbiddenByDefault()
    {
        const HttpResult r = w->call("POST", "/api/v1/auth/signup",
                                     {{"username", "eve"}, {"password", "password1"}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QString("forbidden"));
    }

    void signupWhenAllowed()
    {
        ServerFixture s({"--allow-signup"});
        QVERIFY(s.start());
        QCOMPARE(httpRequest(s.baseUrl(), "GET", "/api/v1/info").json["signup"].toBool(), true);
        HttpResult r = httpRequest(s.baseUrl(), "POST", "/api/v1/auth/signup",
                                   {{"username", "eve"}, {"password", "password1"}});
        QCOMPARE(r.status, 201);
        const QString token = r.json["token"].toString();
        QVERIFY(!token.isEmpty());
        QCOMPARE(httpRequest(s.baseUrl(), "GET", "/api/v1/me", {}, token)
                     .json["user"][QLatin1String("name")]
                     .toString(),
                 QString("eve"));
        r = httpRequest(s.baseUrl(), "POST", "/api/v1/auth/signup",
                        {{"username", "eve"}, {"password", "password1"}});
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QString("exists"));
        r = httpRequest(s.baseUrl(), "POST", "/api/v1/auth/signup",
                        {{"username", "bad name"}, {"password", "password1"}});
        QCOMPARE(r.status, 400);
        r = httpRequest(s.baseUrl(), "POST", "/api/v1/auth/signup",
                        {{"username", "frank"}, {"password", "short"}});
        QCOMPARE(r.status, 400);
        QCOMPARE(s.terminate(), 0);
    }

    void logoutRevokes()
    {
        const QString token = w->server.login("alice", "password1");
        QCOMPARE(w->call("GET", "/api/v1/me", {}, token).status, 200);
        QCOMPARE(w->call("POST", "/api/v1/auth/logout", {}, token).status, 204);
        const HttpResult r = w->call("GET", "/api/v1/me", {}, token);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QString("unauthorized"));
    }

    void me()
    {
        const HttpResult r = w->call("GET", "/api/v1/me", {}, w->bob);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["user"][QLatin1String("name")].toString(), QString("bob"));
        QVERIFY(!r.json["user"][QLatin1String("id")].toString().isEmpty());
    }

    void drawingsLifecycle()
    {
        HttpResult r = w->call("POST", "/api/v1/drawings", {{"title", "Mine"}}, w->bob);
        QCOMPARE(r.status, 201);
        const QString id = r.json["id"].toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(r.json["role"].toString(), QString("owner"));
        QCOMPARE(r.json["latest_revision"].toInt(), 0);

        // Same id by the same owner: 200 with the existing drawing; by another user: 409.
        r = w->call("POST", "/api/v1/drawings", {{"id", id}, {"title", "Again"}}, w->bob);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["title"].toString(), QString("Mine"));
        r = w->call("POST", "/api/v1/drawings", {{"id", id}, {"title", "Steal"}}, w->alice);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QString("exists"));
        r = w->call("POST", "/api/v1/drawings", {{"id", "bad id!"}, {"title", "x"}}, w->bob);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QString("invalid_id"));
        r = w->call("POST", "/api/v1/drawings", {{"title", ""}}, w->bob);
        QCOMPARE(r.status, 400);
        r = w->call("POST", "/api/v1/drawings", {{"title", QString(201, 'x')}}, w->bob);
        QCOMPARE(r.status, 400);

        r = w->call("GET", "/api/v1/drawings", {}, w->bob);
        QCOMPARE(r.status, 200);
        bool listed = false;
        for (const QJsonValue &d : r.json["drawings"].toArray())
            listed |= d["id"].toString() == id && d["role"].toString() == u"owner";
        QVERIFY(listed);
        // Not listed for a non-member.
        r = w->call("GET", "/api/v1/drawings", {}, w->dave);
        for (const QJsonValue &d : r.json["drawings"].toArray())
            QVERIFY(d["id"].toString() != id);

        r = w->call("GET", "/api/v1/drawings/" + id, {}, w->bob);
        QCOMPARE(r.status, 200);
        for (const char *key : {"id", "title", "role", "latest_revision", "snapshot_revision",
                                "created_at", "updated_at"})
            QVERIFY2(r.json.contains(key), key);

        r = w->call("PATCH", "/api/v1/drawings/" + id, {{"title", "Renamed"}}, w->bob);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["title"].toString(), QString("Renamed"));
        QCOMPARE(w->call("PATCH", "/api/v1/drawings/" + id, {{"title", 5}}, w->bob).status, 400);

        QCOMPARE(w->call("DELETE", "/api/v1/drawings/" + id, {}, w->bob).status, 204);
        QCOMPARE(w->call("GET", "/api/v1/drawings/" + id, {}, w->bob).status, 404);
    }

    void members()
    {
        HttpResult r = w->call("GET", "/api/v1/drawings/d1/members", {}, w->carol);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["members"].toArray().size(), 3);
        r = w->call("PUT", "/api/v1/drawings/d1/members/dave", {{"role", "viewer"}}, w->alice);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["role"].toString(), QString("viewer"));
        QCOMPARE(w->call("GET", "/api/v1/drawings/d1", {}, w->dave).status, 200);
        QCOMPARE(
            w->call("PUT", "/api/v1/drawings/d1/members/dave", {{"role", "boss"}}, w->alice).status,
            400);
        QCOMPARE(
            w->call("PUT", "/api/v1/drawings/d1/members/nobody", {{"role", "viewer"}}, w->alice)
                .status,
            404);
        QCOMPARE(
            w->call("PUT", "/api/v1/drawings/d1/members/dave", {{"role", "editor"}}, w->bob).status,
            403);
        QCOMPARE(w->call("DELETE", "/api/v1/drawings/d1/members/dave", {}, w->bob).status, 403);
        QCOMPARE(w->call("DELETE", "/api/v1/drawings/d1/members/dave", {}, w->alice).status, 204);
        QCOMPARE(w->call("DELETE", "/api/v1/drawings/d1/members/dave", {}, w->alice).status, 404);
        QCOMPARE(w->call("GET", "/api/v1/drawings/d1", {}, w->dave).status, 404);
        // An admin manages the members of any drawing.
        QCOMPARE(w->call("PUT", "/api/v1/drawings/d1/members/dave", {{"role", "viewer"}}, w->root)
                     .status,
                 200);
        QCOMPARE(w->call("DELETE", "/api/v1/drawings/d1/members/dave", {}, w->root).status, 204);
    }

    void commitAndRead()
    {
        const QString a = uid(), b = uid();
        HttpResult r = w->call("POST", "/api/v1/drawings/d1/ops",
                               commitBody({rectOp(a, "obj-a", 5), moveOp(b, "obj-a", 9)}), w->bob);
        QCOMPARE(r.status, 200);
        const qint64 rev = r.json["revision"].toInteger();
        QVERIFY(rev >= 1);
        QCOMPARE(r.json["latest_revision"].toInteger(), rev);
        const QJsonArray results = r.json["results"].toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0][QLatin1String("status")].toString(), QString("applied"));
        QCOMPARE(results[1][QLatin1String("revision")].toInteger(), rev);

        r = w->call("GET", "/api/v1/drawings/d1/snapshot", {}, w->carol);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["revision"].toInteger(), rev);
        bool found = false;
        for (const QJsonValue &o : r.json["objects"].toArray()) {
            if (o["id"].toString() == u"obj-a") {
                found = true;
                QCOMPARE(o["props"][QLatin1String("x")].toDouble(), 9.0);
            }
        }
        QVERIFY(found);

        r = w->call("GET", QStringLiteral("/api/v1/drawings/d1/ops?after=%1").arg(rev - 1), {},
                    w->carol);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["latest_revision"].toInteger(), rev);
        QCOMPARE(r.json["has_more"].toBool(), false);
        const QJsonObject commit = r.json["commits"].toArray().first().toObject();
        QCOMPARE(commit["revision"].toInteger(), rev);
        QCOMPARE(commit["author"][QLatin1String("name")].toString(), QString("bob"));
        QCOMPARE(commit["client_id"].toString(), QString("client-1"));
        QCOMPARE(commit["ops"].toArray().size(), 2);
        QCOMPARE(commit["ops"][0][QLatin1String("op_id")].toString(), a);

        r = w->call("GET", "/api/v1/drawings/d1/ops?after=0&limit=1", {}, w->carol);
        QCOMPARE(r.json["commits"].toArray().size(), 1);
        QCOMPARE(r.json["has_more"].toBool(), rev > 1);
        QCOMPARE(w->call("GET", "/api/v1/drawings/d1/ops?after=-1", {}, w->carol).status, 400);
        QCOMPARE(w->call("GET", "/api/v1/drawings/d1/ops?after=x", {}, w->carol).status, 400);
        QCOMPARE(w->call("GET", "/api/v1/drawings/d1/ops?limit=0", {}, w->carol).status, 400);
    }

    // A commit of many ops (the store writes their ids many rows a statement): every op is
    // applied, and each is recognised when sent again.
    void aCommitOfManyOps()
    {
        QJsonArray ops;
        QStringList ids;
        for (int i = 0; i < 150; ++i) {
            ids << uid();
            ops.append(rectOp(ids.last(), "many-" + QString::number(i), i));
        }
        const HttpResult first =
            w->call("POST", "/api/v1/drawings/d1/ops", commitBody(ops), w->alice);
        QCOMPARE(first.status, 200);
        const qint64 revision = first.json["revision"].toInteger();
        QVERIFY(revision > 0);
        QCOMPARE(first.json["results"].toArray().size(), 150);
        const HttpResult again =
            w->call("POST", "/api/v1/drawings/d1/ops", commitBody(ops), w->alice);
        QCOMPARE(again.status, 200);
        QVERIFY(again.json["revision"].isNull());
        for (const QJsonValue &r : again.json["results"].toArray()) {
            QCOMPARE(r["status"].toString(), QString("duplicate"));
            QCOMPARE(r["revision"].toInteger(), revision);
        }
        const HttpResult page = w->call(
            "GET", QString("/api/v1/drawings/d1/ops?after=%1").arg(revision - 1), {}, w->alice);
        QCOMPARE(page.json["commits"][0]["ops"].toArray().size(), 150);
        // One op of it again, alone: still a duplicate of that commit.
        const HttpResult one =
            w->call("POST", "/api/v1/drawings/d1/ops", commitBody({ops[149]}), w->alice);
        QCOMPARE(one.json["results"][0]["status"].toString(), QString("duplicate"));
        QCOMPARE(one.json["results"][0]["revision"].toInteger(), revision);
    }

    void idempotency()
    {
        const QString a = uid(), b = uid();
        HttpResult first =
            w->call("POST", "/api/v1/drawings/d1/ops", commitBody({rectOp(a, "idem-1")}), w->bob);
        QCOMPARE(first.status, 200);
        const qint64 rev = first.json["revision"].toInteger();
        // The same op again: duplicate, its original revision, nothing committed.
        HttpResult again =
            w->call("POST", "/api/v1/drawings/d1/ops", commitBody({rectOp(a, "idem-1")}), w->bob);
        QCOMPARE(again.status, 200);
        QVERIFY(again.json["revision"].isNull());
        QCOMPARE(again.json["results"][0][QLatin1String("status")].toString(),
                 QString("duplicate"));
        QCOMPARE(again.json["results"][0][QLatin1String("revision")].toInteger(), rev);
        QCOMPARE(again.json["latest_revision"].toInteger(), rev);
        // Mixed: the duplicate keeps its revision, the new op gets the next one.
        HttpResult mixed = w->call("POST", "/api/v1/drawings/d1/ops",
                                   commitBody({rectOp(a, "idem-1"), rectOp(b, "idem-2")}), w->bob);
        QCOMPARE(mixed.status, 200);
        QCOMPARE(mixed.json["revision"].toInteger(), rev + 1);
        QCOMPARE(mixed.json["results"][0][QLatin1String("revision")].toInteger(), rev);
        QCOMPARE(mixed.json["results"][1][QLatin1String("status")].toString(), QString("applied"));
        // Same op_id, another payload: 409 and nothing of the call is committed.
        const QString c = uid();
        HttpResult conflict =
            w->call("POST", "/api/v1/drawings/d1/ops",
                    commitBody({rectOp(c, "idem-3"), rectOp(a, "idem-1", 77)}), w->bob);
        QCOMPARE(conflict.status, 409);
        QCOMPARE(conflict.errorCode(), QString("op_id_conflict"));
        QCOMPARE(conflict.json["index"].toInt(), 1);
        const HttpResult info = w->call("GET", "/api/v1/drawings/d1", {}, w->bob);
        QCOMPARE(info.json["latest_revision"].toInteger(), rev + 1);
        // The op of the refused call was not committed, so it is applied now.
        HttpResult later =
            w->call("POST", "/api/v1/drawings/d1/ops", commitBody({rectOp(c, "idem-3")}), w->bob);
        QCOMPARE(later.json["results"][0][QLatin1String("status")].toString(), QString("applied"));
        // An op_id twice in one call with different payloads: 409 as well.
        const QString d = uid();
        HttpResult twice = w->call("POST", "/api/v1/drawings/d1/ops",
                                   commitBody({rectOp(d, "idem-4"), rectOp(d, "idem-5")}), w->bob);
        QCOMPARE(twice.status, 409);
    }

    void atomicInvalidOp()
    {
        const qint64 before =
            w->call("GET", "/api/v1/drawings/d1", {}, w->bob).json["latest_revision"].toInteger();
        QJsonObject bad = rectOp(uid(), "atom-2");
        bad["props"] = QJsonObject{{"x", 1}, {"y", 1}, {"w", -5}, {"h", 1}};
        const HttpResult r = w->call("POST", "/api/v1/drawings/d1/ops",
                                     commitBody({rectOp(uid(), "atom-1"), bad}), w->bob);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QString("invalid_op"));
        QCOMPARE(r.json["index"].toInt(), 1);
        QCOMPARE(
            w->call("GET", "/api/v1/drawings/d1", {}, w->bob).json["latest_revision"].toInteger(),
            before);
    }

    // Issue 13 row 8: an update may not remove a prop the object's type requires (a rect
    // without `w`, a stroke without `points`): such an object no longer validates, so a
    // snapshot holding it would be refused by clients and dropped by the server's load.
    void updateMayNotNullRequiredProp()
    {
        const QString rect = uid();
        const QString stroke = uid();
        QJsonObject strokeCreate{
            {"op_id", uid()},
            {"op", "create"},
            {"id", stroke},
            {"type", "stroke"},
            {"props", QJsonObject{{"points", QJsonArray{0, 0, 0.5, 10, 10, 0.5}}}}};
        QCOMPARE(w->call("POST", "/api/v1/drawings/d1/ops",
                         commitBody({rectOp(uid(), rect), strokeCreate}), w->bob)
                     .status,
                 200);
        const qint64 before =
            w->call("GET", "/api/v1/drawings/d1", {}, w->bob).json["latest_revision"].toInteger();
        auto nulling = [](const QString &id, const char *key) {
            return QJsonObject{{"op_id", uid()},
                               {"op", "update"},
                               {"id", id},
                               {"props", QJsonObject{{key, QJsonValue::Null}}}};
        };
        HttpResult r = w->call("POST", "/api/v1/drawings/d1/ops",
                               commitBody({moveOp(uid(), rect, 3), nulling(rect, "w")}), w->bob);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QString("invalid_op"));
        QCOMPARE(r.json["index"].toInt(), 1);
        r = w->call("POST", "/api/v1/drawings/d1/ops", commitBody({nulling(stroke, "points")}),
                    w->bob);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json["index"].toInt(), 0);
        // Created and emptied in one call: the type comes from the create before it.
        const QString fresh = uid();
        r = w->call("POST", "/api/v1/drawings/d1/ops",
                    commitBody({rectOp(uid(), fresh), nulling(fresh, "h")}), w->bob);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json["index"].toInt(), 1);
        QCOMPARE(
            w->call("GET", "/api/v1/drawings/d1", {}, w->bob).json["latest_revision"].toInteger(),
            before);
        // A prop no type requires may be removed, and so may anything of a deleted object.
        r = w->call("POST", "/api/v1/drawings/d1/ops", commitBody({nulling(rect, "fill_color")}),
                    w->bob);
        QCOMPARE(r.status, 200);
        const QJsonObject del{{"op_id", uid()}, {"op", "delete"}, {"id", stroke}};
        r = w->call("POST", "/api/v1/drawings/d1/ops", commitBody({del, nulling(stroke, "points")}),
                    w->bob);
        QCOMPARE(r.status, 200);
    }

    // Issue 13: the rule above meets the document as the commits before a call leave it,
    // also those still in the group commit. A big commit keeps the writer busy, so the create
    // (or the retype) after it and the update after that are both taken in before either is
    // durable; checked against the durable document only, the update found no such object
    // and passed. An update taken in before the create is legitimately a no-op: then its
    // revision comes first. Either way no object may end up without a prop its type requires.
    void requiredPropRuleSeesCommitsInFlight()
    {
        const QString path = QStringLiteral("/api/v1/drawings/d1/ops");
        QTcpSocket filler, maker, nuller;
        for (QTcpSocket *s : {&filler, &maker, &nuller}) {
            s->connectToHost(QStringLiteral("127.0.0.1"), w->server.port());
            QVERIFY(s->waitForConnected(5000));
        }
        auto nulling = [](const QString &id, const char *key) {
            return QJsonObject{{"op_id", uid()},
                               {"op", "update"},
                               {"id", id},
                               {"props", QJsonObject{{key, QJsonValue::Null}}}};
        };
        const QString retyped = uid();
        QCOMPARE(w->call("POST", path, commitBody({rectOp(uid(), retyped)}), w->bob).status, 200);
        QStringList rects;
        int refused[2] = {0, 0};
        for (int round = 0; round < 12; ++round) {
            QJsonArray big;
            for (int i = 0; i < 1000; ++i)
                big.append(rectOp(uid(), uid()));
            // Even rounds create a rect and take its `w`; odd ones turn the rect `retyped`
            // into a text and take its `text`.
            const bool retype = round % 2 == 1;
            const QString id = retype ? retyped : uid();
            const QJsonArray make =
                retype ? QJsonArray{QJsonObject{{"op_id", uid()}, {"op", "delete"}, {"id", id}},
                                    QJsonObject{{"op_id", uid()},
                                                {"op", "create"},
                                                {"id", id},
                                                {"type", "text"},
                                                {"props", QJsonObject{{"text", "hi"}}}}}
                       : QJsonArray{rectOp(uid(), id)};
            if (!retype)
                rects.append(id);
            filler.write(rawJsonRequest("POST", path, commitBody(big), w->bob));
            filler.flush();
            QTest::qWait(3);
            maker.write(rawJsonRequest("POST", path, commitBody(make), w->bob));
            maker.flush();
            QTest::qWait(8);
            nuller.write(rawJsonRequest("POST", path,
                                        commitBody({nulling(id, retype ? "text" : "w")}), w->bob));
            nuller.flush();
            QByteArray fillerBuffer, makerBuffer, nullerBuffer;
            QCOMPARE(readAnswer(filler, fillerBuffer, 30000), 200);
            const RawAnswer made = readRawAnswer(maker, makerBuffer, 30000);
            QCOMPARE(made.status, 200);
            const RawAnswer nulled = readRawAnswer(nuller, nullerBuffer, 30000);
            if (nulled.status == 200) {
                QVERIFY2(nulled.json()["revision"].toInteger() <
                             made.json()["revision"].toInteger(),
                         qPrintable(QStringLiteral("round %1: the update after the create was "
                                                   "taken: %2")
                                        .arg(round)
                                        .arg(QString::fromUtf8(nulled.body))));
                // Taken before: a no-op then, and the next round of this kind tries again.
                continue;
            }
            QCOMPARE(nulled.status, 400);
            QCOMPARE(nulled.json()["error"].toString(), QString("invalid_op"));
            QCOMPARE(nulled.json()["index"].toInt(), 0);
            ++refused[retype];
        }
        qInfo() << "refused" << refused[0] << "of 6 after a create and" << refused[1]
                << "of 6 after a retype (the rest came first)";
        const HttpResult snap = w->call("GET", "/api/v1/drawings/d1/snapshot", {}, w->bob);
        QCOMPARE(snap.status, 200);
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &o : snap.json["objects"].toArray())
            byId.insert(o["id"].toString(), o.toObject());
        for (const QString &id : rects)
            QVERIFY2(byId.value(id)["props"].toObject().contains("w"), qPrintable(id));
        QCOMPARE(byId.value(retyped)["type"].toString(), QString("text"));
        QVERIFY(byId.value(retyped)["props"].toObject().contains("text"));
    }

    // In one commit too: a create of an id in use changes nothing (Document::apply), so the
    // object keeps its type, and its required props stay required.
    void requiredPropRuleIgnoresCreateOfIdInUse()
    {
        const QString path = QStringLiteral("/api/v1/drawings/d1/ops");
        const QString id = uid();
        QCOMPARE(w->call("POST", path, commitBody({rectOp(uid(), id)}), w->bob).status, 200);
        const QJsonObject again{{"op_id", uid()},
                                {"op", "create"},
                                {"id", id},
                                {"type", "text"},
                                {"props", QJsonObject{{"text", "hi"}}}};
        const QJsonObject nulling{{"op_id", uid()},
                                  {"op", "update"},
                                  {"id", id},
                                  {"props", QJsonObject{{"w", QJsonValue::Null}}}};
        const HttpResult r = w->call("POST", path, commitBody({again, nulling}), w->bob);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), QString("invalid_op"));
        QCOMPARE(r.json["index"].toInt(), 1);
    }

    void commitErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("no client_id") << QByteArray(R"({"ops":[]})") << 400 << "bad_request";
        QTest::newRow("bad client_id")
            << QByteArray(R"({"client_id":"a b","ops":[]})") << 400 << "invalid_id";
        QTest::newRow("no ops") << QByteArray(R"({"client_id":"c"})") << 400 << "bad_request";
        QTest::newRow("empty ops")
            << QByteArray(R"({"client_id":"c","ops":[]})") << 400 << "bad_request";
        QTest::newRow("ops not array")
            << QByteArray(R"({"client_id":"c","ops":{}})") << 400 << "bad_request";
        QTest::newRow("unknown op")
            << QByteArray(R"({"client_id":"c","ops":[{"op_id":"x","op":"zap","id":"o"}]})") << 400
            << "invalid_op";
        QTest::newRow("bad op id")
            << QByteArray(R"({"client_id":"c","ops":[{"op_id":"x y","op":"delete","id":"o"}]})")
            << 400 << "invalid_id";
        QTest::newRow("unknown type")
            << QByteArray(
                   R"({"client_id":"c","ops":[{"op_id":"x","op":"create","id":"o","type":"blob","props":{}}]})")
            << 400 << "invalid_op";
        QTest::newRow("missing required prop")
            << QByteArray(
                   R"({"client_id":"c","ops":[{"op_id":"x","op":"create","id":"o","type":"rect","props":{"w":1}}]})")
            << 400 << "invalid_op";
        QTest::newRow("bad color")
            << QByteArray(
                   R"({"client_id":"c","ops":[{"op_id":"x","op":"update","id":"o","props":{"fill_color":"red"}}]})")
            << 400 << "invalid_op";
        QTest::newRow("opacity out of range")
            << QByteArray(
                   R"({"client_id":"c","ops":[{"op_id":"x","op":"update","id":"o","props":{"opacity":2}}]})")
            << 400 << "invalid_op";
        QTest::newRow("huge number")
            << QByteArray(
                   R"({"client_id":"c","ops":[{"op_id":"x","op":"update","id":"o","props":{"x":1e400}}]})")
            << 400 << "";
        QTest::newRow("not json") << QByteArray("{\"client_id\":") << 400 << "bad_json";
        QTest::newRow("json array") << QByteArray("[1,2]") << 400 << "bad_json";
    }
    void commitErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        const HttpResult r = httpRequestRaw(w->server.baseUrl(), "POST", "/api/v1/drawings/d1/ops",
                                            body, w->bob, "application/json");
        QCOMPARE(r.status, status);
        if (!code.isEmpty())
            QCOMPARE(r.errorCode(), code);
        QVERIFY(!r.json["message"].toString().isEmpty());
    }

    void commitWrongContentType()
    {
        const HttpResult r = httpRequestRaw(w->server.baseUrl(), "POST", "/api/v1/drawings/d1/ops",
                                            "{}", w->bob, "text/plain");
        QCOMPARE(r.status, 415);
    }

    // The auth matrix: every endpoint with no token, a bad token, a revoked token (and, in
    // expiredToken, an expired one); the drawing endpoints as viewer and non-member.
    void authMatrix_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("viewer");
        QTest::addColumn<int>("nonMember");
        for (const MatrixRow &row : matrixRows())
            QTest::newRow(row.name)
                << row.method << row.path << row.body << row.viewer << row.nonMember;
    }
    void authMatrix()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, viewer);
        QFETCH(int, nonMember);
        const QUrl base = w->server.baseUrl();
        const QByteArray type = body.isEmpty() ? QByteArray() : QByteArray("application/json");
        for (const QString &token : {QString(), QStringLiteral("not-a-token"), QString(43, 'A')}) {
            const HttpResult r = httpRequestRaw(base, method, path, body, token, type);
            QCOMPARE(r.status, 401);
            QCOMPARE(r.errorCode(), QString("unauthorized"));
        }
        const QString revoked = w->server.login("carol", "password1");
        QCOMPARE(w->call("POST", "/api/v1/auth/logout", {}, revoked).status, 204);
        QCOMPARE(httpRequestRaw(base, method, path, body, revoked, type).status, 401);
        if (viewer) {
            const QString carol = w->server.login("carol", "password1");
            const HttpResult r = httpRequestRaw(base, method, path, body, carol, type);
            QCOMPARE(r.status, viewer);
        }
        if (nonMember) {
            const QString dave = w->server.login("dave", "password1");
            const HttpResult r = httpRequestRaw(base, method, path, body, dave, type);
            QCOMPARE(r.status, nonMember);
            if (nonMember == 404) // a non-member learns nothing: same answer as a missing drawing
                QCOMPARE(r.body, httpRequestRaw(base, method, QString(path).replace("/d1", "/nope"),
                                                body, dave, type)
                                     .body);
        }
    }

    void expiredToken()
    {
        ServerFixture s({"--token-ttl", "1"});
        QVERIFY(s.start());
        QVERIFY(s.addUser("zoe", "password1"));
        const QString token = s.login("zoe", "password1");
        QCOMPARE(httpRequest(s.baseUrl(), "GET", "/api/v1/me", {}, token).status, 200);
        QTest::qWait(2100);
        const HttpResult r = httpRequest(s.baseUrl(), "GET", "/api/v1/me", {}, token);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.errorCode(), QString("unauthorized"));
        // And at the WebSocket upgrade.
        QCOMPARE(httpRequest(s.baseUrl(), "POST", "/api/v1/drawings", {{"id", "e"}, {"title", "E"}},
                             token)
                     .status,
                 401);
        QCOMPARE(rawStatus(rawExchange(s.port(), wsUpgradeRequest("e", token))), 401);
        // And on every endpoint of the matrix.
        for (const MatrixRow &row : matrixRows()) {
            const HttpResult e =
                httpRequestRaw(s.baseUrl(), row.method, row.path, row.body, token,
                               row.body.isEmpty() ? QByteArray() : QByteArray("application/json"));
            QVERIFY2(e.status == 401, row.name);
            QCOMPARE(e.errorCode(), QString("unauthorized"));
        }
    }

    // INKBOARD_LISTEN and INKBOARD_DATA stand for --listen and --data (PROTOCOL.md §7).
    void environmentVariables()
    {
        QTemporaryDir dir;
        QProcessEnvironment env = ServerFixture::environment();
        env.insert("INKBOARD_DATA", dir.path());
        env.insert("INKBOARD_LISTEN", "127.0.0.1:0");
        QProcess add;
        add.setProcessEnvironment(env);
        add.start(ServerFixture::binaryPath(), {"user", "add", "eve", "--password-stdin"});
        QVERIFY(add.waitForStarted());
        add.write("password1\n");
        add.closeWriteChannel();
        QVERIFY(add.waitForFinished(30000));
        QCOMPARE(add.exitCode(), 0);
        QVERIFY(QFile::exists(QDir(dir.path()).filePath("inkboard.sqlite3")));
        QProcess server;
        server.setProcessEnvironment(env);
        server.start(ServerFixture::binaryPath(), QStringList());
        QVERIFY(server.waitForStarted());
        QVERIFY(QTest::qWaitFor(
            [&] { return server.canReadLine() || server.waitForReadyRead(100); }, 15000));
        const QByteArray line = server.readLine().trimmed();
        QVERIFY2(line.startsWith("listening on http://127.0.0.1:"), line.constData());
        const QUrl url(QString::fromLatin1(line.mid(13)));
        QVERIFY(url.port() > 0);
        const HttpResult login = httpRequest(url, "POST", "/api/v1/auth/login",
                                             {{"username", "eve"}, {"password", "password1"}});
        QCOMPARE(login.status, 200); // the user made in INKBOARD_DATA is the server's
        server.terminate();
        QVERIFY(server.waitForFinished(20000));
        QCOMPARE(server.exitCode(), 0);
    }

    void methodNotAllowed()
    {
        HttpResult r = w->call("DELETE", "/api/v1/drawings/d1/ops", {}, w->alice);
        QCOMPARE(r.status, 405);
        QCOMPARE(r.errorCode(), QString("method_not_allowed"));
        QCOMPARE(r.header("Allow"), QByteArray("GET, POST"));
        r = w->call("POST", "/api/v1/info");
        QCOMPARE(r.status, 405);
        QCOMPARE(r.header("Allow"), QByteArray("GET"));
    }

    void unknownPathIsJson404()
    {
        const HttpResult r = w->call("GET", "/api/v1/nothing/here", {}, w->alice);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), QString("not_found"));
    }

    void webSocketPathWithoutUpgrade()
    {
        const HttpResult r = w->call("GET", "/api/v1/drawings/d1/ws", {}, w->alice);
        QCOMPARE(r.status, 426);
        QCOMPARE(r.errorCode(), QString("upgrade_required"));
    }

    void historyAndGone()
    {
        ServerFixture s({"--snapshot-interval", "5", "--retain-commits", "3"});
        QVERIFY(s.start());
        QVERIFY(s.addUser("hal", "password1"));
        const QString t = s.login("hal", "password1");
        QCOMPARE(
            httpRequest(s.baseUrl(), "POST", "/api/v1/drawings", {{"id", "h"}, {"title", "H"}}, t)
                .status,
            201);
        for (int i = 1; i <= 12; ++i) {
            const QJsonObject op = i == 1 ? rectOp(QString("op%1").arg(i), "obj", i)
                                          : moveOp(QString("op%1").arg(i), "obj", i);
            QCOMPARE(httpRequest(s.baseUrl(), "POST", "/api/v1/drawings/h/ops", commitBody({op}), t)
                         .json["revision"]
                         .toInt(),
                     i);
        }
        // Snapshots at 5 and 10; history starts at the newest snapshot at or below 10 - 3 = 7.
        HttpResult r =
            httpRequest(s.baseUrl(), "GET", "/api/v1/drawings/h/snapshot?revision=9", {}, t);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["revision"].toInt(), 9);
        QCOMPARE(r.json["objects"][0][QLatin1String("props")][QLatin1String("x")].toDouble(), 9.0);
        r = httpRequest(s.baseUrl(), "GET", "/api/v1/drawings/h/snapshot?revision=10", {}, t);
        QCOMPARE(r.json["objects"][0][QLatin1String("props")][QLatin1String("x")].toDouble(), 10.0);
        r = httpRequest(s.baseUrl(), "GET", "/api/v1/drawings/h/snapshot?revision=3", {}, t);
        QCOMPARE(r.status, 410);
        QCOMPARE(r.errorCode(), QString("gone"));
        QCOMPARE(r.json["snapshot_revision"].toInt(), 10);
        r = httpRequest(s.baseUrl(), "GET", "/api/v1/drawings/h/ops?after=4", {}, t);
        QCOMPARE(r.status, 410);
        QCOMPARE(r.json["snapshot_revision"].toInt(), 10);
        r = httpRequest(s.baseUrl(), "GET", "/api/v1/drawings/h/ops?after=5", {}, t);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["commits"].toArray().size(), 7);
        QCOMPARE(httpRequest(s.baseUrl(), "GET", "/api/v1/drawings/h/snapshot?revision=99", {}, t)
                     .status,
                 404);
        QCOMPARE(
            httpRequest(s.baseUrl(), "GET", "/api/v1/drawings/h/snapshot?revision=x", {}, t).status,
            400);
        // A restart loads from the snapshot and keeps serving the same state.
        QVERIFY(s.restart());
        const QString t2 = s.login("hal", "password1");
        r = httpRequest(s.baseUrl(), "GET", "/api/v1/drawings/h/snapshot", {}, t2);
        QCOMPARE(r.json["revision"].toInt(), 12);
        QCOMPARE(r.json["objects"][0][QLatin1String("props")][QLatin1String("x")].toDouble(), 12.0);
        QCOMPARE(httpRequest(s.baseUrl(), "GET", "/api/v1/drawings/h", {}, t2)
                     .json["snapshot_revision"]
                     .toInt(),
                 10);
    }

    void commandLineErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown flag") << QStringList{"--bogus"};
        QTest::newRow("bad listen") << QStringList{"--listen", "nowhere"};
        QTest::newRow("bad port") << QStringList{"--listen", "127.0.0.1:99999"};
        QTest::newRow("bad number") << QStringList{"--ws-ping-ms", "abc"};
        QTest::newRow("data is a file") << QStringList{"--data", "/etc/hostname"};
        QTest::newRow("data unwritable") << QStringList{"--data", "/proc/inkboard"};
        QTest::newRow("postgres unreachable")
            << QStringList{"--database", "postgresql://u:p@127.0.0.1:1/db"};
        QTest::newRow("user add, postgres unreachable")
            << QStringList{"user", "list", "--database", "postgresql://u:p@127.0.0.1:1/db"};
        QTest::newRow("unknown database kind")
            << QStringList{"--database", "mysql://u:p@127.0.0.1/db"};
        QTest::newRow("postgres without a database")
            << QStringList{"--database", "postgresql://u@127.0.0.1:5432"};
        QTest::newRow("bad redis url") << QStringList{"--redis", "127.0.0.1:6379"};
        QTest::newRow("unknown command") << QStringList{"frobnicate"};
        QTest::newRow("user without name") << QStringList{"user", "add"};
        QTest::newRow("bad role") << QStringList{"user", "add", "x", "--role", "king"};
    }
    void commandLineErrors()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        if (!args.contains("--data"))
            args << "--data" << dir.path();
        QByteArray out, err;
        const int code = w->server.runCli(args, {}, &out, &err);
        QVERIFY2(code > 0, qPrintable(QString::number(code)));
        QCOMPARE(err.count('\n'), 1); // one clear line
        QVERIFY(err.startsWith("inkboard-server: "));
    }

    void userCommands()
    {
        QTemporaryDir dir;
        const QStringList data{"--data", dir.path()};
        QCOMPARE(w->server.runCli(QStringList{"user", "add", "ann", "--password-stdin"} + data,
                                  "password1\n"),
                 0);
        QVERIFY(w->server.runCli(QStringList{"user", "add", "ann", "--password-stdin"} + data,
                                 "password1\n") > 0);
        QVERIFY(w->server.runCli(QStringList{"user", "add", "ben", "--password-stdin"} + data,
                                 "short\n") > 0);
        QCOMPARE(
            w->server.runCli(
                QStringList{"user", "add", "boss", "--role", "admin", "--password-stdin"} + data,
                "password1\n"),
            0);
        QByteArray out;
        QCOMPARE(w->server.runCli(QStringList{"user", "list"} + data, {}, &out), 0);
        QVERIFY(out.contains("ann\tuser"));
        QVERIFY(out.contains("boss\tadmin"));
        QCOMPARE(w->server.runCli(QStringList{"user", "passwd", "ann", "--password-stdin"} + data,
                                  "password2\n"),
                 0);
        QCOMPARE(w->server.runCli(QStringList{"user", "remove", "ann"} + data), 0);
        QVERIFY(w->server.runCli(QStringList{"user", "remove", "ann"} + data) > 0);
        // Environment variables stand for flags.
        QCOMPARE(w->server.runCli(QStringList{"user", "list", "--data", dir.path()}, {}, &out), 0);
        QVERIFY(!out.contains("ann\t"));
    }

    void passwdWhileRunningRevokesTokens()
    {
        const QString token = w->server.login("dave", "password1");
        QCOMPARE(w->server.runCli(
                     {"user", "passwd", "dave", "--password-stdin", "--data", w->server.dataDir()},
                     "password1\n"),
                 0);
        // Another process changed the store: the server sees it within a second.
        QVERIFY(QTest::qWaitFor(
            [&] { return w->call("GET", "/api/v1/me", {}, token).status == 401; }, 3000));
        w->dave = w->server.login("dave", "password1");
        QVERIFY(!w->dave.isEmpty());
    }

    // Requests no HTTP library would send, on raw TCP: each gets its 4xx (and JSON) and
    // the server keeps serving.
    void malformedCorpus_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        const QByteArray tok = "Authorization: Bearer TOKEN\r\n";
        auto post = [&](const QByteArray &path, const QByteArray &body,
                        const QByteArray &type = "application/json") {
            return "POST " + path + " HTTP/1.1\r\nHost: x\r\n" + tok + "Content-Type: " + type +
                   "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        };
        QTest::newRow("garbage line") << QByteArray("HELLO\r\n\r\n") << 400;
        QTest::newRow("binary junk") << QByteArray("\x01\x02\x03\x04\r\n\r\n", 8) << 400;
        QTest::newRow("no version") << QByteArray("GET /api/v1/info\r\n\r\n") << 400;
        QTest::newRow("bad version")
            << QByteArray("GET /api/v1/info HTTP/9.9\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("lowercase method")
            << QByteArray("get /api/v1/info HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("unknown method")
            << QByteArray("BREW /api/v1/info HTTP/1.1\r\nHost: x\r\n\r\n") << 400;
        QTest::newRow("space in header name")
            << QByteArray("GET /api/v1/info HTTP/1.1\r\nBad Header: 1\r\n\r\n") << 400;
        QTest::newRow("header without colon")
            << QByteArray("GET /api/v1/info HTTP/1.1\r\nNoColon\r\n\r\n") << 400;
        QTest::newRow("bad content length")
            << QByteArray("POST /api/v1/auth/login HTTP/1.1\r\nContent-Length: abc\r\n\r\n") << 400;
        QTest::newRow("two content lengths")
            << QByteArray("POST /api/v1/auth/login HTTP/1.1\r\nContent-Length: "
                          "2\r\nContent-Length: 3\r\n\r\n{}")
            << 400;
        QTest::newRow("negative content length")
            << QByteArray("POST /api/v1/auth/login HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400;
        QTest::newRow("bad chunk size")
            << QByteArray("POST /api/v1/auth/login HTTP/1.1\r\nContent-Type: "
                          "application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n")
            << 400;
        QTest::newRow("huge header")
            << "GET /api/v1/info HTTP/1.1\r\nX-Big: " + QByteArray(40000, 'a') + "\r\n\r\n"
            << 413;
        QTest::newRow("huge url") << "GET /api/v1/" + QByteArray(40000, 'a') + " HTTP/1.1\r\n\r\n"
                                  << 413;
        QTest::newRow("declared body over limit")
            << QByteArray("POST /api/v1/auth/login HTTP/1.1\r\nContent-Type: "
                          "application/json\r\nContent-Length: 99999999999\r\n\r\n")
            << 413;
        QTest::newRow("chunked body over limit")
            << "POST /api/v1/auth/login HTTP/1.1\r\nContent-Type: "
               "application/json\r\nTransfer-Encoding: chunked\r\n\r\n1000000\r\n" +
                   QByteArray(0x100000, 'a')
            << 413;
        QTest::newRow("login not json") << post("/api/v1/auth/login", "{{{") << 400;
        QTest::newRow("login json array") << post("/api/v1/auth/login", "[]") << 400;
        QTest::newRow("login number fields")
            << post("/api/v1/auth/login", R"({"username":1,"password":2})") << 400;
        QTest::newRow("login xml") << post("/api/v1/auth/login", "<a/>", "application/xml") << 415;
        QTest::newRow("login no content type")
            << QByteArray("POST /api/v1/auth/login HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}") << 415;
        QTest::newRow("login invalid utf8")
            << post("/api/v1/auth/login", "{\"username\":\"\xff\xfe\",\"password\":\"x\"}") << 400;
        QTest::newRow("login truncated body")
            << post("/api/v1/auth/login", R"({"username":"a")") << 400;
        QTest::newRow("login nul bytes")
            << post("/api/v1/auth/login", QByteArray("{\"a\":\0}", 7)) << 400;
        QTest::newRow("drawing bad title type")
            << post("/api/v1/drawings", R"({"title":[1]})") << 400;
        QTest::newRow("drawing bad id")
            << post("/api/v1/drawings", R"({"id":"../etc","title":"x"})") << 400;
        QTest::newRow("drawing id too long")
            << post("/api/v1/drawings", "{\"id\":\"" + QByteArray(65, 'a') + "\",\"title\":\"x\"}")
            << 400;
        QTest::newRow("ops deeply nested")
            << post("/api/v1/drawings/d1/ops", QByteArray(5000, '[') + QByteArray(5000, ']'))
            << 400;
        QTest::newRow("ops NaN")
            << post(
                   "/api/v1/drawings/d1/ops",
                   R"({"client_id":"c","ops":[{"op_id":"n","op":"update","id":"o","props":{"x":NaN}}]})")
            << 400;
        QTest::newRow("ops string number")
            << post(
                   "/api/v1/drawings/d1/ops",
                   R"({"client_id":"c","ops":[{"op_id":"n","op":"update","id":"o","props":{"x":"1"}}]})")
            << 400;
        QTest::newRow("ops too many")
            << post("/api/v1/drawings/d1/ops",
                    "{\"client_id\":\"c\",\"ops\":[" + QByteArray("{},").repeated(1000) + "{}]}")
            << 413;
        QTest::newRow("ops stroke partial triple")
            << post(
                   "/api/v1/drawings/d1/ops",
                   R"({"client_id":"c","ops":[{"op_id":"n","op":"create","id":"o","type":"stroke","props":{"points":[1,2]}}]})")
            << 400;
        QTest::newRow("ops line no points")
            << post(
                   "/api/v1/drawings/d1/ops",
                   R"({"client_id":"c","ops":[{"op_id":"n","op":"create","id":"o","type":"line","props":{"points":[]}}]})")
            << 400;
        QTest::newRow("ops text not string")
            << post(
                   "/api/v1/drawings/d1/ops",
                   R"({"client_id":"c","ops":[{"op_id":"n","op":"create","id":"o","type":"text","props":{"text":5}}]})")
            << 400;
        QTest::newRow("ops id with slash")
            << post("/api/v1/drawings/d1/ops",
                    R"({"client_id":"c","ops":[{"op_id":"n","op":"delete","id":"a/b"}]})")
            << 400;
        QTest::newRow("ops bad drawing id")
            << post("/api/v1/drawings/a%20b/ops", R"({"client_id":"c","ops":[]})") << 400;
        QTest::newRow("member bad role")
            << "PUT /api/v1/drawings/d1/members/bob HTTP/1.1\r\n" + tok +
                   "Content-Type: application/json\r\nContent-Length: 14\r\n\r\n{\"role\":\"god\"}"
            << 400;
        QTest::newRow("blob bad name")
            << "PUT /api/v1/blobs/xyz HTTP/1.1\r\n" + tok +
                   "Content-Type: image/png\r\nContent-Length: 1\r\n\r\na"
            << 400;
        QTest::newRow("blob wrong type")
            << "PUT /api/v1/blobs/" + QByteArray(64, 'a') + " HTTP/1.1\r\n" + tok +
                   "Content-Type: text/html\r\nContent-Length: 1\r\n\r\na"
            << 415;
        QTest::newRow("blob hash mismatch")
            << "PUT /api/v1/blobs/" + QByteArray(64, 'a') + " HTTP/1.1\r\n" + tok +
                   "Content-Type: image/png\r\nContent-Length: 1\r\n\r\na"
            << 422;
        QTest::newRow("bad auth scheme")
            << QByteArray("GET /api/v1/me HTTP/1.1\r\nAuthorization: Basic YTpi\r\n\r\n") << 401;
        QTest::newRow("empty bearer")
            << QByteArray("GET /api/v1/me HTTP/1.1\r\nAuthorization: Bearer \r\n\r\n") << 401;
        QTest::newRow("trailing slash") << QByteArray("GET /api/v1/info/ HTTP/1.1\r\n\r\n") << 404;
        QTest::newRow("dot segments")
            << QByteArray("GET /api/v1/../v1/info HTTP/1.1\r\n\r\n") << 404;
        QTest::newRow("ws path plain") << "GET /api/v1/drawings/d1/ws HTTP/1.1\r\n" + tok + "\r\n"
                                       << 426;
        QTest::newRow("ws upgrade without token")
            << QByteArray("GET /api/v1/drawings/d1/ws HTTP/1.1\r\nHost: x\r\nUpgrade: "
                          "websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
                          "dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
            << 401;
        QTest::newRow("ws upgrade bad drawing")
            << "GET /api/v1/drawings/zz/ws HTTP/1.1\r\nHost: x\r\n" + tok +
                   "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
                   "dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"
            << 404;
        QTest::newRow("ws upgrade elsewhere")
            << QByteArray("GET /api/v1/info HTTP/1.1\r\nHost: x\r\nUpgrade: "
                          "websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
                          "dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
            << 404;
        QTest::newRow("ws upgrade bad version")
            << "GET /api/v1/drawings/d1/ws HTTP/1.1\r\nHost: x\r\n" + tok +
                   "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
                   "dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 8\r\n\r\n"
            << 400;
        QTest::newRow("ws upgrade bad key")
            << "GET /api/v1/drawings/d1/ws HTTP/1.1\r\nHost: x\r\n" + tok +
                   "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
                   "short\r\nSec-WebSocket-Version: 13\r\n\r\n"
            << 400;
        QTest::newRow("snapshot bad revision")
            << "GET /api/v1/drawings/d1/snapshot?revision=1e3 HTTP/1.1\r\n" + tok + "\r\n"
            << 400;
        QTest::newRow("ops bad after")
            << "GET /api/v1/drawings/d1/ops?after=%ff HTTP/1.1\r\n" + tok + "\r\n"
            << 400;
    }
    void malformedCorpus()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        request.replace("TOKEN", w->alice.toLatin1());
        const QByteArray response = rawExchange(w->server.port(), request, 10000);
        QVERIFY2(!response.isEmpty(), "no answer (silent close or hang)");
        QCOMPARE(rawStatus(response), status);
        const QJsonObject json = rawJson(response);
        QVERIFY2(!json["error"].toString().isEmpty(), response.left(300).constData());
        QVERIFY(!json["message"].toString().isEmpty());
        // Still serving.
        QCOMPARE(w->call("GET", "/api/v1/info").status, 200);
    }

    void keepAliveAndPipelining()
    {
        const QByteArray one = "GET /api/v1/info HTTP/1.1\r\nHost: x\r\n\r\n";
        const QByteArray response = rawExchange(
            w->server.port(),
            one + one + "GET /api/v1/healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
            5000, false);
        QCOMPARE(response.count("HTTP/1.1 200 OK"), 3);
    }
};

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_server_api.moc"
