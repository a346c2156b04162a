// SPDX-License-Identifier: Apache-2.0
#include "sync_session.h"

#include "blob_uploader.h"
#include "catch_up.h"
#include "comment_sync.h"
#include "confirmed_writer.h"
#include "connection_watch.h"
#include "logging.h"
#include "model/op_codec.h"
#include "model/op_rules.h"
#include "peer_presence.h"
#include "protocol/commit.h"
#include "protocol/commit_request_writer.h"
#include "protocol/drawing_info.h"
#include "push_channel.h"
#include "rest_client.h"

#include <QUuid>

namespace inkboard::sync {

namespace {
QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

SyncSession::SyncSession(LocalStore *store, const QString &drawingId, QObject *parent)
    : SyncSession(store, drawingId, SyncOptions{}, parent)
{}

SyncSession::SyncSession(LocalStore *store, const QString &drawingId, const SyncOptions &options,
                         QObject *parent)
    : QObject(parent), m_store(store), m_drawingId(drawingId), m_options(options),
      m_reconnectBackoff(options.backoffInitialMs, options.backoffMaxMs),
      m_sendBackoff(options.backoffInitialMs, options.backoffMaxMs)
{
    m_echoTimer.setSingleShot(true);
    m_echoTimer.setInterval(0);
    connect(&m_echoTimer, &QTimer::timeout, this, &SyncSession::echoPending);
    m_writer = new ConfirmedWriter(m_store, m_drawingId, m_replica, m_options.confirmedFlushMs,
                                   m_options.checkpointIdleMs, this);
    connect(m_writer, &ConfirmedWriter::failed, this,
            [this](const QString &message) { fail(QStringLiteral("store_error"), message); });
    m_uploader = new BlobUploader(m_store, m_rest, this);
    connect(m_uploader, &BlobUploader::uploaded, this, &SyncSession::sendPending);
    connect(m_uploader, &BlobUploader::retryLater, this,
            [this] { m_sendRetryTimer.start(m_sendBackoff.nextDelayMs()); });
    connect(m_uploader, &BlobUploader::failed, this, &SyncSession::fail);
    // Both may wait out a server's Retry-After, which is a floor: a coarse timer may fire
    // up to 5% early, into another 429.
    m_reconnectTimer.setSingleShot(true);
    m_reconnectTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &SyncSession::startNetwork);
    m_sendRetryTimer.setSingleShot(true);
    m_sendRetryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_sendRetryTimer, &QTimer::timeout, this, &SyncSession::sendPending);
    m_ackTimer.setSingleShot(true);
    connect(&m_ackTimer, &QTimer::timeout, this, [this] {
        // A POST was answered but its commit never came by push (a dropped frame at the
        // end of a burst leaves no later commit to reveal the gap): fetch it by REST.
        if (m_replica.confirmedRevision() < m_highestAnswered)
            catchUp();
    });
    m_presence = new PeerPresence(m_options, this);
    connect(m_presence, &PeerPresence::peersChanged, this, &SyncSession::peersChanged);
    m_watch = new ConnectionWatch(m_options.wakeCheckMs, this);
    connect(m_watch, &ConnectionWatch::networkChanged, this, &SyncSession::networkChanged);
    connect(m_watch, &ConnectionWatch::woke, this, &SyncSession::machineWoke);
    m_catchUp = new CatchUp(m_rest, m_drawingId, m_replica, this);
    connect(m_catchUp, &CatchUp::commitsReceived, this,
            [this](const QList<protocol::Commit> &commits) {
                QList<IncomingCommit> list;
                list.reserve(commits.size());
                for (const protocol::Commit &c : commits)
                    list.append({c.revision, c.ops, c.author.name, c.createdAt});
                applyCommits(list);
            });
    connect(m_catchUp, &CatchUp::snapshotReceived, this,
            [this](qint64 revision, const QList<Object> &objects) {
                applySnapshot(revision, objects);
                // Ops sent before are now inside confirmed or still to come: resend
                // them; the server answers duplicates with their revision.
                m_sentOpIds.clear();
            });
    connect(m_catchUp, &CatchUp::resendNeeded, this, &SyncSession::sendPending);
    connect(m_catchUp, &CatchUp::finished, this, &SyncSession::finishCatchUp);
    connect(m_catchUp, &CatchUp::refused, this,
            qOverload<const RestResult &>(&SyncSession::abandonCatchUp));
    connect(m_catchUp, &CatchUp::badResponse, this,
            qOverload<const QString &>(&SyncSession::abandonCatchUp));

