// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/route_helpers.h"
#include "api/router.h"

namespace inkboard::server {

// GET /info, /healthz and /metrics: what the server is and how it is doing.
class StatusRoutes
{
public:
    explicit StatusRoutes(RouteHelpers &helpers);
    void addTo(Router &router);

private:
    void info(Call &);
    void healthz(Call &);
    void metrics(Call &);

    RouteHelpers &m_api;
    ServerContext &m_ctx;
};

} // namespace inkboard::server
