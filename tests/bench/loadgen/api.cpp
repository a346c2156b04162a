// SPDX-License-Identifier: Apache-2.0
#include "api.h"

#include "worker_pool.h"

#include <QJsonDocument>

namespace inkboard::bench {

Api::Api(Endpoint endpoint)
    : m_endpoint(std::move(endpoint)), m_connection(std::make_unique<HttpConnection>(m_endpoint))
{}

void Api::setToken(const QByteArray &token)
{
    m_endpoint.token = token;
    m_connection->setToken(token);
}

HttpResponse Api::call(const QByteArray &method, const QByteArray &target, const QByteArray &body,
                       int timeoutMs)
{
    std::optional<HttpResponse> result;
    m_connection->request(method, target, body,
                          [&result](HttpResponse &&r) { result = std::move(r); });
    if (!spinUntil([&] { return result.has_value(); }, timeoutMs, 1)) {
        // Drop the connection so that a late answer cannot be taken for the next one.
        m_connection = std::make_unique<HttpConnection>(m_endpoint);
        HttpResponse timedOut;
        timedOut.error = QStringLiteral("timed out after %1 ms").arg(timeoutMs);
        return timedOut;
    }
    return std::move(*result);
}

HttpResponse Api::callJson(const QByteArray &method, const QByteArray &target,
                           const QJsonObject &body, int timeoutMs)
{
    return call(method, target, QJsonDocument(body).toJson(QJsonDocument::Compact), timeoutMs);
}

QString Api::describe(const HttpResponse &r)
{
    if (r.status == 0)
        return QStringLiteral("no answer: %1").arg(r.error);
    return QStringLiteral("HTTP %1 %2").arg(r.status).arg(QString::fromUtf8(r.body.left(300)));
}

QByteArray Api::login(const QString &user, const QString &password, QString *error)
{
    const HttpResponse r =
        callJson("POST", "/api/v1/auth/login",
                 {{QStringLiteral("username"), user}, {QStringLiteral("password"), password}});
    const QByteArray token =
        QJsonDocument::fromJson(r.body).object().value(QLatin1String("token")).toString().toUtf8();
    if (r.status != 200 || token.isEmpty()) {
        *error = QStringLiteral("login as %1 failed: %2").arg(user, describe(r));
        return {};
    }
    setToken(token);
    return token;
}

std::optional<protocol::ServerInfo> Api::info(QString *error)
{
    const HttpResponse r = call("GET", "/api/v1/info");
    if (r.status != 200) {
        *error = QStringLiteral("GET /info: %1").arg(describe(r));
        return std::nullopt;
    }
    auto info = protocol::ServerInfo::fromJson(QJsonDocument::fromJson(r.body).object());
    if (!info)
        *error = QStringLiteral("GET /info is not an Inkboard server's answer");
    return info;
}

bool Api::createDrawing(const QString &id, const QString &title, QString *error)
{
    const HttpResponse r = callJson("POST", "/api/v1/drawings",
                                    {{QStringLiteral("id"), id}, {QStringLiteral("title"), title}});
    if (r.status != 201 && r.status != 200) {
        *error = QStringLiteral("POST /drawings %1: %2").arg(id, describe(r));
        return false;
    }
    return true;
}

qint64 Api::latestRevision(const QString &drawingId, QString *error)
{
    const HttpResponse r = call("GET", "/api/v1/drawings/" + drawingId.toUtf8());
    if (r.status != 200) {
        *error = QStringLiteral("GET /drawings/%1: %2").arg(drawingId, describe(r));
        return -1;
    }
    return protocol::DrawingInfo::fromJson(QJsonDocument::fromJson(r.body).object()).latestRevision;
}

} // namespace inkboard::bench
