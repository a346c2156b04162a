// SPDX-License-Identifier: Apache-2.0
// The Replica of PROTOCOL.md §6 (visible = confirmed + pending, kept incrementally) and a
// seeded randomized property test of apply and of the Replica against full recomputation.

#include "model/document.h"
#include "model/op_codec.h"
#include "model/replica.h"
#include "model_test_util.h"

#include <QJsonArray>
#include <QObject>
#include <QRandomGenerator>
#include <QTest>

using namespace inkboard;
using inkboard::test::dump;

namespace {

using Outcome = Replica::CommitOutcome;

QSet<QString> ids(std::initializer_list<const char *> list)
{
    QSet<QString> set;
    for (const char *s : list)
        set.insert(QString::fromLatin1(s));
    return set;
}

Op rect(const QString &opId, const QString &id, double x)
{
    return Op::create(opId, id, ObjectType::Rect,
                      QJsonObject{{QStringLiteral("w"), 10},
                                  {QStringLiteral("h"), 10},
                                  {QStringLiteral("x"), x}});
}

Op move(const QString &opId, const QString &id, double x)
{
    return Op::update(opId, id, QJsonObject{{QStringLiteral("x"), x}});
}

double xOf(const Document &doc, const QString &id)
{
    const Object *o = doc.find(id);
    return o ? o->number(QLatin1String("x"), -1) : -1;
}

// Random ops over a small pool of object ids, so creates, deletes and updates collide often.
class OpGenerator
{
public:
    OpGenerator(quint32 seed, QString prefix) : m_rng(seed), m_prefix(std::move(prefix)) {}

    QRandomGenerator &rng() { return m_rng; }

    Op next()
    {
        const QString opId = m_prefix + QString::number(m_counter++);
        const QString id = QStringLiteral("o%1").arg(m_rng.bounded(6));
        const int roll = int(m_rng.bounded(100));
        if (roll < 30)
            return createOp(opId, id);
        if (roll < 80)
            return Op::update(opId, id, randomProps(true));
        return Op::remove(opId, id);
    }

    OpList batch(int maxSize)
    {
        OpList ops;
        const int n = 1 + int(m_rng.bounded(maxSize));
        for (int i = 0; i < n; ++i)
            ops.append(next());
        return ops;
    }

private:
    Op createOp(const QString &opId, const QString &id)
    {
        QJsonObject props = randomProps(false);
        switch (m_rng.bounded(3)) {
        case 0:
            props.insert(QStringLiteral("w"), int(m_rng.bounded(50)));
            props.insert(QStringLiteral("h"), int(m_rng.bounded(50)));
            return Op::create(opId, id, ObjectType::Rect, props);
        case 1:
            props.insert(QStringLiteral("text"), QStringLiteral("t%1").arg(m_rng.bounded(5)));
            return Op::create(opId, id, ObjectType::Text, props);
        default:
            props.insert(QStringLiteral("points"), QJsonArray{0, 0, 0.5, 3, 4, 1});
            return Op::create(opId, id, ObjectType::Stroke, props);
        }
    }

    QJsonValue randomValue(int key)
    {
        const int v = int(m_rng.bounded(4));
        switch (key) {
        case 0:
        case 1:
            return v * 10;
        case 2:
            return QStringLiteral("#00000%1ff").arg(v);
        case 3:
            return QStringLiteral("a%1").arg(v);
        case 4:
            return v / 4.0;
        case 5:
            return v % 2 == 0;
        default:
            return QJsonObject{{QStringLiteral("v"), v}};
        }
    }

    QJsonObject randomProps(bool allowNull)
    {
        static const char *const keys[] = {"x", "y", "fill_color", "z", "opacity", "locked", "ext"};
        QJsonObject props;
        const int n = int(m_rng.bounded(allowNull ? 4 : 3));
        for (int i = 0; i < n; ++i) {
            const int key = int(m_rng.bounded(7));
            const bool remove = allowNull && m_rng.bounded(6) == 0;
            props.insert(QLatin1String(keys[key]), remove ? QJsonValue() : randomValue(key));
        }
        return props;
    }

    QRandomGenerator m_rng;
    QString m_prefix;
    int m_counter = 0;
};

// The server of the simulation: an ordered log of commits and the document they make.
struct FakeServer
{
    QList<OpList> log; // log[r - 1] is revision r
    Document document;

