// SPDX-License-Identifier: Apache-2.0
// Benchmarks of the sync engine (issue 5). Figures and commands: docs/BENCHMARKS.md.
//
//   open      open a 100,000-object drawing from the local store (LocalStore::open + a
//             SyncSession that loads confirmed + pending). Target <= 1 s.
//   enqueue   SyncSession::submit of one op (validate, persist pending, apply to visible)
//             and LocalStore::appendPending alone: p50/p99. Target p99 <= 1 ms. Rounds of
//             the store's synchronous=FULL (the product's) and NORMAL alternate, to show
//             what durability against power loss costs.
//   remote    10,000 remote commits (one update each) into a 100,000-object drawing,
//             through the session's one commit path including the store write, fed as
//             REST catch-up pages of 1,000 and as single pushes each written alone.
//             Target <= 200 ms.
//   ack       a local edit until its commit comes back on the WebSocket from the real
//             inkboard-server on loopback: p50/p99.
//
// Usage: sync_bench [open|enqueue|remote|ack|all] [--quick]
// The store files live under the current folder (a real disk, not tmpfs).

#include "client/local_store.h"
#include "client/sync_session.h"
#include "http_client.h"
#include "protocol/commit.h"
#include "server_fixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <unistd.h>

using namespace inkboard;
using namespace inkboard::sync;

namespace {

bool g_quick = false;

QString objectId(int i)
{
    return QStringLiteral("obj-%1").arg(i, 8, 10, QLatin1Char('0'));
}

QJsonObject rectProps(QRandomGenerator &rng)
{
    return QJsonObject{{"x", int(rng.bounded(4000))},
                       {"y", int(rng.bounded(4000))},
                       {"w", 10 + int(rng.bounded(200))},
                       {"h", 10 + int(rng.bounded(200))},
                       {"z", QStringLiteral("a%1").arg(rng.bounded(1000))},
                       {"stroke_color", "#1e1e1eff"},
                       {"fill_color", "#ffd54fff"},
                       {"stroke_width", 2},
                       {"opacity", 1},
                       {"rotation", 0}};
}

// A store with one drawing of `n` confirmed objects (and `pending` pending ops).
std::unique_ptr<LocalStore> makeDrawing(const QString &path, int n, int pending, bool serverBacked)
{
    QString error;
    auto store = LocalStore::open(path, &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        std::exit(1);
    }
    DrawingRecord d = DrawingRecord::local("big", "Big");
    if (serverBacked)
        d.serverUrl = "http://127.0.0.1:9"; // no account: the session stays offline
    d.confirmedRevision = 1;
    store->createDrawing(d);
    QRandomGenerator rng(42);
    QList<Object> objects;
    objects.reserve(n);
    for (int i = 0; i < n; ++i)
        objects.append(Object{objectId(i), ObjectType::Rect, rectProps(rng)});
    store->commitConfirmed("big", 1, objects, {}, {});
    OpList ops;
    for (int i = 0; i < pending; ++i)
        ops.append(Op::update(QStringLiteral("p%1").arg(i), objectId(i), {{"x", i}}));
    store->appendPending("big", ops);
    return store;
}

// CPU time of this thread: on a busy machine the wall-clock tail is the scheduler's.
qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

struct Stats
{
    double p50, p99, max, mean;
};

Stats stats(QList<qint64> ns)
{
    std::sort(ns.begin(), ns.end());
    double sum = 0;
    for (qint64 v : ns)
        sum += double(v);
    auto at = [&](double q) {
        return double(ns.at(qMin(ns.size() - 1, qsizetype(q * ns.size()))));
    };
    return {at(0.50) / 1e6, at(0.99) / 1e6, double(ns.last()) / 1e6, sum / ns.size() / 1e6};
}

void benchOpen(const QString &dir)
{
    const int n = g_quick ? 10000 : 100000;
    const QString path = dir + "/open.db";
    makeDrawing(path, n, 100, true).reset();
    QList<qint64> times;
    const int runs = g_quick ? 1 : 5;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        auto store = LocalStore::open(path, nullptr);
        SyncSession session(store.get(), "big");
        const qint64 ns = t.nsecsElapsed();
        if (session.replica().visible().size() != n)
            std::exit(2);
        times.append(ns);
    }
    const Stats s = stats(times);
    std::printf(
        "open 100,000-object drawing (+100 pending): median %.0f ms, max %.0f ms over %d runs\n",
        s.p50, s.max, runs);
    // Where the time goes: reading the rows (SQLite + JSON) and building the replica.
    auto store = LocalStore::open(path, nullptr);
    QElapsedTimer t;
    t.start();
    const QList<Object> objects = store->loadObjects("big");
    const double readMs = t.nsecsElapsed() / 1e6;
    t.restart();
    Replica replica;
    replica.resetConfirmed(1, objects);
    const double replicaMs = t.nsecsElapsed() / 1e6;
    std::printf("open: of which reading the objects %.0f ms, building the replica %.0f ms\n",
                readMs, replicaMs);
}

