// SPDX-License-Identifier: Apache-2.0
#include "seed.h"

#include "clock.h"
#include "commit_engine.h"
#include "worker_pool.h"

namespace inkboard::bench {

SeedOutcome seedDrawing(Context &ctx, const QString &drawingId, qint64 commits, int writers)
{
    SeedOutcome out;
    WorkerPool pool(ctx.options().threads);
    CommitEngine engine(pool, ctx.endpoint(), {{drawingId}, writers, 1, commits});
    const qint64 t0 = nowNs();
    engine.start();
    // Bounded: even at 100 commits/s the largest seed ends within this.
    const bool idle = engine.waitIdle(std::max<qint64>(60000, commits * 10));
    out.seconds = double(nowNs() - t0) / 1e9;
    if (!idle || engine.shared().failures > 0) {
        out.error = QStringLiteral("seeding %1 commits failed: %2")
                        .arg(commits)
                        .arg(engine.shared().firstError.isEmpty() ? QStringLiteral("timeout")
                                                                  : engine.shared().firstError);
        return out;
    }
    out.objects = engine.created();
    const qint64 latest = ctx.api().latestRevision(drawingId, &out.error);
    if (latest != commits) {
        out.error = QStringLiteral("seeded %1 commits but latest_revision is %2 %3")
                        .arg(commits)
                        .arg(latest)
                        .arg(out.error);
        return out;
    }
    out.ok = true;
    return out;
}

} // namespace inkboard::bench
