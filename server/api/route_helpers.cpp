// SPDX-License-Identifier: Apache-2.0
#include "route_helpers.h"

#include "logging.h"
#include "model/ids.h"
#include "model/op_codec.h"

namespace inkboard::server {

using protocol::ApiError;
using protocol::Role;

ApiError storageError()
{
    return ApiError::unavailable(QStringLiteral("storage unavailable"));
}

RouteHelpers::RouteHelpers(ServerContext &context, Authenticator &auth, QObject *loop)
    : m_ctx(context), m_auth(auth), m_loop(loop)
{}

void RouteHelpers::record(const HttpRequest &request, const HttpResponse &response)
{
    m_ctx.metrics.request();
    if (response.status >= 400) {
        const QByteArray code = response.errorCode();
        m_ctx.metrics.rejected(response.status, code);
        // Every error is logged: 5xx as warnings, the client's errors as info.
        if (response.status >= 500)
            qCWarning(lcHttp).noquote() << request.peer.toString() << request.method << request.path
                                        << "->" << response.status << code;
        else
            qCInfo(lcHttp).noquote() << request.peer.toString() << request.method << request.path
                                     << "->" << response.status << code;
    } else {
        qCDebug(lcHttp).noquote() << request.peer.toString() << request.method << request.path
                                  << "->" << response.status;
    }
}

void RouteHelpers::reply(Call &call, const HttpResponse &response)
{
    record(call.request, response);
    call.responder->send(response);
}

HttpResponse RouteHelpers::errorResponse(const ApiError &error)
{
    HttpResponse r = HttpResponse::error(error);
    if (error.status == 503)
        r.withHeader("Retry-After", "1");
    return r;
}

void RouteHelpers::fail(Call &call, const ApiError &error)
{
    reply(call, errorResponse(error));
}

std::optional<QJsonObject> RouteHelpers::jsonBody(Call &call)
{
    if (call.request.mediaType() != "application/json") {
        fail(call, ApiError::unsupportedMediaType(QStringLiteral("send application/json")));
        return std::nullopt;
    }
    Parsed<QJsonObject> parsed = parseJsonObject(call.request.body, m_ctx.config.limits);
    if (auto *err = errorOf(parsed)) {
        fail(call, ApiError::fromValidation(*err));
        return std::nullopt;
    }
    return std::get<QJsonObject>(std::move(parsed));
}

std::variant<Role, ApiError> RouteHelpers::checkAccess(const QString &id, const AuthUser &user,
                                                       Role minimum, bool adminPasses)
{
    if (!isValidId(id))
        return ApiError::invalidId(QStringLiteral("a drawing id is 1-64 of [A-Za-z0-9_-]"));
    const auto role = m_auth.roleOf(id, user.id);
    if (!role)
        return storageError();
    if (!*role) {
        if (adminPasses && user.admin) {
            const auto exists = m_ctx.store->drawing(id);
            if (exists)
                return Role::Owner;
        }
        return ApiError::notFound(QStringLiteral("no such drawing"));
    }
    if (int(**role) < int(minimum) && !(adminPasses && user.admin))
        return ApiError::forbidden(minimum == Role::Owner
                                       ? QStringLiteral("only an owner may do this")
                                       : QStringLiteral("viewers cannot edit"));
    return **role;
}

std::optional<Role> RouteHelpers::access(Call &call, Role minimum, bool adminPasses)
{
    auto result = checkAccess(call.params.value(0), call.user, minimum, adminPasses);
    if (auto *error = std::get_if<ApiError>(&result)) {
        fail(call, *error);
        return std::nullopt;
    }
    return std::get<Role>(result);
}

Router::Guard RouteHelpers::requireRole(Role minimum, bool adminPasses)
{
    return [this, minimum, adminPasses](const QStringList &params,
                                        const AuthUser &user) -> std::optional<ApiError> {
        auto result = checkAccess(params.value(0), user, minimum, adminPasses);
        if (auto *error = std::get_if<ApiError>(&result))
            return *error;
        return std::nullopt;
    };
}

Router::Guard RouteHelpers::requireAdmin()
{
    return [](const QStringList &, const AuthUser &user) -> std::optional<ApiError> {
        if (user.admin)
            return std::nullopt;
        return ApiError::forbidden(QStringLiteral("administrators only"));
    };
}

std::optional<UserRecord> RouteHelpers::userParam(Call &call, int index)
{
    const QString name = call.params.value(index);
    if (!isValidUsername(name)) {
        fail(call, ApiError::notFound(QStringLiteral("no such user")));
        return std::nullopt;
    }
    auto user = m_ctx.store->userByName(name);
    if (!user) {
        fail(call, m_ctx.store->lastError().isEmpty()
                       ? ApiError::notFound(QStringLiteral("no such user"))
                       : storageError());
        return std::nullopt;
    }
    return user;
}

} // namespace inkboard::server