    m_comments = new CommentSync(m_store, m_drawingId, m_options, this);

    load();
    if (!m_valid || isLocalOnly())
        return;

    createPush();
    m_offlineReason = OfflineReason::NetworkDown;
    QTimer::singleShot(0, this, &SyncSession::startNetwork);
}

SyncSession::~SyncSession()
{
    flushConfirmed();
    if (m_push)
        m_push->disconnect(this);
}

void SyncSession::load()
{
    if (!m_store) {
        m_errorString = tr("No local store.");
        return;
    }
    bool ok = false;
    const std::optional<DrawingRecord> drawing = m_store->drawing(m_drawingId, &ok);
    if (!ok) {
        m_errorString = m_store->lastError();
        return;
    }
    if (!drawing) {
        m_errorString = tr("The drawing %1 is not in the local store.").arg(m_drawingId);
        return;
    }
    // Everything is read before anything is shown. A store damaged under this drawing
    // leaves the session invalid with the store's sentence ("The local store … is
    // damaged: …"): showing the rows before the damage would look like deleted objects,
    // and the edits after it would never be sent.
    bool objectsOk = false;
    bool pendingOk = false;
    const QList<Object> objects = m_store->loadObjects(m_drawingId, &objectsOk);
    const QList<PendingRecord> pending =
        objectsOk ? m_store->loadPending(m_drawingId, &pendingOk) : QList<PendingRecord>();
    if (!objectsOk || !pendingOk) {
        m_errorString = m_store->lastError();
        return;
    }
    m_drawing = *drawing;
    m_role = protocol::roleFromString(m_drawing.role).value_or(protocol::Role::Owner);
    m_replica = Replica();
    m_replica.resetConfirmed(m_drawing.confirmedRevision, objects);
    for (const PendingRecord &p : pending) {
        m_replica.applyLocal(p.op);
        m_offlineOpIds.insert(p.op.opId);
    }
    m_lastPendingCount = pendingCount();
    m_writer->loaded(m_drawing.confirmedRevision);
    // A local drawing's log must reach its confirmed revision; one older than the log (or
    // whose log was lost) starts its history where it is now.
    if (isLocalOnly() && m_store->historyLatest(m_drawingId) < m_drawing.confirmedRevision)
        m_store->setHistoryBase(m_drawingId, m_drawing.confirmedRevision, objects);
    m_valid = true;
    qCDebug(lcSession) << "opened" << m_drawingId << "at revision" << m_drawing.confirmedRevision
                       << "with" << m_replica.confirmed().size() << "objects and" << pending.size()
                       << "pending ops";
    if (isLocalOnly() && !pending.isEmpty())
        m_echoTimer.start();
}

void SyncSession::setState(ConnectionState state, OfflineReason reason)
{
    if (state != ConnectionState::Offline)
        reason = OfflineReason::None;
    const bool changed = m_state != state || m_offlineReason != reason;
    m_state = state;
    m_offlineReason = reason;
    if (m_comments) {
        if (state == ConnectionState::Live)
            m_comments->goOnline(m_drawing.serverUrl);
        else if (state == ConnectionState::Offline)
            m_comments->goOffline();
    }
    if (changed)
        emit connectionStateChanged(state);
}

void SyncSession::fail(const QString &code, const QString &message)
{
    qCWarning(lcSession) << m_drawingId << code << message;
    emit errorOccurred(code, message);
}

bool SyncSession::submit(const OpList &ops)
{
    if (!m_valid) {
        fail(QStringLiteral("invalid_session"), m_errorString);
        return false;
    }
    if (ops.isEmpty())
        return true;
    if (isReadOnly()) {
        fail(QStringLiteral("read_only"), tr("You can view this drawing but not edit it."));
        return false;
    }
    // The model's validation, the same the server runs: an op the server would refuse
    // is refused here, before it is shown.
    for (int i = 0; i < ops.size(); ++i) {
        Parsed<Op> checked = parseOp(ops.at(i).toJson(), m_limits, i);
        if (const ValidationError *err = errorOf(checked)) {
            fail(err->errorCode(), err->message);
            return false;
        }
    }
    if (const auto err = checkOpsAgainst(m_replica.visible(), ops)) {
        fail(err->errorCode(), err->message);
        return false;
    }
    // One op_id names one op (PROTOCOL.md §3): a reused one would be a conflict later.
    QSet<QString> opIds;
    for (const Op &op : ops) {
        if (m_replica.isPending(op.opId) || opIds.contains(op.opId)) {
            fail(QStringLiteral("op_id_conflict"),
                 tr("The op id %1 is already used.").arg(op.opId));
            return false;
        }
        opIds.insert(op.opId);
    }
    if (!m_store->appendPending(m_drawingId, ops)) {
        fail(QStringLiteral("store_error"),
             tr("The edit could not be saved locally: %1").arg(m_store->lastError()));
        return false;
    }
    m_writer->wrote();
    if (!isLocalOnly() && m_state != ConnectionState::Live) {
        for (const Op &op : ops)
            m_offlineOpIds.insert(op.opId);
    }
    const QSet<QString> changed = m_replica.applyLocal(ops);
    emit objectsChanged(changed);
    emitPendingIfChanged();
    if (isLocalOnly())
        m_echoTimer.start();
    else
        sendPending();
    return true;
}

