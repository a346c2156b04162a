// SPDX-License-Identifier: Apache-2.0
#include "client/local_store.h"
#include "client/sync_session.h"
#include "protocol/commit.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <csignal>

using namespace inkboard;
using namespace inkboard::sync;

namespace {

Op makeRect(const QString &opId, const QString &id, double x)
{
    return Op::create(opId, id, ObjectType::Rect, {{"x", x}, {"y", 0}, {"w", 10}, {"h", 10}});
}

std::unique_ptr<LocalStore> openWithDrawing(const QString &path, const QString &id)
{
    auto store = LocalStore::open(path, nullptr);
    if (store && !store->drawing(id))
        store->createDrawing(DrawingRecord::local(id, QStringLiteral("Offline")));
    return store;
}

// Counts the timeouts of every QTimer of this thread with a given interval: the session's
// timers are private, but an application-wide event filter sees their timer events.
class TimerTicks : public QObject
{
public:
    explicit TimerTicks(int intervalMs) : m_intervalMs(intervalMs)
    {
        QCoreApplication::instance()->installEventFilter(this);
    }
    ~TimerTicks() override { QCoreApplication::instance()->removeEventFilter(this); }
    int count() const { return m_count; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Timer) {
            if (auto *timer = qobject_cast<QTimer *>(watched);
                timer && timer->interval() == m_intervalMs)
                ++m_count;
        }
        return false;
    }

private:
    int m_intervalMs;
    int m_count = 0;
};

// The crash child: edits, then kills itself with SIGKILL before the event loop runs again.
int runCrashChild(const QString &path, int edits)
{
    auto store = openWithDrawing(path, QStringLiteral("d"));
    SyncSession session(store.get(), QStringLiteral("d"));
    for (int i = 0; i < edits; ++i)
        session.submit({makeRect(QStringLiteral("op%1").arg(i), QStringLiteral("o%1").arg(i), i)});
    ::raise(SIGKILL);
    return 1;
}

} // namespace

class TestSyncSessionOffline : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("s%1.db").arg(++m_n)); }

