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

// A store in `dir` holding drawing d1 with `log`.
std::unique_ptr<LocalStore> storeWith(const QTemporaryDir &dir, const QList<HistoryRecord> &log)
{
    auto store =
        LocalStore::open(dir.filePath("s.db"), nullptr, LocalStore::Durability::ProcessCrash);
    if (!store || !store->createDrawing(DrawingRecord::local("d1", "Log")) ||
        !store->appendHistory("d1", log))
        return nullptr;
    return store;
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
    void aLogReadUnparsedGivesTheSameDrawings();
    void aLogKnownByItsTimesReadsTheRestInChunks();
    void checkpointsKeptInTheStoreGiveTheSameDrawings();
    void theStoreDropsCheckpointsTheLogNoLongerMatches();
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
        // Now and then a limit that a long jump exceeds: the document is then rebuilt whole.
        const qsizetype limit = i % 3 == 0 ? 20 : 100000;
        const std::optional<QSet<QString>> changed = timeline.seek(shown, at, to, limit);
        const Document expected = replayTo({}, log, to);
        QCOMPARE(dump(shown), dump(expected));
        const Document before = replayTo({}, log, at);
        if (!changed) {
            QCOMPARE(limit, 20);
            at = to;
            continue;
        }
        QVERIFY(changed->size() <= limit);
        // Whatever differs between the two revisions is among the ids reported.
        for (auto it = expected.objects().begin(); it != expected.objects().end(); ++it) {
            const Object *old = before.find(it.key());
            if (!old || !(*old == it.value()))
                QVERIFY2(changed->contains(it.key()), qPrintable(it.key()));
        }
        at = to;
    }
}