    qint64 latest() const { return log.size(); }
    void commit(const OpList &ops)
    {
        log.append(ops);
        document.apply(ops);
    }
    Document at(qint64 revision) const
    {
        Document doc;
        for (qint64 r = 0; r < revision; ++r)
            doc.apply(log.at(r));
        return doc;
    }
};

// Ids whose object differs between two documents: what a Replica call must report.
QSet<QString> differingIds(const Document &a, const Document &b)
{
    QSet<QString> out;
    for (auto it = a.objects().begin(); it != a.objects().end(); ++it) {
        const Object *other = b.find(it.key());
        if (!other || !(*other == *it))
            out.insert(it.key());
    }
    for (auto it = b.objects().begin(); it != b.objects().end(); ++it) {
        if (!a.contains(it.key()))
            out.insert(it.key());
    }
    return out;
}

} // namespace

class ModelReplicaTest : public QObject
{
    Q_OBJECT

private slots:
    void localEditIsVisibleAndPending();
    void ownCommitAcknowledgesPending();
    void remoteCommitRebasesPendingOnTop();
    void remoteDeleteUnderPendingUpdate();
    void staleAndGapCommitsChangeNothing_data();
    void staleAndGapCommitsChangeNothing();
    void dropPendingReverts();
    void resetConfirmedKeepsPending();
    void duplicateLocalOpIdIsNotAppliedTwice();
    void acknowledgementNamingAnotherObjectRefreshesBoth();
    void pendingOpsKeepTheirOrder();

    void propertySameOpsSameDocument();
    void propertyIncrementalEqualsRecomputation();
};

void ModelReplicaTest::localEditIsVisibleAndPending()
{
    Replica r;
    QCOMPARE(r.applyLocal(rect("l1", "a", 1)), ids({"a"}));
    QCOMPARE(r.pendingCount(), 1);
    QVERIFY(r.isPending("l1"));
    QVERIFY(r.confirmed().isEmpty());
    QCOMPARE(xOf(r.visible(), "a"), 1.0);
    QCOMPARE(r.applyLocal(OpList{move("l2", "a", 2), rect("l3", "b", 3)}), ids({"a", "b"}));
    QCOMPARE(xOf(r.visible(), "a"), 2.0);
    QCOMPARE(r.visible(), r.recomputeVisible());
}

void ModelReplicaTest::ownCommitAcknowledgesPending()
{
    Replica r;
    r.applyLocal(rect("l1", "a", 1));
    r.applyLocal(move("l2", "a", 2));
    const Replica::CommitResult result = r.applyCommit(1, OpList{rect("l1", "a", 1)});
    QCOMPARE(result.outcome, Outcome::Applied);
    QCOMPARE(result.changed, ids({"a"}));
    QCOMPARE(r.confirmedRevision(), 1);
    QVERIFY(!r.isPending("l1"));
    QVERIFY(r.isPending("l2"));
    QCOMPARE(xOf(r.confirmed(), "a"), 1.0);
    QCOMPARE(xOf(r.visible(), "a"), 2.0);
    r.applyCommit(2, OpList{move("l2", "a", 2)});
    QCOMPARE(r.pendingCount(), 0);
    QCOMPARE(r.visible(), r.confirmed());
}

void ModelReplicaTest::remoteCommitRebasesPendingOnTop()
{
    Replica r;
    r.applyCommit(1, OpList{rect("r1", "a", 1)});
    r.applyLocal(Op::update(
        "l1", "a",
        QJsonObject{{QStringLiteral("fill_color"), "#ff0000ff"}, {QStringLiteral("x"), 5}}));
    // Another client moves the object and recolours nothing: pending stays on top.
    const auto result = r.applyCommit(
        2, OpList{Op::update("r2", "a",
                             QJsonObject{{QStringLiteral("x"), 9}, {QStringLiteral("y"), 7}})});
    QCOMPARE(result.outcome, Outcome::Applied);
    const Object *a = r.visible().find("a");
    QVERIFY(a);
    QCOMPARE(a->number(QLatin1String("x")), 5.0);
    QCOMPARE(a->number(QLatin1String("y")), 7.0);
    QCOMPARE(a->string(QLatin1String("fill_color")), QStringLiteral("#ff0000ff"));
    QCOMPARE(xOf(r.confirmed(), "a"), 9.0);
    QCOMPARE(r.visible(), r.recomputeVisible());
}

void ModelReplicaTest::remoteDeleteUnderPendingUpdate()
{
    Replica r;
    r.applyCommit(1, OpList{rect("r1", "a", 1)});
    r.applyLocal(move("l1", "a", 5));
    QCOMPARE(r.applyCommit(2, OpList{Op::remove("r2", "a")}).changed, ids({"a"}));
    QVERIFY(!r.visible().contains("a")); // the pending update is a no-op on an absent object
    QVERIFY(r.isPending("l1"));
    // Undo of the delete is a create with the same id: the pending move applies again.
    r.applyCommit(3, OpList{rect("r3", "a", 1)});
    QCOMPARE(xOf(r.visible(), "a"), 5.0);
    QCOMPARE(r.visible(), r.recomputeVisible());
}

