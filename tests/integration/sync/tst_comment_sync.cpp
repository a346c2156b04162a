// SPDX-License-Identifier: Apache-2.0
// Comments through the sync engine and the real server (PROTOCOL.md §8): written offline and
// posted once back online, drained exactly once after a client is killed mid-way, pushed to
// another client, and never drawing ops.
#include "client/comment_sync.h"
#include "sync_harness.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <csignal>

using namespace inkboard;
using namespace inkboard::sync;
using namespace inkboard::test;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

protocol::CommentAnchor at(double x, double y)
{
    protocol::CommentAnchor a;
    a.x = x;
    a.y = y;
    return a;
}

// The killed-client child: comments with the server reachable, then dies by SIGKILL with
// some posted, some in flight and some never sent.
int runKilledCommenterChild()
{
    const QString path = qEnvironmentVariable("INKBOARD_COMMENT_CHILD_STORE");
    const QString drawing = qEnvironmentVariable("INKBOARD_COMMENT_CHILD_DRAWING");
    const int comments = qEnvironmentVariableIntValue("INKBOARD_COMMENT_CHILD_COUNT");
    auto store = LocalStore::open(path, nullptr);
    if (!store)
        return 2;
    SyncSession session(store.get(), drawing, fastOptions());
    QElapsedTimer waited;
    waited.start();
    while (session.connectionState() != SyncSession::ConnectionState::Live) {
        if (waited.elapsed() > 20000)
            return 3;
        QTest::qWait(10);
    }
    for (int i = 0; i < comments; ++i) {
        if (session.comments()->startThread(at(i, i), QStringLiteral("note %1").arg(i)).isEmpty())
            return 4;
        if (i % 3 == 0)
            QTest::qWait(2);
    }
    ::raise(SIGKILL);
    return 1;
}

} // namespace

