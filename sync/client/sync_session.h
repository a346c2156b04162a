// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "backoff.h"
#include "local_store.h"
#include "model/limits.h"
#include "model/replica.h"
#include "protocol/push_messages.h"
#include "protocol/wire_types.h"
#include "sync_options.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <map>
#include <memory>

namespace inkboard::sync {

class BlobCache;
class BlobUploader;
class CatchUp;
class CommentSync;
class ConfirmedWriter;
class ConnectionWatch;
class PeerPresence;
class PushChannel;
class RestClient;
struct RestResult;

// One open drawing: the client algorithm of PROTOCOL.md §6 on a shared Replica.
//
// Offline and online are one code path. Every local edit goes into the pending queue
// (persisted first), then visible. Something then acknowledges pending ops by a commit
// that runs through the one commit path (applyCommits): the server, for a server-backed
// drawing, or for a local-only drawing a local echo that commits the pending ops at
// confirmed_revision + 1 on the next turn of the event loop. Tools, undo and export
// only ever see replica().visible() and objectsChanged().
//
// A server-backed drawing connects by itself on the next turn of the event loop (with the
// account the store holds for its server), reconnects with backoff and jitter, and at once
// when the network comes back or changes, or the machine wakes.
class SyncSession : public QObject
{
    Q_OBJECT
public:
    enum class ConnectionState
    {
        Offline,
        Connecting,
        CatchingUp,
        Live
    };
    Q_ENUM(ConnectionState)

    // Why the session is offline (or None when it is not).
    enum class OfflineReason
    {
        None,
        LocalOnly,    // a local drawing: nothing to connect to
        SignedOut,    // no account for the drawing's server in the store
        Unauthorized, // 401: the token expired or was revoked; sign in again, then reconnect()
        NotShared,    // 404: deleted or no longer shared with this user
        Conflict,     // 409 on publish: the id belongs to another owner
        NetworkDown,  // no answer; retrying with backoff
        TooLarge      // an answer over maxReplyBytes: asking again would get it again; reconnect()
    };
    Q_ENUM(OfflineReason)

    // Why pending ops wait although the session may be connected: the server asked this
    // client to slow down (429) or could not take the commit (503). None while sends go
    // through or fail for other reasons.
    enum class SendDelay
    {
        None,
        RateLimited,
        ServerBusy
    };
    Q_ENUM(SendDelay)

    // Loads confirmed + pending from the store. If the drawing is unknown or cannot be
    // read whole (a damaged store), isValid() is false, errorString() says why and nothing
    // of it is shown: never a drawing with part of its objects or pending edits missing.
    SyncSession(LocalStore *store, const QString &drawingId, QObject *parent = nullptr);
    SyncSession(LocalStore *store, const QString &drawingId, const SyncOptions &options,
                QObject *parent = nullptr);
    ~SyncSession() override;

    bool isValid() const { return m_valid; }
    QString errorString() const { return m_errorString; }
    QString drawingId() const { return m_drawingId; }
    QString title() const { return m_drawing.title; }
    QString serverUrl() const { return m_drawing.serverUrl; }
    bool isLocalOnly() const { return m_drawing.serverUrl.isEmpty(); }

    const inkboard::Replica &replica() const { return m_replica; }
    // Persists the ops as pending FIRST, then applies them to visible, then (if online)
    // sends them. Refused (errorOccurred) when the ops are invalid, the drawing is
    // read-only or the store cannot write: nothing is shown that is not persisted. True when
    // the ops were persisted and shown.
    bool submit(const inkboard::OpList &ops);
    ConnectionState connectionState() const { return m_state; }
    OfflineReason offlineReason() const { return m_offlineReason; }
    int pendingCount() const { return int(m_replica.pendingCount()); }
    SendDelay sendDelay() const { return m_sendDelay; }

    // The role the server gave this user; viewers are read-only.
    protocol::Role role() const { return m_role; }
    bool isReadOnly() const { return !protocol::canEdit(m_role); }

