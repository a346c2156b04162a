// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/api_error.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QString>
#include <QUrlQuery>
#include <functional>
#include <memory>

namespace inkboard::server {

struct HttpRequest
{
    QByteArray method;
    QByteArray target; // as sent: path and query
    QString path;      // percent-decoded
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // lowercase names
    QByteArray body;
    QHostAddress peer;
    bool upgrade = false;

    QByteArray header(const QByteArray &lowercaseName) const
    {
        return headers.value(lowercaseName);
    }
    // The media type without parameters, lowercased ("application/json").
    QByteArray mediaType() const;
    // The bearer token of the Authorization header, else of ?access_token= when allowed.
    QString bearerToken(bool allowQuery) const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    bool close = false;

    static HttpResponse json(int status, const QJsonObject &body);
    static HttpResponse error(const protocol::ApiError &error);
    static HttpResponse noContent();
    HttpResponse &withHeader(QByteArray name, QByteArray value)
    {
        headers.append({std::move(name), std::move(value)});
        return *this;
    }
    QByteArray errorCode() const; // "too_large" etc. for error responses (for metrics)
};

QByteArray reasonPhrase(int status);

class HttpConnection;

// Answers one request, now or later (a commit answers once it is durable). Sending twice
// or after the client went away does nothing.
class Responder
{
public:
    Responder(HttpConnection *connection, quint64 serial);
    void send(const HttpResponse &response);
    bool connected() const;

private:
    QPointer<HttpConnection> m_connection;
    quint64 m_serial;
    bool m_sent = false;
};
using ResponderPtr = std::shared_ptr<Responder>;

} // namespace inkboard::server
