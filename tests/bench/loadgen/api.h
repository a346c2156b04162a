// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "endpoint.h"
#include "http_connection.h"
#include "protocol/drawing_info.h"

#include <QJsonObject>
#include <memory>
#include <optional>

namespace inkboard::bench {

// Synchronous REST calls for the set-up and check phases (login, drawings, catch-up): one
// keep-alive connection, the calling thread's event loop, a timeout. Never on a hot path.
class Api
{
public:
    explicit Api(Endpoint endpoint);

    const Endpoint &endpoint() const { return m_endpoint; }
    void setToken(const QByteArray &token);

    HttpResponse call(const QByteArray &method, const QByteArray &target,
                      const QByteArray &body = {}, int timeoutMs = 30000);
    HttpResponse callJson(const QByteArray &method, const QByteArray &target,
                          const QJsonObject &body, int timeoutMs = 30000);

    // POST /auth/login; sets the token. Empty and *error set on failure.
    QByteArray login(const QString &user, const QString &password, QString *error);
    std::optional<protocol::ServerInfo> info(QString *error);
    // POST /drawings with a chosen id.
    bool createDrawing(const QString &id, const QString &title, QString *error);
    // GET /drawings/{id} -> latest_revision, or -1.
    qint64 latestRevision(const QString &drawingId, QString *error);

    static QString describe(const HttpResponse &r);

private:
    Endpoint m_endpoint;
    std::unique_ptr<HttpConnection> m_connection;
};

} // namespace inkboard::bench
