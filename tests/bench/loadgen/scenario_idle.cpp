// SPDX-License-Identifier: Apache-2.0
#include "clock.h"
#include "commit_io.h"
#include "http_connection.h"
#include "op_maker.h"
#include "proc_stats.h"
#include "scenarios.h"
#include "subscriber_group.h"
#include "worker_pool.h"

#include <unistd.h>

namespace inkboard::bench {

// Server RSS per idle WebSocket: VmRSS with one warm connection per drawing, then with N
// more; the difference over N. Afterwards one commit per drawing must reach every one of
// them, so the connections counted were live subscriptions, not half-open sockets.
Result runIdle(Context &ctx)
{
    const Options &o = ctx.options();
    Result r = ctx.newResult(QStringLiteral("idle"));
    r.params.insert(QStringLiteral("connections"), o.connections);
    r.params.insert(QStringLiteral("drawings"), o.drawings);
    r.params.insert(QStringLiteral("source_addresses"), o.sourceAddresses);
    const qint64 pid = ctx.serverPid();
    if (pid <= 0) {
        r.problems << QStringLiteral("idle needs --server-binary or --server-pid");
        return r;
    }
    QString error;
    const QStringList drawings = ctx.createDrawings(o.drawings, QStringLiteral("idle"), &error);
    if (drawings.isEmpty()) {
        r.problems << error;
        return r;
    }

    SubscriberShared warmShared, shared;
    std::atomic<qint64> commitFrames{0};
    std::vector<SubscriberGroup *> warm(std::size_t(o.threads), nullptr);
    std::vector<SubscriberGroup *> groups(std::size_t(o.threads), nullptr);
    WorkerPool pool(o.threads);

    // Warm-up: one connection per drawing, so per-drawing state is in the baseline.
    pool.run(0, [&] {
        std::vector<SubscriberGroup::Target> targets;
        for (int d = 0; d < o.drawings; ++d)
            targets.push_back({ctx.wsEndpoint(d), ctx.wsPath(drawings[d])});
        warm[0] = new SubscriberGroup(std::move(targets), o.connectConcurrency, ctx.limits(),
                                      &warmShared, pool.context(0));
        warm[0]->openAll();
    });
    if (!spinUntil([&] { return warmShared.hellos + warmShared.refused >= o.drawings; }, 60000) ||
        warmShared.refused > 0) {
        r.problems << QStringLiteral("warm-up connections failed (code %1)")
                          .arg(warmShared.lastCloseCode.load());
        pool.run(0, [&] { warm[0]->closeAll(); });
        return r;
    }
    spinFor(qint64(o.settleS * 1000));
    const qint64 rssBefore = rssKiB(pid).value_or(0);
    const qint64 selfBefore = rssKiB(getpid()).value_or(0);

    const qint64 t0 = nowNs();
    pool.runAll([&](int w) {
        std::vector<SubscriberGroup::Target> targets;
        for (int i = w; i < o.connections; i += pool.size()) {
            targets.push_back({ctx.wsEndpoint(i), ctx.wsPath(drawings[i % o.drawings])});
        }
        auto *g = new SubscriberGroup(std::move(targets), o.connectConcurrency, ctx.limits(),
                                      &shared, pool.context(w));
        g->onFrame = [&](int, QByteArrayView, qint64, qint64 revision) {
            if (revision > 0)
                ++commitFrames;
        };
        groups[std::size_t(w)] = g;
        g->openAll();
    });
    const bool allOpen =
        spinUntil([&] { return shared.hellos + shared.refused >= o.connections; }, 300000);
    const double connectS = double(nowNs() - t0) / 1e9;
    spinFor(qint64(o.settleS * 1000));
    const qint64 rssAfter = rssKiB(pid).value_or(0);
    const qint64 selfAfter = rssKiB(getpid()).value_or(0);
    const int open = shared.hellos - shared.dropped;
    if (!allOpen || shared.refused > 0 || shared.dropped > 0) {
        r.problems << QStringLiteral("%1 of %2 connections open; %3 refused, %4 dropped (last "
                                     "code %5)")
                          .arg(open)
                          .arg(o.connections)
                          .arg(shared.refused.load())
                          .arg(shared.dropped.load())
                          .arg(shared.lastCloseCode.load());
    }

    // Liveness: one commit per drawing reaches every connection.
    HttpConnection http(ctx.endpoint());
    const QString clientId = benchClientId(QStringLiteral("idle"), 0);
    OpMaker maker(clientId);
    for (const QString &d : drawings) {
        std::optional<HttpResponse> answer;
        http.request("POST", opsTarget(d), commitBody(clientId, maker.next(1)),
                     [&](HttpResponse &&a) { answer = std::move(a); });
        spinUntil([&] { return answer.has_value(); }, 30000, 1);
        if (!answer || readCommitAnswer(*answer).kind != CommitOutcome::Kind::Committed) {
            r.problems << QStringLiteral("liveness commit failed: %1")
                              .arg(answer ? readCommitAnswer(*answer).error
                                          : QStringLiteral("timeout"));
            break;
        }
    }
    spinUntil([&] { return commitFrames >= open; }, 30000);
    if (commitFrames < open) {
        r.problems << QStringLiteral("only %1 of %2 open connections received the liveness "
                                     "commit")
                          .arg(commitFrames.load())
                          .arg(open);
    }
    pool.runAll([&](int w) {
        groups[std::size_t(w)]->closeAll();
        if (warm[std::size_t(w)])
            warm[std::size_t(w)]->closeAll();
    });

    const double perConnKiB = open > 0 ? double(rssAfter - rssBefore) / open : 0;
    r.figures.insert(QStringLiteral("server_rss_before_kib"), rssBefore);
    r.figures.insert(QStringLiteral("server_rss_after_kib"), rssAfter);
    r.figures.insert(QStringLiteral("per_connection_kib"), perConnKiB);
    r.figures.insert(QStringLiteral("open"), open);
    r.figures.insert(QStringLiteral("connect_s"), connectS);
    r.figures.insert(QStringLiteral("generator_per_connection_kib"),
                     open > 0 ? double(selfAfter - selfBefore) / open : 0);
    const bool headline = o.connections == 5000;
    r.addRow(QStringLiteral("server RSS per idle WebSocket, %1 connections").arg(o.connections),
             QStringLiteral("%1 KiB").arg(fmt(perConnKiB, 1)),
             headline ? QStringLiteral("<= 15 KiB") : QString(),
             headline ? std::optional<bool>(perConnKiB <= 15) : std::nullopt);
    return r;
}

} // namespace inkboard::bench