    // Other sessions on this drawing (never our own), by session id.
    QList<protocol::Presence> peers() const;
    QString sessionId() const;
    // Our presence: sent coalesced to one message per presenceIntervalMs; the latest wins.
    void setPresence(const protocol::Presence &presence);

    // Connects now: after a sign-in, or when the app knows the network is back.
    void reconnect();
    // Turns this local drawing into a server-backed one on `serverUrl` (the store must
    // hold an account for it): it is created there with its local id, then its objects
    // are committed in bounded batches through the pending queue.
    bool publish(const QString &serverUrl);
    // Drops every pending op (the user chose to discard edits that cannot be sent, e.g.
    // after losing edit rights). The only way pending ops go away unsent, besides ops the
    // server refuses as invalid (each reported by errorOccurred).
    void discardPending();
    // Feeds server commits the way the push channel and the REST catch-up do: in revision
    // order they apply, past a gap they are held, at or below confirmed they are ignored.
    // For tools and benchmarks that bring commits by other means.
    void receiveCommits(const QList<protocol::Commit> &commits);

    // The drawing's comments: queued here like edits, sent while the session is live.
    CommentSync *comments() const { return m_comments; }

    // Images referenced by pending ops are uploaded from this cache before the ops.
    void setBlobCache(BlobCache *cache);

    // An edit of this user's that a peer's commit made vanish: the object, as this user last
    // saw it (with their changes), deleted by `by` at `at` while the edit was still pending
    // (typically made offline). Nothing else can override a pending edit: the server orders
    // it after every commit it has already taken (PROTOCOL.md §6).
    struct LostEdit
    {
        Object object;
        QString by;
        QDateTime at;
    };

    // A value this user set while offline (any edit made before the drawing was live again)
    // on a prop a peer set meanwhile, in a commit this user had not seen. This user's commit
    // comes after it, so per-prop last-writer-wins keeps `mine`: what goes is `theirs`, set
    // by `by` at `at`, which nobody would notice otherwise.
    struct ReplacedEdit
    {
        QString objectId;
        QString prop;
        QJsonValue mine;
        QJsonValue theirs;
        QString by;
        QDateTime at;
    };

public slots:
    // The platform says the network changed: it came back, or moved to another interface.
    // QNetworkInformation drives it where the platform offers it; the app may call it too.
    // Offline, the next attempt starts now. Connected (or connecting), the sockets may
    // belong to the network that went away and would stay silent until the keepalive or a
    // request timeout noticed, so the session reconnects at once on fresh connections.
    void networkChanged();

signals:
    void objectsChanged(const QSet<QString> &ids); // visible objects that may have changed
    // After commits that deleted objects this user still had edits pending on.
    void editsLost(const QList<inkboard::sync::SyncSession::LostEdit> &lost);
    // After commits whose values this user's offline edits are about to replace.
    void editsReplaced(const QList<inkboard::sync::SyncSession::ReplacedEdit> &replaced);
    void connectionStateChanged(inkboard::sync::SyncSession::ConnectionState state);
    void pendingCountChanged(int count);
    void peersChanged();
    void errorOccurred(const QString &code, const QString &message);
    void readOnlyChanged(bool readOnly);
    void published();
    void sendDelayChanged(inkboard::sync::SyncSession::SendDelay delay);
    // Offline (NetworkDown): the next connection attempt starts in delayMs. `attempt` counts
    // the failed attempts since the last time the session was live (1 after the first), so
    // that the app can say "retrying in N s" and tests can see the backoff reach its cap.
    void reconnectScheduled(int attempt, int delayMs);

private:
    struct IncomingCommit
    {
        qint64 revision = 0;
        OpList ops;
        QString author; // the author's name (empty for the local echo)
        QDateTime at;
    };
    void load();
    void setState(ConnectionState state, OfflineReason reason = OfflineReason::None);
    void fail(const QString &code, const QString &message);
    void setSendDelay(SendDelay delay);
    // The one path by which commits (server or local echo) reach confirmed.
    void applyCommits(const QList<IncomingCommit> &commits);
    QSet<QString> pendingObjectIds() const;
    // The values this user's offline update ops set, by (object id, prop); the latest wins.
    QHash<std::pair<QString, QString>, QJsonValue> offlineEditValues() const;
    void hold(const IncomingCommit &commit);
    void applySnapshot(qint64 revision, const QList<Object> &objects);
    // Writes the waiting confirmed state now (ConfirmedWriter coalesces it otherwise).
    void flushConfirmed();
    // Pending ops known to be in confirmed already (a duplicate answer after a snapshot).
    void acknowledge(const QStringList &opIds);
    void echoPending();
    void emitPendingIfChanged();

