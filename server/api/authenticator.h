// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "context.h"
#include "http/http_types.h"
#include "protocol/api_error.h"
#include "protocol/wire_types.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <optional>

namespace inkboard::server {

// Who is calling (the bearer token's user) and what their role on a drawing is.
// Tokens and roles are remembered for kCacheMs, so that a busy client costs no store reads
// for them; every change made through this server, or told by another node over Redis,
// forgets them at once; changes made by the `user` commands of another process apply within
// kCacheMs.
class Authenticator
{
public:
    explicit Authenticator(ServerContext &context);

    std::optional<AuthUser> authenticate(const HttpRequest &request, bool allowQuery,
                                         protocol::ApiError *error);
    // A role from the store (empty inner: not a member); empty outer when the store failed.
    std::optional<std::optional<protocol::Role>> roleOf(const QString &drawingId,
                                                        const QString &userId);
    void invalidate();

private:
    static constexpr qint64 kCacheMs = 1000;
    struct CachedAuth
    {
        AuthUser user;
        QDateTime expiresAt;
        qint64 cachedAt;
    };
    struct CachedRole
    {
        std::optional<protocol::Role> role;
        qint64 cachedAt;
    };

    ServerContext &m_ctx;
    QElapsedTimer m_clock;
    QHash<QByteArray, CachedAuth> m_authCache;
    QHash<QString, CachedRole> m_roleCache;
};

} // namespace inkboard::server
