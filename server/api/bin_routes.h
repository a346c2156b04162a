// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/route_helpers.h"
#include "api/router.h"

namespace inkboard::server {

// /bin: the deleted drawings their owners may still restore (PROTOCOL.md §8). A binned
// drawing is, to every other route, gone: 404 as after a delete without a bin.
class BinRoutes
{
public:
    explicit BinRoutes(RouteHelpers &helpers);
    void addTo(Router &router);

    // When a drawing deleted at `deletedAt` is removed for good.
    QDateTime purgeAt(const QDateTime &deletedAt) const;

private:
    void listBin(Call &);
    void restore(Call &);
    void purge(Call &);

    RouteHelpers &m_api;
    ServerContext &m_ctx;
};

} // namespace inkboard::server
