// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/login_throttle.h"
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
    // A try of `account` from the call's address, or 429 + Retry-After answered.
    bool admit(Call &call, const QString &account);
    // A place in the hash queue, or 503 + Retry-After answered (null).
    std::shared_ptr<void> hashSlot(Call &call);

    RouteHelpers &m_api;
    ServerContext &m_ctx;
    LoginThrottle m_throttle{m_ctx.config.loginAccountPerMinute,
                             m_ctx.config.loginAddressPerMinute};
    HashQueue m_hashQueue{m_ctx.config.maxHashQueue};
};

} // namespace inkboard::server
