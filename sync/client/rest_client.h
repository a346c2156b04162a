#pragma once

#include "protocol/api_error.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>

namespace inkboard::sync {

// The outcome of one REST call of PROTOCOL.md §4.
struct RestResult
{
    int status = 0; // 0: no HTTP answer (network error, timeout, cut connection)
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    QJsonObject json; // the body when it is a JSON object
    QByteArray body;
    QByteArray contentType;
    int retryAfterSeconds = -1; // Retry-After, when the server set it

    bool ok() const { return status >= 200 && status < 300; }
    // Worth retrying with the same request: no answer, 429, 5xx.
    bool isTransient() const { return status == 0 || status == 429 || status >= 500; }
    QString errorCode() const;
    QString errorMessage() const;
    protocol::ApiError apiError() const { return protocol::ApiError::fromJson(status, json); }
};

// JSON over HTTP to one server, on QNetworkAccessManager, with the bearer token.
// Callbacks run only while `context` lives (like a connection to a context object).
class RestClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const RestResult &)>;

    explicit RestClient(const QUrl &baseUrl, QObject *parent = nullptr);

    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }
    // Without an answer for this long, a call fails with status 0 (QNetworkRequest
    // transfer timeout).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // `path` is under /api/v1 and may carry a query ("/drawings/x/ops?after=3").
    QNetworkReply *get(const QString &path, QObject *context, Callback done);
    QNetworkReply *sendJson(const QByteArray &method, const QString &path, const QJsonObject &body,
                            QObject *context, Callback done);
    QNetworkReply *sendBytes(const QByteArray &method, const QString &path, const QByteArray &body,
                             const QByteArray &contentType, QObject *context, Callback done);

    // The URL of a path under /api/v1, for the WebSocket.
    QUrl apiUrl(const QString &path) const;

    // Ends every call in flight now: each callback runs before this returns, with status 0
    // (no answer), like a cut connection. For dropping connections that may be dead.
    void abortAll();

private:
    QNetworkReply *send(const QByteArray &method, const QString &path, const QByteArray &body,
                        const QByteArray &contentType, QObject *context, Callback done);

    QUrl m_baseUrl;
    QString m_token;
    int m_timeoutMs = 30000;
    QNetworkAccessManager m_nam;
    QList<QPointer<QNetworkReply>> m_inFlight;
};

} // namespace inkboard::sync
