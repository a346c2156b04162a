// SPDX-License-Identifier: Apache-2.0
#include "comment_routes.h"

#include "model/ids.h"
#include "push_hub.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <cmath>

namespace inkboard::server {

using protocol::ApiError;
using protocol::Comment;
using protocol::Role;

namespace {

// Users whose bucket is kept; past it the full buckets (idle users) are forgotten.
constexpr qsizetype kMaxWriteBuckets = 4096;

ApiError noSuchComment()
{
    return ApiError::notFound(QStringLiteral("no such comment"));
}

// What tells a repeat of a POST from another body under the same id: its author and its
// fields, in the canonical form of the codec.
QByteArray postHash(const protocol::CommentPost &post, const QString &authorId)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(authorId.toUtf8());
    h.addData(QByteArrayView("\n"));
    h.addData(QJsonDocument(post.toJson()).toJson(QJsonDocument::Compact));
    return h.result().toHex();
}

QJsonObject commentBody(const Comment &c)
{
    return {{QStringLiteral("comment"), c.toJson()}};
}

// A change decided in the writer's transaction, answered on the event loop.
struct Change
{
    std::optional<ApiError> error;
    Comment comment;
    bool changed = false; // false: already so (a repeat), nothing written nor pushed
};

} // namespace

CommentRoutes::CommentRoutes(RouteHelpers &helpers) : m_api(helpers), m_ctx(helpers.context()) {}

void CommentRoutes::addTo(Router &router)
{
    // Every route is for members only (non-members: 404), refused before any body.
    const Router::Guard member = m_api.requireRole(Role::Viewer);
    router.add(
        "GET", "/api/v1/drawings/*/comments", Router::Token, [this](Call &c) { listComments(c); },
        member);
    router.add(
        "POST", "/api/v1/drawings/*/comments", Router::Token, [this](Call &c) { postComment(c); },
        member);
    router.add(
        "PATCH", "/api/v1/drawings/*/comments/*", Router::Token,
        [this](Call &c) { patchComment(c); }, member);
    router.add(
        "DELETE", "/api/v1/drawings/*/comments/*", Router::Token,
        [this](Call &c) { deleteComment(c); }, member);
    router.add(
        "POST", "/api/v1/drawings/*/threads/*/resolve", Router::Token,
        [this](Call &c) { setResolved(c, true); }, member);
    router.add(
        "POST", "/api/v1/drawings/*/threads/*/reopen", Router::Token,
        [this](Call &c) { setResolved(c, false); }, member);
}

bool CommentRoutes::takeWrite(Call &call)
{
    const int perMinute = m_ctx.config.commentsPerMinute;
    if (perMinute <= 0)
        return true;
    if (m_writes.size() > kMaxWriteBuckets)
        m_writes.removeIf([](auto it) { return it.value().full(); });
    auto it = m_writes.find(call.user.id);
    if (it == m_writes.end())
        it = m_writes.insert(call.user.id, TokenBucket(perMinute / 60.0, perMinute));
    double wait = 0;
    if (it->take(&wait))
        return true;
    HttpResponse r = HttpResponse::error(ApiError::rateLimited());
    r.withHeader("Retry-After", QByteArray::number(qMax(1, int(std::ceil(wait)))));
    m_api.reply(call, r);
    return false;
}

void CommentRoutes::publish(const QString &drawingId, const Comment &comment)
{
    const QByteArray frame = QJsonDocument(protocol::CommentFrame{drawingId, comment}.toJson())
                                 .toJson(QJsonDocument::Compact);
    m_ctx.hub->publishComment(drawingId, frame);
}

void CommentRoutes::listComments(Call &call)
{
    if (!m_api.access(call, Role::Viewer))
        return;
    const auto param = [&call](const QString &name, qint64 fallback) -> std::optional<qint64> {
        if (!call.request.query.hasQueryItem(name))
            return fallback;
        bool ok = false;
        const qint64 v =
            call.request.query.queryItemValue(name, QUrl::FullyDecoded).toLongLong(&ok);
        return ok && v >= 0 ? std::optional<qint64>(v) : std::nullopt;
    };
    const auto after = param(QStringLiteral("after"), 0);
    const auto limit = param(QStringLiteral("limit"), protocol::kMaxCommentPage);
    if (!after || !limit || *limit < 1)
        return m_api.fail(call, ApiError::badRequest(QStringLiteral(
                                    "'after' is a cursor (0 or more), 'limit' 1 or more")));
    const int pageSize = int(qMin<qint64>(*limit, protocol::kMaxCommentPage));
    // One more than the page, to know whether there is more.
    auto list = m_ctx.store->comments(call.params[0], *after, pageSize + 1);
    if (!list)
        return m_api.fail(call, storageError());
    protocol::CommentPage page;
    page.hasMore = list->size() > pageSize;
    if (page.hasMore)
        list->resize(pageSize);
    page.comments = std::move(*list);
    page.cursor = page.comments.isEmpty() ? *after : page.comments.constLast().seq;
    m_api.reply(call, HttpResponse::json(200, page.toJson()));
}

