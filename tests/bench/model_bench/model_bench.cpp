// SPDX-License-Identifier: Apache-2.0
// Benchmarks of the document model (issue 2). Figures and commands: docs/BENCHMARKS.md.
//
//  - parse + validate + apply of typical small ops: bytes of a POST .../ops body ->
//    parseJsonObject -> CommitRequest::fromJson (parseOps, every rule) -> Document::apply.
//    Target: >= 500,000 ops/s.
//  - one remote commit into a Replica of 100,000 objects with 100 pending ops.
//    Target: <= 50 us.

#include "model/document.h"
#include "model/op_codec.h"
#include "model/replica.h"
#include "model/z_order.h"
#include "protocol/commit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <benchmark/benchmark.h>

using namespace inkboard;

namespace {

QString objectId(int i)
{
    return QStringLiteral("obj-%1").arg(i, 8, 10, QLatin1Char('0'));
}

QJsonObject rectProps(QRandomGenerator &rng, const QString &z)
{
    return QJsonObject{{QStringLiteral("x"), int(rng.bounded(4000))},
                       {QStringLiteral("y"), int(rng.bounded(4000))},
                       {QStringLiteral("w"), 10 + int(rng.bounded(200))},
                       {QStringLiteral("h"), 10 + int(rng.bounded(200))},
                       {QStringLiteral("z"), z},
                       {QStringLiteral("stroke_color"), QStringLiteral("#1e1e1eff")},
                       {QStringLiteral("fill_color"), QStringLiteral("#ffd54fff")},
                       {QStringLiteral("stroke_width"), 2},
                       {QStringLiteral("opacity"), 1},
                       {QStringLiteral("rotation"), 0}};
}

// The mix an editing session sends: mostly moves and restyles, some new shapes and short
// strokes, a few deletes. Every op is "small": one object, a handful of props.
OpList typicalOps(QRandomGenerator &rng, int count, int &nextOp)
{
    OpList ops;
    QStringList live;
    QString z = QStringLiteral("a0");
    auto opId = [&nextOp] { return QStringLiteral("op-%1").arg(nextOp++); };
    while (ops.size() < count) {
        const int roll = int(rng.bounded(100));
        if (live.isEmpty() || roll < 20) {
            const QString id = QStringLiteral("n-%1").arg(nextOp);
            z = *keyBetween(z, QString());
            ops.append(Op::create(opId(), id, ObjectType::Rect, rectProps(rng, z)));
            live.append(id);
        } else if (roll < 30) {
            const QString id = QStringLiteral("n-%1").arg(nextOp);
            QJsonArray points;
            for (int i = 0; i < 12; ++i)
                points << i * 3 << i * 2 << 0.5;
            ops.append(Op::create(opId(), id, ObjectType::Stroke,
                                  QJsonObject{{QStringLiteral("x"), 100},
                                              {QStringLiteral("y"), 100},
                                              {QStringLiteral("points"), points},
                                              {QStringLiteral("stroke_color"), "#1e1e1eff"},
                                              {QStringLiteral("stroke_width"), 3}}));
            live.append(id);
        } else if (roll < 70) {
            ops.append(Op::update(opId(), live.at(rng.bounded(int(live.size()))),
                                  QJsonObject{{QStringLiteral("x"), int(rng.bounded(4000))},
                                              {QStringLiteral("y"), int(rng.bounded(4000))}}));
        } else if (roll < 90) {
            ops.append(Op::update(opId(), live.at(rng.bounded(int(live.size()))),
                                  QJsonObject{{QStringLiteral("fill_color"), "#ff0000ff"},
                                              {QStringLiteral("stroke_width"), 4}}));
        } else {
            ops.append(Op::remove(opId(), live.takeAt(rng.bounded(int(live.size())))));
        }
    }
    return ops;
}

// Small ops only, the semantic edits of PROTOCOL.md §2 on existing objects: move-to,
// resize-to, restyle, reorder and delete, each an update of 1-4 props (or a delete).
OpList smallOps(QRandomGenerator &rng, int count, int &nextOp)
{
    OpList ops;
    QString z = QStringLiteral("a0");
    auto target = [&rng] { return objectId(int(rng.bounded(100000))); };
    auto coordinate = [&rng] { return int(rng.bounded(4000)); };
    while (ops.size() < count) {
        const QString opId = QStringLiteral("op-%1").arg(nextOp++);
        const int roll = int(rng.bounded(100));
        QJsonObject props;
        if (roll < 50) {
            props = {{QStringLiteral("x"), coordinate()}, {QStringLiteral("y"), coordinate()}};
        } else if (roll < 70) {
            props = {{QStringLiteral("x"), coordinate()},
                     {QStringLiteral("y"), coordinate()},
                     {QStringLiteral("w"), coordinate()},
                     {QStringLiteral("h"), coordinate()}};
        } else if (roll < 85) {
            props = {{QStringLiteral("stroke_color"), QStringLiteral("#1e1e1eff")},
                     {QStringLiteral("fill_color"), QStringLiteral("#ffd54fff")},
                     {QStringLiteral("stroke_width"), 2}};
        } else if (roll < 95) {
            z = *keyBetween(z, QString());
            props = {{QStringLiteral("z"), z}};
        } else {
            ops.append(Op::remove(opId, target()));
            continue;
        }
        ops.append(Op::update(opId, target(), props));
    }
    return ops;
}

QByteArray requestBody(const OpList &ops)
{
    const protocol::CommitRequest request{QStringLiteral("bench-client"), ops};
    return QJsonDocument(request.toJson()).toJson(QJsonDocument::Compact);
}

enum class Mix
{
    Session, // typicalOps: creates of shapes and strokes among the edits
    Small    // smallOps: updates of 1-4 props and deletes
};

// Bodies of `opsPerBody` ops each, 1000 ops in all, cycled through by the benchmark.
QList<QByteArray> bodies(int opsPerBody, Mix mix = Mix::Session)
{
    QRandomGenerator rng(42);
    int nextOp = 0;
    const OpList ops =
        mix == Mix::Small ? smallOps(rng, 1000, nextOp) : typicalOps(rng, 1000, nextOp);
    QList<QByteArray> out;
    for (qsizetype i = 0; i < ops.size(); i += opsPerBody)
        out.append(requestBody(ops.mid(i, opsPerBody)));
    return out;
}

void runParseValidateApply(benchmark::State &state, Mix mix, Document doc)
{
    const int opsPerBody = int(state.range(0));
    const QList<QByteArray> input = bodies(opsPerBody, mix);
    const Limits limits;
    qint64 ops = 0;
    qint64 bytes = 0;
    const Document initial = doc;
    if (!doc.isEmpty()) {
        // Detach from `initial` now, not inside the timed loop.
        const Object first = *doc.objects().cbegin();
        doc.put(first);
    }
    qsizetype next = 0;
    for (auto _ : state) {
        const QByteArray &body = input.at(next);
        next = (next + 1) % input.size();
        if (next == 0 && mix == Mix::Session)
            doc = initial; // a new session: creates insert again rather than no-op
        Parsed<QJsonObject> json = parseJsonObject(body, limits);
        Parsed<protocol::CommitRequest> request =
            protocol::CommitRequest::fromJson(std::get<QJsonObject>(json), limits);
        const OpList &list = std::get<protocol::CommitRequest>(request).ops;
        doc.apply(list);
        ops += list.size();
        bytes += body.size();
        benchmark::DoNotOptimize(doc);
    }
    state.SetItemsProcessed(ops);
    state.SetBytesProcessed(bytes);
    state.counters["ops/s"] = benchmark::Counter(double(ops), benchmark::Counter::kIsRate);
}
void parseValidateApply(benchmark::State &state)
{
    runParseValidateApply(state, Mix::Session, Document{});
}
// 1: one op per POST (the worst case); 10 and 100: batched as the sync engine sends them.
BENCHMARK(parseValidateApply)->Arg(1)->Arg(10)->Arg(100);

// Small ops into a drawing of 100,000 objects (the updates find their object).
void parseValidateApplySmall(benchmark::State &state)
{
    static const Document drawing = [] {
        Document doc;
        QRandomGenerator rng(3);
        doc.reserve(100000);
        for (int i = 0; i < 100000; ++i)
            doc.put(Object{objectId(i), ObjectType::Rect, rectProps(rng, QStringLiteral("a0"))});
        return doc;
    }();
    runParseValidateApply(state, Mix::Small, drawing);
}
BENCHMARK(parseValidateApplySmall)->Arg(1)->Arg(10)->Arg(100);

// The stages on their own, to see where the time goes.
void stageJsonParse(benchmark::State &state)
{
    const QList<QByteArray> input = bodies(100);
    const Limits limits;
    qsizetype next = 0;
    qint64 ops = 0;
    for (auto _ : state) {
        Parsed<QJsonObject> json = parseJsonObject(input.at(next), limits);
        next = (next + 1) % input.size();
        benchmark::DoNotOptimize(json);
        ops += 100;
    }
    state.SetItemsProcessed(ops);
}
BENCHMARK(stageJsonParse);

void stageValidate(benchmark::State &state)
{
    const Limits limits;
    QList<QJsonValue> input;
    for (const QByteArray &body : bodies(100))
        input.append(QJsonDocument::fromJson(body).object().value(QLatin1String("ops")));
    qsizetype next = 0;
    qint64 ops = 0;
    for (auto _ : state) {
        Parsed<OpList> list = parseOps(input.at(next), limits);
        next = (next + 1) % input.size();
        ops += std::get<OpList>(list).size();
        benchmark::DoNotOptimize(list);
    }
    state.SetItemsProcessed(ops);
}
BENCHMARK(stageValidate);

void stageApply(benchmark::State &state)
{
    QRandomGenerator rng(42);
    int nextOp = 0;
    const OpList ops = typicalOps(rng, 1000, nextOp);
    qint64 applied = 0;
    for (auto _ : state) {
        Document doc;
        doc.apply(ops);
        applied += ops.size();
        benchmark::DoNotOptimize(doc);
    }
    state.SetItemsProcessed(applied);
}
BENCHMARK(stageApply);

// A replica of `objects` confirmed objects with `pending` local edits on top.
struct ReplicaFixture
{
    Replica replica;
    QList<QString> ids;
    QRandomGenerator rng{7};
    int nextOp = 0;