    // Network.
    void createPush();
    void startNetwork();
    // Forgets the current connection attempt: later answers to it are ignored, the push
    // channel is closed, presence timers stop and peers are forgotten.
    void dropConnection();
    // startNetwork() on a new RestClient (fresh TCP connections): what was in flight on the
    // old one ends now as "no answer" and is retried with the same op_ids.
    void reconnectOnFreshConnections();
    void stop(OfflineReason reason, const QString &code, const QString &message);
    void scheduleReconnect(int retryAfterMs = -1);
    bool handleFatal(const RestResult &r);
    // A catch-up that cannot go on: the server refused (fatal or retried later), or its
    // answer did not parse.
    void abandonCatchUp(const RestResult &r);
    void abandonCatchUp(const QString &badResponse);
    void onDrawingInfo(const RestResult &r);
    void createOnServer();
    void catchUp();
    void openPush();
    void onHello(const protocol::Hello &hello);
    void onPushCommit(const protocol::Commit &commit);
    void onPushClosed(int code, const QString &reason);
    void finishCatchUp();
    void setRole(protocol::Role role);
    void sendPending();
    void onPostAnswer(const OpList &batch, const RestResult &r);
    void machineWoke();

    LocalStore *m_store;
    QString m_drawingId;
    SyncOptions m_options;
    DrawingRecord m_drawing;
    inkboard::Replica m_replica;
    bool m_valid = false;
    QString m_errorString;
    ConnectionState m_state = ConnectionState::Offline;
    OfflineReason m_offlineReason = OfflineReason::LocalOnly;
    SendDelay m_sendDelay = SendDelay::None;
    int m_lastPendingCount = 0;
    QTimer m_echoTimer;
    std::map<qint64, IncomingCommit> m_held; // commits past a gap, by revision

    // Network state (server-backed drawings only).
    protocol::Role m_role = protocol::Role::Owner;
    Limits m_limits;
    std::unique_ptr<RestClient> m_rest;
    PushChannel *m_push = nullptr;
    Backoff m_reconnectBackoff;
    Backoff m_sendBackoff;
    QTimer m_reconnectTimer;
    QTimer m_sendRetryTimer;
    QTimer m_ackTimer;
    quint64 m_generation = 0; // bumps on every (re)connect; stale answers are ignored
    bool m_stopped = false;   // a fatal answer: wait for reconnect()
    bool m_drawingReady = false;
    bool m_helloSeen = false;
    bool m_inFlight = false;
    int m_batchLimit = 0; // shrinks to isolate an op the server refuses
    qint64 m_highestAnswered = 0;
    QSet<QString> m_sentOpIds; // answered 200 but not yet seen in a commit
    // Pending ops made while the drawing was not live (offline, or still catching up), or
    // loaded as pending at open: made without seeing what peers committed meanwhile.
    QSet<QString> m_offlineOpIds;

    ConfirmedWriter *m_writer = nullptr;
    BlobUploader *m_uploader = nullptr;
    PeerPresence *m_presence = nullptr;
    ConnectionWatch *m_watch = nullptr;
    CatchUp *m_catchUp = nullptr;
    CommentSync *m_comments = nullptr;
};

} // namespace inkboard::sync