void SyncSession::echoPending()
{
    // The local echo: with no server, the pending ops are committed locally, through the
    // same path a server commit takes.
    if (!isLocalOnly() || m_replica.pendingCount() == 0)
        return;
    const IncomingCommit commit{m_replica.confirmedRevision() + 1, m_replica.pendingOps(), {}, {}};
    // The local log, as a server's commit list would hold it. It serves the history panel
    // only: a failed write loses a row of history, never an edit, so the commit goes on.
    if (!m_store->appendHistory(m_drawingId, {HistoryRecord{commit.revision,
                                                            {},
                                                            {},
                                                            m_store->clientId(),
                                                            QDateTime::currentDateTimeUtc(),
                                                            commit.ops}}))
        qCWarning(lcSession) << "history not kept:" << m_store->lastError();
    applyCommits({commit});
}

void SyncSession::applyCommits(const QList<IncomingCommit> &commits)
{
    QSet<QString> changed;
    QStringList acked;
    QList<LostEdit> lost;
    QHash<std::pair<QString, QString>, ReplacedEdit> replaced;
    // The values of this user's offline edits by (object, prop), built when first needed
    // and again after a commit acknowledged some of them.
    std::optional<QHash<std::pair<QString, QString>, QJsonValue>> offlineValues;
    const qint64 before = m_replica.confirmedRevision();
    // The Replica decides stale / next / gap; a gap is held here until it is filled.
    auto applyOne = [&](const IncomingCommit &c) {
        // Someone else's deletes of objects this user still has edits pending on: the edits
        // would vanish with them, so what the user saw is kept to say so (and to restore).
        QList<Object> atRisk;
        if (m_replica.pendingCount() > 0 && c.revision == m_replica.confirmedRevision() + 1) {
            const QSet<QString> pendingIds = pendingObjectIds();
            for (const Op &op : c.ops) {
                if (op.kind != Op::Kind::Delete || m_replica.isPending(op.opId) ||
                    !pendingIds.contains(op.id))
                    continue;
                if (const Object *o = m_replica.visible().find(op.id))
                    atRisk.append(*o);
            }
        }
        const bool next = c.revision == m_replica.confirmedRevision() + 1;
        const bool theirs = std::none_of(c.ops.begin(), c.ops.end(), [this](const Op &op) {
            return m_replica.isPending(op.opId);
        });
        if (next && theirs && !m_offlineOpIds.isEmpty()) {
            if (!offlineValues)
                offlineValues = offlineEditValues();
            for (const Op &op : c.ops) {
                if (op.kind != Op::Kind::Update)
                    continue;
                for (auto it = op.props.begin(); it != op.props.end(); ++it) {
                    const auto key = std::make_pair(op.id, it.key());
                    const auto mine = offlineValues->constFind(key);
                    if (mine == offlineValues->constEnd() || *mine == it.value())
                        continue;
                    replaced.insert(key, {op.id, it.key(), *mine, it.value(), c.author, c.at});
                }
            }
        }
        Replica::CommitResult r = m_replica.applyCommit(c.revision, c.ops);
        if (r.outcome != Replica::CommitOutcome::Applied)
            return r.outcome;
        if (!r.acknowledged.isEmpty()) {
            for (const QString &opId : std::as_const(r.acknowledged))
                m_offlineOpIds.remove(opId);
            offlineValues.reset();
        }
        for (const Object &o : std::as_const(atRisk)) {
            if (!m_replica.visible().find(o.id))
                lost.append({o, c.author, c.at});
        }
        for (const Op &op : c.ops)
            m_sentOpIds.remove(op.opId);
        acked += r.acknowledged;
        changed.unite(r.changed);
        return r.outcome;
    };
    auto drainHeld = [&] {
        while (!m_held.empty() && applyOne(m_held.begin()->second) != Replica::CommitOutcome::Gap)
            m_held.erase(m_held.begin()); // applied, or stale: already applied
    };
    for (const IncomingCommit &c : commits) {
        const Replica::CommitOutcome outcome = applyOne(c);
        if (outcome == Replica::CommitOutcome::Gap)
            hold(c);
        else if (outcome == Replica::CommitOutcome::Applied)
            drainHeld();
    }
    drainHeld();
    if (m_replica.confirmedRevision() == before)
        return;

    m_writer->committed(changed, acked);
    m_drawing.confirmedRevision = m_replica.confirmedRevision();
    if (!changed.isEmpty())
        emit objectsChanged(changed);
    emitPendingIfChanged();
    if (!lost.isEmpty())
        emit editsLost(lost);
    // Only what this user's edits still replace: a later commit of theirs may have set the
    // same value, or this user's edit may be gone (refused, or its object deleted).
    QList<ReplacedEdit> stillReplaced;
    if (!replaced.isEmpty() && !m_offlineOpIds.isEmpty()) {
        const auto values = offlineEditValues();
        for (const ReplacedEdit &e : std::as_const(replaced)) {
            const auto mine = values.constFind({e.objectId, e.prop});
            const Object *now = m_replica.confirmed().find(e.objectId);
            if (mine != values.constEnd() && now && now->props.value(e.prop) != *mine)
                stillReplaced.append(e);
        }
    }
    if (!stillReplaced.isEmpty())
        emit editsReplaced(stillReplaced);
}

