// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "client/local_store.h"
#include "client/sync_session.h"
#include "http_client.h"
#include "model/document.h"
#include "server_fixture.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace inkboard::test {

// Intervals short enough that tests never wait long for a retry.
inline sync::SyncOptions fastOptions()
{
    sync::SyncOptions o;
    o.backoffInitialMs = 50;
    o.backoffMaxMs = 400;
    o.keepaliveIntervalMs = 1000;
    o.keepaliveTimeoutMs = 5000;
    o.ackTimeoutMs = 300;
    o.presenceIntervalMs = 20;
    o.presenceRefreshMs = 500;
    o.peerExpiryMs = 2000;
    o.wakeCheckMs = 1000;
    return o;
}

inline QString serverKey(const QUrl &url)
{
    return url.toString(QUrl::StripTrailingSlash);
}

// One client: its own store file, account and session on one drawing.
struct SyncClientUnderTest
{
    std::unique_ptr<sync::LocalStore> store;
    std::unique_ptr<sync::SyncSession> session;
    QString path;

    sync::SyncSession *operator->() const { return session.get(); }
};

// Prepares a store (account + drawing record) at `path` without opening a session.
inline std::unique_ptr<sync::LocalStore> prepareStore(const QString &path, const QUrl &server,
                                                      const QString &token,
                                                      const QString &drawingId,
                                                      const QString &role = "owner")
{
    QString error;
    auto store = sync::LocalStore::open(path, &error);
    if (!store) {
        qWarning() << error;
        return nullptr;
    }
    store->saveAccount({serverKey(server), {}, {}, token, {}});
    if (!store->drawing(drawingId)) {
        sync::DrawingRecord d = sync::DrawingRecord::local(drawingId, QStringLiteral("Test"));
        d.serverUrl = serverKey(server);
        d.role = role;
        store->createDrawing(d);
    }
    return store;
}

inline SyncClientUnderTest openClient(const QString &path, const QUrl &server, const QString &token,
                                      const QString &drawingId,
                                      const sync::SyncOptions &options = fastOptions())
{
    SyncClientUnderTest c;
    c.path = path;
    c.store = prepareStore(path, server, token, drawingId);
    if (c.store)
        c.session = std::make_unique<sync::SyncSession>(c.store.get(), drawingId, options);
    return c;
}

inline bool createServerDrawing(const QUrl &server, const QString &token, const QString &id)
{
    const HttpResult r = httpRequest(server, "POST", QStringLiteral("/api/v1/drawings"),
                                     {{"id", id}, {"title", "Test"}}, token);
    return r.status == 201 || r.status == 200;
}

// The server's state, as the model sees it.
inline std::optional<std::pair<qint64, Document>>
serverSnapshot(const QUrl &server, const QString &token, const QString &id)
{
    const HttpResult r = httpRequest(
        server, "GET", QStringLiteral("/api/v1/drawings/%1/snapshot").arg(id), {}, token);
    if (r.status != 200)
        return std::nullopt;
    Parsed<protocol::Snapshot> s = protocol::Snapshot::fromJson(r.json, Limits());
    if (errorOf(s))
        return std::nullopt;
    Document doc;
    for (const Object &o : std::get<protocol::Snapshot>(s).objects)
        doc.put(o);
    return std::make_pair(std::get<protocol::Snapshot>(s).revision, doc);
}

// Every op_id in the server's history, in order (duplicates would show twice).
inline QStringList serverOpIds(const QUrl &server, const QString &token, const QString &id)
{
    QStringList ids;
    qint64 after = 0;
    for (;;) {
        const HttpResult r = httpRequest(
            server, "GET", QStringLiteral("/api/v1/drawings/%1/ops?after=%2").arg(id).arg(after),
            {}, token);
        if (r.status != 200)
            return {};
        const QJsonArray commits = r.json.value("commits").toArray();
        for (const QJsonValue &c : commits) {
            after = c.toObject().value("revision").toInteger();
            for (const QJsonValue &op : c.toObject().value("ops").toArray())
                ids.append(op.toObject().value("op_id").toString());
        }
        if (!r.json.value("has_more").toBool() || commits.isEmpty())
            return ids;
    }
}

inline qint64 serverLatest(const QUrl &server, const QString &token, const QString &id)
{
    const HttpResult r =
        httpRequest(server, "GET", QStringLiteral("/api/v1/drawings/%1").arg(id), {}, token);
    return r.status == 200 ? r.json.value("latest_revision").toInteger() : -1;
}

// Random edits: creates of new objects, moves and restyles of any visible object (also
// other clients': conflicts resolve last-writer-wins), deletes now and then.
class EditGenerator
{
public:
    EditGenerator(QString prefix, quint32 seed) : m_prefix(std::move(prefix)), m_rng(seed) {}

    Op next(const Document &visible)
    {
        const QString opId = QStringLiteral("%1-op%2").arg(m_prefix).arg(m_n++);
        const int dice = int(m_rng.bounded(10));
        const auto &objects = visible.objects();
        if (objects.isEmpty() || dice < 4) {
            const QString id = QStringLiteral("%1-o%2").arg(m_prefix).arg(m_objects++);
            return Op::create(opId, id, ObjectType::Rect,
                              {{"x", double(m_rng.bounded(1000))},
                               {"y", double(m_rng.bounded(1000))},
                               {"w", 10},
                               {"h", 10},
                               {"z", "a0"}});
        }
        auto it = objects.begin();
        std::advance(it, m_rng.bounded(int(objects.size())));
        if (dice < 9) {
            return Op::update(
                opId, it.key(),
                {{"x", double(m_rng.bounded(1000))}, {"stroke_width", double(m_rng.bounded(10))}});
        }
        return Op::remove(opId, it.key());
    }
    QStringList madeOpIds() const
    {
        QStringList ids;
        for (int i = 0; i < m_n; ++i)
            ids.append(QStringLiteral("%1-op%2").arg(m_prefix).arg(i));
        return ids;
    }

private:
    QString m_prefix;
    QRandomGenerator m_rng;
    int m_n = 0;
    int m_objects = 0;
};

} // namespace inkboard::test
