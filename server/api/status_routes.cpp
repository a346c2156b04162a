// SPDX-License-Identifier: Apache-2.0
#include "status_routes.h"

#include "pipeline/drawing.h"
#include "pipeline/drawing_registry.h"
#include "fanout/redis_bus.h"
#include "protocol/drawing_info.h"
#include "push_hub.h"

namespace inkboard::server {

using protocol::ApiError;

StatusRoutes::StatusRoutes(RouteHelpers &helpers) : m_api(helpers), m_ctx(helpers.context()) {}

void StatusRoutes::addTo(Router &router)
{
    router.add("GET", "/api/v1/info", Router::Open, [this](Call &c) { info(c); });
    router.add("GET", "/api/v1/healthz", Router::Open, [this](Call &c) { healthz(c); });
    router.add("GET", "/healthz", Router::Open, [this](Call &c) { healthz(c); });
    // The counters are the operator's, so an admin's. --metrics-public opens them to a
    // scraper that the network (not a token) keeps out.
    const Router::Auth metricsAuth = m_ctx.config.metricsPublic ? Router::Open : Router::Token;
    router.add("GET", "/api/v1/metrics", metricsAuth, [this](Call &c) { metrics(c); });
    router.add("GET", "/metrics", metricsAuth, [this](Call &c) { metrics(c); });
}

void StatusRoutes::info(Call &call)
{
    protocol::ServerInfo info;
    info.version = QStringLiteral(INKBOARD_VERSION);
    info.signup = m_ctx.config.allowSignup;
    info.limits = m_ctx.config.limits;
    QJsonObject json = info.toJson();
    QJsonObject limits = json.value(QLatin1String("limits")).toObject();
    limits.insert(QStringLiteral("max_header_bytes"), m_ctx.config.maxHeaderBytes);
    limits.insert(QStringLiteral("max_prop_depth"), m_ctx.config.limits.maxPropDepth);
    json.insert(QStringLiteral("limits"), limits);
    m_api.reply(call, HttpResponse::json(200, json));
}

void StatusRoutes::healthz(Call &call)
{
    if (!m_ctx.store->ping()) {
        return m_api.fail(
            call, ApiError::unavailable(
                      QStringLiteral("storage unavailable: %1").arg(m_ctx.store->lastError())));
    }
    if (!m_ctx.writer->healthy()) {
        // The last write failed; an empty transaction tells whether writes work again,
        // so that a recovered store shows as healthy without waiting for a real write.
        m_ctx.writer->submit([](Store &) { return true; }, {});
        return m_api.fail(call, ApiError::unavailable(QStringLiteral("storage recovering")));
    }
    m_api.reply(call, HttpResponse::json(200, {{QStringLiteral("status"), QStringLiteral("ok")}}));
}

void StatusRoutes::metrics(Call &call)
{
    if (!m_ctx.config.metricsPublic && !call.user.admin)
        return m_api.fail(call, ApiError::forbidden(QStringLiteral("the metrics are for admins")));
    HttpResponse r;
    r.contentType = "text/plain; version=0.0.4; charset=utf-8";
    r.body = m_ctx.metrics.render(m_ctx.httpConnections, m_ctx.hub->sessionCount(),
                                  m_ctx.drawings->size(), m_ctx.writer->queued(),
                                  m_ctx.writer->transactions());
    if (m_ctx.bus) {
        r.body += "# HELP inkboard_fanout_redis_up Whether the Redis fan-out is connected and "
                  "subscribed.\n# TYPE inkboard_fanout_redis_up gauge\ninkboard_fanout_redis_up " +
                  QByteArray(m_ctx.bus->connected() ? "1" : "0") +
                  "\n# HELP inkboard_fanout_redis_dropped_total Fan-out messages not published "
                  "(Redis down or not answering).\n# TYPE inkboard_fanout_redis_dropped_total "
                  "counter\ninkboard_fanout_redis_dropped_total " +
                  QByteArray::number(m_ctx.bus->dropped()) + '\n';
    }
    m_api.reply(call, r);
}

} // namespace inkboard::server
