// SPDX-License-Identifier: Apache-2.0
#include "server.h"

#include "fanout/local_bus.h"
#include "fanout/redis_bus.h"
#include "fanout/redis_fanout.h"
#include "logging.h"
#include "store/sql_store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QThreadPool>
#include <QTimer>

namespace inkboard::server {

Server::Server(ServerConfig config, QObject *parent) : QObject(parent)
{
    m_ctx.config = std::move(config);
}

Server::~Server()
{
    // Connections still open (keep-alive ones, from a proxy say) tell this object when they
    // go: let them go while it is whole, not from ~QObject after it is half destroyed.
    qDeleteAll(findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly));
    delete m_api;
    delete m_hub;
    delete m_fanout;
    delete m_bus;
    delete m_drawings;
    if (m_pageReader)
        m_pageReader->stop();
    if (m_accessReader)
        m_accessReader->stop();
    if (m_historyReader)
        m_historyReader->stop();
    if (m_writer)
        m_writer->stop();
}

bool Server::start(QString *error)
{
    const DatabaseTarget target = m_ctx.config.database;
    m_store = std::make_unique<SqlStore>(target);
    m_writer =
        std::make_unique<StoreWriter>([target] { return std::make_unique<SqlStore>(target); });
    // The writer migrates the schema first, then the reader connects.
    QString storeError;
    if (!m_writer->start(&storeError)) {
        *error =
            QStringLiteral("cannot open the database %1: %2").arg(target.describe(), storeError);
        return false;
    }
    m_historyReader =
        std::make_unique<StoreWriter>([target] { return std::make_unique<SqlStore>(target); });
    // A replay reads a snapshot and then thousands of commits: one view of the store for all
    // of them, and no write lock, so commits go on while it runs.
    m_historyReader->setMode(StoreWriter::Mode::ConsistentReads);
    if (!m_historyReader->start(&storeError)) {
        *error =
            QStringLiteral("cannot open the database %1: %2").arg(target.describe(), storeError);
        return false;
    }
    for (auto *reader : {&m_accessReader, &m_pageReader}) {
        *reader =
            std::make_unique<StoreWriter>([target] { return std::make_unique<SqlStore>(target); });
        (*reader)->setMode(StoreWriter::Mode::Reads);
        if (!(*reader)->start(&storeError)) {
            *error = QStringLiteral("cannot open the database %1: %2")
                         .arg(target.describe(), storeError);
            return false;
        }
    }
    if (!m_store->open()) {
        *error = QStringLiteral("cannot open the database %1: %2")
                     .arg(target.describe(), m_store->lastError());
        return false;
    }
    m_ctx.store = m_store.get();
    m_ctx.writer = m_writer.get();
    m_ctx.historyReader = m_historyReader.get();
    m_ctx.accessReader = m_accessReader.get();
    m_ctx.pageReader = m_pageReader.get();
    if (!m_ctx.config.redisUrl.isEmpty()) {
        QString redisError;
        auto endpoint = RedisBus::parseUrl(m_ctx.config.redisUrl, &redisError);
        if (!endpoint) {
            *error = redisError;
            return false;
        }
        // Not required to start: a node serves without Redis and connects when it can.
        m_bus = new RedisBus(*endpoint, this);
        m_bus->start();
        m_ctx.bus = m_bus;
        m_fanout = new RedisFanout(m_bus, m_ctx.config.nodeId.toUtf8(), this);
    } else {
        m_fanout = new LocalBus(this);
    }
    m_ctx.fanout = m_fanout;
    m_drawings = new DrawingRegistry(m_ctx);
    m_hub = new PushHub(m_ctx);
    m_api = new Api(m_ctx);
    m_ctx.drawings = m_drawings;
    m_ctx.hub = m_hub;
    m_ctx.publisher = m_hub;
    connect(m_hub, &PushHub::socketReleased, this, &Server::release);
    connect(m_hub, &PushHub::accessChangedElsewhere, m_api, &Api::invalidate);
    connect(m_hub, &PushHub::drawingDeletedElsewhere, m_drawings, &DrawingRegistry::remove);

    QHostAddress address;
    if (m_ctx.config.listenHost == u"localhost")
        address = QHostAddress::LocalHost;
    else if (!address.setAddress(m_ctx.config.listenHost)) {
        *error = QStringLiteral("--listen: '%1' is not an IP address").arg(m_ctx.config.listenHost);
        return false;
    }
    m_listener.setMaxPendingConnections(1024);
    // The kernel's accept queue too (Qt's default is 50): a burst of connections, such as
    // a hundred clients of a drawing reconnecting through nginx at once, must not overflow it
    // into SYN retransmits a second later.
    m_listener.setListenBacklogSize(1024);
    connect(&m_listener, &QTcpServer::newConnection, this, &Server::onNewConnection);
    if (!m_listener.listen(address, m_ctx.config.listenPort)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(m_ctx.config.listenHost)
                     .arg(m_ctx.config.listenPort)
                     .arg(m_listener.errorString());
        return false;
    }
    return true;
}

