// SPDX-License-Identifier: Apache-2.0
#include "authenticator.h"

#include "api/route_helpers.h"
#include "auth.h"

namespace inkboard::server {

using protocol::ApiError;
using protocol::Role;

Authenticator::Authenticator(ServerContext &context) : m_ctx(context)
{
    m_clock.start();
}

std::optional<AuthUser> Authenticator::authenticate(const HttpRequest &request, bool allowQuery,
                                                    ApiError *error)
{
    const QString token = request.bearerToken(allowQuery);
    if (token.isEmpty() || token.size() > 256) {
        *error = ApiError::unauthorized();
        return std::nullopt;
    }
    const QByteArray hash = auth::tokenHash(token);
    const qint64 now = m_clock.elapsed();
    if (auto it = m_authCache.constFind(hash);
        it != m_authCache.constEnd() && now - it->cachedAt < kCacheMs) {
        if (it->expiresAt > QDateTime::currentDateTimeUtc())
            return it->user;
        *error = ApiError::unauthorized(QStringLiteral("the token has expired"));
        return std::nullopt;
    }
    const auto record = m_ctx.store->token(hash);
    if (!record) {
        *error = m_ctx.store->lastError().isEmpty()
                     ? ApiError::unauthorized(QStringLiteral("unknown or revoked token"))
                     : storageError();
        return std::nullopt;
    }
    if (record->expiresAt <= QDateTime::currentDateTimeUtc()) {
        *error = ApiError::unauthorized(QStringLiteral("the token has expired"));
        return std::nullopt;
    }
    const auto user = m_ctx.store->userById(record->userId);
    if (!user) {
        *error = m_ctx.store->lastError().isEmpty() ? ApiError::unauthorized() : storageError();
        return std::nullopt;
    }
    const AuthUser result{user->id, user->name, user->admin, hash};
    if (m_authCache.size() > 100000)
        m_authCache.clear();
    m_authCache.insert(hash, CachedAuth{result, record->expiresAt, now});
    return result;
}

std::optional<std::optional<Role>> Authenticator::roleOf(const QString &drawingId,
                                                         const QString &userId)
{
    const QString key = drawingId + QLatin1Char('\n') + userId;
    const qint64 now = m_clock.elapsed();
    if (auto it = m_roleCache.constFind(key);
        it != m_roleCache.constEnd() && now - it->cachedAt < kCacheMs)
        return it->role;
    const auto role = m_ctx.store->role(drawingId, userId);
    if (!role)
        return std::nullopt;
    if (m_roleCache.size() > 100000)
        m_roleCache.clear();
    m_roleCache.insert(key, CachedRole{*role, now});
    return role;
}

void Authenticator::invalidate()
{
    m_authCache.clear();
    m_roleCache.clear();
}

} // namespace inkboard::server