void ModelReplicaTest::staleAndGapCommitsChangeNothing_data()
{
    QTest::addColumn<qint64>("revision");
    QTest::addColumn<int>("outcome");
    QTest::newRow("commit: at confirmed revision is stale") << qint64(2) << int(Outcome::Stale);
    QTest::newRow("commit: below confirmed revision is stale") << qint64(1) << int(Outcome::Stale);
    QTest::newRow("commit: revision zero is stale") << qint64(0) << int(Outcome::Stale);
    QTest::newRow("commit: two ahead is a gap") << qint64(4) << int(Outcome::Gap);
    QTest::newRow("commit: far ahead is a gap") << qint64(1000) << int(Outcome::Gap);
    QTest::newRow("commit: next revision applies") << qint64(3) << int(Outcome::Applied);
}

void ModelReplicaTest::staleAndGapCommitsChangeNothing()
{
    QFETCH(qint64, revision);
    QFETCH(int, outcome);
    Replica r;
    r.applyCommit(1, OpList{rect("r1", "a", 1)});
    r.applyCommit(2, OpList{rect("r2", "b", 2)});
    r.applyLocal(move("l1", "b", 5));
    const QByteArray before = dump(r.visible());
    const auto result = r.applyCommit(revision, OpList{Op::remove("r9", "a")});
    QCOMPARE(int(result.outcome), outcome);
    if (result.outcome == Outcome::Applied) {
        QCOMPARE(r.confirmedRevision(), revision);
        QVERIFY(!r.visible().contains("a"));
        return;
    }
    QVERIFY(result.changed.isEmpty());
    QCOMPARE(r.confirmedRevision(), 2);
    QCOMPARE(dump(r.visible()), before);
    QCOMPARE(r.pendingCount(), 1);
}

void ModelReplicaTest::dropPendingReverts()
{
    Replica r;
    r.applyCommit(1, OpList{rect("r1", "a", 1)});
    r.applyLocal(move("l1", "a", 5));
    r.applyLocal(rect("l2", "b", 2));
    QCOMPARE(r.dropPending(QSet<QString>{"l1", "l2", "unknown"}), ids({"a", "b"}));
    QCOMPARE(r.pendingCount(), 0);
    QCOMPARE(r.visible(), r.confirmed());
    QVERIFY(r.dropPending(QSet<QString>{"l1"}).isEmpty());
}

void ModelReplicaTest::resetConfirmedKeepsPending()
{
    Replica r;
    r.applyCommit(1, OpList{rect("r1", "gone", 1)});
    r.applyLocal(move("l1", "a", 5));
    const Object a{"a", ObjectType::Rect,
                   QJsonObject{{QStringLiteral("w"), 1}, {QStringLiteral("h"), 1}}};
    const QSet<QString> changed = r.resetConfirmed(40, QList<Object>{a});
    QCOMPARE(changed, ids({"gone", "a"}));
    QCOMPARE(r.confirmedRevision(), 40);
    QCOMPARE(r.confirmed().size(), 1);
    QCOMPARE(xOf(r.visible(), "a"), 5.0);
    QVERIFY(!r.visible().contains("gone"));
    QCOMPARE(r.visible(), r.recomputeVisible());
    // Later commits apply incrementally on the reset state.
    QCOMPARE(r.applyCommit(41, OpList{move("r2", "a", 9)}).outcome, Outcome::Applied);
    QCOMPARE(xOf(r.visible(), "a"), 5.0);
    QCOMPARE(r.visible(), r.recomputeVisible());
}

void ModelReplicaTest::duplicateLocalOpIdIsNotAppliedTwice()
{
    Replica r;
    r.applyLocal(rect("l1", "a", 1));
    QVERIFY(r.applyLocal(move("l1", "a", 9)).isEmpty());
    QCOMPARE(r.pendingCount(), 1);
    QCOMPARE(xOf(r.visible(), "a"), 1.0);
    r.applyCommit(1, OpList{rect("l1", "a", 1)});
    QCOMPARE(r.pendingCount(), 0);
    QCOMPARE(r.visible(), r.recomputeVisible());
}

