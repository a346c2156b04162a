#pragma once

#include "api/route_helpers.h"
#include "api/router.h"

#include <memory>

namespace inkboard::server {

// /auth/login, /auth/signup, /auth/logout and /me: tokens in and out.
class AuthRoutes
{
public:
    explicit AuthRoutes(RouteHelpers &helpers);
    void addTo(Router &router);

private:
    void login(Call &);
    void signup(Call &);
    void logout(Call &);
    void me(Call &);

    void issueToken(std::shared_ptr<Call> call, const UserRecord &user, int status);

    RouteHelpers &m_api;
    ServerContext &m_ctx;
};

} // namespace inkboard::server
