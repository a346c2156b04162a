// SPDX-License-Identifier: Apache-2.0
#include "clock.h"
#include "commit_io.h"
#include "http_connection.h"
#include "op_maker.h"
#include "scenarios.h"
#include "stats.h"
#include "subscriber_group.h"
#include "worker_pool.h"

#include <QTimer>
#include <memory>

namespace inkboard::bench {

namespace {

// Per revision: how many subscribers have it, and per worker the latest arrival.
struct Arrivals
{
    Arrivals(qint64 revisions, int workers, int subscribers)
        : count(std::size_t(revisions + 1)), latest(std::size_t(workers)),
          earliest(std::size_t(workers)), subscribers(subscribers)
    {
        for (auto &v : latest)
            v.assign(std::size_t(revisions + 1), 0);
        for (auto &v : earliest)
            v.assign(std::size_t(revisions + 1), 0);
    }
    std::vector<std::atomic<int>> count;
    std::vector<std::vector<qint64>> latest;   // [worker][revision], written by that worker
    std::vector<std::vector<qint64>> earliest; // [worker][revision]
    int subscribers;
};

} // namespace

// Edit -> visible: one writer; each commit is sent when the previous one has reached every
// subscriber (plus --gap-ms), and its latency is the time from the POST being written to
// the last subscriber reading its commit frame.
Result runLatency(Context &ctx)
{
    const Options &o = ctx.options();
    Result r = ctx.newResult(QStringLiteral("latency"));
    r.params.insert(QStringLiteral("subscribers"), o.subscribers);
    r.params.insert(QStringLiteral("commits"), o.commits);
    r.params.insert(QStringLiteral("gap_ms"), o.gapMs);

    QString error;
    const QStringList drawings = ctx.createDrawings(1, QStringLiteral("lat"), &error);
    if (drawings.isEmpty()) {
        r.problems << error;
        return r;
    }
    const QString drawing = drawings.first();
    const int warmupCommits = std::min(50, std::max(1, o.commits / 10));
    const qint64 total = o.commits + warmupCommits;

    SubscriberShared shared;
    Arrivals arrivals(total, o.threads, o.subscribers);
    std::vector<std::vector<qint64>> lastSeen(std::size_t(o.threads)); // per connection
    std::atomic<qint64> outOfOrder{0};
    std::atomic<qint64> completedRevision{0};
    QObject mainContext; // the writer's thread: told when a revision reached everyone
    std::function<void()> maybeAdvance;
    // Declared last so that its threads stop before the state they write goes away.
    WorkerPool pool(o.threads);

    std::vector<SubscriberGroup *> groups(std::size_t(pool.size()), nullptr);
    pool.runAll([&](int w) {
        std::vector<SubscriberGroup::Target> targets;
        for (int i = w; i < o.subscribers; i += pool.size())
            targets.push_back({ctx.wsEndpoint(i), ctx.wsPath(drawing)});
        lastSeen[std::size_t(w)].assign(targets.size(), 0);
        auto *g = new SubscriberGroup(std::move(targets), o.connectConcurrency, ctx.limits(),
                                      &shared, pool.context(w));
        g->onFrame = [&, w](int index, QByteArrayView, qint64 receivedNs, qint64 revision) {
            if (revision <= 0 || revision > total)
                return;
            qint64 &last = lastSeen[std::size_t(w)][std::size_t(index)];
            if (revision != last + 1)
                ++outOfOrder;
            last = revision;
            qint64 &latest = arrivals.latest[std::size_t(w)][std::size_t(revision)];
            latest = std::max(latest, receivedNs);
            qint64 &earliest = arrivals.earliest[std::size_t(w)][std::size_t(revision)];
            if (earliest == 0 || receivedNs < earliest)
                earliest = receivedNs;
            if (arrivals.count[std::size_t(revision)].fetch_add(1, std::memory_order_acq_rel) + 1 ==
                arrivals.subscribers) {
                completedRevision = revision;
                QMetaObject::invokeMethod(
                    &mainContext, [&] { maybeAdvance(); }, Qt::QueuedConnection);
            }
        };
        groups[std::size_t(w)] = g;
    });
    pool.runAll([&](int w) { groups[std::size_t(w)]->openAll(); });
    const qint64 connectStart = nowNs();
    if (!spinUntil([&] { return shared.hellos + shared.refused >= o.subscribers; }, 120000)) {
        r.problems << QStringLiteral("only %1 of %2 subscribers got a hello in 120 s")
                          .arg(shared.hellos.load())
                          .arg(o.subscribers);
    }
    r.figures.insert(QStringLiteral("connect_s"), double(nowNs() - connectStart) / 1e9);
    if (shared.refused > 0) {
        r.problems << QStringLiteral("%1 subscribers refused (last code %2)")
                          .arg(shared.refused.load())
                          .arg(shared.lastCloseCode.load());
    }

    std::vector<qint64> sentAt(std::size_t(total + 1), 0);
    std::vector<qint64> answeredAt(std::size_t(total + 1), 0);
    if (r.problems.isEmpty()) {
        HttpConnection http(ctx.endpoint());
        const QString clientId = benchClientId(QStringLiteral("lat"), 0);
        OpMaker maker(clientId);
        const QByteArray target = opsTarget(drawing);
        qint64 revision = 0; // the one in flight
        bool answered = false;
        bool failed = false;
        CpuMeter cpu(ctx.serverPid());
        std::function<void()> sendNext;
        QByteArray body;
        std::function<void()> post = [&] {
            http.request("POST", target, body, [&](HttpResponse &&response) {
                const CommitOutcome out = readCommitAnswer(response);
                if (out.kind == CommitOutcome::Kind::Retry) {
                    r.problems << QStringLiteral("rate-limited (429/503) during the probe");
                    QTimer::singleShot(out.retryAfterMs, post);
                    return;
                }
                if (out.kind == CommitOutcome::Kind::Failed || out.revision != revision) {
                    r.problems << QStringLiteral("commit %1: %2 (revision %3)")
                                      .arg(revision)
                                      .arg(out.error)
                                      .arg(out.revision);
                    failed = true;
                    return;
                }
                answeredAt[std::size_t(revision)] = nowNs();
                answered = true;
                maybeAdvance();
            });
        };
        sendNext = [&] {
            ++revision;
            if (revision == warmupCommits + 1)
                cpu.start();
            answered = false;
            body = commitBody(clientId, maker.next(1));
            sentAt[std::size_t(revision)] = nowNs();
            post();
        };
        QTimer gapTimer;
        gapTimer.setSingleShot(true);
        gapTimer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&gapTimer, &QTimer::timeout, sendNext);
        bool finished = false;
        maybeAdvance = [&] {
            if (finished || failed || gapTimer.isActive() || !answered ||
                completedRevision.load() < revision) {
                return;
            }
            if (revision >= total) {
                finished = true;
                return;
            }
            if (o.gapMs <= 0)
                sendNext();
            else
                gapTimer.start(int(o.gapMs));
        };
        sendNext();
        // Each probe must finish within 10 s; the whole run is bounded by that.
        const bool done = spinUntil(
            [&] {
                return finished || failed ||
                       (!gapTimer.isActive() &&
                        nowNs() - sentAt[std::size_t(revision)] > 10'000'000'000LL);
            },
            (total + 10) * (10000 + qint64(o.gapMs)), 5);
        maybeAdvance = [] {};
        cpu.stop();
        r.addCpu(cpu);
        if (!done || !finished || completedRevision < total) {
            r.problems << QStringLiteral("commit %1 did not reach every subscriber (%2 of %3)")
                              .arg(revision)
                              .arg(arrivals.count[std::size_t(revision)].load())
                              .arg(o.subscribers);
        }
    }
    pool.runAll([&](int w) { groups[std::size_t(w)]->closeAll(); });

    std::vector<qint64> all, first, ack;
    for (qint64 rev = warmupCommits + 1; rev <= total; ++rev) {
        if (arrivals.count[std::size_t(rev)] < o.subscribers || sentAt[std::size_t(rev)] == 0)
            continue;
        qint64 latest = 0, earliest = 0;
        for (int w = 0; w < pool.size(); ++w) {
            latest = std::max(latest, arrivals.latest[std::size_t(w)][std::size_t(rev)]);
            const qint64 e = arrivals.earliest[std::size_t(w)][std::size_t(rev)];
            if (e && (!earliest || e < earliest))
                earliest = e;
        }
        all.push_back(latest - sentAt[std::size_t(rev)]);
        first.push_back(earliest - sentAt[std::size_t(rev)]);
        if (answeredAt[std::size_t(rev)])
            ack.push_back(answeredAt[std::size_t(rev)] - sentAt[std::size_t(rev)]);
    }
    const Summary sAll = summarize(all), sFirst = summarize(first), sAck = summarize(ack);
    r.figures.insert(QStringLiteral("visible_all"), sAll.toJson());
    r.figures.insert(QStringLiteral("visible_first"), sFirst.toJson());
    r.figures.insert(QStringLiteral("post_answer"), sAck.toJson());
    r.figures.insert(QStringLiteral("out_of_order"), outOfOrder.load());
    r.figures.insert(QStringLiteral("bad_frames"), shared.badFrames.load());
    r.figures.insert(QStringLiteral("dropped"), shared.dropped.load());
    if (outOfOrder > 0)
        r.problems << QStringLiteral("%1 commit frames out of order").arg(outOfOrder.load());
    if (shared.badFrames > 0)
        r.problems << QStringLiteral("%1 frames refused by the protocol parser")
                          .arg(shared.badFrames.load());
    if (shared.dropped > 0)
        r.problems << QStringLiteral("%1 subscribers closed by the server (last code %2)")
                          .arg(shared.dropped.load())
                          .arg(shared.lastCloseCode.load());
    if (all.empty())
        r.problems << QStringLiteral("no complete probe");

    std::optional<double> target;
    if (o.subscribers == 100)
        target = 5;
    if (o.subscribers == 500)
        target = 15;
    r.addRow(QStringLiteral("edit->visible p50 / p99, %1 subscribers").arg(o.subscribers),
             QStringLiteral("%1 / %2").arg(fmtMs(sAll.p50), fmtMs(sAll.p99)),
             target ? QStringLiteral("p99 <= %1 ms").arg(fmt(*target)) : QString(),
             target ? std::optional<bool>(sAll.p99 <= *target) : std::nullopt);
    return r;
}

} // namespace inkboard::bench
