// SPDX-License-Identifier: Apache-2.0
#include "router.h"

namespace inkboard::server {

void Router::add(const char *method, const char *path, Auth auth, Handler handler, Guard guard)
{
    m_routes.append(Route{method, QString::fromLatin1(path).split(QLatin1Char('/')),
                          std::move(handler), auth, std::move(guard)});
}

Router::Match Router::match(const QByteArray &method, const QString &path) const
{
    Match result;
    const QStringList segments = path.split(QLatin1Char('/'));
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QStringList params;
        bool match = true;
        for (qsizetype i = 0; i < segments.size() && match; ++i) {
            if (route.segments[i] == u"*") {
                if (segments[i].isEmpty())
                    match = false;
                else
                    params.append(segments[i]);
            } else if (route.segments[i] != segments[i]) {
                match = false;
            }
        }
        if (!match)
            continue;
        if (route.method != method) {
            if (!result.allowed.contains(route.method))
                result.allowed.append(route.method);
            continue;
        }
        result.route = &route;
        result.params = params;
        return result;
    }
    return result;
}

} // namespace inkboard::server
