#pragma once

#include "context.h"
#include "http/http_types.h"
#include "model/document.h"
#include "op_id_filter.h"
#include "protocol/commit.h"
#include "rate_limiter.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <atomic>
#include <deque>
#include <functional>
#include <map>
#include <memory>

namespace inkboard::server {

// The one owner of an active drawing: its materialized document at the durable revision,
// the revision counter, op-id dedupe and the commit pipeline
//   dedupe op_ids -> assign revision -> write (group commit) -> answer -> publish.
// Validation and authorization happen before (Api); the store is its durability.
class Drawing
{
public:
    using Answer = std::function<void(const HttpResponse &)>;

    Drawing(QString id, ServerContext &context);

    bool load(QString *error);
    const QString &id() const { return m_id; }
    qint64 durableRevision() const { return m_durable; }
    qint64 snapshotRevision() const { return m_snapshotRevision; }
    const Document &document() const { return m_doc; }
    // The objects at the durable revision as a compact JSON array.
    const QByteArray &objectsJson();
    bool busy() const
    {
        return m_inflight > 0 || !m_waiters.empty() || !m_retries.empty() || m_resyncScheduled;
    }
    bool broken() const { return m_broken; }
    void markDeleted() { m_deleted = true; }
    bool deleted() const { return m_deleted; }
    qint64 idleMs() const { return m_lastUsed.elapsed(); }
    void touch() { m_lastUsed.restart(); }

    void commit(const AuthUser &user, protocol::CommitRequest request, Answer answer);

    // Several nodes share a PostgreSQL store, so another node may have committed since this
    // one last looked: catches the document up to the store's head (and relays what it
    // finds to this node's subscribers). Does nothing while commits are in flight, whose
    // outcome settles it anyway. False when the store fails.
    bool refresh(QString *error);

private:
    // A commit call that met a stale head: run again once the drawing has caught up.
    struct Retry
    {
        AuthUser user;
        protocol::CommitRequest request;
        Answer answer;
        int attempts = 0;
    };
    void submit(const AuthUser &user, protocol::CommitRequest request, Answer answer, int attempts);
    void retryAfterCatchUp(Retry retry);
    void resync();
    bool catchUp(QString *error);
    struct PendingOp
    {
        qint64 revision;
        QByteArray hash;
    };
    void durable(qint64 revision, const OpList &ops, const QByteArray &push,
                 const QElapsedTimer &started);
    void failed();
    void flushWaiters();
    void maybeSnapshot();
    bool rebuildFilter(QString *error);

    QString m_id;
    ServerContext &m_ctx;
    Document m_doc;
    qint64 m_durable = 0;
    qint64 m_assigned = 0;
    qint64 m_snapshotRevision = 0;
    int m_inflight = 0;
    bool m_broken = false;
    bool m_deleted = false;
    bool m_resyncing = false; // a stale head was met: calls queue until caught up
    bool m_resyncScheduled = false;
    int m_staleRounds = 0;       // catch-ups since this node last committed
    std::deque<Retry> m_retries; // in the order they were first made
    // Set by the first job that meets a stale head, so the jobs queued behind it do not
    // commit on top of a document that missed another node's commits.
    std::shared_ptr<std::atomic<bool>> m_staleEpoch = std::make_shared<std::atomic<bool>>(false);
    QHash<QString, PendingOp> m_recent; // ops assigned since this drawing was loaded
    OpIdFilter m_filter;                // every op id of the drawing, stored or assigned
    std::multimap<qint64, std::function<void(bool)>> m_waiters; // answers waiting for durability
    QHash<QString, TokenBucket> m_buckets;                      // commit rate per user
    QElapsedTimer m_lastUsed;
    QByteArray m_objectsJson;
    qint64 m_objectsJsonRevision = -1;
};

// The active drawings, loaded on first use and dropped when idle.
class DrawingRegistry : public QObject
{
    Q_OBJECT
public:
    explicit DrawingRegistry(ServerContext &context, QObject *parent = nullptr);
    ~DrawingRegistry() override;

    // The active drawing, loading it; nullptr when the store fails (error set).
    Drawing *get(const QString &id, QString *error);
    // get(), caught up with the store first when other nodes share it: for what must show
    // the latest state (snapshots, hellos). nullptr when the store fails.
    Drawing *fresh(const QString &id, QString *error);
    Drawing *find(const QString &id) const { return m_drawings.value(id); }
    void remove(const QString &id);
    qint64 size() const { return m_drawings.size(); }
    bool idle() const; // nothing in flight anywhere

private:
    void sweep();

    ServerContext &m_ctx;
    QHash<QString, Drawing *> m_drawings;
    QList<Drawing *> m_retired; // removed while commits were in flight
    QTimer *m_sweeper;
};

} // namespace inkboard::server
