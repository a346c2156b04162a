// SPDX-License-Identifier: Apache-2.0
#include "account_routes.h"

#include "api/accounts.h"
#include "auth.h"
#include "protocol/drawing_info.h"
#include "push_hub.h"

#include <QJsonArray>
#include <QThreadPool>

namespace inkboard::server {

using protocol::ApiError;

namespace {

QJsonObject adminUserJson(const UserRecord &u)
{
    return {{QStringLiteral("id"), u.id},
            {QStringLiteral("name"), u.name},
            {QStringLiteral("admin"), u.admin},
            {QStringLiteral("created_at"), protocol::toIsoUtc(u.createdAt)}};
}

ApiError adminsOnly()
{
    return ApiError::forbidden(QStringLiteral("administrators only"));
}

} // namespace

AccountRoutes::AccountRoutes(RouteHelpers &helpers) : m_api(helpers), m_ctx(helpers.context()) {}

void AccountRoutes::addTo(Router &router)
{
    router.add("GET", "/api/v1/admin/users", Router::Token, [this](Call &c) { listUsers(c); });
    router.add(
        "POST", "/api/v1/admin/users", Router::Token, [this](Call &c) { createUser(c); },
        RouteHelpers::requireAdmin());
    router.add(
        "PUT", "/api/v1/admin/users/*/password", Router::Token, [this](Call &c) { setPassword(c); },
        RouteHelpers::requireAdmin());
    router.add("DELETE", "/api/v1/admin/users/*", Router::Token,
               [this](Call &c) { deleteUser(c); });
}

void AccountRoutes::listUsers(Call &call)
{
    if (!call.user.admin)
        return m_api.fail(call, adminsOnly());
    const auto users = m_ctx.store->users();
    if (!users)
        return m_api.fail(call, storageError());
    QJsonArray array;
    for (const UserRecord &u : *users)
        array.append(adminUserJson(u));
    m_api.reply(call, HttpResponse::json(200, {{QStringLiteral("users"), array}}));
}

void AccountRoutes::createUser(Call &c)
{
    if (!c.user.admin)
        return m_api.fail(c, adminsOnly());
    accounts::createFromRequest(
        m_ctx, m_api, c, true, [this](const std::shared_ptr<Call> &call, const UserRecord &user) {
            m_api.reply(*call, HttpResponse::json(201, adminUserJson(user)));
        });
}

void AccountRoutes::setPassword(Call &c)
{
    if (!c.user.admin)
        return m_api.fail(c, adminsOnly());
    const auto user = m_api.userParam(c, 0);
    if (!user)
        return;
    auto body = m_api.jsonBody(c);
    if (!body)
        return;
    const QJsonValue password = body->value(QLatin1String("password"));
    if (!password.isString() || !protocol::isValidPassword(password.toString()))
        return m_api.fail(c,
                          ApiError::badRequest(QStringLiteral("a password is 8-1024 characters")));
    auto call = std::make_shared<Call>(std::move(c));
    const QString pass = password.toString();
    const QString userId = user->id;
    QThreadPool::globalInstance()->start([this, call, userId, pass] {
        const QString hash = auth::hashPassword(pass);
        QMetaObject::invokeMethod(
            m_api.loop(),
            [this, call, userId, hash] {
                m_ctx.writer->submit(
                    [userId, hash](Store &store) {
                        return store.setPassword(userId, hash) && store.removeTokensOf(userId);
                    },
                    [this, call, userId](bool ok) {
                        if (!ok)
                            return m_api.fail(*call, storageError());
                        m_api.auth().invalidate();
                        m_ctx.hub->closeUser(userId, 4401, QStringLiteral("password changed"));
                        m_api.reply(*call, HttpResponse::noContent());
                    });
            },
            Qt::QueuedConnection);
    });
}

void AccountRoutes::deleteUser(Call &c)
{
    if (!c.user.admin)
        return m_api.fail(c, adminsOnly());
    const auto user = m_api.userParam(c, 0);
    if (!user)
        return;
    auto call = std::make_shared<Call>(std::move(c));
    const QString userId = user->id;
    m_ctx.writer->submit([userId](Store &store) { return store.removeUser(userId); },
                         [this, call, userId](bool ok) {
                             if (!ok)
                                 return m_api.fail(*call, storageError());
                             m_api.auth().invalidate();
                             m_ctx.hub->closeUser(userId, 4401, QStringLiteral("account removed"));
                             m_api.reply(*call, HttpResponse::noContent());
                         });
}

} // namespace inkboard::server
