// SPDX-License-Identifier: Apache-2.0
#include "drawing.h"

#include "commit_json.h"
#include "logging.h"
#include "model/op_rules.h"
#include "pipeline/commit_publisher.h"
#include "pipeline/drawing_registry.h"
#include "pipeline/history.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QThreadPool>
#include <QTimer>

namespace inkboard::server {

namespace {

// How often one call may meet a stale head (another node committing to the same drawing
// at the same moment) before it is answered 503 + Retry-After instead.
constexpr int kMaxStaleAttempts = 32;

// The drawing's row: its head and newest snapshot revision. Empty with `error` set when it
// is gone or the store fails.
std::optional<DrawingRecord> storedRecord(Store &store, const QString &id, QString *error)
{
    auto record = store.drawing(id);
    if (!record)
        *error =
            store.lastError().isEmpty() ? QStringLiteral("no such drawing") : store.lastError();
    return record;
}

CommitOutcome notStored()
{
    return CommitOutcome::unavailable(QStringLiteral("the commit could not be stored; retry"));
}

} // namespace

Drawing::Drawing(QString id, ServerContext &context)
    : m_id(std::move(id)), m_ctx(context), m_throttle(context.config.limits.commitsPerSecond),
      m_dedupe(*context.store, m_id), m_write(*context.writer)
{
    m_lastUsed.start();
}

bool Drawing::load(QString *error)
{
    Store &store = *m_ctx.store;
    const auto record = storedRecord(store, m_id, error);
    if (!record)
        return false;
    const qint64 latest = record->latestRevision;
    std::optional<StoredDocument> base = readSnapshot(store, m_id, latest, error);
    if (!base)
        return false;
    m_snapshotRevision = base->revision;
    if (replay(store, m_id, latest, *base, {}, error) != ReplayResult::Done)
        return false;
    m_doc = std::move(base->document);
    m_revisions.reset(latest);
    return m_dedupe.rebuild(error);
}

void Drawing::commit(const AuthUser &user, protocol::CommitRequest request, CommitReply reply)
{
    submit(user, std::move(request), std::move(reply), 0);
}

void Drawing::submit(const AuthUser &user, protocol::CommitRequest request, CommitReply reply,
                     int attempts)
{
    touch();
    if (m_broken || m_deleted)
        return reply(
            CommitOutcome::unavailable(QStringLiteral("the drawing is recovering; retry")));
    if (m_resyncing) {
        // Behind calls that wait for the catch-up: keeps every client's ops in its order.
        m_retries.push_back(Retry{user, std::move(request), std::move(reply), attempts});
        return;
    }
    if (auto refusal = admit(user, request, attempts))
        return reply(*refusal);

    // Dedupe op ids, as if the fresh ones got the next revision.
    const qint64 revision = m_revisions.next();
    auto sorting = m_dedupe.sort(request.ops, revision);
    if (auto *refusal = std::get_if<CommitOutcome>(&sorting))
        return reply(*refusal);
    OpDedupe::Sorted sorted = std::get<OpDedupe::Sorted>(std::move(sorting));
    m_ctx.metrics.duplicateOps(sorted.duplicates);
    protocol::CommitResponse response;
    response.results = std::move(sorted.results);
    if (sorted.fresh.isEmpty()) // every op a duplicate: answered once what they belong to is
        return answerWhenDurable(sorted.waitFor, std::move(response), std::move(reply));

    // Assign the revision.
    m_revisions.assign(revision);
    m_dedupe.remember(sorted.hashes, revision);
    m_typesInFlight.taken(revision, sorted.fresh, m_doc);
    response.revision = revision;

    // Write; on durable: apply, publish, answer.
    CommitRecord record{revision,
                        user.id,
                        user.name,
                        request.clientId,
                        QDateTime::currentDateTimeUtc(),
                        std::move(sorted.freshJson),
                        std::move(sorted.hashes)};
    const QByteArray push = commitPushJson(m_id, record);
    QElapsedTimer started;
    started.start();
    ++m_inflight;
    m_write.write(
        m_id, std::move(record),
        [this, revision, fresh = std::move(sorted.fresh), push, started, waitFor = sorted.waitFor,
         response = std::move(response), reply = std::move(reply), user,
         request = std::move(request), attempts](CommitWrite::Result result) mutable {
            --m_inflight;
            if (result == CommitWrite::Result::Stale && !m_broken)
                return retryAfterCatchUp(Retry{user, std::move(request), reply, attempts});
            if (result != CommitWrite::Result::Durable) {
                reply(notStored());
                return failed();
            }
            durable(revision, fresh, push, started);
            answerWhenDurable(waitFor, std::move(response), std::move(reply));
        });
}

std::optional<CommitOutcome> Drawing::admit(const AuthUser &user,
                                            const protocol::CommitRequest &request, int attempts)
{
    // Throttle (a call run again after a catch-up was let through already).
    if (const int wait = attempts == 0 ? m_throttle.admit(user.id) : 0)
        return CommitOutcome::refused(protocol::ApiError::rateLimited(), wait);
    // What the document decides (an update may not remove a required prop): refused whole.
    // Against the document as the commits in flight before this one will leave it.
    if (auto err = checkOpsAgainst(m_typesInFlight.over(m_doc), request.ops))
        return CommitOutcome::refused(protocol::ApiError::fromValidation(*err));
    return std::nullopt;
}

void Drawing::answerWhenDurable(qint64 revision, protocol::CommitResponse response,
                                CommitReply reply)
{
    m_revisions.whenDurable(revision, [this, response = std::move(response),
                                       reply = std::move(reply)](bool ok) mutable {
        if (!ok)
            return reply(notStored());
        response.latestRevision = m_revisions.durable();
        reply(CommitOutcome::answered(std::move(response)));
    });
}

void Drawing::retryAfterCatchUp(Retry retry)
{
    m_resyncing = true;
    m_retries.push_back(std::move(retry));
    if (m_inflight > 0 || m_resyncScheduled)
        return;
    // Nodes that keep meeting each other on one drawing back off by a random few ms, so
    // one of them gets through instead of all of them colliding again and again (nginx's
    // sticky routing makes this rare: it is for the moments when routing changes).
    m_resyncScheduled = true;
    const int spread = qMin(20, 1 + 2 * m_staleRounds++);
    QTimer::singleShot(int(QRandomGenerator::global()->bounded(spread + 1)), m_ctx.drawings,
                       [this] {
                           m_resyncScheduled = false;
                           resync();
                       });
}

void Drawing::resync()
{
    qCInfo(lcStore) << "drawing" << m_id << "met a newer head in the store; catching up from"
                    << m_revisions.durable();
    // What was assigned past the durable revision was never stored: forget it, and answer
    // the duplicates that waited for it so that their clients ask again.
    m_dedupe.forgetAbove(m_revisions.durable());
    m_revisions.failAbove();
    m_revisions.rewind();
    m_typesInFlight.clear();
    QString error;
    const bool caughtUp = catchUp(&error);
    m_resyncing = false;
    m_write.newEpoch();
    std::deque<Retry> retries;
    retries.swap(m_retries);
    if (!caughtUp)
        qCWarning(lcStore) << "drawing" << m_id << "cannot catch up:" << error;
    for (Retry &r : retries) {
        if (!caughtUp || r.attempts + 1 >= kMaxStaleAttempts) {
            r.reply(notStored());
            continue;
        }
        submit(r.user, std::move(r.request), std::move(r.reply), r.attempts + 1);
    }
    if (!caughtUp)
        failed();
}

bool Drawing::catchUp(QString *error)
{
    Store &store = *m_ctx.store;
    const auto record = storedRecord(store, m_id, error);
    if (!record)
        return false;
    StoredDocument base{std::move(m_doc), m_revisions.durable()};
    const ReplayResult result = replay(
        store, m_id, record->latestRevision, base,
        [this](const CommitRecord &c, const OpList &ops) {
            for (const Op &op : ops)
                m_dedupe.addStored(op.opId); // their hashes are in the store's ops table
            m_revisions.reset(c.revision);
            m_ctx.publisher->relayCommit(m_id, c.revision, commitPushJson(m_id, c));
        },
        error);
    m_doc = std::move(base.document);
    if (result == ReplayResult::Missing) {
        // Compacted meanwhile: start again from the newest snapshot.
        m_doc = Document();
        m_dedupe.clear();
        m_snapshotRevision = 0;
        return load(error);
    }
    if (result == ReplayResult::Failed)
        return false;
    if (m_dedupe.filterFull() && !m_dedupe.rebuild(error))
        return false;
    m_snapshotRevision = qMax(m_snapshotRevision, record->snapshotRevision);
    return true;
}

bool Drawing::refresh(QString *error)
{
    if (!m_ctx.config.database.shared() || busy() || m_resyncing || m_broken)
        return true;
    return catchUp(error);
}

void Drawing::durable(qint64 revision, const OpList &ops, const QByteArray &push,
                      const QElapsedTimer &started)
{
    if (m_broken)
        return;
    m_revisions.setDurable(revision);
    m_staleRounds = 0;
    m_doc.apply(ops);
    m_typesInFlight.durable(revision);
    m_dedupe.trimDurable(revision);
    m_ctx.metrics.committed(int(ops.size()));
    // Published before it is answered: see server/README.md, "Answer and publish".
    const int subscribers = m_ctx.publisher->publishCommit(m_id, revision, push);
    m_ctx.metrics.fanout(double(started.nsecsElapsed()) * 1e-9, subscribers);
    m_revisions.flush();
    maybeSnapshot();
}

void Drawing::maybeSnapshot()
{
    // Every `interval` commits, but never more often than every size/8 commits: a snapshot
    // costs in proportion to the objects, replaying a commit does not, so this keeps the
    // snapshot cost per commit bounded while a load still replays few commits.
    const int interval = m_ctx.config.snapshotInterval;
    const qint64 revision = m_revisions.durable();
    if (interval <= 0 || revision - m_snapshotRevision < qMax<qint64>(interval, m_doc.size() / 8))
        return;
    m_snapshotRevision = revision;
    const qint64 retain = m_ctx.config.retainCommits;
    const QString id = m_id;
    // The document is implicitly shared: a pool thread serializes this copy while the event
    // loop goes on (the next apply detaches it), so neither the loop nor a group commit
    // waits for it. Not tied to any answer: if it is lost, a load replays from the
    // previous snapshot.
    StoreWriter *writer = m_ctx.writer;
    QThreadPool::globalInstance()->start([writer, id, doc = m_doc, revision, retain] {
        SnapshotRecord snapshot{revision,
                                QJsonDocument(doc.toJson()).toJson(QJsonDocument::Compact)};
        writer->submit(
            [id, snapshot = std::move(snapshot), retain](Store &store) {
                if (!store.addSnapshot(id, snapshot))
                    return false;
                if (retain > 0 && snapshot.revision - retain > 0)
                    return store.compact(id, snapshot.revision - retain);
                return true;
            },
            {});
    });
}

const QByteArray &Drawing::objectsJson()
{
    // Serialized once per revision, however many clients load the snapshot.
    if (m_objectsJsonRevision != m_revisions.durable() || m_objectsJson.isNull()) {
        m_objectsJson = QJsonDocument(m_doc.toJson()).toJson(QJsonDocument::Compact);
        m_objectsJsonRevision = m_revisions.durable();
    }
    return m_objectsJson;
}

void Drawing::failed()
{
    // The store refused a commit: what is in memory may be ahead of it. Refuse everything
    // until the commits in flight are settled, then reload from the store.
    m_broken = true;
    m_revisions.failAll();
    m_typesInFlight.clear();
    // Calls waiting for a catch-up will not get one from a broken drawing: they ask again.
    m_resyncing = false;
    std::deque<Retry> retries;
    retries.swap(m_retries);
    for (Retry &r : retries)
        r.reply(notStored());
    if (m_inflight == 0)
        QMetaObject::invokeMethod(
            m_ctx.drawings, [reg = m_ctx.drawings, id = m_id] { reg->remove(id); },
            Qt::QueuedConnection);
}

} // namespace inkboard::server