private slots:
    void aLocalDrawingEditsWithNoServer()
    {
        auto store = openWithDrawing(freshPath(), QStringLiteral("d"));
        SyncSession session(store.get(), QStringLiteral("d"));
        QVERIFY(session.isValid());
        QVERIFY(session.isLocalOnly());
        QCOMPARE(session.connectionState(), SyncSession::ConnectionState::Offline);
        QSignalSpy changed(&session, &SyncSession::objectsChanged);
        QSignalSpy pending(&session, &SyncSession::pendingCountChanged);
        session.submit({makeRect("op1", "a", 1), makeRect("op2", "b", 2)});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<QSet<QString>>(), (QSet<QString>{"a", "b"}));
        QCOMPARE(session.replica().visible().size(), 2);
        QCOMPARE(session.pendingCount(), 2);
        // The local echo acknowledges the pending ops on the next turn of the event loop.
        QTRY_COMPARE(session.pendingCount(), 0);
        QCOMPARE(session.replica().confirmed().size(), 2);
        QCOMPARE(session.replica().confirmedRevision(), 1);
        QCOMPARE(pending.last().first().toInt(), 0);
        QCOMPARE(session.replica().visible(), session.replica().recomputeVisible());
    }

    void invalidOpsAreRefusedBeforeTheyAreShown_data()
    {
        QTest::addColumn<Op>("op");
        QTest::newRow("a negative width is invalid_op")
            << Op::create("op1", "a", ObjectType::Rect, {{"w", -1}, {"h", 1}});
        QTest::newRow("a bad color is invalid_op") << Op::create(
            "op1", "a", ObjectType::Rect, {{"w", 1}, {"h", 1}, {"fill_color", "red"}});
        QTest::newRow("a bad object id is invalid_id")
            << Op::create("op1", "a b", ObjectType::Rect, {{"w", 1}, {"h", 1}});
        QTest::newRow("a missing op id is invalid") << Op::remove("", "a");
        // The rect "ok" made by the same submit: its type says `w` is required.
        QTest::newRow("removing a required prop is invalid_op")
            << Op::update("op1", "ok", {{"w", QJsonValue::Null}});
    }

    void invalidOpsAreRefusedBeforeTheyAreShown()
    {
        QFETCH(Op, op);
        auto store = openWithDrawing(freshPath(), QStringLiteral("d"));
        SyncSession session(store.get(), QStringLiteral("d"));
        QSignalSpy errors(&session, &SyncSession::errorOccurred);
        QSignalSpy changed(&session, &SyncSession::objectsChanged);
        session.submit({makeRect("ok", "ok", 1), op});
        QCOMPARE(errors.size(), 1);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(session.pendingCount(), 0);
        QCOMPARE(store->pendingCount("d"), 0);
    }

    void pendingIsWrittenBeforeVisible()
    {
        const QString path = freshPath();
        auto store = openWithDrawing(path, QStringLiteral("d"));
        SyncSession session(store.get(), QStringLiteral("d"));
        // When the view hears of the edit, a second reader of the file already sees it.
        bool persistedFirst = false;
        connect(&session, &SyncSession::objectsChanged, this, [&](const QSet<QString> &) {
            auto reader = LocalStore::open(path, nullptr);
            const QList<PendingRecord> pending = reader->loadPending("d");
            persistedFirst = pending.size() == 1 && pending.first().op.opId == u"op1";
        });
        session.submit({makeRect("op1", "a", 1)});
        QVERIFY(persistedFirst);
    }

    void reopenShowsTheLastEdit_data()
    {
        QTest::addColumn<bool>("letEchoRun");
        QTest::newRow("closed while the edit is still pending") << false;
        QTest::newRow("closed after the local echo confirmed it") << true;
    }

    void reopenShowsTheLastEdit()
    {
        QFETCH(bool, letEchoRun);
        const QString path = freshPath();
        Document expected;
        {
            auto store = openWithDrawing(path, QStringLiteral("d"));
            SyncSession session(store.get(), QStringLiteral("d"));
            session.submit({makeRect("op1", "a", 1)});
            session.submit({Op::update("op2", "a", {{"x", 42}, {"fill_color", "#ff0000ff"}})});
            session.submit({makeRect("op3", "b", 3), Op::remove("op4", "b")});
            if (letEchoRun)
                QTRY_COMPARE(session.pendingCount(), 0);
            expected = session.replica().visible();
        }
        auto store = LocalStore::open(path, nullptr);
        SyncSession session(store.get(), QStringLiteral("d"));
        QVERIFY(session.isValid());
        QCOMPARE(session.replica().visible(), expected);
        QCOMPARE(session.replica().visible().find("a")->number(QLatin1String("x")), 42.0);
        QTRY_COMPARE(session.pendingCount(), 0); // the echo resumes after a reopen
        QCOMPARE(session.replica().visible(), expected);
    }

    void aKilledProcessLosesNoEditThatWasShown()
    {
        const QString path = freshPath();
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("INKBOARD_CRASH_CHILD_STORE"), path);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        auto store = LocalStore::open(path, nullptr);
        QVERIFY(store);
        SyncSession session(store.get(), QStringLiteral("d"));
        QCOMPARE(session.replica().visible().size(), 50);
        QCOMPARE(session.pendingCount(), 50);
        QTRY_COMPARE(session.pendingCount(), 0);
        QCOMPARE(session.replica().confirmed().size(), 50);
    }

    void commitsApplyInRevisionOrder_data()
    {
        QTest::addColumn<QList<int>>("arrival");
        QTest::addColumn<int>("expectedRevision");
        QTest::newRow("in order they apply") << QList<int>{1, 2, 3} << 3;
        QTest::newRow("past a gap they are held, then applied in order")
            << QList<int>{3, 2, 1} << 3;
        QTest::newRow("a stale one is ignored") << QList<int>{1, 2, 1, 2, 3} << 3;
        QTest::newRow("a gap never filled stays held") << QList<int>{1, 3} << 1;
    }

    void commitsApplyInRevisionOrder()
    {
        QFETCH(QList<int>, arrival);
        QFETCH(int, expectedRevision);
        // A server-backed drawing with no account: offline, commits only come by hand.
        auto store = LocalStore::open(freshPath(), nullptr);
        DrawingRecord d = DrawingRecord::local("d", "t");
        d.serverUrl = "http://127.0.0.1:9";
        QVERIFY(store->createDrawing(d));
        SyncSession session(store.get(), "d");
        auto commit = [](int revision) {
            protocol::Commit c;
            c.revision = revision;
            // Each commit moves the same object: only in-order application ends at x = 3.
            c.ops = {revision == 1
                         ? makeRect("r1", "a", 1)
                         : Op::update(QStringLiteral("r%1").arg(revision), "a", {{"x", revision}})};
            return c;
        };
        for (int r : arrival)
            session.receiveCommits({commit(r)});
        QCOMPARE(session.replica().confirmedRevision(), expectedRevision);
        QCOMPARE(session.replica().visible().find("a")->number(QLatin1String("x")),
                 double(expectedRevision));
        QTRY_COMPARE(store->drawing("d")->confirmedRevision, expectedRevision);
        QCOMPARE(store->loadObjects("d").first().number(QLatin1String("x")),
                 double(expectedRevision));
    }

    void ownCommitAcknowledgesPending()
    {
        auto store = LocalStore::open(freshPath(), nullptr);
        DrawingRecord d = DrawingRecord::local("d", "t");
        d.serverUrl = "http://127.0.0.1:9";
        QVERIFY(store->createDrawing(d));
        SyncSession session(store.get(), "d");
        QSignalSpy errors(&session, &SyncSession::errorOccurred);
        QTRY_COMPARE(session.offlineReason(), SyncSession::OfflineReason::SignedOut);
        session.submit({makeRect("mine", "a", 1), Op::update("mine2", "a", {{"x", 2}})});
        QCOMPARE(session.pendingCount(), 2); // nothing acknowledges without a server
        protocol::Commit c;
        c.revision = 1;
        c.ops = {makeRect("theirs", "b", 5), makeRect("mine", "a", 1)};
        session.receiveCommits({c});
        QCOMPARE(session.pendingCount(), 1);
        QCOMPARE(session.replica().visible().find("a")->number(QLatin1String("x")), 2.0);
        QVERIFY(session.replica().visible() == session.replica().recomputeVisible());
        QTRY_COMPARE(store->pendingCount("d"), 1);
        QCOMPARE(store->loadPending("d").first().op.opId, QStringLiteral("mine2"));
    }

    void submitRefusesAReusedOpId()
    {
        auto store = openWithDrawing(freshPath(), QStringLiteral("d"));
        SyncSession session(store.get(), QStringLiteral("d"));
        QSignalSpy errors(&session, &SyncSession::errorOccurred);
        session.submit({makeRect("same", "a", 1), makeRect("same", "b", 1)});
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().first().toString(), QStringLiteral("op_id_conflict"));
        QCOMPARE(session.pendingCount(), 0);
    }

    void unknownDrawingIsAnInvalidSessionNotACrash()
    {
        auto store = LocalStore::open(freshPath(), nullptr);
        SyncSession session(store.get(), QStringLiteral("missing"));
        QVERIFY(!session.isValid());
        QVERIFY(!session.errorString().isEmpty());
        QSignalSpy errors(&session, &SyncSession::errorOccurred);
        session.submit({makeRect("op1", "a", 1)});
        QCOMPARE(errors.size(), 1);
    }

    // Presence set while there is no connection waits for the next hello (which sends it);
    // the coalescing timer must not tick every interval meanwhile, for hours on a laptop.
    void thePresenceTimerSleepsWhileOffline()
    {
        // A server-backed drawing with no account: offline, never connecting.
        auto store = LocalStore::open(freshPath(), nullptr);
        DrawingRecord d = DrawingRecord::local("d", "t");
        d.serverUrl = "http://127.0.0.1:9";
        QVERIFY(store->createDrawing(d));
        SyncOptions options;
        options.presenceIntervalMs = 37; // no other timer of the session has this interval
        SyncSession session(store.get(), "d", options);
        QTRY_COMPARE(session.offlineReason(), SyncSession::OfflineReason::SignedOut);
        TimerTicks ticks(options.presenceIntervalMs);
        protocol::Presence p;
        for (int i = 0; i < 5; ++i) {
            p.cursor = QPointF(i, i);
            session.setPresence(p);
            QTest::qWait(20);
        }
        // Ten intervals or so: a timer left running would have ticked about that often.
        QTest::qWait(10 * options.presenceIntervalMs);
        QCOMPARE(ticks.count(), 0);
    }

    void manySessionsShareOneStore()
    {
        auto store = LocalStore::open(freshPath(), nullptr);
        store->createDrawing(DrawingRecord::local("d1", "one"));
        store->createDrawing(DrawingRecord::local("d2", "two"));
        SyncSession s1(store.get(), "d1");
        SyncSession s2(store.get(), "d2");
        s1.submit({makeRect("op1", "a", 1)});
        s2.submit({makeRect("op1", "a", 2), makeRect("op2", "b", 2)});
        QTRY_COMPARE(s1.pendingCount() + s2.pendingCount(), 0);
        // The confirmed write is deferred (SyncOptions::confirmedFlushMs) and then lands.
        QTRY_COMPARE(store->loadObjects("d1").size(), 1);
        QTRY_COMPARE(store->loadObjects("d2").size(), 2);
        QCOMPARE(store->pendingCount("d1") + store->pendingCount("d2"), 0);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString crashStore = qEnvironmentVariable("INKBOARD_CRASH_CHILD_STORE");
    if (!crashStore.isEmpty())
        return runCrashChild(crashStore, 50);
    TestSyncSessionOffline test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sync_session_offline.moc"
