// SPDX-License-Identifier: Apache-2.0
// Issue 13 rows 10 and 11: online password guessing is throttled, the hash queue is bounded,
// and the small ones (file modes, log lines, member routes, nosniff).
#include "test_common.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>

using namespace inkboard::test;

namespace {

QJsonObject credentials(const QString &name, const QString &password)
{
    return {{"username", name}, {"password", password}};
}

QByteArray loginRequest(const QByteArray &user)
{
    const QByteArray body = R"({"username":")" + user + R"(","password":"password1"})";
    return "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
           "Connection: close\r\nContent-Length: " +
           QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

QByteArray png(int size, char fill = 'p')
{
    QByteArray data("\x89PNG\r\n\x1a\n", 8);
    data += QByteArray(size - 8, fill);
    return data;
}

HttpResult putBlob(World &w, const QByteArray &data, const QString &token)
{
    const QString name =
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    return httpRequestRaw(w.server.baseUrl(), "PUT", "/api/v1/blobs/" + name, data, token,
                          "image/png");
}

constexpr QFile::Permissions kGroupOrOther = QFile::ReadGroup | QFile::WriteGroup |
                                             QFile::ExeGroup | QFile::ReadOther |
                                             QFile::WriteOther | QFile::ExeOther;

} // namespace

class TestServerAbuse : public QObject
{
    Q_OBJECT

private slots:
    // Row 10: wrong passwords for one account run out of tries (429 + Retry-After), even from
    // under the per-address limit; the right password is refused too while it lasts, and
    // other accounts are not affected.
    void loginsForOneAccountAreThrottled()
    {
        ServerFixture server;
        QVERIFY(server.start());
        QVERIFY(server.addUser("alice", "password1"));
        QVERIFY(server.addUser("bob", "password1"));
        int unauthorized = 0;
        HttpResult limited;
        for (int i = 0; i < 30 && limited.status == 0; ++i) {
            const HttpResult r = httpRequest(server.baseUrl(), "POST", "/api/v1/auth/login",
                                             credentials("alice", "wrong-password"));
            if (r.status == 429)
                limited = r;
            else
                QCOMPARE(r.status, 401);
            unauthorized += r.status == 401;
        }
        QCOMPARE(limited.status, 429);
        QVERIFY2(unauthorized >= 3, "a few honest typos are still answered 401");
        QCOMPARE(limited.errorCode(), QStringLiteral("rate_limited"));
        QVERIFY(limited.header("Retry-After").toInt() >= 1);
        QCOMPARE(httpRequest(server.baseUrl(), "POST", "/api/v1/auth/login",
                             credentials("alice", "password1"))
                     .status,
                 429);
        QVERIFY(!server.login("bob", "password1").isEmpty());
    }

    // Row 10: one address trying many names (known or not) runs out of tries as well.
    void loginsFromOneAddressAreThrottled()
    {
        ServerFixture server;
        QVERIFY(server.start());
        HttpResult limited;
        for (int i = 0; i < 200 && limited.status == 0; ++i) {
            const HttpResult r =
                httpRequest(server.baseUrl(), "POST", "/api/v1/auth/login",
                            credentials(QStringLiteral("user%1").arg(i), "password1"));
            if (r.status == 429)
                limited = r;
            else
                QCOMPARE(r.status, 401);
        }
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.header("Retry-After").toInt() >= 1);
    }

