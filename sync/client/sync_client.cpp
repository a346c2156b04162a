// SPDX-License-Identifier: Apache-2.0
#include "sync_client.h"

#include "logging.h"
#include "protocol/wire_types.h"
#include "sync_session.h"

#include <QJsonArray>
#include <QTimer>
#include <QUuid>

namespace inkboard::sync {

QString serverKey(const QUrl &url)
{
    return url.adjusted(QUrl::NormalizePathSegments).toString(QUrl::StripTrailingSlash);
}

SyncClient::SyncClient(LocalStore *store, BlobCache *blobs, QObject *parent)
    : QObject(parent), m_store(store), m_blobs(blobs)
{}

SyncClient::~SyncClient() = default;

RestClient *SyncClient::rest(const QString &serverUrl)
{
    RestClient *&client = m_rest[serverUrl];
    if (!client)
        client = new RestClient(QUrl(serverUrl), this);
    const std::optional<AccountRecord> account = m_store->account(serverUrl);
    client->setToken(account ? account->token : QString());
    return client;
}

void SyncClient::authenticate(const QByteArray &path, const QUrl &server, const QString &username,
                              const QString &password, QObject *context, Done done)
{
    const QString key = serverKey(server);
    rest(key)->sendJson(
        "POST", QString::fromLatin1(path),
        {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}}, context,
        [this, key, done = std::move(done)](const RestResult &r) {
            if (r.ok()) {
                const QJsonObject user = r.json.value(QLatin1String("user")).toObject();
                m_store->saveAccount(
                    {key, user.value(QLatin1String("id")).toString(),
                     user.value(QLatin1String("name")).toString(),
                     r.json.value(QLatin1String("token")).toString(),
                     protocol::fromIsoUtc(r.json.value(QLatin1String("expires_at")).toString())});
            }
            if (done)
                done(r);
        });
}

void SyncClient::signIn(const QUrl &server, const QString &username, const QString &password,
                        QObject *context, Done done)
{
    authenticate("/auth/login", server, username, password, context, std::move(done));
}

void SyncClient::signUp(const QUrl &server, const QString &username, const QString &password,
                        QObject *context, Done done)
{
    authenticate("/auth/signup", server, username, password, context, std::move(done));
}

void SyncClient::signOut(const QString &serverUrl, QObject *context, Done done)
{
    RestClient *client = rest(serverUrl);
    m_store->removeAccount(serverUrl);
    client->sendJson("POST", QStringLiteral("/auth/logout"), {}, context, std::move(done));
    client->setToken({});
}

void SyncClient::serverInfo(
    const QUrl &server, QObject *context,
    std::function<void(const RestResult &, std::optional<protocol::ServerInfo>)> done)
{
    rest(serverKey(server))
        ->get(QStringLiteral("/info"), context, [done = std::move(done)](const RestResult &r) {
            done(r, r.ok() ? protocol::ServerInfo::fromJson(r.json) : std::nullopt);
        });
}

QString SyncClient::createLocalDrawing(const QString &title)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!m_store->createDrawing(DrawingRecord::local(id, title)))
        return {};
    return id;
}

QList<DrawingEntry> SyncClient::localDrawings() const
{
    QList<DrawingEntry> list;
    for (const DrawingRecord &d : m_store->drawings()) {
        DrawingEntry e;
        e.id = d.id;
        e.title = d.title;
        e.serverUrl = d.serverUrl;
        e.role = protocol::roleFromString(d.role).value_or(protocol::Role::Owner);
        e.local = true;
        e.latestRevision = d.confirmedRevision;
        e.updatedAt = d.updatedAt;
        list.append(e);
    }
    return list;
}

void SyncClient::listDrawings(
    const QString &serverUrl, QObject *context,
    std::function<void(const RestResult &, const QList<DrawingEntry> &)> done)
{
    rest(serverUrl)->get(
        QStringLiteral("/drawings"), context,
        [this, serverUrl, done = std::move(done)](const RestResult &r) {
            QList<DrawingEntry> list = localDrawings();
            if (r.ok()) {
                QHash<QString, qsizetype> byId;
                for (qsizetype i = 0; i < list.size(); ++i)
                    byId.insert(list.at(i).id, i);
                for (const QJsonValue &v : r.json.value(QLatin1String("drawings")).toArray()) {
                    const protocol::DrawingInfo info =
                        protocol::DrawingInfo::fromJson(v.toObject());
                    const auto it = byId.constFind(info.id);
                    if (it != byId.constEnd() && list.at(*it).serverUrl == serverUrl) {
                        DrawingEntry &e = list[*it];
                        e.onServer = true;
                        e.title = info.title;
                        e.role = info.role;
                        e.latestRevision = info.latestRevision;
                        e.updatedAt = info.updatedAt;
                        continue;
                    }
                    if (it != byId.constEnd())
                        continue; // the same id locally for another server: keep ours
                    DrawingEntry e;
                    e.id = info.id;
                    e.title = info.title;
                    e.serverUrl = serverUrl;
                    e.role = info.role;
                    e.onServer = true;
                    e.latestRevision = info.latestRevision;
                    e.updatedAt = info.updatedAt;
                    list.append(e);
                }
            }
            done(r, list);
        });
}

