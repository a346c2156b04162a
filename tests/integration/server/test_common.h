// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "server_fixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>
#include <QWebSocket>
#include <csignal>

namespace inkboard::test {

#ifdef __SANITIZE_ADDRESS__
constexpr bool kMeasureRss = false; // ASan's quarantine keeps freed memory resident
#else
constexpr bool kMeasureRss = true;
#endif

// The resident set of a process, from /proc (-1 when it cannot be read).
inline qint64 rssKiB(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

inline QString uid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline QJsonObject rectOp(const QString &opId, const QString &id, double x = 1)
{
    return {{"op_id", opId},
            {"op", "create"},
            {"id", id},
            {"type", "rect"},
            {"props", QJsonObject{{"x", x}, {"y", 2}, {"w", 30}, {"h", 40}}}};
}

inline QJsonObject moveOp(const QString &opId, const QString &id, double x)
{
    return {{"op_id", opId}, {"op", "update"}, {"id", id}, {"props", QJsonObject{{"x", x}}}};
}

inline QJsonObject commitBody(const QJsonArray &ops,
                              const QString &clientId = QStringLiteral("client-1"))
{
    return {{"client_id", clientId}, {"ops", ops}};
}

// A server with users alice (owner of drawing "d1"), bob (editor), carol (viewer),
// dave (no member) and root (admin), all with password "password1".
struct World
{
    ServerFixture server;
    QString alice, bob, carol, dave, root;
    QString drawing = QStringLiteral("d1");

    explicit World(QStringList args = {}) : server(std::move(args)) {}

    bool setUp()
    {
        if (!server.start())
            return false;
        for (const char *name : {"alice", "bob", "carol", "dave"}) {
            if (!server.addUser(QString::fromLatin1(name), QStringLiteral("password1")))
                return false;
        }
        if (!server.addUser(QStringLiteral("root"), QStringLiteral("password1"), true))
            return false;
        alice = server.login("alice", "password1");
        bob = server.login("bob", "password1");
        carol = server.login("carol", "password1");
        dave = server.login("dave", "password1");
        root = server.login("root", "password1");
        if (alice.isEmpty() || bob.isEmpty() || carol.isEmpty() || dave.isEmpty() || root.isEmpty())
            return false;
        if (call("POST", "/api/v1/drawings", {{"id", drawing}, {"title", "Test"}}, alice).status !=
            201)
            return false;
        return call("PUT", "/api/v1/drawings/d1/members/bob", {{"role", "editor"}}, alice).status ==
                   200 &&
               call("PUT", "/api/v1/drawings/d1/members/carol", {{"role", "viewer"}}, alice)
                       .status == 200;
    }

    HttpResult call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                    const QString &token = {})
    {
        return httpRequest(server.baseUrl(), method, path, body, token);
    }

    // Every commit of the drawing, through ops?after pages.
    QJsonArray allCommits(const QString &token, const QString &id = QStringLiteral("d1"))
    {
        QJsonArray all;
        qint64 after = 0;
        for (;;) {
            const HttpResult r =
                call("GET", QStringLiteral("/api/v1/drawings/%1/ops?after=%2").arg(id).arg(after),
                     {}, token);
            if (r.status != 200)
                return all;
            const QJsonArray commits = r.json["commits"].toArray();
            for (const QJsonValue &c : commits)
                all.append(c);
            if (commits.isEmpty() || !r.json["has_more"].toBool())
                return all;
            after = commits.last()["revision"].toInteger();
        }
    }
};

// A WebSocket client that records every frame it receives.
struct WsClient
{
    QWebSocket socket;
    QList<QJsonObject> frames;
    int closeCode = -1;
    bool closed = false;

    WsClient()
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
            frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        QObject::connect(&socket, &QWebSocket::disconnected, [this] {
            closed = true;
            closeCode = socket.closeCode();
        });
    }

    // `query` is added to the upgrade's URL ("features=comments").
    bool open(const QUrl &base, const QString &drawing, const QString &token, bool viaQuery = false,
              const QString &query = {})
    {
        QUrl url = base;
        url.setScheme(QStringLiteral("ws"));
        url.setPath(QStringLiteral("/api/v1/drawings/%1/ws").arg(drawing));
        QNetworkRequest request(url);
        QStringList items;
        if (!query.isEmpty())
            items << query;
        if (viaQuery)
            items << QStringLiteral("access_token=") + token;
        else
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        if (!items.isEmpty())
            url.setQuery(items.join(QLatin1Char('&')));
        request.setUrl(url);
        socket.open(request);
        return QTest::qWaitFor([this] { return !frames.isEmpty() || closed; }, 10000) &&
               !frames.isEmpty() && frames.first()["type"].toString() == u"hello";
    }

    QList<QJsonObject> ofType(const QString &type) const
    {
        QList<QJsonObject> list;
        for (const QJsonObject &f : frames) {
            if (f["type"].toString() == type)
                list.append(f);
        }
        return list;
    }

    bool waitFor(const QString &type, int count, int timeoutMs = 10000)
    {
        return QTest::qWaitFor([&] { return ofType(type).size() >= count; }, timeoutMs);
    }
};

// A valid WebSocket upgrade of `drawing` with `token`, for tests that speak raw TCP under
// the WebSocket (a peer that never reads, never answers a ping, or resets).
inline QByteArray wsUpgradeRequest(const QString &drawing, const QString &token)
{
    return "GET /api/v1/drawings/" + drawing.toLatin1() +
           "/ws HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
           "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
           "Authorization: Bearer " +
           token.toLatin1() + "\r\n\r\n";
}

// Connects `socket` and upgrades it; true once the server answered 101.
inline bool openRawWebSocket(QTcpSocket &socket, quint16 port, const QString &drawing,
                             const QString &token)
{
    socket.connectToHost("127.0.0.1", port);
    if (!socket.waitForConnected(5000))
        return false;
    socket.write(wsUpgradeRequest(drawing, token));
    return socket.waitForReadyRead(5000) && socket.readAll().startsWith("HTTP/1.1 101");
}

// One HTTP answer read off a raw socket.
struct RawAnswer
{
    int status = 0; // 0: none came whole
    QByteArray body;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// Reads one HTTP answer (head and Content-Length body) from `socket`, keeping what follows
// it in `buffer` for the next one.
inline RawAnswer readRawAnswer(QTcpSocket &socket, QByteArray &buffer, int timeoutMs = 10000)
{
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        buffer += socket.readAll(); // what an event loop run (a qWait) has buffered already
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end >= 0) {
            const QByteArray head = buffer.left(end);
            qint64 length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() >= end + 4 + length) {
                RawAnswer answer{head.mid(9, 3).toInt(), buffer.mid(end + 4, length)};
                buffer.remove(0, end + 4 + length);
                return answer;
            }
        }
        if (clock.elapsed() > timeoutMs || socket.state() != QAbstractSocket::ConnectedState)
            return {};
        socket.waitForReadyRead(100);
    }
}

// The status of one answer read off `socket` (readRawAnswer), or 0.
inline int readAnswer(QTcpSocket &socket, QByteArray &buffer, int timeoutMs = 10000)
{
    return readRawAnswer(socket, buffer, timeoutMs).status;
}

// A keep-alive JSON request as raw bytes, for tests that must send several at once.
inline QByteArray rawJsonRequest(const QByteArray &method, const QString &path,
                                 const QJsonObject &body, const QString &token)
{
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return method + ' ' + path.toUtf8() +
           " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: Bearer " +
           token.toUtf8() + "\r\nContent-Length: " + QByteArray::number(bytes.size()) + "\r\n\r\n" +
           bytes;
}

} // namespace inkboard::test