QHash<std::pair<QString, QString>, QJsonValue> SyncSession::offlineEditValues() const
{
    QHash<std::pair<QString, QString>, QJsonValue> values;
    for (const Op &op : m_replica.pendingOps()) {
        if (op.kind != Op::Kind::Update || !m_offlineOpIds.contains(op.opId))
            continue;
        for (auto it = op.props.begin(); it != op.props.end(); ++it)
            values.insert({op.id, it.key()}, it.value());
    }
    return values;
}

QSet<QString> SyncSession::pendingObjectIds() const
{
    QSet<QString> ids;
    for (const Op &op : m_replica.pendingOps())
        ids.insert(op.id);
    return ids;
}

void SyncSession::hold(const IncomingCommit &commit)
{
    // Held until the gap is filled. Past the bound, the ones nearest the gap are worth the
    // most (they apply first); the others are fetched again by the catch-up that fills it.
    const auto max = std::size_t(qMax(1, m_options.maxHeldCommits));
    if (m_held.size() >= max) {
        if (m_held.contains(commit.revision) || commit.revision > m_held.rbegin()->first)
            return;
        m_held.erase(std::prev(m_held.end()));
    }
    m_held.emplace(commit.revision, commit);
}

void SyncSession::flushConfirmed()
{
    if (m_valid)
        m_writer->flush();
}

void SyncSession::receiveCommits(const QList<protocol::Commit> &commits)
{
    QList<IncomingCommit> list;
    list.reserve(commits.size());
    for (const protocol::Commit &c : commits)
        list.append({c.revision, c.ops, c.author.name, c.createdAt});
    applyCommits(list);
    if (!m_held.empty() && !isLocalOnly())
        catchUp();
}

void SyncSession::applySnapshot(qint64 revision, const QList<Object> &objects)
{
    m_held.erase(m_held.begin(), m_held.upper_bound(revision));
    const QSet<QString> changed = m_replica.resetConfirmed(revision, objects);
    m_writer->replaced(revision, objects);
    m_drawing.confirmedRevision = revision;
    emit objectsChanged(changed);
}

void SyncSession::acknowledge(const QStringList &opIds)
{
    if (opIds.isEmpty())
        return;
    if (!m_store->removePending(m_drawingId, opIds))
        fail(QStringLiteral("store_error"), m_store->lastError());
    const QSet<QString> changed = m_replica.dropPending(QSet<QString>(opIds.begin(), opIds.end()));
    for (const QString &opId : opIds)
        m_sentOpIds.remove(opId);
    if (!changed.isEmpty())
        emit objectsChanged(changed);
    emitPendingIfChanged();
}

void SyncSession::emitPendingIfChanged()
{
    const int count = pendingCount();
    if (count == m_lastPendingCount)
        return;
    m_lastPendingCount = count;
    emit pendingCountChanged(count);
}

