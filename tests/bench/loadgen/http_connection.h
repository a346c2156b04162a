// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "endpoint.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <functional>

class QTcpSocket;

namespace inkboard::bench {

struct HttpResponse
{
    int status = 0; // 0: no HTTP answer, see error
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QString error;

    QByteArray header(QByteArrayView lowerCaseName) const;
};

// A minimal keep-alive HTTP/1.1 client on one QTcpSocket, one request at a time.
//
// Not QNetworkAccessManager: a load generator must cost far less per request than the
// server it measures, and QNAM also caps a host at six connections. This writes each
// request with one write(), parses Content-Length and chunked answers, reconnects when the
// server closed an idle keep-alive connection, and resends once when a reused connection
// drops before any answer byte (safe here: every commit carries op_ids, PROTOCOL.md §3).
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(HttpResponse &&)>;

    explicit HttpConnection(const Endpoint &endpoint, QObject *parent = nullptr);
    ~HttpConnection() override;

    void setToken(const QByteArray &token) { m_endpoint.token = token; }
    bool busy() const { return bool(m_callback); }

    // `target` is the path with its query. An empty body sends no Content-Type.
    void request(const QByteArray &method, const QByteArray &target, const QByteArray &body,
                 Callback callback);

private:
    void connectSocket();
    void writeRequest();
    void onReadyRead();
    void onDisconnected();
    void finish(HttpResponse &&response);
    void fail(const QString &error);
    bool parseHead();
    bool parseChunked();
    void resetParser();

    Endpoint m_endpoint;
    QTcpSocket *m_socket = nullptr;
    QByteArray m_request;
    Callback m_callback;
    bool m_reused = false;  // the request went out on a connection that served another
    bool m_retried = false; // resent once already
    int m_served = 0;       // answers received on the current connection

    QByteArray m_buffer;
    bool m_headDone = false;
    qint64 m_contentLength = -1;
    bool m_chunked = false;
    bool m_closeAfter = false;
    qsizetype m_chunkPos = 0;
    HttpResponse m_response;
};

} // namespace inkboard::bench