    // Row 10: signup shares the per-address budget (each signup costs a hash).
    void signupsFromOneAddressAreThrottled()
    {
        ServerFixture server({"--allow-signup"});
        QVERIFY(server.start());
        HttpResult limited;
        for (int i = 0; i < 200 && limited.status == 0; ++i) {
            const HttpResult r =
                httpRequest(server.baseUrl(), "POST", "/api/v1/auth/signup",
                            credentials(QStringLiteral("new%1").arg(i), "password1"));
            if (r.status == 429)
                limited = r;
            else
                QCOMPARE(r.status, 201);
        }
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.header("Retry-After").toInt() >= 1);
    }

    // Row 10: with more logins waiting for a hash than --max-hash-queue, the others are
    // refused 503 + Retry-After at once instead of queueing without bound.
    void theHashQueueIsBounded()
    {
        ServerFixture server({"--max-hash-queue", "4", "--login-account-per-minute", "0",
                              "--login-address-per-minute", "0"});
        QVERIFY(server.start());
        server.setRealPasswordHashing(true);
        QVERIFY(server.addUser("slow", "password1"));
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < 30; ++i) {
            auto s = std::make_unique<QTcpSocket>();
            s->connectToHost("127.0.0.1", server.port());
            QVERIFY(s->waitForConnected(5000));
            s->write(loginRequest("slow"));
            QVERIFY(s->waitForBytesWritten(5000));
            sockets.push_back(std::move(s));
        }
        int ok = 0;
        int refused = 0;
        for (auto &s : sockets) {
            QByteArray answer;
            QVERIFY(QTest::qWaitFor(
                [&] {
                    answer += s->readAll();
                    return s->state() != QAbstractSocket::ConnectedState ||
                           answer.contains("\r\n\r\n");
                },
                60000));
            answer += s->readAll();
            const int status = rawStatus(answer);
            if (status == 503) {
                ++refused;
                QVERIFY2(answer.toLower().contains("\r\nretry-after: "), answer.constData());
            } else {
                QCOMPARE(status, 200);
                ++ok;
            }
        }
        QVERIFY2(refused > 0, "no login was refused: the queue is unbounded");
        QVERIFY(ok >= 4);
    }

    // An unknown name costs a password hash as a known one does, so that how long a login
    // takes does not tell which names exist. Not timed (tests never are): what is compared is
    // the CPU time the server process spends on 10 failed logins of each kind, read from
    // /proc/PID/stat, which load on the machine does not change. A real-cost hash is tens
    // of milliseconds of CPU; an unknown name checked without one costs next to nothing.
    void unknownAndKnownUsersTakeAlike()
    {
        ServerFixture server;
        server.setRealPasswordHashing(true);
        QVERIFY(server.start());
        QVERIFY(server.addUser("known", "another-password"));
        auto cpuTicks = [&] {
            QFile stat(QStringLiteral("/proc/%1/stat").arg(server.pid()));
            if (!stat.open(QIODevice::ReadOnly))
                return qint64(-1);
            // Fields after the command's closing parenthesis: utime and stime are the 12th
            // and 13th of them.
            const QByteArray text = stat.readAll();
            const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
            return fields.size() > 12 ? fields[11].toLongLong() + fields[12].toLongLong()
                                      : qint64(-1);
        };
        auto cpuOf = [&](const QString &name) {
            const qint64 before = cpuTicks();
            for (int i = 0; i < 10; ++i) {
                const HttpResult r = httpRequest(server.baseUrl(), "POST", "/api/v1/auth/login",
                                                 credentials(name, "wrong-password"));
                if (r.status != 401)
                    return qint64(-1);
            }
            return cpuTicks() - before;
        };
        const qint64 known = cpuOf("known");
        const qint64 unknown = cpuOf("nobody-by-this-name");
        qInfo("server CPU for 10 failed logins: known name %lld ticks, unknown name %lld ticks",
              known, unknown);
        QVERIFY(known > 0 && unknown >= 0);
        QVERIFY2(unknown * 2 >= known && known * 2 >= unknown,
                 qPrintable(QStringLiteral("known %1, unknown %2 ticks").arg(known).arg(unknown)));
    }

    // Row 11: the data folder and the database are the server user's alone.
    void theDataFolderAndDatabaseArePrivate()
    {
        if (ServerFixture::backend() != u"sqlite")
            QSKIP("the database file is SQLite's; PostgreSQL keeps its own files");
        ServerFixture server;
        QVERIFY(server.start());
        const QString fresh = server.dataDir() + QStringLiteral("/fresh");
        QProcess p;
        QProcessEnvironment env = ServerFixture::environment();
        env.remove(QStringLiteral("INKBOARD_DATABASE"));
        p.setProcessEnvironment(env);
        p.start(ServerFixture::binaryPath(),
                {"user", "add", "eve", "--password-stdin", "--data", fresh});
        QVERIFY(p.waitForStarted());
        p.write("password1\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QFileInfo folder(fresh);
        QVERIFY(folder.isDir());
        QCOMPARE(folder.permissions() & kGroupOrOther, QFile::Permissions());
        for (const QString &dir : {fresh, server.dataDir()}) {
            const QFileInfo db(dir + QStringLiteral("/inkboard.sqlite3"));
            QVERIFY2(db.exists(), qPrintable(db.filePath()));
            QCOMPARE(db.permissions() & kGroupOrOther, QFile::Permissions());
        }
    }

    // Row 11: a newline in a request's path (%0a) cannot start a log line of its own.
    void controlCharactersCannotForgeLogLines()
    {
        ServerFixture server;
        QVERIFY(server.start());
        const QByteArray forged = "FORGED-LINE inkboard.server: admin signed in";
        const QByteArray bytes = "GET /api/v1/no-such-route%0a" +
                                 QByteArray(forged).replace(' ', "%20") +
                                 " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
        QVERIFY(rawStatus(rawExchange(server.port(), bytes)) >= 400);
        QVERIFY(
            QTest::qWaitFor([&] { return server.serverStderr().contains("FORGED-LINE"); }, 5000));
        for (const QString &line : server.serverStderr().split(QLatin1Char('\n')))
            QVERIFY2(!line.startsWith(QLatin1String("FORGED-LINE")), qPrintable(line));
    }

    // Row 11: removing a name that is no account and removing an account that is no member
    // answer alike, so a drawing's owner cannot probe which names exist.
    void memberRoutesAnswerUnknownUsersAndNonMembersAlike()
    {
        World w;
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        const HttpResult nonMember =
            w.call("DELETE", "/api/v1/drawings/d1/members/dave", {}, w.alice);
        const HttpResult unknown =
            w.call("DELETE", "/api/v1/drawings/d1/members/nobody", {}, w.alice);
        QCOMPARE(nonMember.status, 404);
        QCOMPARE(unknown.status, nonMember.status);
        QCOMPARE(unknown.body, nonMember.body);
    }

    // Row 11: answers carry X-Content-Type-Options: nosniff (blobs, errors, JSON alike).
    void answersSayNoSniff()
    {
        World w;
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        QCOMPARE(w.call("GET", "/api/v1/info").header("X-Content-Type-Options"),
                 QByteArray("nosniff"));
        QCOMPARE(
            w.call("GET", "/api/v1/no-such-route", {}, w.alice).header("X-Content-Type-Options"),
            QByteArray("nosniff"));
        QCOMPARE(w.call("GET", "/api/v1/drawings/d1/snapshot", {}, w.alice)
                     .header("X-Content-Type-Options"),
                 QByteArray("nosniff"));
    }

    // Row 11: a user owns at most --max-drawings-per-user drawings; past it 403 with a
    // message that says why, while creating one again (idempotent) and other users still work.
    void drawingsPerUserAreCapped()
    {
        World w({"--max-drawings-per-user", "2"});
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr())); // alice owns d1
        QCOMPARE(
            w.call("POST", "/api/v1/drawings", {{"id", "d2"}, {"title", "Two"}}, w.alice).status,
            201);
        const HttpResult over =
            w.call("POST", "/api/v1/drawings", {{"id", "d3"}, {"title", "Three"}}, w.alice);
        QCOMPARE(over.status, 403);
        QCOMPARE(over.errorCode(), QStringLiteral("forbidden"));
        QVERIFY2(over.json["message"].toString().contains(QLatin1String("quota")),
                 over.body.constData());
        QCOMPARE(
            w.call("POST", "/api/v1/drawings", {{"id", "d2"}, {"title", "Two"}}, w.alice).status,
            200);
        QCOMPARE(
            w.call("POST", "/api/v1/drawings", {{"id", "b1"}, {"title", "Bob's"}}, w.bob).status,
            201);
        QCOMPARE(w.call("DELETE", "/api/v1/drawings/d2", {}, w.alice).status, 204);
        QCOMPARE(
            w.call("POST", "/api/v1/drawings", {{"id", "d3"}, {"title", "Three"}}, w.alice).status,
            201);
    }

    // Row 11: the bytes of the blobs a user's uploads added to the store are capped
    // (--max-blob-bytes-per-user): past it 403 with a quota message, and nothing is stored.
    // A blob already stored costs nothing more, and each user has a quota of their own.
    void blobBytesPerUserAreCapped()
    {
        World w({"--max-blob-bytes-per-user", "12000"});
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        QCOMPARE(putBlob(w, png(5000), w.carol).status, 201);
        QCOMPARE(putBlob(w, png(6000), w.carol).status, 201); // 11000 of 12000
        const QByteArray third = png(1001, 'q');
        const HttpResult over = putBlob(w, third, w.carol);
        QCOMPARE(over.status, 403);
        QCOMPARE(over.errorCode(), QStringLiteral("forbidden"));
        QVERIFY2(over.json["message"].toString().contains(QLatin1String("blob quota")),
                 over.body.constData());
        const QString thirdName = QString::fromLatin1(
            QCryptographicHash::hash(third, QCryptographicHash::Sha256).toHex());
        QCOMPARE(w.call("GET", "/api/v1/blobs/" + thirdName, {}, w.carol).status, 404);
        QCOMPARE(putBlob(w, png(1000, 'r'), w.carol).status, 201); // 12000: at the quota
        QCOMPARE(putBlob(w, png(5000), w.carol).status, 200);      // stored already: free
        QCOMPARE(putBlob(w, png(6000), w.bob).status, 200);        // stored by carol: free
        QCOMPARE(putBlob(w, third, w.bob).status, 201);            // bob's own quota
        QCOMPARE(putBlob(w, third, w.carol).status, 200);          // now stored: free
    }

    // Row 11: a blob is read only by who stored it or sent its bytes, and by the members of a
    // drawing with a commit that uses it by an author who could read it; everyone else gets
    // the 404 of a blob that does not exist. Naming a known hash in an op of one's own
    // drawing does not open it.
    void blobsAreReadOnlyByReadersOfDrawingsUsingThem()
    {
        World w;
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        const QByteArray bytes = png(3000);
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const QString path = "/api/v1/blobs/" + hash;
        auto imageOp = [&hash](const QString &opId, const QString &id) {
            return QJsonObject{
                {"op_id", opId},
                {"op", "create"},
                {"id", id},
                {"type", "image"},
                {"props", QJsonObject{{"x", 0}, {"y", 0}, {"w", 10}, {"h", 10}, {"blob", hash}}}};
        };
        QCOMPARE(putBlob(w, bytes, w.alice).status, 201);
        QCOMPARE(w.call("GET", path, {}, w.alice).status, 200);
        QCOMPARE(w.call("GET", path, {}, w.carol).status, 404); // a member, but no drawing uses it
        QCOMPARE(w.call("GET", path, {}, w.dave).status, 404);

        QCOMPARE(
            w.call("POST", "/api/v1/drawings/d1/ops", commitBody({imageOp(uid(), "img1")}), w.alice)
                .status,
            200);
        const HttpResult read = w.call("GET", path, {}, w.carol);
        QCOMPARE(read.status, 200);
        QCOMPARE(read.body, bytes);
        QCOMPARE(w.call("GET", path, {}, w.bob).status, 200);
        const HttpResult stranger = w.call("GET", path, {}, w.dave);
        QCOMPARE(stranger.status, 404);
        const HttpResult missing = w.call("GET", "/api/v1/blobs/" + QString(64, 'e'), {}, w.dave);
        QCOMPARE(missing.status, 404);
        QCOMPARE(stranger.body, missing.body); // a non-member learns nothing

        // Dave names the hash in a drawing of his own: that does not open it to him.
        QCOMPARE(
            w.call("POST", "/api/v1/drawings", {{"id", "d9"}, {"title", "Dave's"}}, w.dave).status,
            201);
        QCOMPARE(
            w.call("POST", "/api/v1/drawings/d9/ops", commitBody({imageOp(uid(), "img9")}), w.dave)
                .status,
            200);
        QCOMPARE(w.call("GET", path, {}, w.dave).status, 404);
        // Sending the bytes proves he holds them: then he may read them (and it costs nothing).
        QCOMPARE(putBlob(w, bytes, w.dave).status, 200);
        QCOMPARE(w.call("GET", path, {}, w.dave).status, 200);

        // A member removed no longer reads the drawing's blobs.
        QCOMPARE(w.call("DELETE", "/api/v1/drawings/d1/members/carol", {}, w.alice).status, 204);
        QCOMPARE(w.call("GET", path, {}, w.carol).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestServerAbuse)
#include "tst_server_abuse.moc"