// One side of the enqueue comparison: the store's durability and what it measured.
struct EnqueueSide
{
    LocalStore::Durability durability;
    const char *name;
    QList<qint64> submit, submitCpu, append; // every round's samples together
    QList<double> roundSubmitP50, roundSubmitP99, roundAppendP99;
};

void enqueueRound(const QString &path, int n, int iterations, int round, EnqueueSide &side)
{
    auto store = LocalStore::open(path, nullptr, side.durability);
    SyncSession session(store.get(), "big");
    QRandomGenerator rng(7 + round);
    const QString prefix = QStringLiteral("%1-%2-").arg(side.name).arg(round);
    QList<qint64> submit, append;
    for (int i = 0; i < iterations; ++i) {
        const Op op = Op::update(prefix + QString::number(i), objectId(int(rng.bounded(n))),
                                 {{"x", int(rng.bounded(4000))}, {"y", int(rng.bounded(4000))}});
        QElapsedTimer t;
        const qint64 cpu = threadCpuNs();
        t.start();
        session.submit({op});
        submit.append(t.nsecsElapsed());
        side.submitCpu.append(threadCpuNs() - cpu);
    }
    for (int i = 0; i < iterations; ++i) {
        const Op op = Op::update(prefix + QStringLiteral("a%1").arg(i),
                                 objectId(int(rng.bounded(n))), {{"x", int(rng.bounded(4000))}});
        QElapsedTimer t;
        t.start();
        store->appendPending("other", {op});
        append.append(t.nsecsElapsed());
    }
    const Stats s = stats(submit);
    const Stats a = stats(append);
    std::printf("enqueue round %d %-6s submit p50 %.3f ms, p99 %.3f ms; appendPending p50 %.3f "
                "ms, p99 %.3f ms\n",
                round + 1, side.name, s.p50, s.p99, a.p50, a.p99);
    side.submit += submit;
    side.append += append;
    side.roundSubmitP50.append(s.p50);
    side.roundSubmitP99.append(s.p99);
    side.roundAppendP99.append(a.p99);
}

// The floor under any durable enqueue: one page appended to a file next to the store and
// fdatasync'ed, `iterations` times, as SQLite's WAL is appended and synced per commit.
void flushRound(const QString &dir, int iterations, QList<qint64> &samples, QList<double> &roundP99)
{
    QFile file(dir + "/flush-floor.bin");
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    const QByteArray page(4096 + 24, 'x'); // a WAL frame: page + header
    QList<qint64> round;
    for (int i = 0; i < iterations; ++i) {
        QElapsedTimer t;
        t.start();
        file.write(page);
        file.flush();
        ::fdatasync(file.handle());
        round.append(t.nsecsElapsed());
    }
    file.remove();
    samples += round;
    roundP99.append(stats(round).p99);
}

