// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "context.h"
#include "model/document.h"
#include "pipeline/commit_outcome.h"
#include "pipeline/commit_write.h"
#include "pipeline/op_dedupe.h"
#include "pipeline/revisions.h"
#include "pipeline/throttle.h"
#include "pipeline/types_in_flight.h"
#include "protocol/commit.h"

#include <QElapsedTimer>
#include <deque>

namespace inkboard::server {

// The one owner of an active drawing: its materialized document at the durable revision
// and the commit pipeline over it (one stage a file in this folder)
//   throttle -> dedupe op_ids -> assign revision -> write (group commit)
//   -> on durable: apply, publish, answer.
// Validation and authorization happen before (Api); the store is its durability. It knows
// no HTTP (a call comes to a CommitOutcome) and of fan-out only the CommitPublisher.
class Drawing
{
public:
    Drawing(QString id, ServerContext &context);

    bool load(QString *error);
    const QString &id() const { return m_id; }
    qint64 durableRevision() const { return m_revisions.durable(); }
    qint64 snapshotRevision() const { return m_snapshotRevision; }
    const Document &document() const { return m_doc; }
    // The objects at the durable revision as a compact JSON array.
    const QByteArray &objectsJson();
    bool busy() const
    {
        return m_inflight > 0 || m_revisions.waiting() || !m_retries.empty() || m_resyncScheduled;
    }
    bool broken() const { return m_broken; }
    void markDeleted() { m_deleted = true; }
    bool deleted() const { return m_deleted; }
    qint64 idleMs() const { return m_lastUsed.elapsed(); }
    void touch() { m_lastUsed.restart(); }

    // `reply` runs once, when the outcome is known (after the commit is durable).
    void commit(const AuthUser &user, protocol::CommitRequest request, CommitReply reply);

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
        CommitReply reply;
        int attempts = 0;
    };
    void submit(const AuthUser &user, protocol::CommitRequest request, CommitReply reply,
                int attempts);
    // The stages before any op is looked at alone: the throttle, and the rules the document
    // decides (model/op_rules.h). A refusal, or nothing when the call may go on.
    std::optional<CommitOutcome> admit(const AuthUser &user, const protocol::CommitRequest &request,
                                       int attempts);
    void answerWhenDurable(qint64 revision, protocol::CommitResponse response, CommitReply reply);
    void retryAfterCatchUp(Retry retry);
    void resync();
    bool catchUp(QString *error);
    void durable(qint64 revision, const OpList &ops, const QByteArray &push,
                 const QElapsedTimer &started);
    void failed();
    void maybeSnapshot();

    QString m_id;
    ServerContext &m_ctx;
    Document m_doc;
    CommitThrottle m_throttle;
    OpDedupe m_dedupe;
    Revisions m_revisions;
    TypesInFlight m_typesInFlight; // what the commits not yet durable do to m_doc
    CommitWrite m_write;
    qint64 m_snapshotRevision = 0;
    int m_inflight = 0;
    bool m_broken = false;
    bool m_deleted = false;
    bool m_resyncing = false; // a stale head was met: calls queue until caught up
    bool m_resyncScheduled = false;
    int m_staleRounds = 0;       // catch-ups since this node last committed
    std::deque<Retry> m_retries; // in the order they were first made
    QElapsedTimer m_lastUsed;
    QByteArray m_objectsJson;
    qint64 m_objectsJsonRevision = -1;
};

} // namespace inkboard::server
