#pragma once

#include "api/route_helpers.h"
#include "api/router.h"

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

    RouteHelpers &m_api;
    ServerContext &m_ctx;
};

} // namespace inkboard::server
