// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/route_helpers.h"
#include "api/router.h"
#include "pipeline/snapshot_cache.h"
#include "rate_limiter.h"

#include <QHash>

namespace inkboard::server {

// /drawings/{id}/snapshot and /drawings/{id}/ops: a drawing's state, its history, and new
// commits handed to the drawing's pipeline.
class HistoryRoutes
{
public:
    explicit HistoryRoutes(RouteHelpers &helpers);
    void addTo(Router &router);

private:
    void snapshot(Call &);
    void opsAfter(Call &);
    void postOps(Call &);
    // Whether `user` may have one more historic snapshot built now; else the seconds to wait.
    bool takeSnapshotBuild(const QString &userId, int *retryAfterSeconds);

    RouteHelpers &m_api;
    ServerContext &m_ctx;
    // Historic snapshots are rebuilt from history, the costliest read there is: cached (one
    // cache for every drawing of the node), and the builds of each user rate-limited.
    SnapshotCache m_snapshots;
    QHash<QString, TokenBucket> m_snapshotBuilds;
};

} // namespace inkboard::server
