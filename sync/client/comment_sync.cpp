// SPDX-License-Identifier: Apache-2.0
#include "comment_sync.h"

#include "logging.h"
#include "protocol/drawing_info.h"
#include "rest_client.h"

#include <QJsonArray>
#include <QUuid>

namespace inkboard::sync {

using protocol::Comment;
using Kind = CommentOutboxRecord::Kind;

namespace {

QString newCommentId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString path(const QString &drawingId, const QString &rest = {})
{
    return QStringLiteral("/drawings/%1/%2").arg(drawingId, rest);
}

// The comment in a 2xx answer's body, when it has one that parses.
std::optional<Comment> answered(const RestResult &r)
{
    Parsed<Comment> c = Comment::fromJson(r.json.value(QLatin1String("comment")));
    if (errorOf(c))
        return std::nullopt;
    return std::get<Comment>(std::move(c));
}

} // namespace

CommentSync::CommentSync(LocalStore *store, const QString &drawingId, const SyncOptions &options,
                         QObject *parent)
    : QObject(parent), m_store(store), m_drawingId(drawingId),
      m_options(options), m_me{QString(), tr("you")},
      m_backoff(options.backoffInitialMs, options.backoffMaxMs)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &CommentSync::sendNext);
    load();
}

CommentSync::~CommentSync() = default;

void CommentSync::load()
{
    bool ok = true;
    const QList<Comment> stored = m_store->loadComments(m_drawingId, &ok);
    if (!ok)
        emit refused(m_store->lastError());
    for (const Comment &c : stored)
        m_server.insert(c.id, c);
    m_outbox = m_store->commentOutbox(m_drawingId, &ok);
    if (!ok)
        emit refused(m_store->lastError());
    rebuild();
}

std::optional<Comment> CommentSync::comment(const QString &id) const
{
    const auto it = m_visible.constFind(id);
    if (it == m_visible.constEnd())
        return std::nullopt;
    return *it;
}

bool CommentSync::isQueued(const QString &id) const
{
    for (const CommentOutboxRecord &r : m_outbox) {
        if (r.target == id)
            return true;
    }
    return false;
}

void CommentSync::apply(QHash<QString, Comment> &comments, const CommentOutboxRecord &r,
                        const protocol::UserRef &me)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (r.kind == Kind::Post) {
        Parsed<protocol::CommentPost> post = protocol::CommentPost::fromJson(r.body);
        if (errorOf(post))
            return;
        const auto &p = std::get<protocol::CommentPost>(post);
        if (comments.contains(p.id))
            return; // taken by the server already; its copy is the truth
        Comment c;
        c.id = p.id;
        c.thread = p.thread.isEmpty() ? p.id : p.thread;
        c.author = me;
        c.anchor = p.anchor;
        c.text = p.text;
        c.createdAt = now;
        c.updatedAt = now;
        comments.insert(c.id, c);
        return;
    }
    auto it = comments.find(r.target);
    if (it == comments.end())
        return;
    switch (r.kind) {
    case Kind::Edit:
        it->text = r.body.value(QLatin1String("text")).toString();
        it->edited = true;
        it->updatedAt = now;
        break;
    case Kind::Delete:
        it->text.clear();
        it->deleted = true;
        it->updatedAt = now;
        break;
    case Kind::Resolve:
    case Kind::Reopen:
        it->resolved = r.kind == Kind::Resolve;
        it->resolvedBy = it->resolved ? me : protocol::UserRef{};
        break;
    case Kind::Post:
        break;
    }
}

void CommentSync::rebuild()
{
    m_visible = m_server;
    for (const CommentOutboxRecord &r : m_outbox)
        apply(m_visible, r, m_me);
    emit commentsChanged();
}

bool CommentSync::queue(Kind kind, const QString &target, const QJsonObject &body)
{
    CommentOutboxRecord r{0, kind, target, body};
    if (!m_store->queueComment(m_drawingId, kind, target, body, &r.seq)) {
        emit refused(m_store->lastError());
        return false;
    }
    m_outbox.append(r);
    rebuild();
    sendNext();
    return true;
}