void ModelReplicaTest::acknowledgementNamingAnotherObjectRefreshesBoth()
{
    // A broken server might commit a different op under a pending op_id. The pending op
    // is gone either way, so the object it touched must be refreshed too.
    Replica r;
    r.applyLocal(rect("l1", "a", 1));
    const auto result = r.applyCommit(1, OpList{rect("l1", "b", 2)});
    QCOMPARE(result.changed, ids({"a", "b"}));
    QVERIFY(!r.visible().contains("a"));
    QCOMPARE(r.visible(), r.recomputeVisible());
}

void ModelReplicaTest::pendingOpsKeepTheirOrder()
{
    Replica r;
    const OpList local{rect("l1", "a", 1), move("l2", "b", 2), move("l3", "a", 3),
                       Op::remove("l4", "a")};
    r.applyLocal(local);
    QCOMPARE(r.pendingOps(), local);
    r.applyCommit(1, OpList{move("l2", "b", 2)});
    QCOMPARE(r.pendingOps(), (OpList{local[0], local[2], local[3]}));
    QVERIFY(!r.visible().contains("a"));
}

void ModelReplicaTest::propertySameOpsSameDocument()
{
    constexpr int kSequences = 1000;
    for (int seq = 0; seq < kSequences; ++seq) {
        const quint32 seed = 0x5eed0000u + quint32(seq);
        OpGenerator gen(seed, QStringLiteral("op"));
        const OpList ops = gen.batch(40);

        Document whole;
        whole.apply(ops);
        Document oneByOne;
        for (const Op &op : ops)
            oneByOne.apply(op);
        // Through the wire form and back: the codec keeps ops and so the result.
        const Parsed<OpList> reparsed = parseOps(opsToJson(ops), Limits{});
        QVERIFY2(!errorOf(reparsed), qPrintable(QStringLiteral("seed %1").arg(seed)));
        QCOMPARE(std::get<OpList>(reparsed), ops);
        Document viaWire;
        viaWire.apply(std::get<OpList>(reparsed));
        // Two replicas fed the same commits, split differently.
        Replica a;
        Replica b;
        a.applyCommit(1, ops);
        for (qsizetype i = 0; i < ops.size(); ++i)
            b.applyCommit(i + 1, OpList{ops.at(i)});

        if (!(whole == oneByOne && whole == viaWire && whole == a.visible() &&
              whole == b.visible() && whole == b.confirmed())) {
            QFAIL(qPrintable(QStringLiteral("seed %1: replicas differ:\n%2\n%3\n%4")
                                 .arg(seed)
                                 .arg(QString::fromUtf8(dump(whole)),
                                      QString::fromUtf8(dump(oneByOne)),
                                      QString::fromUtf8(dump(b.visible())))));
        }
    }
}

