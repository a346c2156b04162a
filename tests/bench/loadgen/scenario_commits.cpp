// SPDX-License-Identifier: Apache-2.0
#include "clock.h"
#include "commit_engine.h"
#include "scenarios.h"
#include "stats.h"
#include "worker_pool.h"

namespace inkboard::bench {

QString fmt(double value, int decimals)
{
    return QLocale::c().toString(value, 'f', decimals);
}

QString fmtMs(double ms)
{
    return QStringLiteral("%1 ms").arg(ms < 10 ? fmt(ms, 2) : fmt(ms, 1));
}

// Durable commits/s: N writers, each with one POST in flight, for a fixed time.
Result runCommits(Context &ctx)
{
    const Options &o = ctx.options();
    Result r = ctx.newResult(QStringLiteral("commits"));
    r.params.insert(QStringLiteral("writers"), o.writers);
    r.params.insert(QStringLiteral("drawings"), o.drawings);
    r.params.insert(QStringLiteral("ops_per_commit"), o.opsPerCommit);
    r.params.insert(QStringLiteral("duration_s"), o.durationS);

    QString error;
    const QStringList drawings = ctx.createDrawings(o.drawings, QStringLiteral("c"), &error);
    if (drawings.isEmpty()) {
        r.problems << error;
        return r;
    }
    WorkerPool pool(o.threads);
    CommitEngine engine(pool, ctx.endpoint(),
                        {drawings, o.writers, o.opsPerCommit, /*totalCommits=*/-1});
    engine.start();
    spinFor(qint64(o.warmupS * 1000));
    CpuMeter cpu(ctx.serverPid());
    const qint64 acked0 = engine.shared().acked;
    const qint64 t0 = nowNs();
    cpu.start();
    spinFor(qint64(o.durationS * 1000));
    const qint64 acked1 = engine.shared().acked;
    const qint64 t1 = nowNs();
    cpu.stop();
    engine.stop();
    if (!engine.waitIdle(60000))
        r.problems << QStringLiteral("writers still busy 60 s after the stop");

    const double seconds = double(t1 - t0) / 1e9;
    const double rate = double(acked1 - acked0) / seconds;
    std::vector<qint64> rtt;
    for (const CommitSample &s : engine.samples()) {
        if (s.doneNs >= t0 && s.doneNs < t1)
            rtt.push_back(s.doneNs - s.sentNs);
    }
    const Summary lat = summarize(rtt);
    r.figures.insert(QStringLiteral("commits_per_s"), rate);
    r.figures.insert(QStringLiteral("ops_per_s"), rate * o.opsPerCommit);
    r.figures.insert(QStringLiteral("post_latency"), lat.toJson());
    r.figures.insert(QStringLiteral("retries_429_503"), engine.shared().retries.load());
    r.addCpu(cpu);

    // Every acknowledged commit is a revision: the drawings' revisions add up to the acks.
    qint64 revisions = 0;
    for (const QString &id : drawings) {
        const qint64 latest = ctx.api().latestRevision(id, &error);
        if (latest < 0)
            r.problems << error;
        revisions += std::max<qint64>(0, latest);
    }
    const qint64 acked = engine.shared().acked;
    if (revisions != acked) {
        r.problems << QStringLiteral("%1 commits acknowledged but the drawings hold %2 revisions")
                          .arg(acked)
                          .arg(revisions);
    }
    if (engine.shared().failures > 0) {
        r.problems << QStringLiteral("%1 failed commits, first: %2")
                          .arg(engine.shared().failures.load())
                          .arg(engine.shared().firstError);
    }
    if (engine.shared().retries > 0) {
        r.problems << QStringLiteral("%1 answers were 429/503: the rate limit, not the server's "
                                     "speed, bounded this run")
                          .arg(engine.shared().retries.load());
    }
    if (acked1 == acked0)
        r.problems << QStringLiteral("no commit was acknowledged in the measured window");

    const QString what =
        QStringLiteral("durable commits/s, %1 writer%2%3")
            .arg(o.writers)
            .arg(o.writers == 1 ? QString() : QStringLiteral("s"))
            .arg(o.drawings == 1 ? QStringLiteral(", one drawing")
                                 : QStringLiteral(", %1 drawings").arg(o.drawings));
    std::optional<double> target;
    if (o.writers == 1 && o.opsPerCommit == 1)
        target = 3000;
    if (o.writers == 50 && o.opsPerCommit == 1)
        target = 10000;
    r.addRow(what, fmt(rate), target ? QStringLiteral(">= %1").arg(fmt(*target)) : QString(),
             target ? std::optional<bool>(rate >= *target) : std::nullopt);
    r.addRow(QStringLiteral("  POST round trip p50 / p99 (%1 writers, %2 drawings)")
                 .arg(o.writers)
                 .arg(o.drawings),
             QStringLiteral("%1 / %2").arg(fmtMs(lat.p50), fmtMs(lat.p99)));
    return r;
}

} // namespace inkboard::bench