QString CommentSync::startThread(const protocol::CommentAnchor &anchor, const QString &text)
{
    if (protocol::commentTextError(text))
        return {};
    protocol::CommentPost post{newCommentId(), QString(), anchor, text};
    return queue(Kind::Post, post.id, post.toJson()) ? post.id : QString();
}

QString CommentSync::reply(const QString &thread, const QString &text)
{
    const auto root = comment(thread);
    if (protocol::commentTextError(text) || !root || !root->startsThread())
        return {};
    protocol::CommentPost post{newCommentId(), thread, std::nullopt, text};
    return queue(Kind::Post, post.id, post.toJson()) ? post.id : QString();
}

bool CommentSync::edit(const QString &id, const QString &text)
{
    const auto c = comment(id);
    if (protocol::commentTextError(text) || !c || c->deleted)
        return false;
    if (c->text == text)
        return true;
    return queue(Kind::Edit, id, {{QStringLiteral("text"), text}});
}

bool CommentSync::remove(const QString &id)
{
    const auto c = comment(id);
    if (!c || c->deleted)
        return false;
    return queue(Kind::Delete, id, {});
}

bool CommentSync::setResolved(const QString &thread, bool resolved)
{
    const auto c = comment(thread);
    if (!c || !c->startsThread())
        return false;
    if (c->resolved == resolved)
        return true;
    return queue(resolved ? Kind::Resolve : Kind::Reopen, thread, {});
}

void CommentSync::goOnline(const QString &serverUrl)
{
    const std::optional<AccountRecord> account = m_store->account(serverUrl);
    if (!account || account->token.isEmpty())
        return goOffline();
    if (m_rest && m_rest->baseUrl() == QUrl(serverUrl) && m_rest->token() == account->token)
        return; // live already
    ++m_generation;
    m_inFlight = false;
    m_me = {account->userId, account->userName};
    m_rest = std::make_unique<RestClient>(QUrl(serverUrl));
    m_rest->setToken(account->token);
    m_rest->setTimeoutMs(m_options.requestTimeoutMs);
    m_rest->setMaxReplyBytes(m_options.maxReplyBytes);
    m_backoff.reset();
    rebuild(); // queued comments now show their author
    fetch(m_store->commentCursor(m_drawingId));
    refreshMembers();
    sendNext();
}

void CommentSync::refreshMembers()
{
    if (!m_rest)
        return;
    const quint64 generation = m_generation;
    m_rest->get(path(m_drawingId, QStringLiteral("members")), this,
                [this, generation](const RestResult &r) {
                    if (generation != m_generation || !r.ok())
                        return;
                    QStringList names;
                    for (const QJsonValue &v : r.json.value(QLatin1String("members")).toArray()) {
                        const protocol::Member m = protocol::Member::fromJson(v.toObject());
                        if (!m.user.name.isEmpty())
                            names.append(m.user.name);
                    }
                    names.sort(Qt::CaseInsensitive);
                    m_members = names;
                    emit membersChanged();
                });
}

void CommentSync::goOffline()
{
    if (!m_rest)
        return;
    ++m_generation;
    m_retry.stop();
    m_inFlight = false;
    m_rest->abortAll();
    m_rest.reset();
}

void CommentSync::receive(const protocol::CommentFrame &frame)
{
    if (frame.drawingId != m_drawingId)
        return;
    const Comment &c = frame.comment;
    const auto known = m_server.constFind(c.id);
    if (known != m_server.constEnd() && known->seq >= c.seq)
        return;
    // The cursor stays: frames are best effort, so the next fetch still reads from where the
    // pages left off, and a frame missed meanwhile is not skipped.
    if (!m_store->saveComments(m_drawingId, {c}))
        emit refused(m_store->lastError());
    m_server.insert(c.id, c);
    rebuild();
}

