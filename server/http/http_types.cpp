// SPDX-License-Identifier: Apache-2.0
#include "http_types.h"

#include "http_connection.h"

#include <QJsonDocument>

namespace inkboard::server {

QByteArray HttpRequest::mediaType() const
{
    QByteArray type = header("content-type");
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    return type.trimmed().toLower();
}

QString HttpRequest::bearerToken(bool allowQuery) const
{
    const QByteArray auth = header("authorization");
    if (!auth.isEmpty()) {
        if (auth.size() > 7 && auth.left(7).compare("bearer ", Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(auth.mid(7).trimmed());
        return QString();
    }
    if (allowQuery)
        return query.queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded);
    return QString();
}

HttpResponse HttpResponse::json(int status, const QJsonObject &body)
{
    HttpResponse r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

HttpResponse HttpResponse::error(const protocol::ApiError &error)
{
    return json(error.status, error.toJson());
}

HttpResponse HttpResponse::noContent()
{
    HttpResponse r;
    r.status = 204;
    r.contentType.clear();
    return r;
}

QByteArray HttpResponse::errorCode() const
{
    if (status < 400)
        return {};
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    return o.value(QLatin1String("error")).toString().toLatin1();
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 426:
        return "Upgrade Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}

Responder::Responder(HttpConnection *connection, quint64 serial)
    : m_connection(connection), m_serial(serial)
{}

void Responder::send(const HttpResponse &response)
{
    if (m_sent)
        return;
    m_sent = true;
    if (m_connection)
        m_connection->respond(m_serial, response);
}

bool Responder::connected() const
{
    return !m_connection.isNull();
}

} // namespace inkboard::server