void SyncSession::discardPending()
{
    const OpList ops = m_replica.pendingOps();
    QStringList ids;
    for (const Op &op : ops)
        ids.append(op.opId);
    if (!m_store->removePending(m_drawingId, ids)) {
        fail(QStringLiteral("store_error"), m_store->lastError());
        return;
    }
    const QSet<QString> changed = m_replica.dropPending(QSet<QString>(ids.begin(), ids.end()));
    m_sentOpIds.clear();
    emit objectsChanged(changed);
    emitPendingIfChanged();
}

void SyncSession::setBlobCache(BlobCache *cache)
{
    m_uploader->setCache(cache);
}

QString SyncSession::sessionId() const
{
    return m_presence->sessionId();
}

QList<protocol::Presence> SyncSession::peers() const
{
    return m_presence->peers();
}

void SyncSession::setPresence(const protocol::Presence &presence)
{
    m_presence->setLocal(presence);
}

// ---- publish --------------------------------------------------------------------------

bool SyncSession::publish(const QString &serverUrl)
{
    if (!m_valid || !isLocalOnly()) {
        fail(QStringLiteral("bad_request"), tr("Only a local drawing can be published."));
        return false;
    }
    const std::optional<AccountRecord> account = m_store->account(serverUrl);
    if (!account || account->token.isEmpty()) {
        fail(QStringLiteral("signed_out"), tr("Sign in to %1 to publish.").arg(serverUrl));
        return false;
    }
    m_echoTimer.stop();
    echoPending(); // everything local is confirmed locally, then becomes creates
    flushConfirmed();
    if (!m_store->convertForPublish(m_drawingId, serverUrl, newId)) {
        fail(QStringLiteral("store_error"), m_store->lastError());
        return false;
    }
    // The visible drawing is unchanged: confirmed is now empty at revision 0 and the
    // creates are pending on top of it.
    m_valid = false;
    m_held.clear();
    m_sentOpIds.clear();
    m_highestAnswered = 0;
    load();
    if (!m_valid) {
        fail(QStringLiteral("store_error"), m_errorString);
        return false;
    }
    createPush();
    emitPendingIfChanged();
    emit published();
    startNetwork();
    return true;
}

void SyncSession::createPush()
{
    if (m_push)
        return;
    m_push = new PushChannel(m_options, this);
    connect(m_push, &PushChannel::hello, this, &SyncSession::onHello);
    connect(m_push, &PushChannel::commitReceived, this, &SyncSession::onPushCommit);
    connect(m_push, &PushChannel::closed, this, &SyncSession::onPushClosed);
    connect(m_push, &PushChannel::commentReceived, m_comments, &CommentSync::receive);
    m_presence->setChannel(m_push);
    m_watch->start();
}

// ---- connecting -----------------------------------------------------------------------

void SyncSession::networkChanged()
{
    // Offline, waiting out a backoff: the attempt starts now. Live (or on the way), the
    // session may be talking into sockets of the interface that went away; nothing tells it
    // until the keepalive timeout (45 s) or a request's (30 s), so it reconnects now rather
    // than probing first: a needless reconnect costs a few small requests, a dead link
    // costs edits that wait.
    if (!m_valid || m_stopped || isLocalOnly())
        return;
    qCInfo(lcSession) << m_drawingId << "the network changed: connecting afresh";
    reconnectOnFreshConnections();
}

void SyncSession::machineWoke()
{
    // After a sleep the sockets are likely dead although nothing said so: start afresh.
    if (!m_valid || m_stopped || isLocalOnly())
        return;
    reconnectOnFreshConnections();
}

void SyncSession::reconnectOnFreshConnections()
{
    m_reconnectBackoff.reset();
    m_sendBackoff.reset();
    // Stale from here on: the answers that the abort below delivers at once are ignored,
    // except a POST's, which is "no answer" (status 0) and so retried with the same op_ids.
    // Not Live any more, so that answer does not schedule a reconnect of its own.
    dropConnection();
    setState(ConnectionState::Connecting);
    if (m_rest) {
        // A new QNetworkAccessManager: the old one's idle keep-alive connections may be as
        // dead as the busy ones, and a request queued on one would hang until its timeout.
        m_rest->abortAll();
        m_rest.reset();
    }
    // A retry the server asked for (429/503 Retry-After) keeps its time; one after a
    // network failure (the abort above included) goes as soon as the drawing is ready.
    if (m_sendDelay == SendDelay::None)
        m_sendRetryTimer.stop();
    startNetwork();
}

void SyncSession::reconnect()
{
    if (!m_valid || isLocalOnly())
        return;
    m_stopped = false;
    m_reconnectBackoff.reset();
    m_sendBackoff.reset();
    m_reconnectTimer.stop();
    m_sendRetryTimer.stop();
    startNetwork();
}