void CommentSync::fetch(qint64 after)
{
    if (!m_rest)
        return;
    const quint64 generation = m_generation;
    m_rest->get(
        path(m_drawingId, QStringLiteral("comments?after=%1").arg(after)), this,
        [this, generation, after](const RestResult &r) {
            if (generation != m_generation)
                return;
            if (!r.ok()) {
                qCInfo(lcSession) << m_drawingId << "comments not read:" << r.status
                                  << r.errorMessage();
                return; // the next time the session is live reads them again
            }
            Parsed<protocol::CommentPage> page = protocol::CommentPage::fromJson(r.json);
            if (const auto *err = errorOf(page)) {
                emit refused(
                    tr("The server sent comments that cannot be read: %1").arg(err->message));
                return;
            }
            const auto &p = std::get<protocol::CommentPage>(page);
            if (!m_store->saveComments(m_drawingId, p.comments, p.cursor))
                emit refused(m_store->lastError());
            for (const Comment &c : p.comments) {
                const auto known = m_server.constFind(c.id);
                if (known == m_server.constEnd() || known->seq < c.seq)
                    m_server.insert(c.id, c);
            }
            rebuild();
            if (p.hasMore && p.cursor > after)
                fetch(p.cursor);
        });
}

void CommentSync::sendNext()
{
    if (!m_rest || m_inFlight || m_retry.isActive())
        return;
    if (m_outbox.isEmpty()) {
        emit drained();
        return;
    }
    const CommentOutboxRecord r = m_outbox.first();
    QByteArray method = "POST";
    QString where;
    QJsonObject body = r.body;
    switch (r.kind) {
    case Kind::Post:
        where = path(m_drawingId, QStringLiteral("comments"));
        break;
    case Kind::Edit:
        method = "PATCH";
        where = path(m_drawingId, QStringLiteral("comments/") + r.target);
        break;
    case Kind::Delete:
        method = "DELETE";
        where = path(m_drawingId, QStringLiteral("comments/") + r.target);
        break;
    case Kind::Resolve:
        where = path(m_drawingId, QStringLiteral("threads/%1/resolve").arg(r.target));
        break;
    case Kind::Reopen:
        where = path(m_drawingId, QStringLiteral("threads/%1/reopen").arg(r.target));
        break;
    }
    m_inFlight = true;
    const quint64 generation = m_generation;
    auto done = [this, generation, r](const RestResult &result) {
        if (generation != m_generation)
            return;
        m_inFlight = false;
        onAnswer(r, result);
    };
    if (method == "DELETE")
        m_rest->sendBytes(method, where, {}, {}, this, done);
    else
        m_rest->sendJson(method, where, body, this, done);
}

void CommentSync::onAnswer(const CommentOutboxRecord &record, const RestResult &r)
{
    if (r.isTransient())
        return retryLater(r.retryAfterMs);
    if (r.status == 401)
        return goOffline(); // the session signs in again and goes live once more
    std::optional<Comment> answer;
    if (r.ok()) {
        answer = answered(r);
        // A delete answers 204 without the comment: the server's copy shows it deleted until
        // its frame or the next page brings the stored row.
        if (!answer && record.kind == Kind::Delete)
            apply(m_server, record, m_me);
    } else {
        // Refused for good (403, 404, 409, 400, 413): asking again gets the same answer.
        emit refused(tr("A comment could not be saved: %1").arg(r.errorMessage()));
    }
    if (!m_store->finishComment(m_drawingId, record.seq, answer)) {
        emit refused(m_store->lastError());
        return retryLater(-1);
    }
    m_backoff.reset();
    if (!m_outbox.isEmpty() && m_outbox.first().seq == record.seq)
        m_outbox.removeFirst();
    if (answer) {
        const auto known = m_server.constFind(answer->id);
        if (known == m_server.constEnd() || known->seq < answer->seq)
            m_server.insert(answer->id, *answer);
    }
    rebuild();
    sendNext();
}

void CommentSync::retryLater(int retryAfterMs)
{
    const int delay = qMax(retryAfterMs, m_backoff.nextDelayMs());
    m_retry.start(delay);
}

} // namespace inkboard::sync