void TestSyncHistory::aLogThatGrowsKeepsItsCheckpointsBounded()
{
    const QList<HistoryRecord> log = randomLog(30000, 40);
    HistoryTimeline timeline;
    timeline.reset({}, QList<HistoryRecord>());
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

void TestSyncHistory::aLogReadUnparsedGivesTheSameDrawings()
{
    QTemporaryDir dir;
    const QList<HistoryRecord> log = randomLog(3000, 70);
    const auto store = storeWith(dir, log);
    QVERIFY(store);
    bool ok = false;
    const QList<HistoryEntry> entries =
        store->loadHistoryEntries("d1", 0, std::numeric_limits<qint64>::max(), &ok);
    QVERIFY(ok);
    QCOMPARE(entries.size(), log.size());
    HistoryTimeline timeline;
    timeline.reset({}, entries);
    // The headers are there before any op is parsed.
    for (qint64 r : {qint64(1), qint64(1500), qint64(3000)}) {
        QCOMPARE(timeline.header(r)->authorId, log.at(r - 1).authorId);
        QCOMPARE(timeline.header(r)->createdAt, log.at(r - 1).createdAt);
    }
    // The byte test never misses an object a commit names, and rarely names one it does not.
    int misses = 0;
    for (const HistoryRecord &c : log) {
        for (int k = 0; k < 70; ++k) {
            const QString id = QStringLiteral("o%1").arg(k);
            const bool names = std::any_of(c.ops.cbegin(), c.ops.cend(),
                                           [&](const Op &op) { return op.id == id; });
            const bool may = timeline.mayName(c.revision, id);
            QVERIFY2(!names || may, qPrintable(QStringLiteral("r%1 %2").arg(c.revision).arg(id)));
            misses += may && !names;
        }
    }
    QCOMPARE(misses, 0);
    QRandomGenerator rng(3);
    Document shown = timeline.stateAt(0);
    qint64 at = 0;
    for (int i = 0; i < 60; ++i) {
        const qint64 to = qint64(rng.bounded(3001));
        timeline.seek(shown, at, to, 50);
        QCOMPARE(dump(shown), dump(replayTo({}, log, to)));
        QCOMPARE(timeline.commit(to ? to : 1)->ops, log.at(to ? to - 1 : 0).ops);
        at = to;
    }
    QCOMPARE(timeline.unreadable(), 0);

    // A stored commit that does not parse changes nothing and is counted, once.
    QList<HistoryEntry> damaged = entries.mid(0, 10);
    damaged[4].opsJson = "[{\"op\":";
    timeline.reset({}, damaged);
    QCOMPARE(dump(timeline.stateAt(10)), dump([&] {
                 Document d = replayTo({}, log, 4);
                 for (qint64 r = 6; r <= 10; ++r)
                     d.apply(log.at(r - 1).ops);
                 return d;
             }()));
    QVERIFY(timeline.commit(5)->ops.isEmpty());
    QCOMPARE(timeline.unreadable(), 1);
}

void TestSyncHistory::aLogKnownByItsTimesReadsTheRestInChunks()
{
    QTemporaryDir dir;
    const QList<HistoryRecord> log = randomLog(3000, 50);
    const auto store = storeWith(dir, log);
    QVERIFY(store);
    bool ok = false;
    const QList<qint64> times = store->historyTimes("d1", 0, &ok);
    QVERIFY(ok);
    QCOMPARE(times.size(), log.size());
    QCOMPARE(times.at(1234), log.at(1234).createdAt.toMSecsSinceEpoch());
    QCOMPARE(store->historyTimes("d1", 2990).size(), 10);

    QList<std::pair<qint64, qint64>> reads;
    HistoryTimeline timeline;
    timeline.reset({}, times, [&](qint64 after, qint64 through) {
        reads.append({after, through});
        return store->loadHistoryEntries("d1", after, through);
    });
    QCOMPARE(timeline.latestRevision(), 3000);
    QCOMPARE(timeline.timeOf(3000), log.last().createdAt.toMSecsSinceEpoch());
    QVERIFY(reads.isEmpty()); // nothing read but the times
    QCOMPARE(timeline.header(2999)->authorName, log.at(2998).authorName);
    QCOMPARE(timeline.header(2999)->createdAt, log.at(2998).createdAt);
    QCOMPARE(reads.size(), 1);
    QCOMPARE(reads.first().second - reads.first().first,
             qint64(3000 % HistoryTimeline::kReadChunk));
    for (qint64 r : {qint64(3000), qint64(700), qint64(0), qint64(2222)})
        QCOMPARE(dump(timeline.stateAt(r)), dump(replayTo({}, log, r)));
    QCOMPARE(timeline.commit(700)->ops, log.at(699).ops);
    // Each chunk read once.
    QCOMPARE(reads.size(), (3000 + HistoryTimeline::kReadChunk - 1) / HistoryTimeline::kReadChunk);
    QCOMPARE(timeline.unreadable(), 0);

    // A chunk the reader cannot give: its commits change nothing and are counted.
    HistoryTimeline holed;
    holed.reset({}, times, [&](qint64 after, qint64 through) {
        return after == 0 ? QList<HistoryEntry>() : store->loadHistoryEntries("d1", after, through);
    });
    Document expected;
    for (qint64 r = HistoryTimeline::kReadChunk + 1; r <= 3000; ++r)
        expected.apply(log.at(r - 1).ops);
    QCOMPARE(dump(holed.stateAt(3000)), dump(expected));
    QCOMPARE(holed.unreadable(), HistoryTimeline::kReadChunk);
    QCOMPARE(holed.header(3)->createdAt, log.at(2).createdAt);
}

void TestSyncHistory::checkpointsKeptInTheStoreGiveTheSameDrawings()
{
    QTemporaryDir dir;
    const int total = 40000;
    const QList<HistoryRecord> log = randomLog(total, 60);
    const auto store = storeWith(dir, log);
    QVERIFY(store);
    {
        // A first window builds every checkpoint and offers some to the store.
        HistoryTimeline timeline;
        timeline.reset({}, store->loadHistoryEntries("d1", 0));
        timeline.setStoredCheckpoints({},
                                      [&](qint64 r) { return store->historyCheckpoint("d1", r); });
        timeline.stateAt(total);
        const std::map<qint64, Document> offered = timeline.takeCheckpointsToStore();
        QVERIFY(offered.size() >= 2);
        QVERIFY(offered.size() <= HistoryTimeline::kStoredCheckpoints + 1);
        qint64 previous = 0;
        for (const auto &[revision, document] : offered) {
            QVERIFY(revision - previous >= HistoryTimeline::kMinStoredSpacing);
            previous = revision;
            QCOMPARE(dump(document), dump(replayTo({}, log, revision)));
            QVERIFY(store->putHistoryCheckpoint("d1", revision, document.objects().values()));
            timeline.markStored(revision);
        }
        QVERIFY(timeline.takeCheckpointsToStore().empty());
    }
    const QList<qint64> kept = store->historyCheckpoints("d1");
    QVERIFY(kept.size() >= 2);
    // A new window reads the nearest one below instead of replaying from the start.
    HistoryTimeline timeline;
    timeline.reset({}, store->loadHistoryEntries("d1", 0));
    QList<qint64> read;
    timeline.setStoredCheckpoints(kept, [&](qint64 r) {
        read.append(r);
        return store->historyCheckpoint("d1", r);
    });
    const qint64 target = kept.last() + 7;
    QCOMPARE(dump(timeline.stateAt(target)), dump(replayTo({}, log, target)));
    QCOMPARE(read, QList<qint64>{kept.last()});
    for (qint64 r : {qint64(1), kept.first() - 1, kept.first(), qint64(total / 2), qint64(total)})
        QCOMPARE(dump(timeline.stateAt(r)), dump(replayTo({}, log, r)));

    // One that cannot be read is rebuilt from the log, and not asked for again.
    HistoryTimeline broken;
    broken.reset({}, store->loadHistoryEntries("d1", 0));
    int reads = 0;
    broken.setStoredCheckpoints(kept, [&](qint64) {
        ++reads;
        return std::optional<QList<Object>>();
    });
    QCOMPARE(dump(broken.stateAt(kept.last() + 3)), dump(replayTo({}, log, kept.last() + 3)));
    QCOMPARE(dump(broken.stateAt(total)), dump(replayTo({}, log, total)));
    QVERIFY(reads <= kept.size());
}

void TestSyncHistory::theStoreDropsCheckpointsTheLogNoLongerMatches()
{
    QTemporaryDir dir;
    const QList<HistoryRecord> log = randomLog(300, 10);
    const auto store = storeWith(dir, log);
    QVERIFY(store);
    const QList<Object> objects = replayTo({}, log, 100).objects().values();
    // Only for a revision the log holds.
    QVERIFY(!store->putHistoryCheckpoint("d1", 301, objects));
    QVERIFY(!store->putHistoryCheckpoint("d2", 100, objects));
    for (qint64 r : {100, 200, 250})
        QVERIFY(store->putHistoryCheckpoint("d1", r, replayTo({}, log, r).objects().values()));
    QCOMPARE(store->historyCheckpoints("d1"), (QList<qint64>{100, 200, 250}));
    const std::optional<QList<Object>> back = store->historyCheckpoint("d1", 200);
    QVERIFY(back);
    Document d;
    for (const Object &o : *back)
        d.put(o);
    QCOMPARE(dump(d), dump(replayTo({}, log, 200)));
    QVERIFY(!store->historyCheckpoint("d1", 150));
    // Revision 200 written again: what was built on the old 200 and after goes.
    HistoryRecord again = log.at(199);
    again.ops = randomLog(1, 5, 200, 99).first().ops;
    QVERIFY(store->appendHistory("d1", {again}));
    QCOMPARE(store->historyCheckpoints("d1"), QList<qint64>{100});
    // A new base, and the drawing deleted: none left.
    QVERIFY(store->setHistoryBase("d1", 200, objects));
    QVERIFY(store->historyCheckpoints("d1").isEmpty());
    QVERIFY(store->appendHistory("d1", randomLog(5, 5, 201)));
    QVERIFY(store->putHistoryCheckpoint("d1", 203, objects));
    QVERIFY(store->deleteDrawing("d1"));
    QVERIFY(store->historyCheckpoints("d1").isEmpty());
    // Past the bound, every other one goes and the newest stays.
    QVERIFY(store->createDrawing(DrawingRecord::local("d3", "Many")));
    QVERIFY(store->appendHistory("d3", randomLog(100, 5)));
    for (int r = 1; r <= LocalStore::kHistoryCheckpointsKept + 1; ++r)
        QVERIFY(store->putHistoryCheckpoint("d3", r, objects));
    const QList<qint64> thinned = store->historyCheckpoints("d3");
    QVERIFY(thinned.size() <= LocalStore::kHistoryCheckpointsKept / 2 + 1);
    QCOMPARE(thinned.last(), qint64(LocalStore::kHistoryCheckpointsKept + 1));
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
    // A checkpoint the next fold passes goes with the commits folded.
    const qint64 soon = base.revision + 10;
    QVERIFY(store->putHistoryCheckpoint("d1", soon, replayTo({}, log, soon).objects().values()));
    QVERIFY(store->putHistoryCheckpoint("d1", total, replayTo({}, log, total).objects().values()));
    QVERIFY(
        store->appendHistory("d1", randomLog(2 * LocalStore::kHistoryFoldSlack, 50, total + 1, 5)));
    QVERIFY(store->historyBase("d1").revision > soon);
    QCOMPARE(store->historyCheckpoints("d1"), QList<qint64>{total});
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