void CommentRoutes::postComment(Call &c)
{
    const auto role = m_api.access(c, Role::Viewer);
    if (!role)
        return;
    if (!protocol::canComment(*role))
        return m_api.fail(c, ApiError::forbidden(QStringLiteral("this role may not comment")));
    auto body = m_api.jsonBody(c);
    if (!body)
        return;
    auto parsed = protocol::CommentPost::fromJson(*body);
    if (const auto *err = errorOf(parsed))
        return m_api.fail(c, ApiError::fromValidation(*err));
    if (!takeWrite(c))
        return;
    const auto post = std::get<protocol::CommentPost>(std::move(parsed));
    auto call = std::make_shared<Call>(std::move(c));
    const QString drawingId = call->params[0];
    const protocol::UserRef author = call->user.ref();
    const QByteArray hash = postHash(post, author.id);
    const int quota = m_ctx.config.maxCommentsPerDrawing;
    auto change = std::make_shared<Change>();
    m_ctx.writer->submit(
        [drawingId, post, author, hash, quota, change](Store &store) {
            const auto existing = store.comment(drawingId, post.id);
            if (!existing)
                return false;
            if (*existing) {
                // A repeat (a client retrying after a lost answer) gets the stored comment.
                if ((*existing)->postHash != hash)
                    change->error = ApiError::conflict(
                        QStringLiteral("comment_id_conflict"),
                        QStringLiteral("that comment id was used with another body"));
                change->comment = (*existing)->comment;
                return true;
            }
            if (!post.thread.isEmpty()) {
                const auto root = store.comment(drawingId, post.thread);
                if (!root)
                    return false;
                if (!*root || !(*root)->comment.startsThread()) {
                    change->error = ApiError::notFound(QStringLiteral("no such thread"));
                    return true;
                }
            }
            if (quota > 0) {
                const auto count = store.commentCount(drawingId);
                if (!count)
                    return false;
                if (*count >= quota) {
                    change->error = ApiError::forbidden(
                        QStringLiteral("comment quota reached: a drawing holds at most %1 comments")
                            .arg(quota));
                    return true;
                }
            }
            const auto seq = store.nextCommentSeq(drawingId);
            if (!seq)
                return false;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            Comment &made = change->comment;
            made.id = post.id;
            made.thread = post.thread.isEmpty() ? post.id : post.thread;
            made.author = author;
            made.anchor = post.anchor;
            made.text = post.text;
            made.createdAt = now;
            made.updatedAt = now;
            made.seq = *seq;
            change->changed = true;
            return store.addComment(drawingId, CommentRecord{made, hash});
        },
        [this, call, drawingId, change](bool ok) {
            if (!ok)
                return m_api.fail(*call, storageError());
            if (change->error)
                return m_api.fail(*call, *change->error);
            if (change->changed)
                publish(drawingId, change->comment);
            m_api.reply(*call, HttpResponse::json(change->changed ? 201 : 200,
                                                  commentBody(change->comment)));
        });
}

void CommentRoutes::patchComment(Call &c)
{
    const auto role = m_api.access(c, Role::Viewer);
    if (!role)
        return;
    auto body = m_api.jsonBody(c);
    if (!body)
        return;
    const QJsonValue textValue = body->value(QLatin1String("text"));
    if (!textValue.isString())
        return m_api.fail(c, ApiError::badRequest(QStringLiteral("'text' must be a string")));
    const QString text = textValue.toString();
    if (const auto err = protocol::commentTextError(text))
        return m_api.fail(c, ApiError::fromValidation(*err));
    const QString commentId = c.params.value(1);
    if (!isValidId(commentId))
        return m_api.fail(c, noSuchComment());
    if (!takeWrite(c))
        return;
    auto call = std::make_shared<Call>(std::move(c));
    const QString drawingId = call->params[0];
    const QString userId = call->user.id;
    auto change = std::make_shared<Change>();
    m_ctx.writer->submit(
        [drawingId, commentId, userId, text, change](Store &store) {
            const auto found = store.comment(drawingId, commentId);
            if (!found)
                return false;
            if (!*found || (*found)->comment.deleted) {
                change->error = noSuchComment();
                return true;
            }
            Comment &comment = change->comment = (*found)->comment;
            if (comment.author.id != userId) {
                change->error =
                    ApiError::forbidden(QStringLiteral("only its author may edit a comment"));
                return true;
            }
            if (comment.text == text)
                return true; // a repeat
            const auto seq = store.nextCommentSeq(drawingId);
            if (!seq)
                return false;
            comment.text = text;
            comment.edited = true;
            comment.updatedAt = QDateTime::currentDateTimeUtc();
            comment.seq = *seq;
            change->changed = true;
            return store.updateComment(drawingId, comment);
        },
        [this, call, drawingId, change](bool ok) {
            if (!ok)
                return m_api.fail(*call, storageError());
            if (change->error)
                return m_api.fail(*call, *change->error);
            if (change->changed)
                publish(drawingId, change->comment);
            m_api.reply(*call, HttpResponse::json(200, commentBody(change->comment)));
        });
}