QString range(const QList<double> &values)
{
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    return QStringLiteral("%1-%2").arg(*lo, 0, 'f', 3).arg(*hi, 0, 'f', 3);
}

// The product's FULL against NORMAL, alternately in one run (which goes first alternates
// too), so that the machine's load weighs on both alike.
void benchEnqueue(const QString &dir)
{
    const int n = g_quick ? 10000 : 100000;
    const QString path = dir + "/enqueue.db";
    makeDrawing(path, n, 0, true).reset();
    const int rounds = g_quick ? 2 : 6;
    const int iterations = g_quick ? 100 : 2000;
    EnqueueSide sides[] = {
        {LocalStore::Durability::PowerLoss, "FULL", {}, {}, {}, {}, {}, {}},
        {LocalStore::Durability::ProcessCrash, "NORMAL", {}, {}, {}, {}, {}, {}}};
    QList<qint64> flushes;
    QList<double> flushRoundP99;
    for (int round = 0; round < rounds; ++round) {
        for (int k = 0; k < 2; ++k)
            enqueueRound(path, n, iterations, round, sides[(round + k) % 2]);
        flushRound(dir, iterations, flushes, flushRoundP99);
    }
    for (const EnqueueSide &side : sides) {
        const Stats s = stats(side.submit);
        const Stats c = stats(side.submitCpu);
        const Stats a = stats(side.append);
        std::printf("enqueue %-6s (%d rounds x %d ops): SyncSession::submit p50 %.3f ms, p99 %.3f "
                    "ms, max %.3f ms; CPU p50 %.3f ms, p99 %.3f ms; appendPending p50 %.3f ms, "
                    "p99 %.3f ms; per round: submit p50 %s ms, p99 %s ms, appendPending p99 %s "
                    "ms\n",
                    side.name, rounds, iterations, s.p50, s.p99, s.max, c.p50, c.p99, a.p50, a.p99,
                    qPrintable(range(side.roundSubmitP50)), qPrintable(range(side.roundSubmitP99)),
                    qPrintable(range(side.roundAppendP99)));
    }
    const Stats f = stats(flushes);
    std::printf("enqueue floor  (%d rounds x %d): 4 KiB appended + fdatasync p50 %.3f ms, p99 %.3f "
                "ms, max %.3f ms; per round p99 %s ms\n",
                rounds, iterations, f.p50, f.p99, f.max, qPrintable(range(flushRoundP99)));
}

QList<protocol::Commit> remoteCommits(int count, int objects, qint64 firstRevision)
{
    QRandomGenerator rng(11);
    QList<protocol::Commit> commits;
    commits.reserve(count);
    for (int i = 0; i < count; ++i) {
        protocol::Commit c;
        c.revision = firstRevision + i;
        c.ops = {Op::update(QStringLiteral("r%1").arg(i), objectId(int(rng.bounded(objects))),
                            {{"x", int(rng.bounded(4000))}, {"y", int(rng.bounded(4000))}})};
        commits.append(c);
    }
    return commits;
}

