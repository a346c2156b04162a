// SPDX-License-Identifier: Apache-2.0
#include "history_routes.h"

#include "commit_json.h"
#include "model/op_codec.h"
#include "pipeline/drawing.h"
#include "pipeline/drawing_registry.h"
#include "pipeline/history.h"
#include "protocol/commit.h"
#include "protocol/commit_writer.h"
#include "protocol/page_writer.h"
#include "protocol/snapshot_writer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace inkboard::server {

using protocol::ApiError;
using protocol::Role;

namespace {

// PROTOCOL.md lets the server choose (at least 1,000): one round trip for 10,000 commits.
constexpr int kMaxOpsPage = 10000;
// And at most about this many bytes of ops (always at least one commit): has_more pages on.
constexpr qint64 kMaxOpsPageBytes = 8 * 1024 * 1024;

// Historic snapshots each user may have built: a burst of a few (a history view stepping
// back), then one a second. Cache hits are free.
constexpr double kSnapshotBuildsPerSecond = 1;
constexpr double kSnapshotBuildBurst = 5;
// Users whose bucket is kept; past it the full buckets (idle users) are forgotten.
constexpr qsizetype kMaxSnapshotBuckets = 4096;

std::optional<qint64> intParam(const HttpRequest &r, const QString &name, qint64 fallback, bool *ok)
{
    *ok = true;
    if (!r.query.hasQueryItem(name))
        return fallback;
    const QString text = r.query.queryItemValue(name, QUrl::FullyDecoded);
    bool parsed = false;
    const qint64 v = text.toLongLong(&parsed);
    if (!parsed || v < 0) {
        *ok = false;
        return std::nullopt;
    }
    return v;
}

// One GET …/ops page, read and written where the page reader runs it.
struct OpsPageBuild
{
    enum class Outcome
    {
        Done,
        Gone, // history starts after `after`: the client takes the snapshot
        Failed
    };
    Outcome outcome = Outcome::Failed;
    qint64 snapshotRevision = 0;
    QByteArray body;
};

// `head`: the latest and snapshot revisions when this node knows them, else read here.
OpsPageBuild buildOpsPage(Store &store, const QString &id, qint64 after, int pageSize,
                          std::optional<std::pair<qint64, qint64>> head)
{
    OpsPageBuild build;
    if (!head) {
        const auto record = store.drawing(id);
        if (!record)
            return build;
        head = std::pair{record->latestRevision, record->snapshotRevision};
    }
    const auto [latest, snapshotRevision] = *head;
    build.snapshotRevision = snapshotRevision;
    protocol::OpsPageWriter writer(id, latest);
    bool hasMore = false;
    if (after < latest) {
        const auto first = store.firstStoredRevision(id);
        if (!first)
            return build;
        if (*first == 0 || *first > after + 1) {
            build.outcome = OpsPageBuild::Outcome::Gone;
            return build;
        }
        // Bounded in bytes before any row is read: a page of 10,000 commits of a few MiB
        // each would otherwise be held whole, several times over.
        const auto end = store.pageEnd(id, after, latest, pageSize, kMaxOpsPageBytes);
        if (!end)
            return build;
        const auto page = store.commits(id, after, *end, pageSize);
        if (!page)
            return build;
        qsizetype size = 0;
        for (const CommitRecord &c : *page)
            size += c.opsJson.size() + 160 + c.authorName.size();
        writer.reserve(size);
        for (const CommitRecord &c : *page)
            writer.addCommit(commitJson(c));
        hasMore = !page->isEmpty() && page->last().revision < latest;
    }
    build.body = writer.finish(hasMore);
    build.outcome = OpsPageBuild::Outcome::Done;
    return build;
}

} // namespace

HistoryRoutes::HistoryRoutes(RouteHelpers &helpers)
    : m_api(helpers), m_ctx(helpers.context()),
      m_snapshots(m_ctx.config.snapshotCacheEntries, m_ctx.config.snapshotCacheBytes)
{}

void HistoryRoutes::addTo(Router &router)
{
    router.add("GET", "/api/v1/drawings/*/snapshot", Router::Token,
               [this](Call &c) { snapshot(c); });
    router.add("GET", "/api/v1/drawings/*/ops", Router::Token, [this](Call &c) { opsAfter(c); });
    router.add(
        "POST", "/api/v1/drawings/*/ops", Router::Token, [this](Call &c) { postOps(c); },
        m_api.requireRole(Role::Editor));
}

