// SPDX-License-Identifier: Apache-2.0
#include "http_client.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QTcpSocket>
#include <QTimer>

namespace inkboard::test {

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

namespace {

QUrl joinUrl(const QUrl &base, const QString &path)
{
    QString text = base.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::StripTrailingSlash);
    return QUrl(text + path, QUrl::TolerantMode);
}

} // namespace

HttpResult httpRequestRaw(const QUrl &base, const QByteArray &method, const QString &path,
                          const QByteArray &body, const QString &token,
                          const QByteArray &contentType)
{
    QNetworkAccessManager nam;
    nam.setProxy(QNetworkProxy::NoProxy);
    QNetworkRequest request(joinUrl(base, path));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());

    QBuffer *buffer = new QBuffer(&nam);
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    QNetworkReply *reply = nullptr;
    if (method == "GET" && body.isEmpty())
        reply = nam.get(request);
    else
        reply = nam.sendCustomRequest(request, method, buffer);

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, reply, &QNetworkReply::abort);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(10000);
    if (!reply->isFinished())
        loop.exec();

    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.headers = reply->rawHeaderPairs();
    result.body = reply->readAll();
    const QJsonDocument doc = QJsonDocument::fromJson(result.body);
    if (doc.isObject())
        result.json = doc.object();
    reply->deleteLater();
    return result;
}

HttpResult httpRequest(const QUrl &base, const QByteArray &method, const QString &path,
                       const QJsonObject &body, const QString &token, const QByteArray &contentType)
{
    QByteArray bytes;
    const bool bodyless = method == "GET" || method == "DELETE" || method == "HEAD";
    if (!(bodyless && body.isEmpty()))
        bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return httpRequestRaw(base, method, path, bytes, token,
                          bytes.isEmpty() ? QByteArray() : contentType);
}

namespace {

// True when `data` holds a complete response with a Content-Length (or no body).
bool responseComplete(const QByteArray &data)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QByteArray head = data.left(end).toLower();
    qsizetype length = 0;
    const qsizetype at = head.indexOf("\r\ncontent-length:");
    if (at >= 0) {
        const qsizetype lineEnd = head.indexOf("\r\n", at + 2);
        length = head.mid(at + 17, lineEnd < 0 ? -1 : lineEnd - at - 17).trimmed().toLongLong();
    } else if (head.contains("\r\ntransfer-encoding:")) {
        return data.endsWith("\r\n0\r\n\r\n");
    }
    return data.size() >= end + 4 + length;
}

} // namespace

QByteArray rawExchange(quint16 port, const QByteArray &bytes, int timeoutMs, bool stopAfterResponse)
{
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write(bytes);
    socket.flush();
    QByteArray received;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        if (socket.bytesToWrite() > 0)
            socket.waitForBytesWritten(50);
        if (socket.waitForReadyRead(50))
            received += socket.readAll();
        received += socket.readAll();
        if (stopAfterResponse && responseComplete(received))
            break;
        if (socket.state() != QAbstractSocket::ConnectedState) {
            received += socket.readAll();
            break;
        }
    }
    return received;
}

int rawStatus(const QByteArray &response)
{
    if (!response.startsWith("HTTP/1."))
        return 0;
    return response.mid(9, 3).toInt();
}

QJsonObject rawJson(const QByteArray &response)
{
    const qsizetype end = response.indexOf("\r\n\r\n");
    if (end < 0)
        return {};
    return QJsonDocument::fromJson(response.mid(end + 4)).object();
}

} // namespace inkboard::test
