// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "api/api.h"
#include "context.h"
#include "http/http_connection.h"
#include "pipeline/drawing_registry.h"
#include "push_hub.h"
#include "store_writer.h"

#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <memory>

namespace inkboard::server {

class FanoutBus;
class RedisBus;

// A running inkboard-server: one port for REST and WebSocket upgrades.
class Server : public QObject, public HttpHost
{
    Q_OBJECT
public:
    explicit Server(ServerConfig config, QObject *parent = nullptr);
    ~Server() override;

    // Opens the store and listens; false with a one-line reason.
    bool start(QString *error);
    QString listenUrl() const;
    // SIGTERM/SIGINT: stop accepting, finish commits in flight, close sockets 1001, then
    // emit finished().
    void shutdown();

    // HttpHost
    qint64 bodyLimit(const HttpRequest &head) const override { return m_api->bodyLimit(head); }
    int maxHeaderBytes() const override { return m_ctx.config.maxHeaderBytes; }
    int requestTimeoutMs() const override { return m_ctx.config.requestTimeoutMs; }
    int requestDeadlineMs() const override { return m_ctx.config.requestDeadlineMs; }
    int idleTimeoutMs() const override { return m_ctx.config.idleTimeoutMs; }
    std::optional<HttpResponse> refuseBeforeBody(const HttpRequest &head) override
    {
        return m_api->refusal(head);
    }
    void dispatch(HttpRequest request, ResponderPtr responder) override;
    std::optional<HttpResponse> upgrade(const HttpRequest &head, QTcpSocket *socket) override;
    void answered(const HttpRequest &request, const HttpResponse &response) override;
    void connectionClosed(const QHostAddress &peer) override;

signals:
    void finished();

private:
    void onNewConnection();
    void release(const QHostAddress &peer);
    void finishShutdown();

    ServerContext m_ctx;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<StoreWriter> m_historyReader; // historic snapshots, off the event loop
    std::unique_ptr<StoreWriter> m_accessReader;  // access re-checks of open sockets
    std::unique_ptr<StoreWriter> m_pageReader;    // ops pages, off the event loop
    QTcpServer m_listener;
    DrawingRegistry *m_drawings = nullptr;
    PushHub *m_hub = nullptr;
    Api *m_api = nullptr;
    RedisBus *m_bus = nullptr;
    FanoutBus *m_fanout = nullptr;
    QHash<QString, int> m_perIp;
    bool m_finished = false;
};

} // namespace inkboard::server