void SyncSession::startNetwork()
{
    if (!m_valid || isLocalOnly() || m_stopped)
        return;
    m_reconnectTimer.stop();
    const std::optional<AccountRecord> account = m_store->account(m_drawing.serverUrl);
    if (!account || account->token.isEmpty()) {
        setState(ConnectionState::Offline, OfflineReason::SignedOut);
        fail(QStringLiteral("signed_out"),
             tr("Sign in to %1 to sync this drawing.").arg(m_drawing.serverUrl));
        return;
    }
    if (!m_rest || m_rest->baseUrl() != QUrl(m_drawing.serverUrl))
        m_rest = std::make_unique<RestClient>(QUrl(m_drawing.serverUrl));
    m_rest->setToken(account->token);
    m_rest->setTimeoutMs(m_options.requestTimeoutMs);
    m_rest->setMaxReplyBytes(m_options.maxReplyBytes);
    dropConnection();
    setState(ConnectionState::Connecting);

    const quint64 generation = m_generation;
    m_rest->get(QStringLiteral("/info"), this, [this, generation](const RestResult &r) {
        if (generation != m_generation || !r.ok())
            return;
        if (const auto info = protocol::ServerInfo::fromJson(r.json)) {
            m_limits = info->limits;
            if (m_push)
                m_push->setLimits(m_limits);
        }
    });
    m_rest->get(QStringLiteral("/drawings/") + m_drawingId, this,
                [this, generation](const RestResult &r) {
                    if (generation == m_generation)
                        onDrawingInfo(r);
                });
}

void SyncSession::dropConnection()
{
    ++m_generation;
    m_catchUp->cancel();
    m_helloSeen = false;
    m_drawingReady = false;
    if (m_push)
        m_push->close(); // deliberate: no closed() signal
    // Until the next hello there is nobody to send presence to or hear peers from (the
    // presence set meanwhile is kept and goes out with the hello).
    m_presence->channelDown(true);
}

void SyncSession::stop(OfflineReason reason, const QString &code, const QString &message)
{
    m_stopped = true;
    dropConnection();
    m_reconnectTimer.stop();
    m_sendRetryTimer.stop();
    setState(ConnectionState::Offline, reason);
    fail(code, message);
}

void SyncSession::setSendDelay(SendDelay delay)
{
    if (delay == m_sendDelay)
        return;
    m_sendDelay = delay;
    emit sendDelayChanged(delay);
}

void SyncSession::scheduleReconnect(int retryAfterMs)
{
    if (m_stopped || isLocalOnly())
        return;
    dropConnection();
    setState(ConnectionState::Offline, OfflineReason::NetworkDown);
    if (m_reconnectTimer.isActive())
        return;
    int delay = m_reconnectBackoff.nextDelayMs();
    if (retryAfterMs > 0)
        delay = qMax(delay, retryAfterMs);
    qCDebug(lcSession) << m_drawingId << "reconnecting in" << delay << "ms";
    m_reconnectTimer.start(delay);
    emit reconnectScheduled(m_reconnectBackoff.attempts(), delay);
}

// 401 and 404 end the session's attempts until reconnect(); 403 makes it read-only.
bool SyncSession::handleFatal(const RestResult &r)
{
    if (r.tooLarge) {
        stop(OfflineReason::TooLarge, r.errorCode(),
             tr("Syncing stopped: %1 Retry to ask again.").arg(r.errorMessage()));
        return true;
    }
    if (r.status == 401) {
        stop(OfflineReason::Unauthorized, QStringLiteral("unauthorized"),
             tr("Sign in to %1 again.").arg(m_drawing.serverUrl));
        return true;
    }
    if (r.status == 404) {
        stop(OfflineReason::NotShared, QStringLiteral("not_found"),
             tr("This drawing is no longer shared with you."));
        return true;
    }
    if (r.status == 403) {
        setRole(protocol::Role::Viewer);
        fail(QStringLiteral("forbidden"), tr("You can view this drawing but no longer edit it."));
        return false;
    }
    return false;
}

void SyncSession::setRole(protocol::Role role)
{
    const bool wasReadOnly = isReadOnly();
    m_role = role;
    m_store->setDrawingRole(m_drawingId, protocol::roleName(role));
    if (wasReadOnly != isReadOnly())
        emit readOnlyChanged(isReadOnly());
}

