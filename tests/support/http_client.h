// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

namespace inkboard::test {

// The outcome of one synchronous HTTP call. status 0 means no HTTP answer (see error).
struct HttpResult
{
    int status = 0;
    QJsonObject json; // the body when it is a JSON object, else empty
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;

    // Case-insensitive; empty when absent.
    QByteArray header(const QByteArray &name) const;
    // The "error" code of a PROTOCOL.md §1 error body.
    QString errorCode() const { return json.value(QLatin1String("error")).toString(); }
};

// Synchronous JSON HTTP for tests: QNetworkAccessManager and a local event loop, 10 s
// timeout. `path` is appended to `base` as is (it may carry a query: "/api/v1/x?a=1").
// An empty `body` object sends no body for GET/DELETE and "{}" for other methods.
HttpResult httpRequest(const QUrl &base, const QByteArray &method, const QString &path,
                       const QJsonObject &body = {}, const QString &token = {},
                       const QByteArray &contentType = "application/json");

// The same with raw body bytes (an empty contentType sends no Content-Type header).
HttpResult httpRequestRaw(const QUrl &base, const QByteArray &method, const QString &path,
                          const QByteArray &body, const QString &token,
                          const QByteArray &contentType);

// Writes raw bytes on a fresh TCP connection and returns everything the server sent back
// until it closed the connection, a complete response arrived (when stopAfterResponse),
// or the timeout passed. For requests that no HTTP library would send.
QByteArray rawExchange(quint16 port, const QByteArray &bytes, int timeoutMs = 5000,
                       bool stopAfterResponse = true);

// The status code of a raw HTTP response ("HTTP/1.1 413 ..." -> 413), 0 if none.
int rawStatus(const QByteArray &response);
// The JSON body of a raw response with a Content-Length body, empty when none.
QJsonObject rawJson(const QByteArray &response);

} // namespace inkboard::test