void HistoryRoutes::snapshot(Call &call)
{
    if (!m_api.access(call, Role::Viewer))
        return;
    const QString id = call.params[0];
    bool ok = true;
    const auto wanted = intParam(call.request, QStringLiteral("revision"), -1, &ok);
    if (!ok)
        return m_api.fail(
            call, ApiError::badRequest(QStringLiteral("'revision' must be a whole number >= 0")));
    QString error;
    Drawing *d = m_ctx.drawings->fresh(id, &error);
    if (!d)
        return m_api.fail(call, storageError());
    const qint64 latest = d->durableRevision();
    const qint64 revision = *wanted < 0 ? latest : *wanted;
    if (revision > latest)
        return m_api.fail(call, ApiError::notFound(QStringLiteral("no such revision yet")));

    if (revision == latest) {
        HttpResponse r;
        r.body = protocol::snapshotJson(id, revision, d->objectsJson());
        return m_api.reply(call, r);
    }
    const auto record = m_ctx.store->drawing(id);
    if (!record)
        return m_api.fail(call, storageError());
    const QString cacheKey =
        SnapshotCache::key(id, record->createdAt.toMSecsSinceEpoch(), revision);
    if (const auto cached = m_snapshots.find(cacheKey)) {
        m_ctx.metrics.historicSnapshot(true);
        HttpResponse r;
        r.body = *cached;
        return m_api.reply(call, r);
    }
    int retryAfter = 0;
    if (!takeSnapshotBuild(call.user.id, &retryAfter)) {
        HttpResponse r = HttpResponse::error(ApiError::rateLimited());
        r.withHeader("Retry-After", QByteArray::number(retryAfter));
        return m_api.reply(call, r);
    }
    // Rebuilt from history on the history reader's thread and connection: on a large
    // drawing that takes seconds, which the event loop must not wait for.
    const qint64 goneAt = d->snapshotRevision();
    auto pending = std::make_shared<Call>(std::move(call));
    auto built = std::make_shared<HistoricObjects>();
    m_ctx.historyReader->submit(
        [id, revision, built](Store &store) {
            *built = buildHistoricObjects(store, id, revision);
            if (built->outcome == HistoricObjects::Outcome::Done)
                built->json = protocol::snapshotJson(id, revision, built->json);
            return true; // its read transaction (ConsistentReads) has nothing to keep or undo
        },
        [this, pending, built, cacheKey, goneAt](bool ok) {
            if (!ok || built->outcome == HistoricObjects::Outcome::Failed)
                return m_api.fail(*pending, storageError());
            if (built->outcome == HistoricObjects::Outcome::Gone)
                return m_api.fail(*pending, ApiError::gone(goneAt));
            m_ctx.metrics.historicSnapshot(false);
            m_snapshots.insert(cacheKey, built->json);
            m_ctx.metrics.snapshotCacheHolds(m_snapshots.entries(), m_snapshots.bytes());
            HttpResponse r;
            r.body = std::move(built->json);
            m_api.reply(*pending, r);
        });
}

bool HistoryRoutes::takeSnapshotBuild(const QString &userId, int *retryAfterSeconds)
{
    if (m_snapshotBuilds.size() > kMaxSnapshotBuckets)
        m_snapshotBuilds.removeIf([](auto it) { return it.value().full(); });
    auto it = m_snapshotBuilds.find(userId);
    if (it == m_snapshotBuilds.end())
        it = m_snapshotBuilds.insert(userId,
                                     TokenBucket(kSnapshotBuildsPerSecond, kSnapshotBuildBurst));
    double wait = 0;
    if (it->take(&wait))
        return true;
    *retryAfterSeconds = qMax(1, int(std::ceil(wait)));
    return false;
}

void HistoryRoutes::opsAfter(Call &call)
{
    if (!m_api.access(call, Role::Viewer))
        return;
    const QString id = call.params[0];
    bool okAfter = true, okLimit = true;
    const auto after = intParam(call.request, QStringLiteral("after"), 0, &okAfter);
    const auto limit = intParam(call.request, QStringLiteral("limit"), kMaxOpsPage, &okLimit);
    if (!okAfter)
        return m_api.fail(
            call, ApiError::badRequest(QStringLiteral("'after' must be a whole number >= 0")));
    if (!okLimit || *limit < 1)
        return m_api.fail(
            call, ApiError::badRequest(QStringLiteral("'limit' must be a whole number >= 1")));
    const int pageSize = int(qMin<qint64>(*limit, kMaxOpsPage));

    // The drawing's head as this node knows it; with a shared store another node may be
    // ahead of this one's memory, so the page reader asks the store.
    std::optional<std::pair<qint64, qint64>> head;
    if (Drawing *d = m_ctx.drawings->find(id); d && !m_ctx.config.database.shared())
        head = std::pair{d->durableRevision(), d->snapshotRevision()};
    // Read and written on the page reader's thread and connection: a page is megabytes,
    // and many clients catching up at once must not stall the event loop.
    auto page = std::make_shared<OpsPageBuild>();
    auto pending = std::make_shared<Call>(std::move(call));
    m_ctx.pageReader->submit(
        [id, after = *after, pageSize, head, page](Store &store) {
            *page = buildOpsPage(store, id, after, pageSize, head);
            return true;
        },
        [this, pending, page](bool) {
            switch (page->outcome) {
            case OpsPageBuild::Outcome::Failed:
                return m_api.fail(*pending, storageError());
            case OpsPageBuild::Outcome::Gone:
                return m_api.fail(*pending, ApiError::gone(page->snapshotRevision));
            case OpsPageBuild::Outcome::Done:
                break;
            }
            HttpResponse r;
            r.body = std::move(page->body);
            m_api.reply(*pending, r);
        });
}

void HistoryRoutes::postOps(Call &c)
{
    if (!m_api.access(c, Role::Editor))
        return;
    auto body = m_api.jsonBody(c);
    if (!body)
        return;
    Parsed<protocol::CommitRequest> parsed =
        protocol::CommitRequest::fromJson(*body, m_ctx.config.limits);
    if (auto *err = errorOf(parsed))
        return m_api.fail(c, ApiError::fromValidation(*err));
    QString error;
    Drawing *d = m_ctx.drawings->get(c.params[0], &error);
    if (!d)
        return m_api.fail(c, storageError());
    auto call = std::make_shared<Call>(std::move(c));
    d->commit(call->user, std::get<protocol::CommitRequest>(std::move(parsed)),
              [this, call](const CommitOutcome &outcome) {
                  // The pipeline's outcome as HTTP: the answer, or the error + Retry-After.
                  HttpResponse r;
                  if (outcome.response) {
                      r.body = protocol::writeCommitResponse(*outcome.response);
                  } else {
                      r = HttpResponse::error(outcome.error);
                      if (outcome.retryAfterSeconds > 0)
                          r.withHeader("Retry-After",
                                       QByteArray::number(outcome.retryAfterSeconds));
                  }
                  m_api.reply(*call, r);
              });
}

} // namespace inkboard::server