class TestCommentSync : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ServerFixture> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_token;
    int m_clients = 0;

    QString nextPath() { return m_dir->filePath(QStringLiteral("client%1.db").arg(++m_clients)); }
    QUrl url() const { return m_server->baseUrl(); }

    // Every comment on the server, by id, paging with the cursor; ids seen twice counted.
    QHash<QString, QJsonObject> serverComments(const QString &id, int *rows = nullptr)
    {
        QHash<QString, QJsonObject> all;
        qint64 cursor = 0;
        int n = 0;
        for (;;) {
            const HttpResult r = httpRequest(
                url(), "GET",
                QStringLiteral("/api/v1/drawings/%1/comments?after=%2").arg(id).arg(cursor), {},
                m_token);
            if (r.status != 200)
                return {};
            for (const QJsonValue &c : r.json.value("comments").toArray()) {
                all.insert(c["id"].toString(), c.toObject());
                ++n;
            }
            cursor = r.json.value("cursor").toInteger();
            if (!r.json.value("has_more").toBool())
                break;
        }
        if (rows)
            *rows = n;
        return all;
    }

    static bool live(const SyncClientUnderTest &c)
    {
        return c->connectionState() == SyncSession::ConnectionState::Live;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<ServerFixture>();
        QVERIFY(m_server->start());
        QVERIFY(m_server->addUser("alice", kPassword));
        m_token = m_server->login("alice", kPassword);
        QVERIFY(!m_token.isEmpty());
    }

    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void commentsWrittenOfflineArePostedOnceBackOnline()
    {
        const QString id = QStringLiteral("offline");
        QVERIFY(createServerDrawing(url(), m_token, id));
        SyncClientUnderTest c = openClient(nextPath(), url(), m_token, id);
        QTRY_VERIFY_WITH_TIMEOUT(live(c), 20000);
        QCOMPARE(m_server->terminate(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!live(c), 20000);

        CommentSync *comments = c->comments();
        const QString thread = comments->startThread(at(5, 6), QStringLiteral("offline thread"));
        QVERIFY(!thread.isEmpty());
        const QString answer = comments->reply(thread, QStringLiteral("offline reply"));
        QVERIFY(!answer.isEmpty());
        QVERIFY(comments->setResolved(thread, true));
        QVERIFY(comments->edit(answer, QStringLiteral("offline reply, edited")));
        // Shown at once, queued in the store, nothing on the server yet.
        QCOMPARE(comments->queuedCount(), 4);
        QCOMPARE(comments->comments().size(), 2);
        QVERIFY(comments->comment(thread)->resolved);
        QVERIFY(comments->isQueued(answer));
        QCOMPARE(c.store->commentOutbox(id).size(), 4);
        // Not drawing ops: nothing pending, nothing for undo.
        QCOMPARE(c->pendingCount(), 0);

        QVERIFY(m_server->restart());
        QSignalSpy drained(comments, &CommentSync::drained);
        QTRY_VERIFY_WITH_TIMEOUT(comments->queuedCount() == 0, 30000);
        QCOMPARE(c.store->commentOutbox(id).size(), 0);
        int rows = 0;
        const auto stored = serverComments(id, &rows);
        QCOMPARE(rows, 2);
        QCOMPARE(stored[thread]["resolved"].toBool(), true);
        QCOMPARE(stored[answer]["text"].toString(), QStringLiteral("offline reply, edited"));
        QCOMPARE(stored[answer]["thread"].toString(), thread);
        // What the client shows is now the server's copy.
        QCOMPARE(comments->comment(answer)->seq, stored[answer]["seq"].toInteger());
        QVERIFY(!comments->isQueued(answer));
    }

    void aKilledClientPostsItsQueuedCommentsOnce()
    {
        const QString id = QStringLiteral("killed");
        QVERIFY(createServerDrawing(url(), m_token, id));
        const QString path = nextPath();
        QVERIFY(prepareStore(path, url(), m_token, id));
        const int count = 30;
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("INKBOARD_COMMENT_CHILD_STORE", path);
        env.insert("INKBOARD_COMMENT_CHILD_DRAWING", id);
        env.insert("INKBOARD_COMMENT_CHILD_COUNT", QString::number(count));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        auto store = LocalStore::open(path, nullptr);
        QVERIFY(store);
        const int queued = int(store->commentOutbox(id).size());
        qInfo("%d of %d comments still queued when the client was killed", queued, count);
        SyncSession session(store.get(), id, fastOptions());
        QCOMPARE(session.comments()->comments().size(), count);
        QTRY_VERIFY_WITH_TIMEOUT(session.comments()->queuedCount() == 0, 30000);
        int rows = 0;
        const auto stored = serverComments(id, &rows);
        QCOMPARE(rows, count); // no comment twice, none lost
        QCOMPARE(stored.size(), count);
        QSet<QString> texts;
        for (const QJsonObject &c : stored)
            texts.insert(c["text"].toString());
        for (int i = 0; i < count; ++i)
            QVERIFY(texts.contains(QStringLiteral("note %1").arg(i)));
        QCOMPARE(store->commentOutbox(id).size(), 0);
    }

    void commentsReachAnotherClient()
    {
        const QString id = QStringLiteral("push");
        QVERIFY(createServerDrawing(url(), m_token, id));
        SyncClientUnderTest a = openClient(nextPath(), url(), m_token, id);
        SyncClientUnderTest b = openClient(nextPath(), url(), m_token, id);
        QTRY_VERIFY_WITH_TIMEOUT(live(a) && live(b), 20000);
        const QString thread = a->comments()->startThread(at(1, 2), QStringLiteral("from a"));
        QTRY_VERIFY_WITH_TIMEOUT(b->comments()->comment(thread).has_value(), 10000);
        QCOMPARE(b->comments()->comment(thread)->text, QStringLiteral("from a"));
        const QString answer = b->comments()->reply(thread, QStringLiteral("from b"));
        QTRY_VERIFY_WITH_TIMEOUT(a->comments()->comment(answer).has_value(), 10000);
        QVERIFY(b->comments()->setResolved(thread, true));
        QTRY_VERIFY_WITH_TIMEOUT(a->comments()->comment(thread)->resolved, 10000);
        QVERIFY(a->comments()->remove(answer));
        QTRY_VERIFY_WITH_TIMEOUT(b->comments()->comment(answer)->deleted, 10000);
        // A client opened later reads them all from its cursor, and keeps them offline.
        const QString path = nextPath();
        {
            SyncClientUnderTest c = openClient(path, url(), m_token, id);
            QTRY_VERIFY_WITH_TIMEOUT(c->comments()->comments().size() == 2, 10000);
        }
        auto store = LocalStore::open(path, nullptr);
        QVERIFY(store);
        QCOMPARE(store->loadComments(id).size(), 2);
        QVERIFY(store->commentCursor(id) > 0);
    }

    void aRefusedChangeIsDroppedAndSaid()
    {
        const QString id = QStringLiteral("refused");
        QVERIFY(createServerDrawing(url(), m_token, id));
        QVERIFY(m_server->addUser("bob", kPassword));
        QCOMPARE(httpRequest(url(), "PUT",
                             QStringLiteral("/api/v1/drawings/%1/members/bob").arg(id),
                             {{"role", "viewer"}}, m_token)
                     .status,
                 200);
        // Alice's thread, which the viewer bob may not resolve.
        const HttpResult made = httpRequest(
            url(), "POST", QStringLiteral("/api/v1/drawings/%1/comments").arg(id),
            {{"id", "t1"}, {"anchor", QJsonObject{{"x", 0}, {"y", 0}}}, {"text", "x"}}, m_token);
        QCOMPARE(made.status, 201);
        const QString bob = m_server->login("bob", kPassword);
        SyncClientUnderTest c = openClient(nextPath(), url(), bob, id);
        QTRY_VERIFY_WITH_TIMEOUT(live(c) && c->comments()->comment("t1"), 20000);
        QSignalSpy refused(c->comments(), &CommentSync::refused);
        QVERIFY(c->comments()->setResolved("t1", true));
        QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty(), 10000);
        QCOMPARE(c->comments()->queuedCount(), 0);
        QCOMPARE(c->comments()->comment("t1")->resolved, false);
        // A viewer still comments.
        const QString answer = c->comments()->reply("t1", QStringLiteral("a viewer's reply"));
        QTRY_VERIFY_WITH_TIMEOUT(c->comments()->queuedCount() == 0, 10000);
        QVERIFY(serverComments(id).contains(answer));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("INKBOARD_COMMENT_CHILD_STORE"))
        return runKilledCommenterChild();
    TestCommentSync test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_comment_sync.moc"
