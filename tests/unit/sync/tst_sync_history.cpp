// SPDX-License-Identifier: Apache-2.0
// The history panel's data (issue 16): the store's commit log, the timeline that rebuilds any
// revision from checkpoints, and the local echo that writes a local drawing's log.
#include "client/history_timeline.h"
#include "client/local_store.h"
#include "client/sync_session.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace inkboard;
using namespace inkboard::sync;

namespace {

QByteArray dump(const Document &doc)
{
    return QJsonDocument(doc.toJson()).toJson(QJsonDocument::Compact);
}

// A log of `count` commits of creates, moves, restyles and deletes over `ids` objects,
// from a fixed seed: every run sees the same history.
QList<HistoryRecord> randomLog(int count, int ids, qint64 firstRevision = 1, quint32 seed = 16)
{
    QRandomGenerator rng(seed);
    QList<HistoryRecord> log;
    int opNo = 0;
    const QDateTime start = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    for (int i = 0; i < count; ++i) {
        HistoryRecord c;
        c.revision = firstRevision + i;
        c.authorId = QStringLiteral("u%1").arg(rng.bounded(3));
        c.authorName = QStringLiteral("User %1").arg(c.authorId);
        c.clientId = QStringLiteral("c1");
        c.createdAt = start.addSecs(i * 30);
        const int n = 1 + int(rng.bounded(3));
        for (int k = 0; k < n; ++k) {
            const QString id = QStringLiteral("o%1").arg(rng.bounded(ids));
            const QString opId = QStringLiteral("op%1").arg(++opNo);
            switch (rng.bounded(4)) {
            case 0:
                c.ops.append(
                    Op::create(opId, id, ObjectType::Rect,
                               {{"x", double(rng.bounded(500))}, {"y", 0}, {"w", 10}, {"h", 10}}));
                break;
            case 1:
                c.ops.append(Op::update(
                    opId, id, {{"x", double(rng.bounded(500))}, {"y", double(rng.bounded(500))}}));
                break;
            case 2:
                c.ops.append(Op::update(
                    opId, id, {{"stroke_color", rng.bounded(2) ? "#ff0000ff" : "#0000ffff"}}));
                break;
            default:
                c.ops.append(Op::remove(opId, id));
            }
        }
        log.append(c);
    }
    return log;
}

// The reference: every commit applied in order from the base, nothing cached.
Document replayTo(const HistoryBase &base, const QList<HistoryRecord> &log, qint64 revision)
{
    Document d;
    for (const Object &o : base.objects)
        d.put(o);
    for (const HistoryRecord &c : log) {
        if (c.revision > revision)
            break;
        d.apply(c.ops);
    }
    return d;
}

} // namespace

class TestSyncHistory : public QObject
{
    Q_OBJECT
private slots:
    void reconstructingAnyRevisionEqualsReplayingToIt();
    void seekingBetweenRevisionsEqualsReplaying();
    void aLogThatGrowsKeepsItsCheckpointsBounded();
    void storeKeepsTheLogInOrderWithoutGaps();
    void theLogIsBoundedAndItsOldestCommitsFoldIntoTheBase();
    void aLocalDrawingsEchoWritesItsLog();
    void aDrawingWithoutALogStartsOneWhereItIs();
};

void TestSyncHistory::reconstructingAnyRevisionEqualsReplayingToIt()
{
    HistoryBase base;
    base.revision = 40;
    base.objects.append(Object{
        QStringLiteral("o1"), ObjectType::Ellipse, {{"x", 1}, {"y", 2}, {"w", 3}, {"h", 4}}});
    const QList<HistoryRecord> log = randomLog(1500, 60, base.revision + 1);
    HistoryTimeline timeline;
    timeline.reset(base, log);
    QCOMPARE(timeline.latestRevision(), base.revision + 1500);
    // Every revision, from the last to the first so that checkpoints exist before they are
    // used, and then again from the first.
    for (qint64 r = timeline.latestRevision(); r >= base.revision; --r)
        QCOMPARE(dump(timeline.stateAt(r)), dump(replayTo(base, log, r)));
    for (qint64 r = base.revision; r <= timeline.latestRevision(); r += 7)
        QCOMPARE(dump(timeline.stateAt(r)), dump(replayTo(base, log, r)));
}

