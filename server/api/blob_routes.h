// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/route_helpers.h"
#include "api/router.h"

namespace inkboard::server {

// /blobs/{sha256}: images by content, uploaded once, immutable after.
class BlobRoutes
{
public:
    explicit BlobRoutes(RouteHelpers &helpers);
    void addTo(Router &router);
    // PUT /blobs/{sha256} bodies may be larger than other bodies.
    static bool isUpload(const HttpRequest &head);

private:
    void putBlob(Call &);
    void getBlob(Call &);

    RouteHelpers &m_api;
    ServerContext &m_ctx;
};

} // namespace inkboard::server
