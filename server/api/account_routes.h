// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/route_helpers.h"
#include "api/router.h"

namespace inkboard::server {

// /admin/users: administrators list, create, re-password and remove accounts.
class AccountRoutes
{
public:
    explicit AccountRoutes(RouteHelpers &helpers);
    void addTo(Router &router);

private:
    void listUsers(Call &);
    void createUser(Call &);
    void setPassword(Call &);
    void deleteUser(Call &);

    RouteHelpers &m_api;
    ServerContext &m_ctx;
};

} // namespace inkboard::server
