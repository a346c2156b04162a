// SPDX-License-Identifier: Apache-2.0
// The PostgreSQL, Redis and nginx fixtures of tests/support, and the shipped nginx config
// (packaging/nginx/inkboard.conf) in front of three tiny in-test HTTP upstreams.

#include "nginx_fixture.h"
#include "pg_fixture.h"
#include "redis_fixture.h"
#include "service_process.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>
#include <array>
#include <memory>
#include <pwd.h>
#include <unistd.h>

using namespace inkboard::test;

namespace {

// Spins the event loop (the upstream nodes live in this thread) until done() or timeout.
template<typename F> bool spinUntil(F done, int timeoutMs = 15000)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(2);
    }
    return true;
}

// A tiny HTTP/1.1 upstream. Answers every request with 200 "node=PORT METHOD TARGET
// bytes=BODY" and an X-Node header, keeps connections alive, answers an Upgrade request with
// 101 and echoes every byte after it, and in Drop mode closes the connection on a complete
// request without answering (a node dying mid-request).
class EchoNode
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target;
        QByteArray version;
        QHash<QByteArray, QByteArray> headers; // lower-case names
        qint64 bodyBytes = 0;
    };
    enum class Mode
    {
        Answer,
        Drop
    };

    EchoNode()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { accept(); });
    }
    ~EchoNode() { close(); }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_port ? m_port : m_server.serverPort(); }
    // Stops listening and resets every open connection: the node is down.
    void close()
    {
        if (m_server.isListening())
            m_port = m_server.serverPort();
        m_server.close();
        const QList<QTcpSocket *> sockets = m_buffers.keys();
        for (QTcpSocket *socket : sockets)
            socket->abort();
    }

    Mode mode = Mode::Answer;
    QList<Request> requests;
    int connections = 0;

    int count(const QByteArray &method) const
    {
        int n = 0;
        for (const Request &r : requests)
            n += r.method == method ? 1 : 0;
        return n;
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++connections;
            m_buffers.insert(socket, {});
            QObject::connect(socket, &QTcpSocket::readyRead, socket,
                             [this, socket] { read(socket); });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
                m_buffers.remove(socket);
                m_tunnels.remove(socket);
                socket->deleteLater();
            });
        }
    }

    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        while (!buffer.isEmpty()) {
            if (m_tunnels.contains(socket)) {
                socket->write(buffer);
                buffer.clear();
                return;
            }
            const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            Request request;
            request.method = requestLine.value(0);
            request.target = requestLine.value(1);
            request.version = requestLine.value(2);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                           lines.at(i).mid(colon + 1).trimmed());
            }
            request.bodyBytes = request.headers.value("content-length", "0").toLongLong();
            if (buffer.size() < headEnd + 4 + request.bodyBytes)
                return; // the rest of the body is still on its way
            buffer.remove(0, headEnd + 4 + request.bodyBytes);
            requests.append(request);

            if (mode == Mode::Drop) {
                socket->abort();
                return; // `socket` is gone
            }
            if (request.headers.value("upgrade").toLower() == "websocket") {
                socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                              "Connection: Upgrade\r\nX-Node: " +
                              QByteArray::number(port()) + "\r\n\r\n");
                m_tunnels.insert(socket);
                continue;
            }
            const QByteArray body = "node=" + QByteArray::number(port()) + ' ' + request.method +
                                    ' ' + request.target +
                                    " bytes=" + QByteArray::number(request.bodyBytes) + '\n';
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Node: " +
                          QByteArray::number(port()) + "\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
        }
    }

    QTcpServer m_server;
    quint16 m_port = 0;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QSet<QTcpSocket *> m_tunnels;
};

struct Reply
{
    int status = 0; // 0: no complete response
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
    quint16 node() const { return quint16(headers.value("x-node").toUInt()); }
    QString error() const
    {
        return QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toString();
    }
};

