#include "drawing.h"

#include "logging.h"
#include "model/op_codec.h"
#include "push_hub.h"
#include "time_format.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
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
    touch();
    if (m_broken || m_deleted) {
        answer(HttpResponse::error(protocol::ApiError::unavailable(
                                       QStringLiteral("the drawing is recovering; retry")))
                   .withHeader("Retry-After", "1"));
        return;
    }
    const int rate = m_ctx.config.limits.commitsPerSecond;
    if (rate > 0) {
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
    // The push frame of §5, assembled around the ops' JSON instead of serializing them
    // again (ids and usernames need no JSON escaping: their alphabets are safe).
    const QByteArray push = "{\"type\":\"commit\",\"drawing_id\":\"" + m_id.toLatin1() +
                            "\",\"revision\":" + QByteArray::number(revision) +
                            ",\"author\":{\"id\":\"" + user.id.toLatin1() + "\",\"name\":\"" +
                            user.name.toUtf8() + "\"},\"client_id\":\"" +
                            request.clientId.toLatin1() + "\",\"created_at\":\"" +
                            isoUtcBytes(now) + "\",\"ops\":" + record.opsJson + '}';

    QElapsedTimer started;
    started.start();
    ++m_inflight;
    const QString id = m_id;
    m_ctx.writer->submit(
        [id, record = std::move(record), now](Store &store) {
            return store.appendCommits(id, {record}, now);
        },
        [this, revision, fresh, push, started, response, answer, waitFor](bool ok) mutable {
            --m_inflight;
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

void Drawing::durable(qint64 revision, const OpList &ops, const QByteArray &push,
                      const QElapsedTimer &started)
{
    if (m_broken)
        return;
    m_durable = revision;
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
    const int subscribers = m_ctx.hub->publish(m_id, push);
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
