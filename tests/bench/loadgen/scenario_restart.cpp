// SPDX-License-Identifier: Apache-2.0
#include "clock.h"
#include "protocol/commit.h"
#include "scenarios.h"
#include "seed.h"
#include "stats.h"
#include "subscriber_group.h"
#include "worker_pool.h"

#include <QJsonDocument>

namespace inkboard::bench {

// Restart with a long log: seed C commits, then (repeat times) SIGTERM the server, start it
// on the same folder and time the listening line, the first full snapshot of the drawing
// (revision C, every object) and the first WebSocket hello.
Result runRestart(Context &ctx)
{
    const Options &o = ctx.options();
    Result r = ctx.newResult(QStringLiteral("restart"));
    r.params.insert(QStringLiteral("commits"), o.commits);
    r.params.insert(QStringLiteral("repeat"), o.repeat);
    if (!ctx.server()) {
        r.problems << QStringLiteral("restart needs --server-binary");
        return r;
    }
    QString error;
    const QStringList drawings = ctx.createDrawings(1, QStringLiteral("restart"), &error);
    if (drawings.isEmpty()) {
        r.problems << error;
        return r;
    }
    const QString drawing = drawings.first();
    const SeedOutcome seed = seedDrawing(ctx, drawing, o.commits, o.seedWriters);
    if (!seed.ok) {
        r.problems << seed.error;
        return r;
    }
    const double seedRate = double(o.commits) / seed.seconds;
    r.figures.insert(QStringLiteral("seed_commits_per_s"), seedRate);
    r.figures.insert(QStringLiteral("objects"), seed.objects);

    std::vector<qint64> listen, snapshot, hello, stop;
    for (int i = 0; i < o.repeat; ++i) {
        qint64 stopNs = 0, startNs = 0;
        const qint64 t0 = nowNs();
        if (!ctx.restartServer(&error, &stopNs, &startNs)) {
            r.problems << error;
            return r;
        }
        const qint64 tStart = t0 + stopNs; // the new process was started right after the stop
        const HttpResponse snap =
            ctx.api().call("GET", "/api/v1/drawings/" + drawing.toUtf8() + "/snapshot");
        const qint64 tSnapshot = nowNs();
        if (snap.status != 200) {
            r.problems << QStringLiteral("snapshot after restart: %1").arg(Api::describe(snap));
            return r;
        }
        const auto parsed =
            protocol::Snapshot::fromJson(QJsonDocument::fromJson(snap.body).object(), ctx.limits());
        const auto *s = std::get_if<protocol::Snapshot>(&parsed);
        if (!s || s->revision != o.commits || s->objects.size() != seed.objects) {
            r.problems << QStringLiteral("snapshot after restart: revision %1, %2 objects; "
                                         "expected %3 and %4")
                              .arg(s ? s->revision : -1)
                              .arg(s ? s->objects.size() : -1)
                              .arg(o.commits)
                              .arg(seed.objects);
            return r;
        }
        SubscriberShared shared;
        {
            WorkerPool pool(1);
            SubscriberGroup *g = nullptr;
            pool.run(0, [&] {
                g = new SubscriberGroup({{ctx.wsEndpoint(0), ctx.wsPath(drawing)}}, 1, ctx.limits(),
                                        &shared, pool.context(0));
                g->openAll();
            });
            spinUntil([&] { return shared.hellos + shared.refused >= 1; }, 30000, 1);
            pool.run(0, [&] { g->closeAll(); });
        }
        const qint64 tHello = nowNs();
        if (shared.hellos != 1 || shared.helloLatest != o.commits) {
            r.problems << QStringLiteral("hello after restart: latest_revision %1")
                              .arg(shared.helloLatest.load());
            return r;
        }
        stop.push_back(stopNs);
        listen.push_back(startNs);
        snapshot.push_back(tSnapshot - tStart);
        hello.push_back(tHello - tStart);
    }
    const Summary sStop = summarize(stop), sListen = summarize(listen), sSnap = summarize(snapshot),
                  sHello = summarize(hello);
    r.figures.insert(QStringLiteral("stop"), sStop.toJson());
    r.figures.insert(QStringLiteral("to_listening"), sListen.toJson());
    r.figures.insert(QStringLiteral("to_snapshot"), sSnap.toJson());
    r.figures.insert(QStringLiteral("to_hello"), sHello.toJson());

    const bool headline = o.commits == 100000;
    r.addRow(QStringLiteral("restart with a %1-commit log: start -> first full snapshot "
                            "served (median of %2)")
                 .arg(o.commits)
                 .arg(o.repeat),
             QStringLiteral("%1 (listening %2, first hello %3; SIGTERM stop %4)")
                 .arg(fmtMs(sSnap.p50), fmtMs(sListen.p50), fmtMs(sHello.p50), fmtMs(sStop.p50)),
             headline ? QStringLiteral("<= 2 s") : QString(),
             headline ? std::optional<bool>(sSnap.p50 <= 2000) : std::nullopt);
    r.addRow(QStringLiteral("  seeding the log: durable commits/s with %1 writers on one drawing")
                 .arg(o.seedWriters),
             fmt(seedRate));
    return r;
}

} // namespace inkboard::bench