// Sends `request` on a fresh connection to 127.0.0.1:port and waits (spinning the event
// loop) for one complete response: by Content-Length, or until the peer closes.
Reply exchange(quint16 port, const QByteArray &request, int timeoutMs = 15000)
{
    Reply reply;
    QTcpSocket socket;
    QByteArray data;
    bool closed = false;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { data += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [&] { closed = true; });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &socket, [&] { closed = true; });
    socket.connectToHost(QHostAddress::LocalHost, port);
    socket.write(request);
    qsizetype headEnd = -1;
    qint64 length = -1;
    spinUntil(
        [&] {
            if (headEnd < 0) {
                headEnd = data.indexOf("\r\n\r\n");
                if (headEnd >= 0) {
                    const QList<QByteArray> lines = data.left(headEnd).split('\n');
                    reply.status = lines.value(0).split(' ').value(1).toInt();
                    for (qsizetype i = 1; i < lines.size(); ++i) {
                        const qsizetype colon = lines.at(i).indexOf(':');
                        if (colon > 0)
                            reply.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                                 lines.at(i).mid(colon + 1).trimmed());
                    }
                    if (reply.headers.contains("content-length"))
                        length = reply.headers.value("content-length").toLongLong();
                }
            }
            if (headEnd >= 0 && length >= 0 && data.size() >= headEnd + 4 + length)
                return true;
            return closed;
        },
        timeoutMs);
    if (headEnd < 0) {
        reply.status = 0;
        return reply;
    }
    reply.body = data.mid(headEnd + 4, length >= 0 ? length : -1);
    if (length >= 0 && reply.body.size() < length)
        reply.status = 0; // cut short
    socket.abort();
    return reply;
}

QByteArray request(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                   const QByteArray &extraHeaders = {})
{
    QByteArray bytes = method + ' ' + target + " HTTP/1.1\r\nHost: draw.example.test\r\n" +
                       "Connection: close\r\n" + extraHeaders;
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return bytes + "\r\n" + body;
}

QByteArray drawingPath(const QByteArray &id, const QByteArray &rest = {})
{
    return "/api/v1/drawings/" + id + rest;
}

// Three upstream nodes behind the shipped config.
struct ProxiedNodes
{
    std::array<std::unique_ptr<EchoNode>, 3> nodes;
    std::unique_ptr<NginxProxy> proxy;

    bool start()
    {
        QList<quint16> ports;
        for (auto &node : nodes) {
            node = std::make_unique<EchoNode>();
            if (!node->listen())
                return false;
            ports << node->port();
        }
        proxy = std::make_unique<NginxProxy>(ports);
        return proxy->start();
    }
    EchoNode *byPort(quint16 port) const
    {
        for (const auto &node : nodes) {
            if (node->port() == port)
                return node.get();
        }
        return nullptr;
    }
    Reply get(const QByteArray &target) const
    {
        return exchange(proxy->port(), request("GET", target));
    }
    // Which node serves GET /api/v1/drawings/ID (0 when none answered).
    quint16 nodeOf(const QByteArray &id) const { return get(drawingPath(id)).node(); }
};

QList<QByteArray> drawingIds(int n)
{
    QList<QByteArray> ids;
    for (int i = 0; i < n; ++i)
        ids << "drawing-" + QByteArray::number(i) + (i % 2 ? "_Ab" : "-9z");
    return ids;
}

uid_t uidOf(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return uid_t(-1);
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("Uid:"))
            return uid_t(line.mid(4).simplified().split(' ').value(0).toUInt());
    }
    return uid_t(-1);
}

} // namespace

class TestServices : public QObject
{
    Q_OBJECT

private slots:
    // PostgreSQL
    void postgresStartsAndAnswersSql();
    void postgresRunsAsThePostgresAccountWhenRoot();
    void postgresDataSurvivesRestart();
    void postgresCommittedRowSurvivesKill9();
    void postgresSharedClusterIsStartedOnceAndReused();
    // Redis
    void redisStartsPingsAndRestartsAfterKill9();
    // nginx config and fixture
    void nginxFixtureReplacesOnlyTheMarkedLines();
    void nginxFixtureRefusesConfigWithoutMarkers();
    void nginxShippedConfigPassesNginxT();
    void nginxBrokenConfigFailsStart();
    void nginxForwardsPathAndClientHeaders();
    void nginxRoutesEveryRequestOfADrawingToOneNode();
    void nginxSpreadsRequestsWithoutDrawing();
    void nginxReusesUpstreamConnections();
    void nginxConsistentHashMovesOnlyTheRemovedNodesDrawings();
    void nginxTunnelsWebSocketToTheDrawingsNode();
    void nginxRetriesOnlyIdempotentRequestsAfterTheyReachedANode();
    void nginxFailsOverFromANodeThatIsDown();
    void nginxBodyLimitsMatchTheServer();
    void nginxAnswersPathsOutsideTheApiWithJson404();
    void nginxStopsAndFreesItsPort();
};

