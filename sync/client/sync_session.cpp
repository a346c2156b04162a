#include "sync_session.h"

#include "logging.h"
#include "model/op_codec.h"

namespace inkboard::sync {

SyncSession::SyncSession(LocalStore *store, const QString &drawingId, QObject *parent)
    : SyncSession(store, drawingId, SyncOptions{}, parent)
{}

SyncSession::SyncSession(LocalStore *store, const QString &drawingId, const SyncOptions &options,
                         QObject *parent)
    : QObject(parent), m_store(store), m_drawingId(drawingId), m_options(options)
{
    m_echoTimer.setSingleShot(true);
    m_echoTimer.setInterval(0);
    connect(&m_echoTimer, &QTimer::timeout, this, &SyncSession::echoPending);
    load();
}

SyncSession::~SyncSession() = default;

void SyncSession::load()
{
    if (!m_store) {
        m_errorString = tr("No local store.");
        return;
    }
    const std::optional<DrawingRecord> drawing = m_store->drawing(m_drawingId);
    if (!drawing) {
        m_errorString = tr("The drawing %1 is not in the local store.").arg(m_drawingId);
        return;
    }
    m_drawing = *drawing;
    m_replica.resetConfirmed(m_drawing.confirmedRevision, m_store->loadObjects(m_drawingId));
    const QList<PendingRecord> pending = m_store->loadPending(m_drawingId);
    for (const PendingRecord &p : pending)
        m_replica.applyLocal(p.op);
    m_lastPendingCount = pendingCount();
    m_valid = true;
    qCDebug(lcSession) << "opened" << m_drawingId << "at revision" << m_drawing.confirmedRevision
                       << "with" << m_replica.confirmed().size() << "objects and" << pending.size()
                       << "pending ops";
    if (isLocalOnly() && !pending.isEmpty())
        m_echoTimer.start();
}

void SyncSession::setState(ConnectionState state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit connectionStateChanged(state);
}

void SyncSession::fail(const QString &code, const QString &message)
{
    qCWarning(lcSession) << m_drawingId << code << message;
    emit errorOccurred(code, message);
}

void SyncSession::submit(const OpList &ops)
{
    if (!m_valid) {
        fail(QStringLiteral("invalid_session"), m_errorString);
        return;
    }
    if (ops.isEmpty())
        return;
    // The model's validation, the same the server runs: an op the server would refuse
    // is refused here, before it is shown.
    const Limits limits;
    for (int i = 0; i < ops.size(); ++i) {
        Parsed<Op> checked = parseOp(ops.at(i).toJson(), limits, i);
        if (const ValidationError *err = errorOf(checked)) {
            fail(err->errorCode(), err->message);
            return;
        }
    }
    if (!m_store->appendPending(m_drawingId, ops)) {
        fail(QStringLiteral("store_error"),
             tr("The edit could not be saved locally: %1").arg(m_store->lastError()));
        return;
    }
    const QSet<QString> changed = m_replica.applyLocal(ops);
    emit objectsChanged(changed);
    emitPendingIfChanged();
    if (isLocalOnly())
        m_echoTimer.start();
}

void SyncSession::echoPending()
{
    // The local echo: with no server, the pending ops are committed locally, through the
    // same path a server commit takes.
    if (!isLocalOnly() || m_replica.pendingCount() == 0)
        return;
    applyCommits({IncomingCommit{m_replica.confirmedRevision() + 1, m_replica.pendingOps()}});
}

void SyncSession::applyCommits(const QList<IncomingCommit> &commits)
{
    QSet<QString> changed;
    QStringList acked;
    const qint64 before = m_replica.confirmedRevision();
    auto applyOne = [&](const IncomingCommit &c) {
        for (const Op &op : c.ops) {
            if (m_replica.isPending(op.opId))
                acked.append(op.opId);
        }
        const Replica::CommitResult r = m_replica.applyCommit(c.revision, c.ops);
        changed.unite(r.changed);
    };
    for (const IncomingCommit &c : commits) {
        const qint64 next = m_replica.confirmedRevision() + 1;
        if (c.revision < next)
            continue; // stale: already applied
        if (c.revision > next) {
            m_held.emplace(c.revision, c); // a gap: held until the gap is filled
            continue;
        }
        applyOne(c);
        for (auto it = m_held.begin();
             it != m_held.end() && it->first <= m_replica.confirmedRevision() + 1;
             it = m_held.erase(it)) {
            if (it->first == m_replica.confirmedRevision() + 1)
                applyOne(it->second);
        }
    }
    if (m_replica.confirmedRevision() == before)
        return;

    QList<Object> upserts;
    QStringList removed;
    upserts.reserve(changed.size());
    for (const QString &id : std::as_const(changed)) {
        if (const Object *o = m_replica.confirmed().find(id))
            upserts.append(*o);
        else
            removed.append(id);
    }
    if (!m_store->commitConfirmed(m_drawingId, m_replica.confirmedRevision(), upserts, removed,
                                  acked)) {
        // Memory is ahead of the file: the file still holds an older, consistent state
        // (older revision, the acknowledged ops still pending) that a reopen recovers from.
        fail(QStringLiteral("store_error"),
             tr("The drawing could not be saved locally: %1").arg(m_store->lastError()));
    }
    m_drawing.confirmedRevision = m_replica.confirmedRevision();
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

} // namespace inkboard::sync