    ReplicaFixture(int objects, int pending)
    {
        QList<Object> snapshot;
        snapshot.reserve(objects);
        const std::optional<QStringList> zs = keysBetween(QString(), QString(), objects);
        for (int i = 0; i < objects; ++i) {
            ids.append(objectId(i));
            snapshot.append(Object{ids.last(), ObjectType::Rect, rectProps(rng, zs->at(i))});
        }
        replica.resetConfirmed(1, snapshot);
        for (int i = 0; i < pending; ++i)
            replica.applyLocal(localEdit());
    }

    const QString &randomId() { return ids.at(rng.bounded(int(ids.size()))); }

    Op localEdit()
    {
        return Op::update(QStringLiteral("local-%1").arg(nextOp++), randomId(),
                          QJsonObject{{QStringLiteral("x"), int(rng.bounded(4000))},
                                      {QStringLiteral("y"), int(rng.bounded(4000))}});
    }

    // Another client's commit: moves and restyles of random objects, sometimes one that
    // has pending local edits on it (so the rebase path runs).
    OpList remoteCommit(int size)
    {
        OpList ops;
        const OpList pending = replica.pendingOps();
        for (int i = 0; i < size; ++i) {
            const QString &id =
                rng.bounded(4) == 0 ? pending.at(rng.bounded(int(pending.size()))).id : randomId();
            ops.append(Op::update(QStringLiteral("remote-%1").arg(nextOp++), id,
                                  QJsonObject{{QStringLiteral("x"), int(rng.bounded(4000))},
                                              {QStringLiteral("fill_color"), "#00ff00ff"}}));
        }
        return ops;
    }
};

void replicaRemoteCommit(benchmark::State &state)
{
    const int objects = int(state.range(0));
    const int pending = int(state.range(1));
    const int commitSize = int(state.range(2));
    ReplicaFixture f(objects, pending);
    QList<OpList> commits;
    for (int i = 0; i < 1024; ++i)
        commits.append(f.remoteCommit(commitSize));
    qsizetype next = 0;
    for (auto _ : state) {
        const Replica::CommitResult result =
            f.replica.applyCommit(f.replica.confirmedRevision() + 1, commits.at(next));
        next = (next + 1) % commits.size();
        benchmark::DoNotOptimize(result);
    }
    if (f.replica.pendingCount() != pending || f.replica.visible().size() != objects)
        state.SkipWithError("the replica changed shape");
    state.SetItemsProcessed(state.iterations());
}
// {objects, pending ops, ops per commit}
BENCHMARK(replicaRemoteCommit)
    ->Args({100000, 100, 1})
    ->Args({100000, 100, 10})
    ->Args({1000, 100, 1})
    ->Unit(benchmark::kMicrosecond);

// Our own commit coming back: the oldest pending op is acknowledged, and a new local edit
// keeps 100 pending.
void replicaAcknowledgeAndEdit(benchmark::State &state)
{
    ReplicaFixture f(int(state.range(0)), 100);
    QList<Op> queue = f.replica.pendingOps(); // our side of the pending queue
    QList<Op> edits;
    for (int i = 0; i < 4096; ++i)
        edits.append(f.localEdit());
    qsizetype next = 0;
    for (auto _ : state) {
        const OpList oldest{queue.takeFirst()};
        benchmark::DoNotOptimize(f.replica.applyCommit(f.replica.confirmedRevision() + 1, oldest));
        // Acknowledged op_ids are reused only long after they left the pending queue.
        queue.append(edits.at(next));
        benchmark::DoNotOptimize(f.replica.applyLocal(edits.at(next)));
        next = (next + 1) % edits.size();
    }
    if (f.replica.pendingCount() != 100)
        state.SkipWithError("the pending queue changed size");
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(replicaAcknowledgeAndEdit)->Arg(100000)->Unit(benchmark::kMicrosecond);

void orderKeyAppend(benchmark::State &state)
{
    QString last = QStringLiteral("a0");
    for (auto _ : state) {
        last = *keyBetween(last, QString());
        benchmark::DoNotOptimize(last);
    }
}
BENCHMARK(orderKeyAppend);

} // namespace

BENCHMARK_MAIN();