// ---------------------------------------------------------------------------------------------
// PostgreSQL

void TestServices::postgresStartsAndAnswersSql()
{
    PgCluster pg;
    QVERIFY2(pg.start(), qPrintable(pg.log()));
    QVERIFY(pg.isRunning());
    QVERIFY(pg.port() != 0);
    QVERIFY(detail::tcpAccepts(pg.port()));
    QCOMPARE(pg.url(QStringLiteral("alpha")),
             QStringLiteral("postgresql://inkboard@127.0.0.1:%1/alpha").arg(pg.port()));
    QVERIFY(pg.createDatabase(QStringLiteral("alpha")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("already exists")));
    QVERIFY(!pg.createDatabase(QStringLiteral("alpha"))); // exists: a failure is reported

    QString out;
    QString err;
    QCOMPARE(pg.psql(QStringLiteral("alpha"), QStringLiteral("select 1"), &out, &err), 0);
    QCOMPARE(out, QStringLiteral("1"));
    QCOMPARE(pg.psql(QStringLiteral("alpha"),
                     QStringLiteral("select current_database() || ' ' || current_user || ' ' || "
                                    "current_setting('fsync') || ' ' || "
                                    "current_setting('server_encoding')"),
                     &out, &err),
             0);
    QCOMPARE(out, QStringLiteral("alpha inkboard on UTF8"));
    QVERIFY(pg.psql(QStringLiteral("alpha"), QStringLiteral("select nonsense"), &out, &err) != 0);
    QVERIFY2(err.contains(QLatin1String("nonsense")), qPrintable(err));

    QVERIFY(pg.stop());
    QVERIFY(!pg.isRunning());
    QVERIFY(!detail::tcpAccepts(pg.port()));
}

void TestServices::postgresRunsAsThePostgresAccountWhenRoot()
{
    PgCluster pg;
    QVERIFY2(pg.start(), qPrintable(pg.log()));
    const uid_t expected = ::geteuid() == 0 ? ::getpwnam("postgres")->pw_uid : ::geteuid();
    QCOMPARE(uidOf(pg.pid()), expected);
    // The children (checkpointer, ...) too, and they belong to this postmaster.
    const QList<qint64> children = detail::childPids(pg.pid());
    QVERIFY(!children.isEmpty());
    int checked = 0;
    for (const qint64 child : children) {
        const uid_t uid = uidOf(child);
        if (uid == uid_t(-1))
            continue; // a short-lived one (the startup process) that is gone by now
        QCOMPARE(uid, expected);
        ++checked;
    }
    QVERIFY(checked > 0);
}

void TestServices::postgresDataSurvivesRestart()
{
    PgCluster pg;
    QVERIFY2(pg.start(), qPrintable(pg.log()));
    const quint16 port = pg.port();
    const qint64 pid = pg.pid();
    QVERIFY(pg.createDatabase(QStringLiteral("keep")));
    QCOMPARE(pg.psql(QStringLiteral("keep"),
                     QStringLiteral("create table t (x int); insert into t values (42)")),
             0);

    QVERIFY2(pg.restart(), qPrintable(pg.log()));
    QCOMPARE(pg.port(), port);
    QVERIFY(pg.pid() != pid);
    QString out;
    QCOMPARE(pg.psql(QStringLiteral("keep"), QStringLiteral("select x from t"), &out), 0);
    QCOMPARE(out, QStringLiteral("42"));
    QVERIFY(!pg.log().contains(QLatin1String("automatic recovery in progress")));
}