void benchRemote(const QString &dir)
{
    const int n = g_quick ? 10000 : 100000;
    const int count = g_quick ? 1000 : 10000;
    {
        auto store = makeDrawing(dir + "/remote-pages.db", n, 100, true);
        SyncSession session(store.get(), "big");
        const QList<protocol::Commit> commits = remoteCommits(count, n, 2);
        QElapsedTimer t;
        t.start();
        qint64 applyNs = 0;
        for (qsizetype i = 0; i < commits.size(); i += 1000) {
            QElapsedTimer a;
            a.start();
            session.receiveCommits(commits.mid(i, 1000));
            applyNs += a.nsecsElapsed();
            QCoreApplication::processEvents();
        }
        while (store->drawing("big")->confirmedRevision != count + 1)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
        const double ms = t.nsecsElapsed() / 1e6;
        if (session.replica().confirmedRevision() != count + 1)
            std::exit(3);
        std::printf("remote: 10,000 commits into 100,000 objects (+100 pending), catch-up pages "
                    "of 1,000: %.0f ms (%.1f us/commit; in memory %.0f ms, store writes %.0f ms)\n",
                    ms, ms * 1000 / count, applyNs / 1e6, ms - applyNs / 1e6);
    }
    {
        auto store = makeDrawing(dir + "/remote-push.db", n, 100, true);
        SyncSession session(store.get(), "big");
        const QList<protocol::Commit> commits = remoteCommits(count, n, 2);
        QElapsedTimer t;
        t.start();
        qint64 applyNs = 0;
        for (const protocol::Commit &c : commits) {
            QElapsedTimer a;
            a.start();
            session.receiveCommits({c});
            applyNs += a.nsecsElapsed();
            QCoreApplication::processEvents(); // a turn of the event loop between pushes
        }
        while (store->drawing("big")->confirmedRevision != count + 1)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
        const double ms = t.nsecsElapsed() / 1e6;
        std::printf("remote: 10,000 commits into 100,000 objects, pushed one by one: %.0f ms "
                    "until durable (in memory %.0f ms, %.1f us/commit)\n",
                    ms, applyNs / 1e6, applyNs / 1e3 / count);
    }
}

void benchAck(const QString &dir)
{
    test::ServerFixture server({"--commits-per-second", "0"});
    if (!server.start() || !server.addUser("bench", "benchmark password")) {
        std::fprintf(stderr, "cannot start inkboard-server\n");
        std::exit(4);
    }
    const QString token = server.login("bench", "benchmark password");
    test::httpRequest(server.baseUrl(), "POST", "/api/v1/drawings", {{"id", "ack"}, {"title", "t"}},
                      token);
    QString error;
    auto store = LocalStore::open(dir + "/ack.db", &error);
    const QString url = server.baseUrl().toString(QUrl::StripTrailingSlash);
    store->saveAccount({url, {}, {}, token, {}});
    DrawingRecord d = DrawingRecord::local("ack", "t");
    d.serverUrl = url;
    store->createDrawing(d);
    SyncSession session(store.get(), "ack");
    QElapsedTimer wait;
    wait.start();
    while (session.connectionState() != SyncSession::ConnectionState::Live &&
           wait.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const int iterations = g_quick ? 50 : 1000;
    QList<qint64> times;
    for (int i = 0; i < iterations; ++i) {
        QElapsedTimer t;
        t.start();
        session.submit({Op::create(QStringLiteral("k%1").arg(i), QStringLiteral("o%1").arg(i),
                                   ObjectType::Rect, {{"w", 1}, {"h", 1}, {"x", i}})});
        while (session.pendingCount() > 0)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
        times.append(t.nsecsElapsed());
    }
    const Stats s = stats(times);
    std::printf("ack: local edit -> its commit pushed back (loopback, real server): p50 %.2f ms, "
                "p99 %.2f ms, max %.2f ms (%d edits)\n",
                s.p50, s.p99, s.max, iterations);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    g_quick = args.removeAll("--quick") > 0;
    const QString what = args.value(0, "all");
    QTemporaryDir dir(QDir::currentPath() + "/sync-bench-XXXXXX");
    if (!dir.isValid())
        return 1;
    qputenv("QT_LOGGING_RULES", "inkboard.*=false");
    if (g_quick)
        std::printf("(--quick: a smoke run with sizes 10x smaller than printed; no figures)\n");
    if (what == "open" || what == "all")
        benchOpen(dir.path());
    if (what == "enqueue" || what == "all")
        benchEnqueue(dir.path());
    if (what == "remote" || what == "all")
        benchRemote(dir.path());
    if (what == "ack" || what == "all")
        benchAck(dir.path());
    return 0;
}
