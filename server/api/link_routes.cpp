// SPDX-License-Identifier: Apache-2.0
#include "link_routes.h"

#include "auth.h"
#include "model/ids.h"
#include "protocol/share_link.h"
#include "push_hub.h"

#include <QJsonArray>

namespace inkboard::server {

using protocol::ApiError;
using protocol::Role;

namespace {

protocol::ShareLinkInfo infoOf(const LinkRecord &r)
{
    return {r.id, r.drawingId, r.role, r.createdBy, r.createdAt, r.expiresAt, r.members};
}

QJsonArray linksJson(const QList<LinkRecord> &links)
{
    QJsonArray array;
    for (const LinkRecord &l : links)
        array.append(infoOf(l).toJson());
    return array;
}

// Every way a link can fail to work answers the same, so a caller learns nothing of which.
ApiError noSuchLink()
{
    return ApiError::notFound(QStringLiteral("no such link"));
}

} // namespace

LinkRoutes::LinkRoutes(RouteHelpers &helpers)
    : m_api(helpers), m_ctx(helpers.context()),
      m_throttle(helpers.context().config.linkRedeemPerMinute,
                 helpers.context().config.linkRedeemAddressPerMinute)
{}

bool LinkRoutes::isLinkRoute(const HttpRequest &head)
{
    // "", "api", "v1", then links/redeem, admin/links[/ID] or drawings/ID/links[/ID]: by
    // segment, so that a drawing whose id is "links" keeps the ordinary body limit.
    const QStringList s = head.path.split(QLatin1Char('/'));
    if (s.size() < 5 || !s[0].isEmpty() || s[1] != u"api" || s[2] != u"v1")
        return false;
    if (s.size() == 5 && s[3] == u"links" && s[4] == u"redeem")
        return true;
    if ((s.size() == 5 || s.size() == 6) && s[3] == u"admin" && s[4] == u"links")
        return true;
    return (s.size() == 6 || s.size() == 7) && s[3] == u"drawings" && s[5] == u"links";
}

void LinkRoutes::addTo(Router &router)
{
    router.add(
        "POST", "/api/v1/drawings/*/links", Router::Token, [this](Call &c) { createLink(c); },
        m_api.requireRole(Role::Owner));
    router.add("GET", "/api/v1/drawings/*/links", Router::Token, [this](Call &c) { listLinks(c); });
    router.add("DELETE", "/api/v1/drawings/*/links/*", Router::Token,
               [this](Call &c) { revokeLink(c); });
    router.add("POST", "/api/v1/links/redeem", Router::Token, [this](Call &c) { redeem(c); });
    router.add("GET", "/api/v1/admin/links", Router::Token, [this](Call &c) { adminList(c); });
    router.add(
        "DELETE", "/api/v1/admin/links/*", Router::Token, [this](Call &c) { adminRevoke(c); },
        RouteHelpers::requireAdmin());
}

void LinkRoutes::createLink(Call &c)
{
    if (!m_api.access(c, Role::Owner))
        return;
    auto body = m_api.jsonBody(c);
    if (!body)
        return;
    const QString roleText = body->value(QLatin1String("role")).toString();
    const auto role = protocol::roleFromString(roleText);
    if (!role || *role == Role::Owner)
        return m_api.fail(c, ApiError::badRequest(QStringLiteral("'role' is editor or viewer")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime expires;
    const QJsonValue lifetime = body->value(QLatin1String("expires_in_s"));
    if (!lifetime.isUndefined() && !lifetime.isNull()) {
        const double s = lifetime.toDouble(-1);
        if (!lifetime.isDouble() || s != double(qint64(s)) ||
            s < double(protocol::kMinLinkLifetimeSeconds) ||
            s > double(protocol::kMaxLinkLifetimeSeconds))
            return m_api.fail(
                c, ApiError::badRequest(QStringLiteral("'expires_in_s' is a whole number of "
                                                       "seconds from %1 to %2, or null")
                                            .arg(protocol::kMinLinkLifetimeSeconds)
                                            .arg(protocol::kMaxLinkLifetimeSeconds)));
        expires = now.addSecs(qint64(s));
    }
    const QString key = auth::newToken();
    LinkRecord record;
    record.id = auth::newId();
    record.drawingId = c.params[0];
    record.role = *role;
    record.createdBy = c.user.ref();
    record.createdAt = now;
    record.expiresAt = expires;
    const QByteArray keyHash = auth::tokenHash(key);
    auto call = std::make_shared<Call>(std::move(c));
    auto overQuota = std::make_shared<bool>(false);
    m_ctx.writer->submit(
        [record, keyHash, overQuota](Store &store) {
            // Counted in the writer's transaction, so concurrent creations cannot pass it.
            const auto existing = store.links(record.drawingId);
            if (!existing)
                return false;
            if (existing->size() >= protocol::kMaxLinksPerDrawing) {
                *overQuota = true;
                return true;
            }
            return store.addLink(record, keyHash);
        },
        [this, call, record, key, overQuota](bool ok) {
            if (!ok)
                return m_api.fail(*call, storageError());
            if (*overQuota)
                return m_api.fail(*call, ApiError::forbidden(
                                             QStringLiteral("link quota reached: a drawing has at "
                                                            "most %1 links; revoke one first")
                                                 .arg(protocol::kMaxLinksPerDrawing)));
            QJsonObject json = infoOf(record).toJson();
            json.insert(QStringLiteral("key"), key);
            m_api.reply(*call, HttpResponse::json(201, json));
        });
}

void LinkRoutes::listLinks(Call &call)
{
    if (!m_api.access(call, Role::Owner))
        return;
    const auto links = m_ctx.store->links(call.params[0]);
    if (!links)
        return m_api.fail(call, storageError());
    m_api.reply(call, HttpResponse::json(200, {{QStringLiteral("links"), linksJson(*links)}}));
}

void LinkRoutes::revokeLink(Call &c)
{
    if (!m_api.access(c, Role::Owner))
        return;
    const QString linkId = c.params.value(1);
    if (!isValidId(linkId))
        return m_api.fail(c, noSuchLink());
    auto call = std::make_shared<Call>(std::move(c));
    revoke(call, linkId, call->params[0]);
}

void LinkRoutes::revoke(std::shared_ptr<Call> call, const QString &linkId, const QString &drawingId)
{
    struct Outcome
    {
        bool found = false;
        QString drawingId;
        QStringList members;
    };
    auto outcome = std::make_shared<Outcome>();
    m_ctx.writer->submit(
        [linkId, drawingId, outcome](Store &store) {
            const auto link = store.link(linkId);
            if (!link)
                return false;
            if (!*link || (!drawingId.isEmpty() && (*link)->drawingId != drawingId))
                return true;
            const auto members = store.linkMembers(linkId);
            if (!members || !store.removeLink(linkId))
                return false;
            *outcome = {true, (*link)->drawingId, *members};
            return true;
        },
        [this, call, outcome](bool ok) {
            if (!ok)
                return m_api.fail(*call, storageError());
            if (!outcome->found)
                return m_api.fail(*call, noSuchLink());
            m_api.auth().invalidate();
            for (const QString &userId : outcome->members)
                m_ctx.hub->closeMember(outcome->drawingId, userId, 4404,
                                       QStringLiteral("the share link was revoked"));
            m_api.reply(*call, HttpResponse::noContent());
        });
}

bool LinkRoutes::admit(Call &call)
{
    int wait = 0;
    if (m_throttle.admit(call.request.peer, call.user.id, &wait))
        return true;
    HttpResponse r = RouteHelpers::errorResponse(ApiError::rateLimited());
    r.withHeader("Retry-After", QByteArray::number(wait));
    m_api.reply(call, r);
    return false;
}

void LinkRoutes::redeem(Call &c)
{
    auto body = m_api.jsonBody(c);
    if (!body)
        return;
    const QJsonValue drawing = body->value(QLatin1String("drawing"));
    const QJsonValue key = body->value(QLatin1String("key"));
    if (!drawing.isString() || !isValidId(drawing.toString()))
        return m_api.fail(
            c, ApiError::invalidId(QStringLiteral("'drawing' is 1-64 of [A-Za-z0-9_-]")));
    if (!key.isString() || key.toString().isEmpty() ||
        key.toString().size() > protocol::kMaxLinkKeyLength)
        return m_api.fail(c, ApiError::badRequest(QStringLiteral("'key' is a string of 1-%1 "
                                                                 "characters")
                                                      .arg(protocol::kMaxLinkKeyLength)));
    // Every try counts, right or wrong: guessing keys is what this holds back.
    if (!admit(c))
        return;
    struct Outcome
    {
        bool found = false;
        bool changed = false;
        Role role = Role::Viewer;
    };
    auto outcome = std::make_shared<Outcome>();
    const QString drawingId = drawing.toString();
    const QByteArray keyHash = auth::tokenHash(key.toString());
    const QString userId = c.user.id;
    auto call = std::make_shared<Call>(std::move(c));
    m_ctx.writer->submit(
        [drawingId, keyHash, userId, outcome](Store &store) {
            const auto link = store.linkByKey(keyHash);
            if (!link)
                return false;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            if (!*link || (*link)->drawingId != drawingId ||
                ((*link)->expiresAt.isValid() && (*link)->expiresAt <= now))
                return true;
            if (!store.drawing(drawingId))
                return store.lastError().isEmpty();
            const auto current = store.role(drawingId, userId);
            if (!current)
                return false;
            outcome->found = true;
            // Never lowers a role: a member with this role or a higher one keeps theirs (and
            // its tie, if any), so revoking this link takes nothing from them.
            if (*current && int(**current) >= int((*link)->role)) {
                outcome->role = **current;
                return true;
            }
            outcome->role = (*link)->role;
            outcome->changed = true;
            return store.setMemberByLink(drawingId, userId, (*link)->role, (*link)->id);
        },
        [this, call, drawingId, userId, outcome](bool ok) {
            if (!ok)
                return m_api.fail(*call, storageError());
            if (!outcome->found)
                return m_api.fail(*call, noSuchLink());
            if (outcome->changed) {
                m_api.auth().invalidate();
                m_ctx.hub->setMemberRole(drawingId, userId, outcome->role);
            }
            m_api.reply(*call, HttpResponse::json(200, {{QStringLiteral("drawing"), drawingId},
                                                        {QStringLiteral("role"),
                                                         protocol::roleName(outcome->role)}}));
        });
}

void LinkRoutes::adminList(Call &call)
{
    if (!call.user.admin)
        return m_api.fail(call, ApiError::forbidden(QStringLiteral("administrators only")));
    const QString drawingId =
        call.request.query.queryItemValue(QStringLiteral("drawing"), QUrl::FullyDecoded);
    if (call.request.query.hasQueryItem(QStringLiteral("drawing")) && !isValidId(drawingId))
        return m_api.fail(
            call, ApiError::invalidId(QStringLiteral("a drawing id is 1-64 of [A-Za-z0-9_-]")));
    const auto links = m_ctx.store->links(drawingId);
    if (!links)
        return m_api.fail(call, storageError());
    m_api.reply(call, HttpResponse::json(200, {{QStringLiteral("links"), linksJson(*links)}}));
}

void LinkRoutes::adminRevoke(Call &c)
{
    const QString linkId = c.params.value(0);
    if (!isValidId(linkId))
        return m_api.fail(c, noSuchLink());
    revoke(std::make_shared<Call>(std::move(c)), linkId, {});
}

} // namespace inkboard::server