void TestServices::postgresCommittedRowSurvivesKill9()
{
    PgCluster pg;
    QVERIFY2(pg.start(), qPrintable(pg.log()));
    const quint16 port = pg.port();
    QVERIFY(pg.createDatabase(QStringLiteral("crash")));
    QCOMPARE(pg.psql(QStringLiteral("crash"),
                     QStringLiteral("create table t (x int); insert into t values (7)")),
             0);
    const qint64 postmaster = pg.pid();
    const QList<qint64> children = detail::childPids(postmaster);
    QVERIFY(!children.isEmpty());

    pg.kill9();
    QVERIFY(!pg.isRunning());
    QVERIFY(detail::waitGone(postmaster, 0));
    for (const qint64 child : children)
        QVERIFY2(detail::waitGone(child, 0), "a PostgreSQL process outlived kill9()");
    QVERIFY(!detail::tcpAccepts(port));

    QVERIFY2(pg.restart(), qPrintable(pg.log()));
    QCOMPARE(pg.port(), port);
    QString out;
    QCOMPARE(pg.psql(QStringLiteral("crash"), QStringLiteral("select x from t"), &out), 0);
    QCOMPARE(out, QStringLiteral("7"));
    // It really crashed: the restart replayed the WAL.
    QVERIFY2(pg.log().contains(QLatin1String("automatic recovery in progress")),
             qPrintable(pg.log()));
}

void TestServices::postgresSharedClusterIsStartedOnceAndReused()
{
    PgCluster *pg = PgCluster::shared();
    QVERIFY(pg);
    QVERIFY(pg->isRunning());
    QCOMPARE(PgCluster::shared(), pg);
    const QString a = pg->createUniqueDatabase(QStringLiteral("shared"));
    const QString b = pg->createUniqueDatabase(QStringLiteral("shared"));
    QVERIFY(!a.isEmpty());
    QVERIFY(!b.isEmpty());
    QVERIFY(a != b);
    QString out;
    QCOMPARE(pg->psql(b, QStringLiteral("select current_database()"), &out), 0);
    QCOMPARE(out, b);
    QVERIFY(pg->dropDatabase(a));
    QVERIFY(pg->psql(a, QStringLiteral("select 1")) != 0);
}

// ---------------------------------------------------------------------------------------------
// Redis

void TestServices::redisStartsPingsAndRestartsAfterKill9()
{
    QVERIFY2(!RedisServer::cliBinary().isEmpty(), "redis-cli missing (package redis-tools)");
    RedisServer redis;
    QVERIFY2(redis.start(), qPrintable(redis.log()));
    const quint16 port = redis.port();
    QVERIFY(port != 0);
    QCOMPARE(redis.url(), QStringLiteral("redis://127.0.0.1:%1").arg(port));
    QVERIFY(redis.ping());

    QByteArray out;
    QCOMPARE(redis.cli({QStringLiteral("SET"), QStringLiteral("k"), QStringLiteral("v")}, &out), 0);
    QCOMPARE(out, QByteArray("OK"));
    QCOMPARE(redis.cli({QStringLiteral("GET"), QStringLiteral("k")}, &out), 0);
    QCOMPARE(out, QByteArray("v"));
    QCOMPARE(
        redis.cli({QStringLiteral("CONFIG"), QStringLiteral("GET"), QStringLiteral("save")}, &out),
        0);
    QCOMPARE(out, QByteArray("save")); // and an empty value (trimmed): no snapshots
    QCOMPARE(
        redis.cli({QStringLiteral("CONFIG"), QStringLiteral("GET"), QStringLiteral("bind")}, &out),
        0);
    QCOMPARE(out, QByteArray("bind\n127.0.0.1"));

    redis.kill9();
    QVERIFY(!redis.isRunning());
    QVERIFY(!redis.ping());

    QVERIFY2(redis.restart(), qPrintable(redis.log()));
    QCOMPARE(redis.port(), port);
    QVERIFY(redis.ping());
    QCOMPARE(redis.cli({QStringLiteral("EXISTS"), QStringLiteral("k")}, &out), 0);
    QCOMPARE(out, QByteArray("0")); // nothing persisted

    QVERIFY(redis.stop());
    QVERIFY(!redis.ping());
}

// ---------------------------------------------------------------------------------------------
// nginx