void CommentRoutes::deleteComment(Call &c)
{
    const auto role = m_api.access(c, Role::Viewer);
    if (!role)
        return;
    const QString commentId = c.params.value(1);
    if (!isValidId(commentId))
        return m_api.fail(c, noSuchComment());
    if (!takeWrite(c))
        return;
    auto call = std::make_shared<Call>(std::move(c));
    const QString drawingId = call->params[0];
    const QString userId = call->user.id;
    const Role callerRole = *role;
    auto change = std::make_shared<Change>();
    m_ctx.writer->submit(
        [drawingId, commentId, userId, callerRole, change](Store &store) {
            const auto found = store.comment(drawingId, commentId);
            if (!found)
                return false;
            if (!*found) {
                change->error = noSuchComment();
                return true;
            }
            Comment &comment = change->comment = (*found)->comment;
            if (!protocol::canDeleteComment(callerRole, comment.author.id == userId)) {
                change->error = ApiError::forbidden(
                    QStringLiteral("only its author or an owner may delete a comment"));
                return true;
            }
            if (comment.deleted)
                return true; // a repeat
            const auto seq = store.nextCommentSeq(drawingId);
            if (!seq)
                return false;
            // The row stays, without its text: readers paging by cursor learn of the delete,
            // and a thread's first comment keeps the thread's place for its replies.
            comment.text.clear();
            comment.deleted = true;
            comment.updatedAt = QDateTime::currentDateTimeUtc();
            comment.seq = *seq;
            change->changed = true;
            return store.updateComment(drawingId, comment);
        },
        [this, call, drawingId, change](bool ok) {
            if (!ok)
                return m_api.fail(*call, storageError());
            if (change->error)
                return m_api.fail(*call, *change->error);
            if (change->changed)
                publish(drawingId, change->comment);
            m_api.reply(*call, HttpResponse::noContent());
        });
}

void CommentRoutes::setResolved(Call &c, bool resolved)
{
    const auto role = m_api.access(c, Role::Viewer);
    if (!role)
        return;
    const QString threadId = c.params.value(1);
    if (!isValidId(threadId))
        return m_api.fail(c, ApiError::notFound(QStringLiteral("no such thread")));
    if (!takeWrite(c))
        return;
    auto call = std::make_shared<Call>(std::move(c));
    const QString drawingId = call->params[0];
    const protocol::UserRef user = call->user.ref();
    const Role callerRole = *role;
    auto change = std::make_shared<Change>();
    m_ctx.writer->submit(
        [drawingId, threadId, user, callerRole, resolved, change](Store &store) {
            const auto found = store.comment(drawingId, threadId);
            if (!found)
                return false;
            if (!*found || !(*found)->comment.startsThread()) {
                change->error = ApiError::notFound(QStringLiteral("no such thread"));
                return true;
            }
            Comment &root = change->comment = (*found)->comment;
            if (!protocol::canResolveThread(callerRole, root.author.id == user.id)) {
                change->error = ApiError::forbidden(QStringLiteral(
                    "only editors and the thread's author may resolve or reopen it"));
                return true;
            }
            if (root.resolved == resolved)
                return true; // a repeat
            const auto seq = store.nextCommentSeq(drawingId);
            if (!seq)
                return false;
            root.resolved = resolved;
            root.resolvedBy = resolved ? user : protocol::UserRef{};
            root.seq = *seq;
            change->changed = true;
            return store.updateComment(drawingId, root);
        },
        [this, call, drawingId, change](bool ok) {
            if (!ok)
                return m_api.fail(*call, storageError());
            if (change->error)
                return m_api.fail(*call, *change->error);
            if (change->changed)
                publish(drawingId, change->comment);
            m_api.reply(*call, HttpResponse::json(200, commentBody(change->comment)));
        });
}

} // namespace inkboard::server
