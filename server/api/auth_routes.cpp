// SPDX-License-Identifier: Apache-2.0
#include "auth_routes.h"

#include "api/accounts.h"
#include "auth.h"
#include "model/ids.h"
#include "protocol/drawing_info.h"
#include "push_hub.h"

#include <QThreadPool>

namespace inkboard::server {

using protocol::ApiError;

AuthRoutes::AuthRoutes(RouteHelpers &helpers) : m_api(helpers), m_ctx(helpers.context()) {}

bool AuthRoutes::admit(Call &call, const QString &account)
{
    int wait = 0;
    if (m_throttle.admit(call.request.peer, isValidUsername(account) ? account : QString(), &wait))
        return true;
    HttpResponse r = RouteHelpers::errorResponse(ApiError::rateLimited());
    r.withHeader("Retry-After", QByteArray::number(wait));
    m_api.reply(call, r);
    return false;
}

std::shared_ptr<void> AuthRoutes::hashSlot(Call &call)
{
    auto slot = m_hashQueue.enter();
    if (!slot)
        m_api.fail(call, ApiError::unavailable(QStringLiteral("too many sign-ins at once")));
    return slot;
}

void AuthRoutes::addTo(Router &router)
{
    router.add("POST", "/api/v1/auth/login", Router::Open, [this](Call &c) { login(c); });
    router.add("POST", "/api/v1/auth/signup", Router::Open, [this](Call &c) { signup(c); });
    router.add("POST", "/api/v1/auth/logout", Router::Token, [this](Call &c) { logout(c); });
    router.add("GET", "/api/v1/me", Router::Token, [this](Call &c) { me(c); });
}

void AuthRoutes::issueToken(std::shared_ptr<Call> call, const UserRecord &user, int status)
{
    const QString token = auth::newToken();
    const QByteArray hash = auth::tokenHash(token);
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(m_ctx.config.tokenTtlSeconds);
    const QString userId = user.id;
    m_ctx.writer->submit(
        [hash, userId, expires](Store &store) { return store.addToken(hash, userId, expires); },
        [this, call, token, expires, user, status](bool ok) {
            if (!ok)
                return m_api.fail(*call, storageError());
            m_api.reply(*call,
                        HttpResponse::json(
                            status, {{QStringLiteral("token"), token},
                                     {QStringLiteral("expires_at"), protocol::toIsoUtc(expires)},
                                     {QStringLiteral("user"),
                                      QJsonObject{{QStringLiteral("id"), user.id},
                                                  {QStringLiteral("name"), user.name}}}}));
        });
}

void AuthRoutes::login(Call &c)
{
    auto body = m_api.jsonBody(c);
    if (!body)
        return;
    const QJsonValue name = body->value(QLatin1String("username"));
    const QJsonValue password = body->value(QLatin1String("password"));
    if (!name.isString() || !password.isString())
        return m_api.fail(c, ApiError::badRequest(
                                 QStringLiteral("'username' and 'password' are required strings")));
    const QString username = name.toString();
    const QString pass = password.toString();
    if (!admit(c, username))
        return;
    auto slot = hashSlot(c);
    if (!slot)
        return;
    auto call = std::make_shared<Call>(std::move(c));
    std::optional<UserRecord> user;
    if (isValidUsername(username) && protocol::isValidPassword(pass)) {
        user = m_ctx.store->userByName(username);
        if (!user && !m_ctx.store->lastError().isEmpty())
            return m_api.fail(*call, storageError());
    }
    // The hash is checked off the event loop: argon2id is slow on purpose.
    const QString hash = user ? user->passwordHash : QString();
    QThreadPool::globalInstance()->start([this, call, user, hash, pass, slot]() mutable {
        bool ok = false;
        if (user)
            ok = auth::verifyPassword(hash, pass);
        else
            auth::burnVerification(pass);
        slot.reset();
        QMetaObject::invokeMethod(
            m_api.loop(),
            [this, call, user, ok] {
                if (!ok)
                    return m_api.fail(*call, ApiError::unauthorized(
                                                 QStringLiteral("wrong username or password")));
                issueToken(call, *user, 200);
            },
            Qt::QueuedConnection);
    });
}

void AuthRoutes::signup(Call &c)
{
    if (!m_ctx.config.allowSignup)
        return m_api.fail(c,
                          ApiError::forbidden(QStringLiteral("this server does not allow signup")));
    // The name is read here for the throttle; createFromRequest checks the fields.
    const auto body = m_api.jsonBody(c);
    if (!body)
        return;
    if (!admit(c, body->value(QLatin1String("username")).toString()))
        return;
    auto slot = hashSlot(c);
    if (!slot)
        return;
    accounts::createFromRequest(
        m_ctx, m_api, c, false,
        [this](const std::shared_ptr<Call> &call, const UserRecord &user) {
            issueToken(call, user, 201);
        },
        std::move(slot));
}

void AuthRoutes::logout(Call &c)
{
    auto call = std::make_shared<Call>(std::move(c));
    const QByteArray hash = call->user.tokenHash;
    m_ctx.writer->submit([hash](Store &store) { return store.removeToken(hash); },
                         [this, call, hash](bool ok) {
                             if (!ok)
                                 return m_api.fail(*call, storageError());
                             m_api.auth().invalidate();
                             m_ctx.hub->closeToken(hash, 4401, QStringLiteral("signed out"));
                             m_api.reply(*call, HttpResponse::noContent());
                         });
}

void AuthRoutes::me(Call &call)
{
    m_api.reply(call,
                HttpResponse::json(200, {{QStringLiteral("user"),
                                          QJsonObject{{QStringLiteral("id"), call.user.id},
                                                      {QStringLiteral("name"), call.user.name}}},
                                         {QStringLiteral("admin"), call.user.admin}}));
}

} // namespace inkboard::server