void TestServices::nginxFixtureReplacesOnlyTheMarkedLines()
{
    QFile file(NginxProxy::defaultConfPath());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(NginxProxy::defaultConfPath()));
    const QString shipped = QString::fromUtf8(file.readAll());
    // The sample itself: three example nodes and port 80.
    static const QRegularExpression nodeLine(
        QStringLiteral("^\\s*server 127\\.0\\.0\\.1:808[123] [^;]*; # @inkboard-node$"),
        QRegularExpression::MultilineOption);
    QCOMPARE(shipped.count(nodeLine), 3);
    QVERIFY(shipped.contains(QLatin1String("\n    listen 80; # @inkboard-listen\n")));

    QString error;
    const QString result = NginxProxy::substitute(shipped, {1111, 2222}, 3333, &error);
    QVERIFY2(!result.isEmpty(), qPrintable(error));
    QVERIFY(result.contains(QLatin1String("    listen 127.0.0.1:3333; # @inkboard-listen\n")));
    QVERIFY(result.contains(QLatin1String(
        "    server 127.0.0.1:1111 max_fails=2 fail_timeout=5s; # @inkboard-node\n"
        "    server 127.0.0.1:2222 max_fails=2 fail_timeout=5s; # @inkboard-node\n")));
    QVERIFY(!result.contains(QLatin1String("listen 80")));
    QCOMPARE(result.count(nodeLine), 0);

    // Every other line is untouched.
    const auto unmarked = [](const QString &text) {
        QStringList lines;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (line.trimmed().startsWith(QLatin1Char('#')) ||
                !line.contains(QLatin1String("@inkboard-")))
                lines << line;
        }
        return lines;
    };
    QCOMPARE(unmarked(result), unmarked(shipped));
}

void TestServices::nginxFixtureRefusesConfigWithoutMarkers()
{
    QString error;
    QVERIFY(NginxProxy::substitute(QStringLiteral("upstream u { server 127.0.0.1:1; }\n"
                                                  "server { listen 80; }\n"),
                                   {1}, 2, &error)
                .isEmpty());
    QVERIFY(error.contains(QLatin1String("@inkboard-listen")));
    QVERIFY(NginxProxy::substitute(QStringLiteral("server 127.0.0.1:1; # @inkboard-node\n"
                                                  "listen 80; # @inkboard-listen\n"
                                                  "listen 81; # @inkboard-listen\n"),
                                   {1}, 2, &error)
                .isEmpty());
    QVERIFY(error.contains(QLatin1String("found 2")));
    QVERIFY(
        NginxProxy::substitute(QStringLiteral("listen 80; # @inkboard-listen\n"), {1}, 2, &error)
            .isEmpty());
    QVERIFY(error.contains(QLatin1String("@inkboard-node")));
}

void TestServices::nginxShippedConfigPassesNginxT()
{
    QVERIFY2(!NginxProxy::binaryPath().isEmpty(), "nginx missing (package nginx-light)");
    NginxProxy proxy({18081, 18082, 18083});
    QString output;
    QVERIFY2(proxy.testConfig(&output), qPrintable(output));
    QVERIFY2(output.contains(QLatin1String("test is successful")), qPrintable(output));
}

void TestServices::nginxBrokenConfigFailsStart()
{
    QFile file(NginxProxy::defaultConfPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString broken = QString::fromUtf8(file.readAll());
    QVERIFY(broken.contains(QLatin1String("hash $inkboard_drawing consistent;")));
    broken.replace(QLatin1String("hash $inkboard_drawing consistent;"),
                   QLatin1String("hash $inkboard_drawing sometimes;"));
    QTemporaryDir dir;
    QFile copy(dir.filePath(QStringLiteral("broken.conf")));
    QVERIFY(copy.open(QIODevice::WriteOnly));
    copy.write(broken.toUtf8());
    copy.close();

    NginxProxy proxy({18081}, copy.fileName());
    QString output;
    QVERIFY(!proxy.testConfig(&output));
    QVERIFY2(output.contains(QLatin1String("sometimes")), qPrintable(output));
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("nginx -t. rejects the config")));
    QVERIFY(!proxy.start());
    QVERIFY(!proxy.isRunning());
}

