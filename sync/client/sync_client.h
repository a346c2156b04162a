// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "blob_cache.h"
#include "local_store.h"
#include "protocol/drawing_info.h"
#include "rest_client.h"
#include "sync_options.h"

#include <QHash>
#include <QObject>
#include <functional>
#include <memory>

namespace inkboard::sync {

class SyncSession;

// The form servers are keyed by, in the store's accounts and drawings and in the app's
// settings: path segments normalized, no trailing slash.
QString serverKey(const QUrl &url);

// One entry of the drawing list: what the local store holds, what a server lists, or both.
struct DrawingEntry
{
    QString id;
    QString title;
    QString serverUrl; // empty: local only
    protocol::Role role = protocol::Role::Owner;
    bool local = false;    // in the local store (opens offline)
    bool onServer = false; // listed by the server
    qint64 latestRevision = 0;
    QDateTime updatedAt;
};

// An entry of the bin: a drawing deleted from this computer, from the server, or both.
struct BinEntry
{
    QString id;
    QString title;
    QString serverUrl;     // empty: a local-only drawing
    bool local = false;    // a copy in this computer's bin (with any edits not yet sent)
    bool onServer = false; // in the server's bin: restorable there
    QDateTime deletedAt;
    QDateTime purgeAt; // when it goes for good (the server's date when it is there)
};

// Everything the app does besides editing one open drawing: accounts, the drawing list,
// publishing, sharing, blobs. One per local store; sessions are opened through it so they
// share its blob cache (its owner's, which the canvas uses too). Every network call answers
// through a callback that runs only while `context` lives.
class SyncClient : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const RestResult &)>;

    // `blobs` outlives the client.
    SyncClient(LocalStore *store, BlobCache *blobs, QObject *parent = nullptr);
    ~SyncClient() override;

    LocalStore *store() const { return m_store; }
    BlobCache *blobCache() const { return m_blobs; }

    // Accounts. A successful sign-in stores the token; open sessions of that server then
    // need reconnect().
    void signIn(const QUrl &server, const QString &username, const QString &password,
                QObject *context, Done done);
    void signUp(const QUrl &server, const QString &username, const QString &password,
                QObject *context, Done done);
    // Revokes the token on the server (best effort) and forgets the account locally.
    void signOut(const QString &serverUrl, QObject *context, Done done);
    QList<AccountRecord> accounts() const { return m_store->accounts(); }
    // GET /info: is there an Inkboard server at this URL, and does it allow signup?
    void
    serverInfo(const QUrl &server, QObject *context,
               std::function<void(const RestResult &, std::optional<protocol::ServerInfo>)> done);

    // Drawings.
    QString createLocalDrawing(const QString &title);
    QList<DrawingEntry> localDrawings() const;
    // The local drawings merged with the server's list (GET /drawings).
    void listDrawings(const QString &serverUrl, QObject *context,
                      std::function<void(const RestResult &, const QList<DrawingEntry> &)> done);
    // Makes a server drawing known locally so that a session can open it (and later open
    // it offline). Returns false if the store cannot write.
    bool addServerDrawing(const QString &serverUrl, const protocol::DrawingInfo &info);
    void renameDrawing(const QString &id, const QString &title, QObject *context, Done done);
    // Deletes on the server (owner: it goes to the server's bin), and moves the local copy to
    // this computer's bin.
    void deleteDrawing(const QString &id, QObject *context, Done done);
    // Moves the local copy only to the bin (the server keeps the drawing).
    bool forgetLocalCopy(const QString &id) { return m_store->binDrawing(id); }

    // The bin (sync_client_bin.cpp). This computer keeps what it deleted for kLocalBinDays.
    static constexpr int kLocalBinDays = 30;
    QList<BinEntry> localBin() const;
    // The local bin merged with the server's (GET /bin), by id.
    void listBin(const QString &serverUrl, QObject *context,
                 std::function<void(const RestResult &, const QList<BinEntry> &)> done);
    // Restores on the server when it is there, and the local copy (edits not yet sent
    // included) when there is one.
    void restoreFromBin(const BinEntry &entry, QObject *context, Done done);
    // Deletes for good, there and here.
    void purgeFromBin(const BinEntry &entry, QObject *context, Done done);
    // Deletes for good what this computer binned more than kLocalBinDays ago; how many.
    int sweepLocalBin(const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Sharing (owner).
    void members(const QString &serverUrl, const QString &drawingId, QObject *context,
                 std::function<void(const RestResult &, const QList<protocol::Member> &)> done);
    void setMember(const QString &serverUrl, const QString &drawingId, const QString &username,
                   protocol::Role role, QObject *context, Done done);
    void removeMember(const QString &serverUrl, const QString &drawingId, const QString &username,
                      QObject *context, Done done);

    // Images: cached locally at once (returns the sha256 to put in an image's "blob"
    // prop), uploaded by the session before the op that uses it.
    QString addImage(const QByteArray &bytes, const QString &contentType);
    // From the cache, else GET /blobs/{hash} (checked against its hash, then cached).
    void fetchBlob(const QString &serverUrl, const QString &hash, QObject *context,
                   std::function<void(const RestResult &, const QByteArray &bytes)> done);

    // The REST client of a server, with the token this client holds for it (share_links.*).
    RestClient *restClient(const QString &serverUrl) { return rest(serverUrl); }

    // Opens a drawing of the store, wired to this client's blob cache.
    SyncSession *openSession(const QString &drawingId, const SyncOptions &options = {},
                             QObject *parent = nullptr);

private:
    RestClient *rest(const QString &serverUrl);
    void authenticate(const QByteArray &path, const QUrl &server, const QString &username,
                      const QString &password, QObject *context, Done done);

    LocalStore *m_store;
    BlobCache *m_blobs;
    QHash<QString, RestClient *> m_rest;
};

} // namespace inkboard::sync
