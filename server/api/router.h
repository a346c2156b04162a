// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "call.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <functional>
#include <optional>

namespace inkboard::server {

// The route table: a method and a path pattern whose "*" segments match one non-empty
// segment each. It finds the handler and says which methods the path has besides.
class Router
{
public:
    using Handler = std::function<void(Call &)>;
    // A permission check that the head decides (params and user): its error, or nullopt.
    // It runs before the body is read; the handler still makes its own checks.
    using Guard =
        std::function<std::optional<protocol::ApiError>(const QStringList &, const AuthUser &)>;
    // PROTOCOL.md §1: every call but login, signup, info and healthz carries a token.
    enum Auth : bool
    {
        Open = false,
        Token = true
    };

    void add(const char *method, const char *path, Auth auth, Handler handler, Guard guard = {});

    struct Route
    {
        QByteArray method;
        QStringList segments; // "*" matches one segment
        Handler handler;
        Auth auth;
        Guard guard;
    };
    struct Match
    {
        const Route *route = nullptr; // null: no route for this method and path
        QStringList params;
        QList<QByteArray> allowed; // the path's other methods, for 405's Allow
    };
    Match match(const QByteArray &method, const QString &path) const;

private:
    QList<Route> m_routes;
};

} // namespace inkboard::server