void ModelReplicaTest::propertyIncrementalEqualsRecomputation()
{
    // One client's Replica against a fake server that orders its commits with those of
    // another client. Every step is a random one of: local edit, the server committing our
    // next batch, a remote commit, delivery of the next commit (the acknowledgement of ours),
    // a stale or early (gap) delivery, a refused pending op, a snapshot reset. After every
    // step the incremental visible must equal a full recomputation, the reported ids must
    // cover every change, and confirmed must equal the server's state at its revision.
    constexpr int kSequences = 1000;
    qint64 totalSteps = 0;
    for (int seq = 0; seq < kSequences; ++seq) {
        const quint32 seed = 0xc0de0000u + quint32(seq);
        OpGenerator local(seed, QStringLiteral("L"));
        OpGenerator remote(seed ^ 0x9e3779b9u, QStringLiteral("R"));
        QRandomGenerator &rng = local.rng();
        FakeServer server;
        Replica replica;
        OpList outbox;   // made locally, not yet committed by the server
        OpList expected; // what replica.pendingOps() must hold, in order
        Document refConfirmed;

        auto ackFrom = [&expected](const OpList &commit) {
            for (const Op &op : commit) {
                expected.removeIf([&op](const Op &p) { return p.opId == op.opId; });
            }
        };

        const int steps = 20 + int(rng.bounded(60));
        for (int step = 0; step < steps; ++step, ++totalSteps) {
            const Document before = replica.visible();
            QSet<QString> changed;
            const int roll = int(rng.bounded(100));
            QString action;
            if (roll < 30) {
                action = QStringLiteral("local edit");
                const Op op = local.next();
                changed = replica.applyLocal(op);
                outbox.append(op);
                expected.append(op);
            } else if (roll < 42) {
                action = QStringLiteral("server commits our batch");
                if (!outbox.isEmpty()) {
                    const qsizetype n = 1 + rng.bounded(int(outbox.size()));
                    server.commit(outbox.first(n));
                    outbox.remove(0, n);
                }
            } else if (roll < 55) {
                action = QStringLiteral("remote commit");
                server.commit(remote.batch(4));
            } else if (roll < 82) {
                action = QStringLiteral("deliver next commit");
                const qint64 next = replica.confirmedRevision() + 1;
                if (next <= server.latest()) {
                    const OpList &commit = server.log.at(next - 1);
                    const auto result = replica.applyCommit(next, commit);
                    QCOMPARE(result.outcome, Outcome::Applied);
                    changed = result.changed;
                    refConfirmed.apply(commit);
                    ackFrom(commit);
                }
            } else if (roll < 86) {
                action = QStringLiteral("deliver stale commit");
                const qint64 rev = qint64(rng.bounded(int(replica.confirmedRevision()) + 1));
                const auto result = replica.applyCommit(rev, remote.batch(2));
                QCOMPARE(result.outcome, Outcome::Stale);
                QVERIFY(result.changed.isEmpty());
            } else if (roll < 90) {
                action = QStringLiteral("deliver early commit");
                const qint64 rev = replica.confirmedRevision() + 2 + rng.bounded(3);
                const auto result = replica.applyCommit(rev, remote.batch(2));
                QCOMPARE(result.outcome, Outcome::Gap);
                QVERIFY(result.changed.isEmpty());
            } else if (roll < 94) {
                action = QStringLiteral("server refuses a pending op");
                if (!outbox.isEmpty()) {
                    const Op refused = outbox.takeAt(rng.bounded(int(outbox.size())));
                    changed = replica.dropPending(QSet<QString>{refused.opId});
                    expected.removeIf([&](const Op &p) { return p.opId == refused.opId; });
                }
            } else if (roll < 97) {
                action = QStringLiteral("snapshot reset");
                const qint64 rev = server.latest();
                refConfirmed = server.at(rev);
                changed = replica.resetConfirmed(rev, refConfirmed.objects().values());
                // The sync engine learns (as duplicates) which of its ops the snapshot holds.
                QSet<QString> committed;
                for (const OpList &commit : std::as_const(server.log)) {
                    for (const Op &op : commit)
                        committed.insert(op.opId);
                }
                QSet<QString> drop;
                for (const Op &op : std::as_const(expected)) {
                    if (committed.contains(op.opId))
                        drop.insert(op.opId);
                }
                changed.unite(replica.dropPending(drop));
                expected.removeIf([&](const Op &p) { return drop.contains(p.opId); });
            } else {
                action = QStringLiteral("duplicate local op_id");
                if (!expected.isEmpty()) {
                    Op dup = local.next();
                    dup.opId = expected.at(rng.bounded(int(expected.size()))).opId;
                    changed = replica.applyLocal(dup);
                    QVERIFY(changed.isEmpty());
                }
            }

            const QString where =
                QStringLiteral("seed %1 step %2 (%3)").arg(seed).arg(step).arg(action);
            const Document full = replica.recomputeVisible();
            if (!(replica.visible() == full)) {
                QFAIL(qPrintable(where + QStringLiteral(": incremental != full\n%1\n%2")
                                             .arg(QString::fromUtf8(dump(replica.visible())),
                                                  QString::fromUtf8(dump(full)))));
            }
            const QSet<QString> diff = differingIds(before, replica.visible());
            if (!changed.contains(diff)) {
                QFAIL(qPrintable(where + QStringLiteral(": unreported change of ") +
                                 QStringList(diff.values()).join(u',')));
            }
            QVERIFY2(replica.confirmed() == refConfirmed, qPrintable(where));
            QVERIFY2(replica.pendingOps() == expected, qPrintable(where));
        }

        // Quiesce: the server commits everything, the client catches up; all converge.
        if (!outbox.isEmpty())
            server.commit(outbox);
        while (replica.confirmedRevision() < server.latest()) {
            const qint64 next = replica.confirmedRevision() + 1;
            QCOMPARE(replica.applyCommit(next, server.log.at(next - 1)).outcome, Outcome::Applied);
        }
        const QString where = QStringLiteral("seed %1 at the end").arg(seed);
        QVERIFY2(replica.pendingCount() == 0, qPrintable(where));
        QVERIFY2(replica.confirmed() == server.document, qPrintable(where));
        QVERIFY2(replica.visible() == server.document, qPrintable(where));
        Replica fresh;
        for (qint64 r = 1; r <= server.latest(); ++r)
            fresh.applyCommit(r, server.log.at(r - 1));
        QVERIFY2(fresh.visible() == replica.visible(), qPrintable(where));
    }
    qInfo("%lld random steps over %d sequences", totalSteps, kSequences);
}

QTEST_APPLESS_MAIN(ModelReplicaTest)
#include "tst_model_replica.moc"
