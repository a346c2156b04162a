// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/api_error.h"
#include "sync_options.h"

#include <QDateTime>
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
    // Retry-After in milliseconds, when the server set one that parses (seconds or an
    // HTTP date), clamped to kMaxRetryAfterMs so that no caller's arithmetic can overflow.
    int retryAfterMs = -1;
    // The answer was over the client's bound (maxReplyBytes) and was cut off unread. Asking
    // again gets the same answer, so it is not transient.
    bool tooLarge = false;
    // A server may ask for a long pause, not for one past an hour (a reconnect or a change
    // of network retries at once anyway).
    static constexpr int kMaxRetryAfterMs = 3600 * 1000;
    static int parseRetryAfterMs(const QByteArray &value, const QDateTime &now);

    bool ok() const { return status >= 200 && status < 300; }
    // Worth retrying with the same request: no answer, 429, 5xx.
    bool isTransient() const
    {
        return !tooLarge && (status == 0 || status == 429 || status >= 500);
    }
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
    // An answer announced or received past this many bytes is aborted: status 0 with an
    // error saying it was too large (SyncOptions::maxReplyBytes).
    void setMaxReplyBytes(qint64 bytes) { m_maxReplyBytes = bytes; }

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
    qint64 m_maxReplyBytes = SyncOptions{}.maxReplyBytes;
    QNetworkAccessManager m_nam;
    QList<QPointer<QNetworkReply>> m_inFlight;
};

} // namespace inkboard::sync