bool SyncClient::addServerDrawing(const QString &serverUrl, const protocol::DrawingInfo &info)
{
    // A copy removed from this computer and opened again comes back with the edits it held.
    if (m_store->isBinned(info.id) && !m_store->restoreDrawing(info.id))
        return false;
    if (const auto existing = m_store->drawing(info.id))
        return existing->serverUrl == serverUrl;
    DrawingRecord d = DrawingRecord::local(info.id, info.title);
    d.serverUrl = serverUrl;
    d.role = protocol::roleName(info.role);
    return m_store->createDrawing(d);
}

void SyncClient::renameDrawing(const QString &id, const QString &title, QObject *context, Done done)
{
    const auto drawing = m_store->drawing(id);
    if (!drawing || drawing->serverUrl.isEmpty()) {
        RestResult r;
        r.status = drawing && m_store->renameDrawing(id, title) ? 200 : 404;
        QTimer::singleShot(0, context ? context : this, [r, done] { done(r); });
        return;
    }
    rest(drawing->serverUrl)
        ->sendJson("PATCH", QStringLiteral("/drawings/") + id, {{QStringLiteral("title"), title}},
                   context, [this, id, title, done = std::move(done)](const RestResult &r) {
                       if (r.ok())
                           m_store->renameDrawing(id, title);
                       done(r);
                   });
}

void SyncClient::deleteDrawing(const QString &id, QObject *context, Done done)
{
    const auto drawing = m_store->drawing(id);
    if (!drawing || drawing->serverUrl.isEmpty()) {
        RestResult r;
        r.status = drawing && m_store->binDrawing(id) ? 204 : 404;
        QTimer::singleShot(0, context ? context : this, [r, done] { done(r); });
        return;
    }
    rest(drawing->serverUrl)
        ->sendJson("DELETE", QStringLiteral("/drawings/") + id, {}, context,
                   [this, id, done = std::move(done)](const RestResult &r) {
                       if (r.ok() || r.status == 404)
                           m_store->binDrawing(id);
                       done(r);
                   });
}

void SyncClient::members(
    const QString &serverUrl, const QString &drawingId, QObject *context,
    std::function<void(const RestResult &, const QList<protocol::Member> &)> done)
{
    rest(serverUrl)->get(QStringLiteral("/drawings/%1/members").arg(drawingId), context,
                         [done = std::move(done)](const RestResult &r) {
                             QList<protocol::Member> list;
                             for (const QJsonValue &v :
                                  r.json.value(QLatin1String("members")).toArray())
                                 list.append(protocol::Member::fromJson(v.toObject()));
                             done(r, list);
                         });
}

void SyncClient::setMember(const QString &serverUrl, const QString &drawingId,
                           const QString &username, protocol::Role role, QObject *context,
                           Done done)
{
    rest(serverUrl)->sendJson(
        "PUT", QStringLiteral("/drawings/%1/members/%2").arg(drawingId, username),
        {{QStringLiteral("role"), protocol::roleName(role)}}, context, std::move(done));
}

void SyncClient::removeMember(const QString &serverUrl, const QString &drawingId,
                              const QString &username, QObject *context, Done done)
{
    rest(serverUrl)->sendJson("DELETE",
                              QStringLiteral("/drawings/%1/members/%2").arg(drawingId, username),
                              {}, context, std::move(done));
}

QString SyncClient::addImage(const QByteArray &bytes, const QString &contentType)
{
    return m_blobs->put(bytes, contentType);
}

void SyncClient::fetchBlob(const QString &serverUrl, const QString &hash, QObject *context,
                           std::function<void(const RestResult &, const QByteArray &)> done)
{
    if (const std::optional<QByteArray> cached = m_blobs->get(hash)) {
        RestResult r;
        r.status = 200;
        QTimer::singleShot(0, context ? context : this,
                           [r, bytes = *cached, done] { done(r, bytes); });
        return;
    }
    rest(serverUrl)->get(
        QStringLiteral("/blobs/") + hash, context,
        [this, hash, done = std::move(done)](const RestResult &r) {
            if (!r.ok()) {
                done(r, {});
                return;
            }
            if (BlobCache::hashOf(r.body) != hash) {
                RestResult bad = r;
                bad.status = 422;
                done(bad, {});
                return;
            }
            QString error;
            if (m_blobs->put(r.body, QString::fromLatin1(r.contentType), &error).isEmpty())
                qCWarning(lcStore) << "cannot cache blob" << hash << error;
            done(r, r.body);
        });
}

SyncSession *SyncClient::openSession(const QString &drawingId, const SyncOptions &options,
                                     QObject *parent)
{
    auto *session = new SyncSession(m_store, drawingId, options, parent);
    session->setBlobCache(m_blobs);
    return session;
}

} // namespace inkboard::sync