void TestSyncHistory::seekingBetweenRevisionsEqualsReplaying()
{
    const QList<HistoryRecord> log = randomLog(2000, 80);
    HistoryTimeline timeline;
    timeline.reset({}, log);
    QRandomGenerator rng(7);
    qint64 at = 0;
    Document shown = timeline.stateAt(at);
    for (int i = 0; i < 300; ++i) {
        // Steps of one (a drag), short hops and long jumps, both ways.
        const int kind = int(rng.bounded(3));
        qint64 to = kind == 0   ? at + (rng.bounded(2) ? 1 : -1)
                    : kind == 1 ? at + qint64(rng.bounded(100)) - 50
                                : qint64(rng.bounded(2001));
        to = qBound(qint64(0), to, qint64(2000));
        const QSet<QString> changed = timeline.seek(shown, at, to);
        const Document expected = replayTo({}, log, to);
        QCOMPARE(dump(shown), dump(expected));
        // Whatever differs between the two revisions is among the ids reported.
        const Document before = replayTo({}, log, at);
        for (auto it = expected.objects().begin(); it != expected.objects().end(); ++it) {
            const Object *old = before.find(it.key());
            if (!old || !(*old == it.value()))
                QVERIFY2(changed.contains(it.key()), qPrintable(it.key()));
        }
        at = to;
    }
}

void TestSyncHistory::aLogThatGrowsKeepsItsCheckpointsBounded()
{
    const QList<HistoryRecord> log = randomLog(30000, 40);
    HistoryTimeline timeline;
    timeline.reset({}, {});
    for (qsizetype i = 0; i < log.size(); i += 1000) {
        QCOMPARE(timeline.append(log.mid(i, 1000)), 1000);
        timeline.stateAt(timeline.latestRevision()); // builds the checkpoints so far
    }
    QVERIFY(timeline.latestRevision() / timeline.interval() <=
            2 * HistoryTimeline::kMaxCheckpoints);
    for (qint64 r : {qint64(0), qint64(1), qint64(12345), qint64(29999), qint64(30000)})
        QCOMPARE(dump(timeline.stateAt(r)), dump(replayTo({}, log, r)));
    // A commit that does not follow the log is not taken.
    QCOMPARE(timeline.append(randomLog(1, 4, 30002)), 0);
}

