// SPDX-License-Identifier: Apache-2.0
#include "api.h"

#include "model/ids.h"
#include "pipeline/drawing.h"
#include "pipeline/drawing_registry.h"
#include "protocol/share_link.h"
#include "ws/ws_handshake.h"

namespace inkboard::server {

using protocol::ApiError;

Api::Api(ServerContext &context, QObject *parent)
    : QObject(parent), m_ctx(context), m_auth(context), m_helpers(context, m_auth, this),
      m_status(m_helpers), m_authRoutes(m_helpers), m_drawings(m_helpers), m_bin(m_helpers),
      m_history(m_helpers), m_blobs(m_helpers), m_binSweeper(context), m_comments(m_helpers),
      m_accounts(m_helpers), m_links(m_helpers)
{
    m_status.addTo(m_router);
    m_authRoutes.addTo(m_router);
    m_drawings.addTo(m_router);
    m_bin.addTo(m_router);
    m_history.addTo(m_router);
    m_comments.addTo(m_router);
    // The WebSocket's path answered as plain HTTP: the upgrade itself never reaches a route.
    m_router.add("GET", "/api/v1/drawings/*/ws", Router::Open,
                 [this](Call &call) { m_helpers.fail(call, ApiError::upgradeRequired()); });
    m_blobs.addTo(m_router);
    m_accounts.addTo(m_router);
    m_links.addTo(m_router);
}

qint64 Api::bodyLimit(const HttpRequest &head) const
{
    if (BlobRoutes::isUpload(head))
        return m_ctx.config.limits.maxBlobBytes;
    if (LinkRoutes::isLinkRoute(head))
        return qMin(protocol::kMaxLinkBodyBytes, m_ctx.config.limits.maxBodyBytes);
    return m_ctx.config.limits.maxBodyBytes;
}

void Api::record(const HttpRequest &request, const HttpResponse &response)
{
    m_helpers.record(request, response);
}

void Api::invalidate()
{
    m_auth.invalidate();
}

Api::Admission Api::admit(const HttpRequest &head)
{
    Admission a;
    if (m_ctx.shuttingDown) {
        HttpResponse r =
            HttpResponse::error(ApiError::unavailable(QStringLiteral("shutting down")));
        r.withHeader("Retry-After", "2");
        r.close = true;
        a.refusal = r;
        return a;
    }
    Router::Match match = m_router.match(head.method, head.path);
    if (match.route) {
        if (match.route->auth == Router::Token) {
            ApiError error;
            auto user = m_auth.authenticate(head, false, &error);
            if (!user) {
                a.refusal = RouteHelpers::errorResponse(error);
                return a;
            }
            a.user = *user;
            if (match.route->guard) {
                if (auto error = match.route->guard(match.params, a.user)) {
                    a.refusal = RouteHelpers::errorResponse(*error);
                    return a;
                }
            }
        }
        a.route = match.route;
        a.params = std::move(match.params);
        return a;
    }
    if (!match.allowed.isEmpty()) {
        HttpResponse r = HttpResponse::error(ApiError::methodNotAllowed());
        r.withHeader("Allow", match.allowed.join(", "));
        a.refusal = r;
        return a;
    }
    a.refusal = RouteHelpers::errorResponse(ApiError::notFound(QStringLiteral("no such endpoint")));
    return a;
}

std::optional<HttpResponse> Api::refusal(const HttpRequest &head)
{
    return admit(head).refusal;
}

void Api::handle(HttpRequest request, ResponderPtr responder)
{
    Call call{std::move(request), std::move(responder), {}, {}};
    Admission a = admit(call.request);
    if (a.refusal)
        return m_helpers.reply(call, *a.refusal);
    call.params = std::move(a.params);
    call.user = std::move(a.user);
    a.route->handler(call);
}

std::variant<WsGrant, HttpResponse> Api::authorizeUpgrade(const HttpRequest &head)
{
    const QStringList segments = head.path.split(QLatin1Char('/'));
    // "", "api", "v1", "drawings", id, "ws"
    if (segments.size() != 6 || segments[1] != u"api" || segments[2] != u"v1" ||
        segments[3] != u"drawings" || segments[5] != u"ws" || head.method != "GET")
        return HttpResponse::error(ApiError::notFound(QStringLiteral("no WebSocket here")));
    if (m_ctx.shuttingDown)
        return HttpResponse::error(ApiError::unavailable(QStringLiteral("shutting down")))
            .withHeader("Retry-After", "2");
    const QString id = segments[4];
    if (!isValidId(id))
        return HttpResponse::error(
            ApiError::invalidId(QStringLiteral("a drawing id is 1-64 of [A-Za-z0-9_-]")));
    // What QWebSocketServer refused with a bare 400, and what the handshake needs: as JSON.
    if (auto refusal = ws::handshakeRefusal(head))
        return *refusal;
    ApiError error;
    const auto user = m_auth.authenticate(head, true, &error);
    if (!user)
        return HttpResponse::error(error);
    const auto role = m_auth.roleOf(id, user->id);
    if (!role)
        return HttpResponse::error(storageError());
    if (!*role)
        return HttpResponse::error(ApiError::notFound(QStringLiteral("no such drawing")));
    QString loadError;
    if (!m_ctx.drawings->get(id, &loadError))
        return HttpResponse::error(storageError());
    const QStringList features = head.query.queryItemValue(QStringLiteral("features"))
                                     .split(QLatin1Char(','), Qt::SkipEmptyParts);
    return WsGrant{id, *user, **role, features.contains(QLatin1String("comments")),
                   head.header("sec-websocket-key").trimmed()};
}

} // namespace inkboard::server