void SyncSession::onDrawingInfo(const RestResult &r)
{
    if (r.status == 404 && m_drawing.needsCreate) {
        createOnServer();
        return;
    }
    if (r.ok()) {
        const protocol::DrawingInfo info = protocol::DrawingInfo::fromJson(r.json);
        setRole(info.role);
        if (m_drawing.needsCreate) {
            // Created by an earlier attempt whose answer we never saw.
            m_store->setNeedsCreate(m_drawingId, false);
            m_drawing.needsCreate = false;
        }
        m_drawingReady = true;
        catchUp();
        sendPending();
        return;
    }
    if (handleFatal(r))
        return;
    scheduleReconnect(r.retryAfterMs);
}

void SyncSession::createOnServer()
{
    const quint64 generation = m_generation;
    m_rest->sendJson(
        "POST", QStringLiteral("/drawings"),
        {{QStringLiteral("id"), m_drawingId}, {QStringLiteral("title"), m_drawing.title}}, this,
        [this, generation](const RestResult &r) {
            if (generation != m_generation)
                return;
            if (r.ok()) {
                m_store->setNeedsCreate(m_drawingId, false);
                m_drawing.needsCreate = false;
                setRole(protocol::Role::Owner);
                m_drawingReady = true;
                catchUp();
                sendPending();
            } else if (r.status == 409) {
                stop(
                    OfflineReason::Conflict, QStringLiteral("exists"),
                    tr("Another user owns a drawing with this id on %1.").arg(m_drawing.serverUrl));
            } else if (!handleFatal(r)) {
                scheduleReconnect(r.retryAfterMs);
            }
        });
}

// ---- catching up ----------------------------------------------------------------------

void SyncSession::catchUp()
{
    if (m_catchUp->isRunning() || !m_drawingReady || m_stopped)
        return;
    setState(ConnectionState::CatchingUp);
    m_catchUp->start();
}

void SyncSession::abandonCatchUp(const RestResult &r)
{
    if (!handleFatal(r))
        scheduleReconnect(r.retryAfterMs);
}

void SyncSession::abandonCatchUp(const QString &badResponse)
{
    fail(QStringLiteral("bad_response"), badResponse);
    scheduleReconnect();
}

void SyncSession::finishCatchUp()
{
    if (!m_held.empty()) {
        catchUp(); // commits arrived past a new gap meanwhile
        return;
    }
    if (!m_push)
        return;
    if (!m_push->isActive()) {
        openPush();
        return;
    }
    if (m_helloSeen) {
        m_reconnectBackoff.reset();
        setState(ConnectionState::Live);
    }
}

void SyncSession::openPush()
{
    m_helloSeen = false;
    m_presence->awaitHello();
    m_push->setLimits(m_limits);
    // Comment frames come only to a socket that asks for them (PROTOCOL.md §8).
    m_push->open(
        m_rest->apiUrl(QStringLiteral("/drawings/%1/ws?features=comments").arg(m_drawingId)),
        m_rest->token());
}

void SyncSession::onHello(const protocol::Hello &hello)
{
    m_helloSeen = true;
    m_presence->hello(hello);
    if (hello.latestRevision > m_replica.confirmedRevision()) {
        catchUp(); // commits made between our catch-up and the subscription
        return;
    }
    if (!m_catchUp->isRunning()) {
        m_reconnectBackoff.reset();
        setState(ConnectionState::Live);
    }
}

void SyncSession::onPushCommit(const protocol::Commit &commit)
{
    applyCommits(
        {IncomingCommit{commit.revision, commit.ops, commit.author.name, commit.createdAt}});
    if (!m_held.empty())
        catchUp(); // a gap: a push was lost; fill it by REST
}

void SyncSession::onPushClosed(int code, const QString &reason)
{
    qCInfo(lcSession) << m_drawingId << "push closed" << code << reason;
    m_helloSeen = false;
    m_presence->channelDown(false);
    if (m_stopped)
        return;
    switch (code) {
    case 4401:
        stop(OfflineReason::Unauthorized, QStringLiteral("unauthorized"),
             tr("Sign in to %1 again.").arg(m_drawing.serverUrl));
        return;
    case 4404:
        stop(OfflineReason::NotShared, QStringLiteral("not_found"),
             tr("This drawing is no longer shared with you."));
        return;
    case 4403:
        setRole(protocol::Role::Viewer);
        break;
    case 4408: // too slow to keep up: reconnect at once and catch up by REST
        m_reconnectBackoff.reset();
        break;
    default:
        break;
    }
    scheduleReconnect();
}

// ---- sending --------------------------------------------------------------------------

