#include "drawing.h"

#include "commit_json.h"
#include "logging.h"
#include "model/op_codec.h"
#include "push_hub.h"
#include "time_format.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QThreadPool>
#include <QTimer>
#include <cmath>

namespace inkboard::server {

namespace {

// Stored ops were validated when they were committed; replaying them must not fail
// because the limits were lowered since.
Limits replayLimits()
{
    Limits l;
    l.maxBodyBytes = std::numeric_limits<qint64>::max();
    l.maxOpsPerCommit = std::numeric_limits<int>::max();
    l.maxPointsPerStroke = std::numeric_limits<int>::max();
    l.maxTextChars = std::numeric_limits<int>::max();
    return l;
}

QByteArray payloadHash(const QByteArray &canonical)
{
    return QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).left(16).toHex();
}

constexpr qsizetype kMaxRecentOps = 200000;
// How often one call may meet a stale head (another node committing to the same drawing
// at the same moment) before it is answered 503 + Retry-After instead.
constexpr int kMaxStaleAttempts = 32;

// The answer of POST …/ops, written directly: {"revision", "latest_revision", "results"}.
HttpResponse commitAnswer(const protocol::CommitResponse &r)
{
    QByteArray body =
        "{\"revision\":" + (r.revision ? QByteArray::number(*r.revision) : QByteArray("null")) +
        ",\"latest_revision\":" + QByteArray::number(r.latestRevision) + ",\"results\":[";
    body.reserve(body.size() + r.results.size() * 100 + 2);
    for (qsizetype i = 0; i < r.results.size(); ++i) {
        const auto &x = r.results[i];
        if (i)
            body += ',';
        body += "{\"op_id\":\"" + x.opId.toLatin1() +
                "\",\"revision\":" + QByteArray::number(x.revision) + ",\"status\":\"" +
                (x.duplicate ? "duplicate" : "applied") + "\"}";
    }
    body += "]}";
    HttpResponse response;
    response.body = std::move(body);
    return response;
}

void answerUnavailable(const Drawing::Answer &answer)
{
    answer(HttpResponse::error(protocol::ApiError::unavailable(
                                   QStringLiteral("the commit could not be stored; retry")))
               .withHeader("Retry-After", "1"));
}

} // namespace

Drawing::Drawing(QString id, ServerContext &context) : m_id(std::move(id)), m_ctx(context)
{
    m_lastUsed.start();
}

bool Drawing::load(QString *error)
{
    Store &store = *m_ctx.store;
    const auto record = store.drawing(m_id);
    if (!record) {
        *error =
            store.lastError().isEmpty() ? QStringLiteral("no such drawing") : store.lastError();
        return false;
    }
    const qint64 latest = record->latestRevision;
    const auto snapshot = store.snapshotAtOrBefore(m_id, latest);
    if (!snapshot) {
        *error = store.lastError();
        return false;
    }
    const Limits limits = replayLimits();
    qint64 revision = 0;
    if (*snapshot) {
        const QJsonArray objects = QJsonDocument::fromJson((*snapshot)->objectsJson).array();
        m_doc.reserve(objects.size());
        for (const QJsonValue &v : objects) {
            Parsed<Object> o = parseObject(v, limits);
            if (auto *ok = std::get_if<Object>(&o))
                m_doc.put(*ok);
        }
        revision = (*snapshot)->revision;
        m_snapshotRevision = revision;
    }
    while (revision < latest) {
        const auto page = store.commits(m_id, revision, latest, 5000);
        if (!page) {
            *error = store.lastError();
            return false;
        }
        if (page->isEmpty() || page->first().revision != revision + 1) {
            *error =
                QStringLiteral("drawing %1: commits after %2 are missing").arg(m_id).arg(revision);
            return false;
        }
        for (const CommitRecord &c : *page) {
            Parsed<OpList> ops = parseOps(QJsonDocument::fromJson(c.opsJson).array(), limits);
            if (auto *list = std::get_if<OpList>(&ops))
                m_doc.apply(*list);
            revision = c.revision;
        }
    }
    m_durable = m_assigned = latest;
    return rebuildFilter(error);
}

bool Drawing::rebuildFilter(QString *error)
{
    const auto ids = m_ctx.store->opIds(m_id);
    if (!ids) {
        *error = m_ctx.store->lastError();
        return false;
    }
    m_filter.reset(2 * (ids->size() + m_recent.size()) + 1024);
    for (const QString &id : *ids)
        m_filter.add(id);
    for (auto it = m_recent.cbegin(); it != m_recent.cend(); ++it)
        m_filter.add(it.key());
    return true;
}

void Drawing::commit(const AuthUser &user, protocol::CommitRequest request, Answer answer)
{
    submit(user, std::move(request), std::move(answer), 0);
}

