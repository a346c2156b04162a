// SPDX-License-Identifier: Apache-2.0
#include "bin_routes.h"

#include "model/ids.h"
#include "protocol/drawing_info.h"

#include <QJsonArray>

namespace inkboard::server {

using protocol::ApiError;
using protocol::Role;

namespace {

// Only the drawing's owners at the time of the delete (and admins) may see it in the bin:
// to anyone else a binned drawing is as unknown as one that never was.
bool mayManage(Store &store, const QString &id, const AuthUser &user, bool *storeFailed)
{
    const auto role = store.binnedRole(id, user.id);
    if (!role) {
        *storeFailed = true;
        return false;
    }
    if (*role && **role == Role::Owner)
        return true;
    if (!user.admin)
        return false;
    const auto binned = store.binned(id);
    if (!binned) {
        *storeFailed = true;
        return false;
    }
    return binned->has_value();
}

} // namespace

BinRoutes::BinRoutes(RouteHelpers &helpers) : m_api(helpers), m_ctx(helpers.context()) {}

void BinRoutes::addTo(Router &router)
{
    router.add("GET", "/api/v1/bin", Router::Token, [this](Call &c) { listBin(c); });
    router.add("POST", "/api/v1/bin/*/restore", Router::Token, [this](Call &c) { restore(c); });
    router.add("DELETE", "/api/v1/bin/*", Router::Token, [this](Call &c) { purge(c); });
}

QDateTime BinRoutes::purgeAt(const QDateTime &deletedAt) const
{
    return deletedAt.addDays(m_ctx.config.binRetentionDays);
}

void BinRoutes::listBin(Call &call)
{
    const auto list = m_ctx.store->binOf(call.user.id);
    if (!list)
        return m_api.fail(call, storageError());
    QJsonArray array;
    for (const BinnedDrawingRecord &b : *list) {
        protocol::BinnedDrawing entry;
        entry.drawing.id = b.drawing.id;
        entry.drawing.title = b.drawing.title;
        entry.drawing.role = Role::Owner;
        entry.drawing.latestRevision = b.drawing.latestRevision;
        entry.drawing.snapshotRevision = b.drawing.snapshotRevision;
        entry.drawing.createdAt = b.drawing.createdAt;
        entry.drawing.updatedAt = b.drawing.updatedAt;
        entry.deletedAt = b.deletedAt;
        entry.purgeAt = purgeAt(b.deletedAt);
        array.append(entry.toJson());
    }
    m_api.reply(call, HttpResponse::json(200, {{QStringLiteral("drawings"), array}}));
}

void BinRoutes::restore(Call &c)
{
    if (!isValidId(c.params.value(0)))
        return m_api.fail(c, ApiError::notFound(QStringLiteral("no such drawing in the bin")));
    auto call = std::make_shared<Call>(std::move(c));
    const QString id = call->params[0];
    const AuthUser user = call->user;
    enum Outcome
    {
        Restored,
        Unknown,
        Taken
    };
    auto outcome = std::make_shared<Outcome>(Restored);
    auto restored = std::make_shared<DrawingRecord>();
    // Checked and moved in one writer transaction, so that a purge or a second restore
    // cannot come between.
    m_ctx.writer->submit(
        [id, user, outcome, restored](Store &store) {
            bool failed = false;
            if (!mayManage(store, id, user, &failed)) {
                *outcome = Unknown;
                return !failed;
            }
            const auto live = store.drawing(id);
            if (live) {
                *outcome = Taken; // another node created the id meanwhile
                return true;
            }
            if (!store.restoreDrawing(id, QDateTime::currentDateTimeUtc()))
                return false;
            const auto record = store.drawing(id);
            if (!record)
                return false;
            *restored = *record;
            return true;
        },
        [this, call, outcome, restored](bool ok) {
            if (!ok)
                return m_api.fail(*call, storageError());
            switch (*outcome) {
            case Unknown:
                return m_api.fail(*call,
                                  ApiError::notFound(QStringLiteral("no such drawing in the bin")));
            case Taken:
                return m_api.fail(*call, ApiError::conflict(QStringLiteral("exists"),
                                                            QStringLiteral("that drawing id is "
                                                                           "taken")));
            case Restored:
                break;
            }
            m_api.auth().invalidate(); // cached "not a member" answers are wrong now
            protocol::DrawingInfo info;
            info.id = restored->id;
            info.title = restored->title;
            info.role = Role::Owner;
            info.latestRevision = restored->latestRevision;
            info.snapshotRevision = restored->snapshotRevision;
            info.createdAt = restored->createdAt;
            info.updatedAt = restored->updatedAt;
            m_api.reply(*call, HttpResponse::json(200, info.toJson()));
        });
}

void BinRoutes::purge(Call &c)
{
    if (!isValidId(c.params.value(0)))
        return m_api.fail(c, ApiError::notFound(QStringLiteral("no such drawing in the bin")));
    auto call = std::make_shared<Call>(std::move(c));
    const QString id = call->params[0];
    const AuthUser user = call->user;
    auto known = std::make_shared<bool>(false);
    m_ctx.writer->submit(
        [id, user, known](Store &store) {
            bool failed = false;
            if (!mayManage(store, id, user, &failed))
                return !failed;
            *known = true;
            return store.purgeDrawing(id);
        },
        [this, call, known](bool ok) {
            if (!ok)
                return m_api.fail(*call, storageError());
            if (!*known)
                return m_api.fail(*call,
                                  ApiError::notFound(QStringLiteral("no such drawing in the bin")));
            m_api.reply(*call, HttpResponse::noContent());
        });
}

} // namespace inkboard::server
