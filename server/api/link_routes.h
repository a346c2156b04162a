// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/login_throttle.h"
#include "api/route_helpers.h"
#include "api/router.h"

namespace inkboard::server {

// Share links (PROTOCOL.md §4 "Share links"): an owner makes, lists and revokes the links of
// a drawing; anyone signed in redeems one to become a member with its role; admins list and
// revoke every link. A membership a link granted is tied to it: revoking the link removes it
// (and closes those members' sockets, on every node) unless the owner has set that member's
// role since.
class LinkRoutes
{
public:
    explicit LinkRoutes(RouteHelpers &helpers);
    void addTo(Router &router);
    // Link routes take a few short fields: their bodies are bounded far below other routes'.
    static bool isLinkRoute(const HttpRequest &head);

private:
    void createLink(Call &);
    void listLinks(Call &);
    void revokeLink(Call &);
    void redeem(Call &);
    void adminList(Call &);
    void adminRevoke(Call &);

    // Removes the link (of `drawingId` when it is not empty) and the memberships tied to it,
    // then closes the sockets of those members: 204, or 404 for no such link.
    void revoke(std::shared_ptr<Call> call, const QString &linkId, const QString &drawingId);
    // The redeem tries of this caller and address: true, or the 429 answered.
    bool admit(Call &call);

    RouteHelpers &m_api;
    ServerContext &m_ctx;
    // Per user (not per account name: a redeem is signed in) and per address.
    LoginThrottle m_throttle;
};

} // namespace inkboard::server
