// SPDX-License-Identifier: Apache-2.0
#include "rest_client.h"

#include "logging.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <memory>

namespace inkboard::sync {

QString RestResult::errorCode() const
{
    if (tooLarge)
        return QStringLiteral("too_large");
    if (status == 0)
        return QStringLiteral("network_error");
    const QString code = json.value(QLatin1String("error")).toString();
    return code.isEmpty() ? QStringLiteral("http_%1").arg(status) : code;
}

QString RestResult::errorMessage() const
{
    if (status == 0 || tooLarge)
        return networkErrorString;
    const QString message = json.value(QLatin1String("message")).toString();
    return message.isEmpty() ? QStringLiteral("HTTP %1").arg(status) : message;
}

int RestResult::parseRetryAfterMs(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    bool numeric = false;
    // As a 64-bit number: "99999999999" is a long wait, not a parse failure or a wrap.
    const qint64 seconds = trimmed.toLongLong(&numeric);
    qint64 ms = -1;
    if (numeric) {
        ms = seconds < 0 ? -1 : qMin(seconds, qint64(kMaxRetryAfterMs)) * 1000;
    } else {
        // HTTP dates are always GMT (RFC 9110 §5.6.7), a zone Qt's RFC 2822 parser wants as
        // an offset.
        QString date = QString::fromLatin1(trimmed);
        if (date.endsWith(QLatin1String(" GMT")))
            date = date.chopped(3) + QLatin1String("+0000");
        const QDateTime at = QDateTime::fromString(date, Qt::RFC2822Date);
        if (at.isValid())
            ms = qMax(qint64(0), now.msecsTo(at));
    }
    return ms < 0 ? -1 : int(qMin(ms, qint64(kMaxRetryAfterMs)));
}

RestClient::RestClient(const QUrl &baseUrl, QObject *parent) : QObject(parent), m_baseUrl(baseUrl)
{}

QUrl RestClient::apiUrl(const QString &path) const
{
    QString base = m_baseUrl.toString(QUrl::StripTrailingSlash);
    return QUrl(base + QStringLiteral("/api/v1") + path);
}

void RestClient::abortAll()
{
    // QNetworkReply::abort() emits finished() before it returns, so every callback has run
    // (and removed its reply from the list) by the end of the loop.
    const QList<QPointer<QNetworkReply>> replies = m_inFlight;
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (reply && reply->isRunning())
            reply->abort();
    }
    m_inFlight.clear();
}

QNetworkReply *RestClient::get(const QString &path, QObject *context, Callback done)
{
    return send("GET", path, {}, {}, context, std::move(done));
}

QNetworkReply *RestClient::sendJson(const QByteArray &method, const QString &path,
                                    const QJsonObject &body, QObject *context, Callback done)
{
    return send(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                "application/json", context, std::move(done));
}

QNetworkReply *RestClient::sendBytes(const QByteArray &method, const QString &path,
                                     const QByteArray &body, const QByteArray &contentType,
                                     QObject *context, Callback done)
{
    return send(method, path, body, contentType, context, std::move(done));
}

QNetworkReply *RestClient::send(const QByteArray &method, const QString &path,
                                const QByteArray &body, const QByteArray &contentType,
                                QObject *context, Callback done)
{
    QNetworkRequest request(apiUrl(path));
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = method == "GET" ? m_nam.get(request)
                           : body.isEmpty() && method == "DELETE"
                               ? m_nam.deleteResource(request)
                               : m_nam.sendCustomRequest(request, method, body);
    qCDebug(lcRest) << method << path;
    m_inFlight.append(reply);
    // Checked from the head on and at every chunk, so that no more than the bound is ever
    // buffered: QNetworkReply would otherwise hold the whole body, however large.
    auto tooLarge = std::make_shared<bool>(false);
    const qint64 max = m_maxReplyBytes;
    auto checkSize = [reply, tooLarge, max] {
        if (*tooLarge)
            return;
        const qint64 announced = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > max || reply->bytesAvailable() > max) {
            *tooLarge = true;
            reply->abort();
        }
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, checkSize);
    connect(reply, &QNetworkReply::readyRead, this, checkSize);
    QPointer<QObject> guard(context);
    connect(
        reply, &QNetworkReply::finished, this,
        [this, reply, guard, tooLarge, max, hasContext = context != nullptr,
         done = std::move(done)] {
            m_inFlight.removeOne(reply);
            reply->deleteLater();
            RestResult r;
            r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            r.networkError = reply->error();
            // Aborted (abortAll, or the transfer timeout) after the head but before the
            // whole body: the status alone is not an answer.
            if (r.networkError == QNetworkReply::OperationCanceledError)
                r.status = 0;
            r.networkErrorString = reply->errorString();
            if (*tooLarge) {
                r.tooLarge = true;
                r.status = 0;
                r.networkErrorString =
                    tr("The server's answer is too large (over %1 MiB).").arg(max / (1024 * 1024));
            } else {
                r.body = reply->readAll();
            }
            r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
            if (reply->hasRawHeader("Retry-After"))
                r.retryAfterMs = RestResult::parseRetryAfterMs(reply->rawHeader("Retry-After"),
                                                               QDateTime::currentDateTimeUtc());
            if (r.body.startsWith('{')) {
                const QJsonDocument doc = QJsonDocument::fromJson(r.body);
                if (doc.isObject())
                    r.json = doc.object();
            }
            if (hasContext && !guard)
                return;
            if (done)
                done(r);
        });
    return reply;
}

} // namespace inkboard::sync
