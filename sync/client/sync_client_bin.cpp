// SPDX-License-Identifier: Apache-2.0
// SyncClient: the bin of deleted drawings, on this computer and on the server.
#include "local_store.h"
#include "rest_client.h"
#include "sync_client.h"

#include <QHash>
#include <QJsonArray>
#include <QTimer>

namespace inkboard::sync {

namespace {

BinEntry fromLocal(const BinnedLocalDrawing &b)
{
    BinEntry e;
    e.id = b.drawing.id;
    e.title = b.drawing.title;
    e.serverUrl = b.drawing.serverUrl;
    e.local = true;
    e.deletedAt = b.binnedAt;
    e.purgeAt = b.binnedAt.addDays(SyncClient::kLocalBinDays);
    return e;
}

} // namespace

QList<BinEntry> SyncClient::localBin() const
{
    QList<BinEntry> list;
    for (const BinnedLocalDrawing &b : m_store->binnedDrawings())
        list.append(fromLocal(b));
    return list;
}

void SyncClient::listBin(const QString &serverUrl, QObject *context,
                         std::function<void(const RestResult &, const QList<BinEntry> &)> done)
{
    rest(serverUrl)->get(
        QStringLiteral("/bin"), context,
        [this, serverUrl, done = std::move(done)](const RestResult &r) {
            QList<BinEntry> list = localBin();
            if (r.ok()) {
                QHash<QString, qsizetype> byId;
                for (qsizetype i = 0; i < list.size(); ++i)
                    byId.insert(list.at(i).id, i);
                for (const QJsonValue &v : r.json.value(QLatin1String("drawings")).toArray()) {
                    const auto binned = protocol::BinnedDrawing::fromJson(v.toObject());
                    const auto it = byId.constFind(binned.drawing.id);
                    BinEntry *e = nullptr;
                    if (it != byId.constEnd()) {
                        if (list.at(*it).serverUrl != serverUrl)
                            continue; // the same id locally for another server: keep ours
                        e = &list[*it];
                    } else {
                        list.append(BinEntry{});
                        e = &list.last();
                        e->id = binned.drawing.id;
                        e->serverUrl = serverUrl;
                    }
                    e->title = binned.drawing.title;
                    e->onServer = true;
                    e->deletedAt = binned.deletedAt;
                    e->purgeAt = binned.purgeAt;
                }
            }
            std::sort(list.begin(), list.end(), [](const BinEntry &a, const BinEntry &b) {
                return a.deletedAt > b.deletedAt;
            });
            done(r, list);
        });
}

void SyncClient::restoreFromBin(const BinEntry &entry, QObject *context, Done done)
{
    if (!entry.onServer) {
        RestResult r;
        r.status = m_store->restoreDrawing(entry.id) ? 200 : 404;
        QTimer::singleShot(0, context ? context : this, [r, done] { done(r); });
        return;
    }
    rest(entry.serverUrl)
        ->sendJson("POST", QStringLiteral("/bin/%1/restore").arg(entry.id), {}, context,
                   [this, entry, done = std::move(done)](const RestResult &r) {
                       if (r.ok()) {
                           const auto info = protocol::DrawingInfo::fromJson(r.json);
                           // The copy here comes back with its unsent edits; without one, the
                           // drawing is known again as the server's.
                           if (m_store->isBinned(entry.id))
                               m_store->restoreDrawing(entry.id);
                           addServerDrawing(entry.serverUrl, info);
                           m_store->setDrawingRole(entry.id, protocol::roleName(info.role));
                       }
                       done(r);
                   });
}

void SyncClient::purgeFromBin(const BinEntry &entry, QObject *context, Done done)
{
    if (!entry.onServer) {
        RestResult r;
        r.status = entry.local && m_store->deleteDrawing(entry.id) ? 204 : 404;
        QTimer::singleShot(0, context ? context : this, [r, done] { done(r); });
        return;
    }
    rest(entry.serverUrl)
        ->sendJson("DELETE", QStringLiteral("/bin/") + entry.id, {}, context,
                   [this, entry, done = std::move(done)](const RestResult &r) {
                       if ((r.ok() || r.status == 404) && m_store->isBinned(entry.id))
                           m_store->deleteDrawing(entry.id);
                       done(r);
                   });
}

int SyncClient::sweepLocalBin(const QDateTime &now)
{
    return m_store->purgeBinnedBefore(now.addDays(-kLocalBinDays));
}

} // namespace inkboard::sync