void SyncSession::sendPending()
{
    if (isLocalOnly() || m_stopped || !m_drawingReady || isReadOnly() || m_inFlight ||
        m_uploader->isUploading() || m_sendRetryTimer.isActive() || !m_rest)
        return;
    if (m_replica.pendingCount() == 0)
        return;
    int maxOps = qMax(1, qMin(m_options.maxBatchOps, m_limits.maxOpsPerCommit));
    if (m_batchLimit > 0)
        maxOps = qMin(maxOps, m_batchLimit);
    const qint64 maxBytes = m_limits.maxBodyBytes * 3 / 4;
    OpList batch;
    protocol::CommitRequestWriter body(m_store->clientId());
    qint64 bytes = 0;
    const OpList pending = m_replica.pendingOps();
    for (const Op &op : pending) {
        if (m_sentOpIds.contains(op.opId))
            continue;
        const qint64 size = op.canonicalPayload().size() + 1;
        if (!batch.isEmpty() && (batch.size() >= maxOps || bytes + size > maxBytes))
            break;
        batch.append(op);
        body.append(op);
        bytes += size;
    }
    if (batch.isEmpty())
        return;
    if (m_uploader->uploadFirstMissing(batch, m_drawing.serverUrl))
        return; // sendPending runs again once the images are up

    m_inFlight = true;
    m_rest->sendBytes("POST", QStringLiteral("/drawings/%1/ops").arg(m_drawingId), body.bytes(),
                      "application/json", this,
                      [this, batch](const RestResult &r) { onPostAnswer(batch, r); });
}

void SyncSession::onPostAnswer(const OpList &batch, const RestResult &r)
{
    m_inFlight = false;
    setSendDelay(r.status == 429   ? SendDelay::RateLimited
                 : r.status == 503 ? SendDelay::ServerBusy
                                   : SendDelay::None);
    if (r.ok()) {
        m_sendBackoff.reset();
        if (m_batchLimit > 0)
            m_batchLimit = m_batchLimit * 2 >= m_options.maxBatchOps ? 0 : m_batchLimit * 2;
        const protocol::CommitResponse response = protocol::CommitResponse::fromJson(r.json);
        QStringList alreadyConfirmed;
        for (const auto &result : response.results) {
            m_highestAnswered = qMax(m_highestAnswered, result.revision);
            if (!m_replica.isPending(result.opId))
                continue;
            if (result.revision <= m_replica.confirmedRevision())
                alreadyConfirmed.append(result.opId); // in confirmed via a snapshot
            else
                m_sentOpIds.insert(result.opId);
        }
        m_highestAnswered = qMax(m_highestAnswered, response.latestRevision);
        acknowledge(alreadyConfirmed);
        if (m_replica.confirmedRevision() < m_highestAnswered) {
            if (m_helloSeen && !m_catchUp->isRunning())
                m_ackTimer.start(m_options.ackTimeoutMs);
            else
                catchUp();
        }
        sendPending();
        return;
    }
    if (r.isTransient()) {
        int delay = m_sendBackoff.nextDelayMs();
        if (r.retryAfterMs > 0)
            delay = qMax(delay, r.retryAfterMs);
        qCDebug(lcSession) << m_drawingId << "POST failed" << r.status << r.networkErrorString
                           << "retrying in" << delay << "ms";
        m_sendRetryTimer.start(delay);
        if (r.status == 0 && m_state == ConnectionState::Live && m_push && !m_push->isConnected())
            scheduleReconnect();
        return;
    }
    if (r.tooLarge || r.status == 401 || r.status == 404) {
        handleFatal(r);
        return;
    }
    if (r.status == 403) {
        handleFatal(r); // read-only; the pending ops stay until discarded or rights return
        return;
    }
    // 400, 409, 413: one op of the batch is at fault. Drop exactly that op when the
    // server says which; else narrow the batch down to one op to find it.
    const int index = r.json.value(QLatin1String("index")).toInt(-1);
    if (r.status == 400 && index >= 0 && index < batch.size()) {
        fail(r.errorCode(),
             tr("An edit was refused by the server and undone: %1").arg(r.errorMessage()));
        acknowledge({batch.at(index).opId});
    } else if (batch.size() > 1) {
        m_batchLimit = qMax(1, int(batch.size()) / 2);
    } else {
        fail(r.errorCode(),
             tr("An edit was refused by the server and undone: %1").arg(r.errorMessage()));
        acknowledge({batch.first().opId});
    }
    sendPending();
}

} // namespace inkboard::sync
