// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/authenticator.h"
#include "api/call.h"
#include "api/router.h"
#include "store/store.h"

#include <QJsonObject>
#include <QObject>
#include <optional>
#include <variant>

namespace inkboard::server {

// 503 for a store that failed: the client retries.
protocol::ApiError storageError();

// What every route module shares: answering (with the metrics and log line of each answer),
// the JSON body, and the checks of who may do what. Every error is the JSON of PROTOCOL.md §1.
class RouteHelpers
{
public:
    // `loop` is the event-loop object that work finished on a pool thread returns to.
    RouteHelpers(ServerContext &context, Authenticator &auth, QObject *loop);

    ServerContext &context() const { return m_ctx; }
    Authenticator &auth() const { return m_auth; }
    QObject *loop() const { return m_loop; }

    void reply(Call &call, const HttpResponse &response);
    void fail(Call &call, const protocol::ApiError &error);
    // The answer fail() gives: §1 JSON, and Retry-After on 503.
    static HttpResponse errorResponse(const protocol::ApiError &error);
    // Bookkeeping for every answer (metrics, logs), also those the HTTP layer gives itself.
    void record(const HttpRequest &request, const HttpResponse &response);

    // The request's JSON object, or the error answered.
    std::optional<QJsonObject> jsonBody(Call &call);
    // The caller's role on drawing params[0], answering the error itself when it is below
    // `minimum` (non-members: 404). Admins pass as owners when adminPasses.
    std::optional<protocol::Role> access(Call &call, protocol::Role minimum,
                                         bool adminPasses = false);
    // The same check as a route guard (drawing id in params[0]), to refuse before the body.
    Router::Guard requireRole(protocol::Role minimum, bool adminPasses = false);
    static Router::Guard requireAdmin();
    // The user named by params[index], or 404 answered.
    std::optional<UserRecord> userParam(Call &call, int index);

private:
    // What access() decides; the role when it passes.
    std::variant<protocol::Role, protocol::ApiError>
    checkAccess(const QString &id, const AuthUser &user, protocol::Role minimum, bool adminPasses);

    ServerContext &m_ctx;
    Authenticator &m_auth;
    QObject *m_loop;
};

} // namespace inkboard::server