void TestServices::nginxForwardsPathAndClientHeaders()
{
    ProxiedNodes cluster;
    QVERIFY2(cluster.start(), qPrintable(cluster.proxy ? cluster.proxy->errorLog() : QString()));
    const QByteArray target = drawingPath("fwd-1", "/ops?after=12&limit=5");
    const Reply reply = cluster.get(target);
    QCOMPARE(reply.status, 200);
    EchoNode *node = cluster.byPort(reply.node());
    QVERIFY(node);
    QCOMPARE(node->requests.size(), 1);
    const EchoNode::Request &seen = node->requests.first();
    QCOMPARE(seen.method, QByteArray("GET"));
    QCOMPARE(seen.target, target);
    QCOMPARE(seen.version, QByteArray("HTTP/1.1"));
    QCOMPARE(seen.headers.value("host"), QByteArray("draw.example.test"));
    QCOMPARE(seen.headers.value("x-forwarded-for"), QByteArray("127.0.0.1"));
    QCOMPARE(seen.headers.value("x-real-ip"), QByteArray("127.0.0.1"));
    QCOMPARE(seen.headers.value("x-forwarded-proto"), QByteArray("http"));
    QVERIFY(!seen.headers.contains("connection")); // keep-alive to the node
    QVERIFY(!seen.headers.contains("upgrade"));
    QCOMPARE(reply.body,
             "node=" + QByteArray::number(node->port()) + " GET " + target + " bytes=0\n");
    // The access log names the node, for tests that want to see it.
    QVERIFY2(cluster.proxy->accessLog().contains(
                 QStringLiteral("upstream=127.0.0.1:%1").arg(node->port())),
             qPrintable(cluster.proxy->accessLog()));
}

void TestServices::nginxRoutesEveryRequestOfADrawingToOneNode()
{
    ProxiedNodes cluster;
    QVERIFY(cluster.start());
    QSet<quint16> used;
    for (const QByteArray &id : drawingIds(45)) {
        QSet<quint16> nodes;
        for (const QByteArray &r :
             {request("GET", drawingPath(id)), request("GET", drawingPath(id, "/ops?after=0")),
              request("GET", drawingPath(id, "/snapshot?revision=3")),
              request("POST", drawingPath(id, "/ops"), R"({"client_id":"c","ops":[]})"),
              request("PATCH", drawingPath(id), R"({"title":"t"})"),
              request("DELETE", drawingPath(id, "/members/bob")),
              request("GET", drawingPath(id, "/ws"))}) {
            const Reply reply = exchange(cluster.proxy->port(), r);
            QCOMPARE(reply.status, 200);
            nodes << reply.node();
        }
        QVERIFY2(nodes.size() == 1, id.constData());
        used += nodes;
    }
    // 45 drawings over 3 nodes: every node gets some (a broken key would pin them to one).
    QCOMPARE(used.size(), 3);
}

void TestServices::nginxSpreadsRequestsWithoutDrawing()
{
    ProxiedNodes cluster;
    QVERIFY(cluster.start());
    QSet<quint16> used;
    for (int i = 0; i < 30; ++i) {
        for (const QByteArray &target :
             {QByteArray("/api/v1/info"), QByteArray("/api/v1/drawings")}) {
            const Reply reply = cluster.get(target);
            QCOMPARE(reply.status, 200);
            used << reply.node();
        }
    }
    QVERIFY2(used.size() >= 2, "requests naming no drawing all went to one node");
}

void TestServices::nginxReusesUpstreamConnections()
{
    ProxiedNodes cluster;
    QVERIFY(cluster.start());
    for (int i = 0; i < 20; ++i)
        QCOMPARE(cluster.get(drawingPath("reuse", "/ops?after=" + QByteArray::number(i))).status,
                 200);
    int connections = 0;
    int requests = 0;
    for (const auto &node : cluster.nodes) {
        connections += node->connections;
        requests += int(node->requests.size());
    }
    QCOMPARE(requests, 20);
    QVERIFY2(
        connections <= 2,
        qPrintable(QStringLiteral("%1 upstream connections for 20 requests").arg(connections)));
}

