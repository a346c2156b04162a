// SPDX-License-Identifier: Apache-2.0
#include "drawing_routes.h"

#include "auth.h"
#include "model/ids.h"
#include "pipeline/drawing.h"
#include "pipeline/drawing_registry.h"
#include "protocol/drawing_info.h"
#include "push_hub.h"

#include <QJsonArray>
#include <algorithm>

namespace inkboard::server {

using protocol::ApiError;
using protocol::Role;

namespace {

// The body's "title", or the 400 answered.
std::optional<QString> titleOf(RouteHelpers &api, Call &call, const QJsonObject &body)
{
    const QJsonValue title = body.value(QLatin1String("title"));
    if (!title.isString() || !protocol::isValidTitle(title.toString())) {
        api.fail(call, ApiError::badRequest(QStringLiteral("a title is 1-200 characters")));
        return std::nullopt;
    }
    return title.toString();
}

} // namespace

DrawingRoutes::DrawingRoutes(RouteHelpers &helpers) : m_api(helpers), m_ctx(helpers.context()) {}

void DrawingRoutes::addTo(Router &router)
{
    router.add("GET", "/api/v1/drawings", Router::Token, [this](Call &c) { listDrawings(c); });
    router.add("POST", "/api/v1/drawings", Router::Token, [this](Call &c) { createDrawing(c); });
    router.add("GET", "/api/v1/drawings/*", Router::Token, [this](Call &c) { getDrawing(c); });
    router.add(
        "PATCH", "/api/v1/drawings/*", Router::Token, [this](Call &c) { patchDrawing(c); },
        m_api.requireRole(Role::Owner));
    router.add("DELETE", "/api/v1/drawings/*", Router::Token,
               [this](Call &c) { deleteDrawing(c); });
    router.add("GET", "/api/v1/drawings/*/members", Router::Token,
               [this](Call &c) { listMembers(c); });
    router.add(
        "PUT", "/api/v1/drawings/*/members/*", Router::Token, [this](Call &c) { putMember(c); },
        m_api.requireRole(Role::Owner, true));
    router.add("DELETE", "/api/v1/drawings/*/members/*", Router::Token,
               [this](Call &c) { deleteMember(c); });
}

HttpResponse DrawingRoutes::drawingResponse(int status, const DrawingRecord &record, Role role)
{
    protocol::DrawingInfo info;
    info.id = record.id;
    info.title = record.title;
    info.role = role;
    info.latestRevision = record.latestRevision;
    info.snapshotRevision = record.snapshotRevision;
    if (Drawing *d = m_ctx.drawings->find(record.id)) {
        info.latestRevision = qMax(info.latestRevision, d->durableRevision());
        info.snapshotRevision = qMax(info.snapshotRevision, d->snapshotRevision());
    }
    info.createdAt = record.createdAt;
    info.updatedAt = record.updatedAt;
    return HttpResponse::json(status, info.toJson());
}

void DrawingRoutes::listDrawings(Call &call)
{
    const auto list = m_ctx.store->drawingsOf(call.user.id);
    if (!list)
        return m_api.fail(call, storageError());
    QJsonArray array;
    for (const auto &[record, role] : *list) {
        protocol::DrawingInfo info;
        info.id = record.id;
        info.title = record.title;
        info.role = role;
        info.latestRevision = record.latestRevision;
        if (Drawing *d = m_ctx.drawings->find(record.id))
            info.latestRevision = qMax(info.latestRevision, d->durableRevision());
        info.updatedAt = record.updatedAt;
        array.append(info.toListJson());
    }
    m_api.reply(call, HttpResponse::json(200, {{QStringLiteral("drawings"), array}}));
}

void DrawingRoutes::createDrawing(Call &c)
{
    auto body = m_api.jsonBody(c);
    if (!body)
        return;
    const auto title = titleOf(m_api, c, *body);
    if (!title)
        return;
    QString id;
    if (body->contains(QLatin1String("id")) && !body->value(QLatin1String("id")).isNull()) {
        const QJsonValue v = body->value(QLatin1String("id"));
        if (!v.isString() || !isValidId(v.toString()))
            return m_api.fail(
                c, ApiError::invalidId(QStringLiteral("a drawing id is 1-64 of [A-Za-z0-9_-]")));
        id = v.toString();
    } else {
        id = auth::newId();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    DrawingRecord record{id, *title, now, now, 0, 0};
    auto call = std::make_shared<Call>(std::move(c));
    enum Outcome
    {
        Created,
        Existing,
        Taken,
        InBin,
        OverQuota
    };
    auto outcome = std::make_shared<Outcome>(Created);
    auto existing = std::make_shared<DrawingRecord>();
    const QString userId = call->user.id;
    const int quota = m_ctx.config.maxDrawingsPerUser;
    m_ctx.writer->submit(
        [record, userId, outcome, existing, quota](Store &store) {
            if (auto found = store.drawing(record.id)) {
                *existing = *found;
                const auto role = store.role(record.id, userId);
                *outcome = role && *role && **role == Role::Owner ? Existing : Taken;
                return true;
            }
            // A binned id keeps its commits: a stranger may not start a drawing on it, and its
            // owner starts afresh, as after version 1's final delete (the binned one is purged).
            const auto binnedRole = store.binnedRole(record.id, userId);
            if (!binnedRole)
                return false;
            if (*binnedRole && **binnedRole == Role::Owner) {
                if (!store.purgeDrawing(record.id))
                    return false;
            } else {
                const auto binned = store.binned(record.id);
                if (!binned)
                    return false;
                if (*binned) {
                    *outcome = InBin;
                    return true;
                }
            }
            // Counted in the writer's transaction, so concurrent creations cannot pass it.
            if (quota > 0) {
                const auto mine = store.drawingsOf(userId);
                if (!mine)
                    return false;
                const auto owned = std::count_if(mine->begin(), mine->end(), [](const auto &d) {
                    return d.second == Role::Owner;
                });
                if (owned >= quota) {
                    *outcome = OverQuota;
                    return true;
                }
            }
            return store.addDrawing(record, userId);
        },
        [this, call, record, outcome, existing, quota](bool ok) {
            if (!ok)
                return m_api.fail(*call, storageError());
            switch (*outcome) {
            case Created:
                m_api.auth().invalidate();
                return m_api.reply(*call, drawingResponse(201, record, Role::Owner));
            case Existing:
                return m_api.reply(*call, drawingResponse(200, *existing, Role::Owner));
            case Taken:
                return m_api.fail(*call,
                                  ApiError::conflict(QStringLiteral("exists"),
                                                     QStringLiteral("that drawing id is taken")));
            case InBin:
                return m_api.fail(
                    *call, ApiError::conflict(QStringLiteral("exists"),
                                              QStringLiteral("that drawing id is in the bin of "
                                                             "deleted drawings")));
            case OverQuota:
                return m_api.fail(
                    *call, ApiError::forbidden(
                               QStringLiteral("drawing quota reached: a user owns at most %1 "
                                              "drawings; delete one first")
                                   .arg(quota)));
            }
        });
}

void DrawingRoutes::getDrawing(Call &call)
{
    const auto role = m_api.access(call, Role::Viewer);
    if (!role)
        return;
    const auto record = m_ctx.store->drawing(call.params[0]);
    if (!record)
        return m_api.fail(call, m_ctx.store->lastError().isEmpty() ? ApiError::notFound()
                                                                   : storageError());
    m_api.reply(call, drawingResponse(200, *record, *role));
}

void DrawingRoutes::patchDrawing(Call &c)
{
    const auto role = m_api.access(c, Role::Owner);
    if (!role)
        return;
    auto body = m_api.jsonBody(c);
    if (!body)
        return;
    const auto title = titleOf(m_api, c, *body);
    if (!title)
        return;
    auto call = std::make_shared<Call>(std::move(c));
    const QString id = call->params[0];
    const QString newTitle = *title;
    m_ctx.writer->submit(
        [id, newTitle](Store &store) {
            return store.setTitle(id, newTitle, QDateTime::currentDateTimeUtc());
        },
        [this, call, id, role](bool ok) {
            if (!ok)
                return m_api.fail(*call, storageError());
            const auto record = m_ctx.store->drawing(id);
            if (!record)
                return m_api.fail(*call, ApiError::notFound());
            m_api.reply(*call, drawingResponse(200, *record, *role));
        });
}

void DrawingRoutes::deleteDrawing(Call &c)
{
    if (!m_api.access(c, Role::Owner))
        return;
    auto call = std::make_shared<Call>(std::move(c));
    const QString id = call->params[0];
    if (Drawing *d = m_ctx.drawings->find(id))
        d->markDeleted();
    const bool toBin = m_ctx.config.binRetentionDays > 0;
    const QString by = call->user.id;
    m_ctx.writer->submit(
        [id, by, toBin](Store &store) {
            return toBin ? store.binDrawing(id, by, QDateTime::currentDateTimeUtc())
                         : store.removeDrawing(id);
        },
        [this, call, id](bool ok) {
            m_ctx.drawings->remove(id);
            if (!ok)
                return m_api.fail(*call, storageError());
            m_api.auth().invalidate();
            m_ctx.hub->closeDrawing(id, 4404, QStringLiteral("drawing deleted"));
            m_api.reply(*call, HttpResponse::noContent());
        });
}

void DrawingRoutes::listMembers(Call &call)
{
    if (!m_api.access(call, Role::Viewer))
        return;
    const auto members = m_ctx.store->members(call.params[0]);
    if (!members)
        return m_api.fail(call, storageError());
    QJsonArray array;
    for (const MemberRecord &m : *members)
        array.append(protocol::Member{m.user, m.role}.toJson());
    m_api.reply(call, HttpResponse::json(200, {{QStringLiteral("members"), array}}));
}

void DrawingRoutes::putMember(Call &c)
{
    if (!m_api.access(c, Role::Owner, true))
        return;
    auto body = m_api.jsonBody(c);
    if (!body)
        return;
    const auto role = protocol::roleFromString(body->value(QLatin1String("role")).toString());
    if (!role)
        return m_api.fail(
            c, ApiError::badRequest(QStringLiteral("'role' is owner, editor or viewer")));
    const auto user = m_api.userParam(c, 1);
    if (!user)
        return;
    auto call = std::make_shared<Call>(std::move(c));
    const QString id = call->params[0];
    const QString userId = user->id;
    m_ctx.writer->submit(
        [id, userId, role](Store &store) { return store.setMember(id, userId, *role); },
        [this, call, id, user, role](bool ok) {
            if (!ok)
                return m_api.fail(*call, storageError());
            m_api.auth().invalidate();
            m_ctx.hub->setMemberRole(id, user->id, *role);
            m_api.reply(*call, HttpResponse::json(
                                   200, protocol::Member{{user->id, user->name}, *role}.toJson()));
        });
}

void DrawingRoutes::deleteMember(Call &c)
{
    if (!m_api.access(c, Role::Owner, true))
        return;
    // A name that is no account is answered as one that is no member: an owner (anyone
    // who made a drawing) must not learn from this which names exist.
    const QString name = c.params.value(1);
    const auto notMember = ApiError::notFound(QStringLiteral("not a member"));
    if (!isValidUsername(name))
        return m_api.fail(c, notMember);
    const auto user = m_ctx.store->userByName(name);
    if (!user)
        return m_api.fail(c, m_ctx.store->lastError().isEmpty() ? notMember : storageError());
    const QString id = c.params[0];
    const auto role = m_api.auth().roleOf(id, user->id);
    if (!role)
        return m_api.fail(c, storageError());
    if (!*role)
        return m_api.fail(c, notMember);
    auto call = std::make_shared<Call>(std::move(c));
    const QString userId = user->id;
    m_ctx.writer->submit([id, userId](Store &store) { return store.removeMember(id, userId); },
                         [this, call, id, userId](bool ok) {
                             if (!ok)
                                 return m_api.fail(*call, storageError());
                             m_api.auth().invalidate();
                             m_ctx.hub->closeMember(id, userId, 4404,
                                                    QStringLiteral("no longer a member"));
                             m_api.reply(*call, HttpResponse::noContent());
                         });
}

} // namespace inkboard::server