QString Server::listenUrl() const
{
    QString host = m_listener.serverAddress().toString();
    if (m_listener.serverAddress().protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return QStringLiteral("http://%1:%2").arg(host).arg(m_listener.serverPort());
}

void Server::onNewConnection()
{
    while (QTcpSocket *socket = m_listener.nextPendingConnection()) {
        const QHostAddress peer = socket->peerAddress();
        const QString key = peer.toString();
        int &count = m_perIp[key];
        if (m_ctx.shuttingDown || count >= m_ctx.config.maxConnectionsPerIp ||
            m_ctx.httpConnections + m_hub->sessionCount() >= m_ctx.config.maxConnections) {
            if (count == 0)
                m_perIp.remove(key);
            const HttpResponse r =
                m_ctx.shuttingDown
                    ? HttpResponse::error(
                          protocol::ApiError::unavailable(QStringLiteral("shutting down")))
                          .withHeader("Retry-After", "2")
                    : HttpResponse::error(protocol::ApiError{429,
                                                             QStringLiteral("rate_limited"),
                                                             QStringLiteral("too many connections"),
                                                             {}})
                          .withHeader("Retry-After", "1");
            m_ctx.metrics.rejected(r.status, r.errorCode());
            QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' +
                             reasonPhrase(r.status) +
                             "\r\nContent-Type: application/json\r\nContent-Length: " +
                             QByteArray::number(r.body.size()) + "\r\n";
            for (const auto &[n, v] : r.headers)
                out += n + ": " + v + "\r\n";
            out += "Connection: close\r\n\r\n" + r.body;
            socket->write(out);
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QTimer::singleShot(2000, socket, &QObject::deleteLater);
            continue;
        }
        ++count;
        ++m_ctx.httpConnections;
        // Answers and frames are small and must leave at once: no Nagle delay.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        new HttpConnection(socket, this, this);
    }
}

void Server::release(const QHostAddress &peer)
{
    const QString key = peer.toString();
    auto it = m_perIp.find(key);
    if (it != m_perIp.end() && --*it <= 0)
        m_perIp.erase(it);
}

void Server::connectionClosed(const QHostAddress &peer)
{
    --m_ctx.httpConnections;
    release(peer);
}

void Server::dispatch(HttpRequest request, ResponderPtr responder)
{
    m_api->handle(std::move(request), std::move(responder));
}

void Server::answered(const HttpRequest &request, const HttpResponse &response)
{
    m_api->record(request, response);
}

std::optional<HttpResponse> Server::upgrade(const HttpRequest &head, QTcpSocket *socket)
{
    auto decision = m_api->authorizeUpgrade(head);
    if (auto *refusal = std::get_if<HttpResponse>(&decision)) {
        m_api->record(head, *refusal);
        return *refusal;
    }
    WsGrant grant = std::get<WsGrant>(std::move(decision));
    if (!m_hub->hasRoomFor(grant)) {
        const HttpResponse full =
            HttpResponse::error(
                protocol::ApiError{
                    429, QStringLiteral("rate_limited"), QStringLiteral("too many sessions"), {}})
                .withHeader("Retry-After", "1");
        m_api->record(head, full);
        return full;
    }
    // The socket moves from the HTTP connection to the hub; so does its place in the cap.
    const QHostAddress peer = socket->peerAddress();
    ++m_perIp[peer.toString()];
    m_hub->accept(socket, std::move(grant));
    HttpResponse ok;
    ok.status = 101;
    m_api->record(head, ok);
    return std::nullopt;
}

void Server::shutdown()
{
    if (m_ctx.shuttingDown)
        return;
    m_ctx.shuttingDown = true;
    qCInfo(lcServer) << "shutting down";
    m_listener.close();
    m_hub->shutdown();
    // Commits in flight finish and are answered; then the writer stops.
    auto *poll = new QTimer(this);
    auto clock = std::make_shared<QElapsedTimer>();
    auto drainedAt = std::make_shared<qint64>(-1);
    clock->start();
    connect(poll, &QTimer::timeout, this, [this, poll, clock, drainedAt] {
        const bool drained = m_drawings->idle() && m_writer->queued() == 0 &&
                             m_historyReader->queued() == 0 && m_pageReader->queued() == 0;
        if (!drained)
            *drainedAt = -1;
        else if (*drainedAt < 0)
            *drainedAt = clock->elapsed();
        // Drained for a moment, so the last answers and close frames are flushed too.
        if ((*drainedAt >= 0 && clock->elapsed() - *drainedAt >= 150 && clock->elapsed() > 200) ||
            clock->elapsed() > 15000) {
            poll->stop();
            finishShutdown();
        }
    });
    poll->start(20);
}

void Server::finishShutdown()
{
    if (m_finished)
        return;
    m_finished = true;
    // Pool tasks (password hashes, snapshot serialization) post back to us or submit to
    // the writer: let them finish first.
    QThreadPool::globalInstance()->waitForDone();
    m_pageReader->stop();
    m_accessReader->stop();
    m_historyReader->stop();
    m_writer->stop();
    emit finished();
}

} // namespace inkboard::server