void TestServices::nginxConsistentHashMovesOnlyTheRemovedNodesDrawings()
{
    ProxiedNodes cluster;
    QVERIFY(cluster.start());
    const QList<QByteArray> ids = drawingIds(60);
    QHash<QByteArray, quint16> before;
    for (const QByteArray &id : ids) {
        before.insert(id, cluster.nodeOf(id));
        QVERIFY(before.value(id) != 0);
    }
    const quint16 removed = cluster.nodes[2]->port();
    QVERIFY(before.values().contains(removed));

    cluster.proxy->setNodes({cluster.nodes[0]->port(), cluster.nodes[1]->port()});
    QVERIFY2(cluster.proxy->reload(), qPrintable(cluster.proxy->errorLog()));
    const qsizetype servedByRemoved = cluster.nodes[2]->requests.size();
    int moved = 0;
    for (const QByteArray &id : ids) {
        const quint16 now = cluster.nodeOf(id);
        QVERIFY(now != 0 && now != removed);
        if (before.value(id) == removed)
            ++moved;
        else
            QVERIFY2(now == before.value(id), id.constData()); // only the removed node's move
    }
    QVERIFY(moved > 0);
    QCOMPARE(cluster.nodes[2]->requests.size(), servedByRemoved);

    // Back to three nodes: every drawing returns where it was.
    cluster.proxy->setNodes({cluster.nodes[0]->port(), cluster.nodes[1]->port(), removed});
    QVERIFY(cluster.proxy->reload());
    for (const QByteArray &id : ids)
        QCOMPARE(cluster.nodeOf(id), before.value(id));
}

void TestServices::nginxTunnelsWebSocketToTheDrawingsNode()
{
    ProxiedNodes cluster;
    QVERIFY(cluster.start());
    const quint16 restNode = cluster.nodeOf("ws-drawing");
    QVERIFY(restNode != 0);

    QTcpSocket socket;
    QByteArray received;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                     [&] { received += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, cluster.proxy->port());
    socket.write("GET /api/v1/drawings/ws-drawing/ws?access_token=tok HTTP/1.1\r\n"
                 "Host: draw.example.test\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                 "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                 "Sec-WebSocket-Version: 13\r\n\r\n");
    QVERIFY(spinUntil([&] { return received.contains("\r\n\r\n"); }));
    QVERIFY2(received.startsWith("HTTP/1.1 101 "), received.constData());
    QVERIFY2(received.contains("X-Node: " + QByteArray::number(restNode)), received.constData());

    EchoNode *node = cluster.byPort(restNode);
    const EchoNode::Request &upgrade = node->requests.last();
    QCOMPARE(upgrade.target, QByteArray("/api/v1/drawings/ws-drawing/ws?access_token=tok"));
    QCOMPARE(upgrade.headers.value("upgrade"), QByteArray("websocket"));
    QCOMPARE(upgrade.headers.value("connection").toLower(), QByteArray("upgrade"));
    QCOMPARE(upgrade.headers.value("sec-websocket-key"), QByteArray("dGhlIHNhbXBsZSBub25jZQ=="));

    // After the 101 nginx is a byte pipe both ways.
    received.clear();
    socket.write("frames go both ways");
    QVERIFY(spinUntil([&] { return received == "frames go both ways"; }, 5000));
    socket.abort();
}