void Drawing::submit(const AuthUser &user, protocol::CommitRequest request, Answer answer,
                     int attempts)
{
    touch();
    if (m_broken || m_deleted) {
        answer(HttpResponse::error(protocol::ApiError::unavailable(
                                       QStringLiteral("the drawing is recovering; retry")))
                   .withHeader("Retry-After", "1"));
        return;
    }
    if (m_resyncing) {
        // Behind calls that wait for the catch-up: keeps every client's ops in its order.
        m_retries.push_back(Retry{user, std::move(request), std::move(answer), attempts});
        return;
    }
    const int rate = m_ctx.config.limits.commitsPerSecond;
    if (rate > 0 && attempts == 0) {
        auto it = m_buckets.find(user.id);
        if (it == m_buckets.end())
            it = m_buckets.insert(user.id, TokenBucket(rate, rate));
        double wait = 0;
        if (!it->take(&wait)) {
            answer(
                HttpResponse::error(protocol::ApiError::rateLimited())
                    .withHeader("Retry-After", QByteArray::number(qMax(1, int(std::ceil(wait))))));
            return;
        }
    }

    // Dedupe: the ops assigned since load are in memory, older ones in the store.
    const OpList &ops = request.ops;
    QStringList unknown;
    for (const Op &op : ops) {
        // Only what the filter cannot rule out costs a store read.
        if (!m_recent.contains(op.opId) && m_filter.mayContain(op.opId))
            unknown.append(op.opId);
    }
    QHash<QString, OpRecord> stored;
    if (!unknown.isEmpty()) {
        auto found = m_ctx.store->ops(m_id, unknown);
        if (!found) {
            answer(HttpResponse::error(
                       protocol::ApiError::unavailable(QStringLiteral("storage unavailable")))
                       .withHeader("Retry-After", "1"));
            return;
        }
        stored = std::move(*found);
    }

    const qint64 revision = m_assigned + 1;
    protocol::CommitResponse response;
    OpList fresh;
    QByteArray freshJson = "[";
    QHash<QString, QByteArray> inCall; // op_id -> hash of the ops new in this call
    qint64 waitFor = 0;
    QList<std::pair<QString, QByteArray>> hashes;
    int duplicates = 0;
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const Op &op = ops[i];
        const QByteArray canonical = op.canonicalPayload();
        const QByteArray hash = payloadHash(canonical);
        std::optional<qint64> existing;
        QByteArray existingHash;
        if (auto it = inCall.constFind(op.opId); it != inCall.constEnd()) {
            existing = revision;
            existingHash = *it;
        } else if (auto r = m_recent.constFind(op.opId); r != m_recent.constEnd()) {
            existing = r->revision;
            existingHash = r->hash;
        } else if (auto s = stored.constFind(op.opId); s != stored.constEnd()) {
            existing = s->revision;
            existingHash = s->payloadHash;
        }
        if (existing) {
            if (existingHash != hash) {
                protocol::ApiError e = protocol::ApiError::conflict(
                    QStringLiteral("op_id_conflict"),
                    QStringLiteral("op_id %1 was already used with another payload").arg(op.opId));
                e.extra.insert(QStringLiteral("index"), int(i));
                e.extra.insert(QStringLiteral("op_id"), op.opId);
                answer(HttpResponse::error(e));
                return;
            }
            response.results.append({op.opId, *existing, true});
            ++duplicates;
            if (*existing != revision)
                waitFor = qMax(waitFor, *existing);
            continue;
        }
        inCall.insert(op.opId, hash);
        hashes.append({op.opId, hash});
        fresh.append(op);
        // The compact array is its compact elements joined: serialize each op only once.
        freshJson += (freshJson.size() > 1 ? "," : "") + canonical;
        response.results.append({op.opId, revision, false});
    }
    m_ctx.metrics.duplicateOps(duplicates);

    if (fresh.isEmpty()) {
        // Every op is a duplicate: answer once what they belong to is durable.
        auto reply = [this, response, answer](bool ok) mutable {
            if (!ok)
                return answerUnavailable(answer);
            response.latestRevision = m_durable;
            answer(commitAnswer(response));
        };
        if (waitFor <= m_durable)
            reply(true);
        else
            m_waiters.emplace(waitFor, std::move(reply));
        return;
    }

    m_assigned = revision;
    for (const auto &[opId, hash] : hashes) {
        m_recent.insert(opId, PendingOp{revision, hash});
        m_filter.add(opId);
    }
    if (m_filter.full()) {
        QString error;
        if (!rebuildFilter(&error)) // the filter must never miss an id: check them all
            m_filter = OpIdFilter();
    }

    const QDateTime now = QDateTime::currentDateTimeUtc();
    CommitRecord record;
    record.revision = revision;
    record.authorId = user.id;
    record.authorName = user.name;
    record.clientId = request.clientId;
    record.createdAt = now;
    record.opsJson = freshJson + ']';
    record.opHashes = hashes;
    const QByteArray push = commitPushJson(m_id, record);

    QElapsedTimer started;
    started.start();
    ++m_inflight;
    const QString id = m_id;
    auto stale = std::make_shared<bool>(false);
    // A plain job (no savepoint): appendCommits writes nothing when the head is stale.
    m_ctx.writer->submitPlain(
        [id, record = std::move(record), now, stale, epoch = m_staleEpoch](Store &store) {
            // Runs on the writer thread, jobs of one drawing in order: once one met a
            // stale head, those behind it must not commit either.
            AppendResult result = AppendResult::Stale;
            if (!epoch->load())
                result = store.appendCommits(id, {record}, now);
            switch (result) {
            case AppendResult::Ok:
                return StoreWriter::Outcome::Done;
            case AppendResult::Stale:
                epoch->store(true);
                *stale = true;
                return StoreWriter::Outcome::Refused;
            case AppendResult::Failed:
                break;
            }
            return StoreWriter::Outcome::Broken;
        },
        [this, revision, fresh, push, started, response, answer, waitFor, stale, user,
         request = std::move(request), attempts](bool ok) mutable {
            --m_inflight;
            if (!ok && *stale && !m_broken) {
                retryAfterCatchUp(Retry{user, std::move(request), answer, attempts});
                return;
            }
            if (!ok) {
                answerUnavailable(answer);
                failed();
                return;
            }
            durable(revision, fresh, push, started);
            auto reply = [this, revision, response, answer](bool ok) mutable {
                if (!ok)
                    return answerUnavailable(answer);
                response.revision = revision;
                response.latestRevision = m_durable;
                answer(commitAnswer(response));
            };
            if (waitFor <= m_durable)
                reply(true);
            else
                m_waiters.emplace(waitFor, std::move(reply));
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
                    << m_durable;
    // What was assigned past the durable revision was never stored: forget it, and answer
    // the duplicates that waited for it so that their clients ask again.
    for (auto it = m_recent.begin(); it != m_recent.end();) {
        if (it->revision > m_durable)
            it = m_recent.erase(it);
        else
            ++it;
    }
    while (!m_waiters.empty() && m_waiters.rbegin()->first > m_durable) {
        auto last = std::prev(m_waiters.end());
        auto reply = std::move(last->second);
        m_waiters.erase(last);
        reply(false);
    }
    m_assigned = m_durable;
    QString error;
    const bool caughtUp = catchUp(&error);
    m_resyncing = false;
    m_staleEpoch = std::make_shared<std::atomic<bool>>(false);
    std::deque<Retry> retries;
    retries.swap(m_retries);
    if (!caughtUp)
        qCWarning(lcStore) << "drawing" << m_id << "cannot catch up:" << error;
    for (Retry &r : retries) {
        if (!caughtUp || r.attempts + 1 >= kMaxStaleAttempts) {
            answerUnavailable(r.answer);
            continue;
        }
        submit(r.user, std::move(r.request), std::move(r.answer), r.attempts + 1);
    }
    if (!caughtUp)
        failed();
}

bool Drawing::catchUp(QString *error)
{
    Store &store = *m_ctx.store;
    const auto record = store.drawing(m_id);
    if (!record) {
        *error =
            store.lastError().isEmpty() ? QStringLiteral("no such drawing") : store.lastError();
        return false;
    }
    const qint64 head = record->latestRevision;
    const Limits limits = replayLimits();
    while (m_durable < head) {
        const auto page = store.commits(m_id, m_durable, head, 5000);
        if (!page) {
            *error = store.lastError();
            return false;
        }
        if (page->isEmpty() || page->first().revision != m_durable + 1) {
            // Compacted meanwhile: start again from the newest snapshot.
            m_doc = Document();
            m_recent.clear();
            m_snapshotRevision = 0;
            return load(error);
        }
        for (const CommitRecord &c : *page) {
            Parsed<OpList> ops = parseOps(QJsonDocument::fromJson(c.opsJson).array(), limits);
            if (auto *list = std::get_if<OpList>(&ops)) {
                m_doc.apply(*list);
                for (const Op &op : *list)
                    m_filter.add(op.opId); // their hashes are in the store's ops table
            }
            m_durable = m_assigned = c.revision;
            m_ctx.hub->deliverCommit(m_id, c.revision, commitPushJson(m_id, c));
        }
    }
    if (m_filter.full() && !rebuildFilter(error))
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
    m_durable = revision;
    m_staleRounds = 0;
    m_doc.apply(ops);
    // Durable op ids are in the store's index too: keep memory bounded on long sessions.
    if (m_recent.size() > kMaxRecentOps) {
        for (auto it = m_recent.begin(); it != m_recent.end();) {
            if (it->revision <= m_durable)
                it = m_recent.erase(it);
            else
                ++it;
        }
    }
    m_ctx.metrics.committed(int(ops.size()));
    const int subscribers = m_ctx.hub->commitDurable(m_id, revision, push);
    m_ctx.metrics.fanout(double(started.nsecsElapsed()) * 1e-9, subscribers);
    flushWaiters();
    maybeSnapshot();
}

void Drawing::flushWaiters()
{
    while (!m_waiters.empty() && m_waiters.begin()->first <= m_durable) {
        auto reply = std::move(m_waiters.begin()->second);
        m_waiters.erase(m_waiters.begin());
        reply(true);
    }
}

void Drawing::maybeSnapshot()
{
    // Every `interval` commits, but never more often than every size/8 commits: a snapshot
    // costs in proportion to the objects, replaying a commit does not, so this keeps the
    // snapshot cost per commit bounded while a load still replays few commits.
    const int interval = m_ctx.config.snapshotInterval;
    if (interval <= 0 || m_durable - m_snapshotRevision < qMax<qint64>(interval, m_doc.size() / 8))
        return;
    const qint64 revision = m_durable;
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
    if (m_objectsJsonRevision != m_durable || m_objectsJson.isNull()) {
        m_objectsJson = QJsonDocument(m_doc.toJson()).toJson(QJsonDocument::Compact);
        m_objectsJsonRevision = m_durable;
    }
    return m_objectsJson;
}

void Drawing::failed()
{
    // The store refused a commit: what is in memory may be ahead of it. Refuse everything
    // until the commits in flight are settled, then reload from the store.
    m_broken = true;
    while (!m_waiters.empty()) {
        auto reply = std::move(m_waiters.begin()->second);
        m_waiters.erase(m_waiters.begin());
        reply(false);
    }
    // Calls waiting for a catch-up will not get one from a broken drawing: they ask again.
    m_resyncing = false;
    std::deque<Retry> retries;
    retries.swap(m_retries);
    for (Retry &r : retries)
        answerUnavailable(r.answer);
    if (m_inflight == 0)
        QMetaObject::invokeMethod(
            m_ctx.drawings, [reg = m_ctx.drawings, id = m_id] { reg->remove(id); },
            Qt::QueuedConnection);
}

// ---- registry

DrawingRegistry::DrawingRegistry(ServerContext &context, QObject *parent)
    : QObject(parent), m_ctx(context), m_sweeper(new QTimer(this))
{
    connect(m_sweeper, &QTimer::timeout, this, &DrawingRegistry::sweep);
    m_sweeper->start(qMax(1000, m_ctx.config.drawingIdleMs / 4));
}

DrawingRegistry::~DrawingRegistry()
{
    qDeleteAll(m_drawings);
    qDeleteAll(m_retired);
}

Drawing *DrawingRegistry::get(const QString &id, QString *error)
{
    if (Drawing *d = m_drawings.value(id)) {
        if (d->broken() && !d->busy()) {
            remove(id);
        } else {
            return d;
        }
    }
    auto *d = new Drawing(id, m_ctx);
    if (!d->load(error)) {
        delete d;
        return nullptr;
    }
    m_drawings.insert(id, d);
    return d;
}

Drawing *DrawingRegistry::fresh(const QString &id, QString *error)
{
    Drawing *d = get(id, error);
    if (d && !d->refresh(error))
        return nullptr;
    return d;
}

void DrawingRegistry::remove(const QString &id)
{
    Drawing *d = m_drawings.take(id);
    if (!d)
        return;
    if (d->busy()) {
        // Callbacks still point at it; it goes once they ran (see sweep).
        d->markDeleted();
        m_retired.append(d);
        return;
    }
    delete d;
}

bool DrawingRegistry::idle() const
{
    for (Drawing *d : m_drawings) {
        if (d->busy())
            return false;
    }
    for (Drawing *d : m_retired) {
        if (d->busy())
            return false;
    }
    return true;
}

void DrawingRegistry::sweep()
{
    for (qsizetype i = m_retired.size() - 1; i >= 0; --i) {
        if (!m_retired[i]->busy())
            delete m_retired.takeAt(i);
    }
    QStringList idle;
    for (auto it = m_drawings.begin(); it != m_drawings.end(); ++it) {
        Drawing *d = it.value();
        if (!d->busy() && d->idleMs() > m_ctx.config.drawingIdleMs &&
            m_ctx.hub->sessionsOn(d->id()) == 0)
            idle.append(it.key());
        else if (d->broken() && !d->busy())
            idle.append(it.key());
    }
    for (const QString &id : idle)
        remove(id);
}

} // namespace inkboard::server