void TestSyncHistory::storeKeepsTheLogInOrderWithoutGaps()
{
    QTemporaryDir dir;
    QString error;
    auto store = LocalStore::open(dir.filePath("s.db"), &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(store->createDrawing(DrawingRecord::local("d1", "One")));
    const QList<HistoryRecord> log = randomLog(30, 10);
    QVERIFY(store->appendHistory("d1", log.mid(0, 20)));
    QVERIFY(store->appendHistory("d1", log.mid(20)));
    QCOMPARE(store->historyLatest("d1"), 30);
    // A gap is refused, and nothing of that call is kept.
    QVERIFY(!store->appendHistory("d1", randomLog(2, 10, 31).mid(1)));
    QCOMPARE(store->historyLatest("d1"), 30);

    bool ok = false;
    const QList<HistoryRecord> back = store->loadHistory("d1", 10, &ok);
    QVERIFY(ok);
    QCOMPARE(back.size(), 20);
    for (qsizetype i = 0; i < back.size(); ++i) {
        const HistoryRecord &want = log.at(10 + i);
        QCOMPARE(back.at(i).revision, want.revision);
        QCOMPARE(back.at(i).authorId, want.authorId);
        QCOMPARE(back.at(i).authorName, want.authorName);
        QCOMPARE(back.at(i).createdAt, want.createdAt);
        QCOMPARE(back.at(i).ops, want.ops);
    }
    // A revision written again (a local echo repeated after a crash) replaces it and what
    // followed it.
    HistoryRecord again = log.at(24);
    again.ops = randomLog(1, 5, 25, 99).first().ops;
    QVERIFY(store->appendHistory("d1", {again}));
    QCOMPARE(store->historyLatest("d1"), 25);
    QCOMPARE(store->loadHistory("d1", 24).first().ops, again.ops);
    // Deleting the drawing deletes its log.
    QVERIFY(store->deleteDrawing("d1"));
    QCOMPARE(store->historyLatest("d1"), 0);
    QVERIFY(store->loadHistory("d1", 0).isEmpty());
}

void TestSyncHistory::theLogIsBoundedAndItsOldestCommitsFoldIntoTheBase()
{
    QTemporaryDir dir;
    auto store =
        LocalStore::open(dir.filePath("s.db"), nullptr, LocalStore::Durability::ProcessCrash);
    QVERIFY(store);
    QVERIFY(store->createDrawing(DrawingRecord::local("d1", "Long")));
    const int total = LocalStore::kHistoryKept + 2 * LocalStore::kHistoryFoldSlack;
    const QList<HistoryRecord> log = randomLog(total, 50);
    QVERIFY(store->appendHistory("d1", log));
    bool ok = false;
    const HistoryBase base = store->historyBase("d1", &ok);
    QVERIFY(ok);
    QCOMPARE(base.revision, qint64(total - LocalStore::kHistoryKept));
    const QList<HistoryRecord> kept = store->loadHistory("d1", base.revision, &ok);
    QVERIFY(ok);
    QCOMPARE(kept.size(), LocalStore::kHistoryKept);
    HistoryTimeline timeline;
    timeline.reset(base, kept);
    for (qint64 r : {base.revision, base.revision + 1, qint64(total / 2), qint64(total)})
        QCOMPARE(dump(timeline.stateAt(r)), dump(replayTo({}, log, r)));
}

void TestSyncHistory::aLocalDrawingsEchoWritesItsLog()
{
    QTemporaryDir dir;
    auto store = LocalStore::open(dir.filePath("s.db"), nullptr);
    QVERIFY(store);
    QVERIFY(store->createDrawing(DrawingRecord::local("d1", "Mine")));
    SyncSession session(store.get(), "d1");
    QVERIFY(session.isValid());
    const QList<HistoryRecord> edits = randomLog(3, 4);
    for (const HistoryRecord &e : edits) {
        QVERIFY(session.submit(e.ops));
        QTRY_COMPARE(session.pendingCount(), 0);
    }
    bool ok = false;
    const QList<HistoryRecord> log = store->loadHistory("d1", 0, &ok);
    QVERIFY(ok);
    QCOMPARE(log.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(log.at(i).revision, i + 1);
        QCOMPARE(log.at(i).ops, edits.at(i).ops);
        QCOMPARE(log.at(i).clientId, store->clientId());
        QVERIFY(log.at(i).authorId.isEmpty()); // this store's own user
        QVERIFY(log.at(i).createdAt.isValid());
    }
    HistoryTimeline timeline;
    timeline.reset(store->historyBase("d1"), log);
    QCOMPARE(dump(timeline.stateAt(3)), dump(session.replica().confirmed()));
}

void TestSyncHistory::aDrawingWithoutALogStartsOneWhereItIs()
{
    QTemporaryDir dir;
    auto store = LocalStore::open(dir.filePath("s.db"), nullptr);
    QVERIFY(store);
    QVERIFY(store->createDrawing(DrawingRecord::local("d1", "Old")));
    {
        SyncSession session(store.get(), "d1");
        QVERIFY(session.submit(randomLog(1, 4).first().ops));
        QTRY_COMPARE(session.pendingCount(), 0);
    }
    // As a store written before it kept logs: objects at a revision, no log.
    QVERIFY(store->clearHistory("d1"));
    SyncSession session(store.get(), "d1");
    QVERIFY(session.isValid());
    const HistoryBase base = store->historyBase("d1");
    QCOMPARE(base.revision, 1);
    Document d;
    for (const Object &o : base.objects)
        d.put(o);
    QCOMPARE(dump(d), dump(session.replica().confirmed()));
    QVERIFY(session.submit(randomLog(1, 4, 2, 5).first().ops));
    QTRY_COMPARE(store->historyLatest("d1"), 2);
}

QTEST_GUILESS_MAIN(TestSyncHistory)
#include "tst_sync_history.moc"