void TestServices::nginxRetriesOnlyIdempotentRequestsAfterTheyReachedANode()
{
    ProxiedNodes cluster;
    QVERIFY(cluster.start());
    EchoNode *dying = cluster.nodes[0].get();
    QList<QByteArray> ids;
    for (const QByteArray &id : drawingIds(60)) {
        if (cluster.nodeOf(id) == dying->port())
            ids << id;
    }
    QVERIFY(ids.size() >= 2);
    dying->mode = EchoNode::Mode::Drop;
    dying->requests.clear();

    // A commit that reached the node which then died is not sent again to another node:
    // the client sees "503 unavailable" and retries with the same op_ids itself.
    const Reply post =
        exchange(cluster.proxy->port(), request("POST", drawingPath(ids.at(0), "/ops"), "{}"));
    QCOMPARE(post.status, 503);
    QCOMPARE(post.error(), QStringLiteral("unavailable"));
    QCOMPARE(post.headers.value("retry-after"), QByteArray("1"));
    QCOMPARE(post.headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(dying->count("POST"), 1);
    for (const auto &node : cluster.nodes) {
        if (node.get() != dying)
            QCOMPARE(node->count("POST"), 0);
    }

    // A GET in the same situation is retried on another node.
    const Reply get = cluster.get(drawingPath(ids.at(1), "/snapshot"));
    QCOMPARE(get.status, 200);
    QVERIFY(get.node() != dying->port());
    QCOMPARE(dying->count("GET"), 1);
}

void TestServices::nginxFailsOverFromANodeThatIsDown()
{
    ProxiedNodes cluster;
    QVERIFY(cluster.start());
    EchoNode *down = cluster.nodes[1].get();
    QList<QByteArray> ids;
    for (const QByteArray &id : drawingIds(60)) {
        if (cluster.nodeOf(id) == down->port())
            ids << id;
    }
    QVERIFY(ids.size() >= 2);
    down->close();
    QTest::qWait(200); // nginx notices its idle keep-alive connections closing

    // Nothing reached the node, so even a POST goes to the next node on the ring, and all of
    // one drawing to the same one.
    const Reply post =
        exchange(cluster.proxy->port(), request("POST", drawingPath(ids.at(0), "/ops"), "{}"));
    QCOMPARE(post.status, 200);
    QVERIFY(post.node() != down->port());
    const Reply get = cluster.get(drawingPath(ids.at(0)));
    QCOMPARE(get.status, 200);
    QCOMPARE(get.node(), post.node());
}

void TestServices::nginxBodyLimitsMatchTheServer()
{
    ProxiedNodes cluster;
    QVERIFY(cluster.start());
    const auto requestsSeen = [&cluster] {
        qsizetype n = 0;
        for (const auto &node : cluster.nodes)
            n += node->requests.size();
        return n;
    };
    constexpr qint64 maxBody = 4 * 1024 * 1024;  // server's max_body_bytes
    constexpr qint64 maxBlob = 20 * 1024 * 1024; // server's max_blob_bytes
    const QByteArray blobPath =
        "/api/v1/blobs/" + QByteArray(64, 'a'); // a sha256 in hex, for the path's sake

    // One byte over: refused by nginx from the Content-Length alone, with the protocol's JSON.
    Reply reply = exchange(cluster.proxy->port(),
                           "POST " + drawingPath("big", "/ops") +
                               " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                               "Content-Length: " +
                               QByteArray::number(maxBody + 1) + "\r\n\r\n");
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.error(), QStringLiteral("too_large"));
    reply =
        exchange(cluster.proxy->port(), "PUT " + blobPath +
                                            " HTTP/1.1\r\nHost: x\r\nContent-Type: image/png\r\n"
                                            "Content-Length: " +
                                            QByteArray::number(maxBlob + 1) + "\r\n\r\n");
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.error(), QStringLiteral("too_large"));
    QCOMPARE(requestsSeen(), 0);

    // At the limits: passed through whole.
    reply = exchange(cluster.proxy->port(),
                     request("POST", drawingPath("big", "/ops"), QByteArray(maxBody, ' ')));
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.body.endsWith(" bytes=" + QByteArray::number(maxBody) + '\n'),
             reply.body.constData());
    // A blob may be larger than a JSON body.
    reply = exchange(cluster.proxy->port(), request("PUT", blobPath, QByteArray(maxBody * 2, 'b'),
                                                    "Content-Type: image/png\r\n"));
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.body.endsWith(" bytes=" + QByteArray::number(maxBody * 2) + '\n'),
             reply.body.constData());
    QCOMPARE(requestsSeen(), 2);
}

void TestServices::nginxAnswersPathsOutsideTheApiWithJson404()
{
    ProxiedNodes cluster;
    QVERIFY(cluster.start());
    for (const QByteArray &target :
         {QByteArray("/"), QByteArray("/api/v2/info"), QByteArray("/favicon.ico")}) {
        const Reply reply = cluster.get(target);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.error(), QStringLiteral("not_found"));
    }
    for (const auto &node : cluster.nodes)
        QCOMPARE(node->requests.size(), 0);
}

void TestServices::nginxStopsAndFreesItsPort()
{
    ProxiedNodes cluster;
    QVERIFY(cluster.start());
    const quint16 port = cluster.proxy->port();
    const qint64 master = cluster.proxy->pid();
    const QList<qint64> workers = detail::childPids(master);
    QCOMPARE(workers.size(), 1);
    QVERIFY(cluster.proxy->stop());
    QVERIFY(!cluster.proxy->isRunning());
    for (const qint64 worker : workers)
        QVERIFY(detail::waitGone(worker, 0));
    QVERIFY(!detail::tcpAccepts(port));
    // And it comes back on the same port.
    QVERIFY(cluster.proxy->start());
    QCOMPARE(cluster.proxy->port(), port);
    QCOMPARE(cluster.get(drawingPath("again")).status, 200);
}

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
