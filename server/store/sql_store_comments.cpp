// SPDX-License-Identifier: Apache-2.0
// SqlStore: comments (PROTOCOL.md §8), beside the drawings they are on.
#include "sql_rows.h"
#include "sql_store.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

namespace inkboard::server {

using namespace sql_rows;

namespace {

constexpr const char *kCommentColumns =
    "id, thread_id, author_id, author_name, anchor, text, created_at, updated_at, edited,"
    " deleted, resolved, resolved_by_id, resolved_by_name, seq, post_hash";

// A text column: a null QString would bind as NULL.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString anchorText(const std::optional<protocol::CommentAnchor> &anchor)
{
    if (!anchor)
        return {};
    return QString::fromUtf8(QJsonDocument(anchor->toJson()).toJson(QJsonDocument::Compact));
}

// The row as the columns of kCommentColumns read it. The anchor was checked when it was
// written; one that no longer parses is left out rather than failing the page.
CommentRecord readComment(const QSqlQuery &q)
{
    CommentRecord r;
    protocol::Comment &c = r.comment;
    c.id = q.value(0).toString();
    c.thread = q.value(1).toString();
    c.author = {q.value(2).toString(), q.value(3).toString()};
    const QByteArray anchor = q.value(4).toString().toUtf8();
    if (!anchor.isEmpty()) {
        const auto parsed =
            protocol::CommentAnchor::fromJson(QJsonDocument::fromJson(anchor).object());
        if (const auto *a = std::get_if<protocol::CommentAnchor>(&parsed))
            c.anchor = *a;
    }
    c.text = q.value(5).toString();
    c.createdAt = fromMs(q.value(6));
    c.updatedAt = fromMs(q.value(7));
    c.edited = q.value(8).toInt() != 0;
    c.deleted = q.value(9).toInt() != 0;
    c.resolved = q.value(10).toInt() != 0;
    c.resolvedBy = {q.value(11).toString(), q.value(12).toString()};
    c.seq = q.value(13).toLongLong();
    r.postHash = q.value(14).toString().toLatin1();
    return r;
}

} // namespace

std::optional<qint64> SqlStore::nextCommentSeq(const QString &drawingId)
{
    QSqlQuery &bump = prepared("UPDATE drawings SET comment_seq = comment_seq + 1 WHERE id = ?");
    bump.addBindValue(drawingId);
    if (!exec(bump))
        return std::nullopt;
    bump.finish();
    QSqlQuery &q = prepared("SELECT comment_seq FROM drawings WHERE id = ?");
    q.addBindValue(drawingId);
    if (!exec(q))
        return std::nullopt;
    if (!q.next()) {
        q.finish();
        m_error = QStringLiteral("no such drawing");
        return std::nullopt;
    }
    const qint64 seq = q.value(0).toLongLong();
    q.finish();
    return seq;
}

std::optional<std::optional<CommentRecord>> SqlStore::comment(const QString &drawingId,
                                                              const QString &commentId)
{
    static const QByteArray sql =
        QByteArray("SELECT ") + kCommentColumns + " FROM comments WHERE drawing_id = ? AND id = ?";
    QSqlQuery &q = prepared(sql.constData());
    q.addBindValue(drawingId);
    q.addBindValue(commentId);
    if (!exec(q))
        return std::nullopt;
    std::optional<CommentRecord> r;
    if (q.next())
        r = readComment(q);
    q.finish();
    return r;
}

std::optional<QList<protocol::Comment>> SqlStore::comments(const QString &drawingId, qint64 after,
                                                           int limit)
{
    static const QByteArray sql = QByteArray("SELECT ") + kCommentColumns +
                                  " FROM comments WHERE drawing_id = ? AND seq > ?"
                                  " ORDER BY seq LIMIT ?";
    QSqlQuery &q = prepared(sql.constData());
    q.addBindValue(drawingId);
    q.addBindValue(after);
    q.addBindValue(limit);
    if (!exec(q))
        return std::nullopt;
    QList<protocol::Comment> list;
    while (q.next())
        list.append(readComment(q).comment);
    q.finish();
    return list;
}

std::optional<qint64> SqlStore::commentCount(const QString &drawingId)
{
    QSqlQuery &q = prepared("SELECT COUNT(*) FROM comments WHERE drawing_id = ?");
    q.addBindValue(drawingId);
    if (!exec(q))
        return std::nullopt;
    const qint64 n = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return n;
}

bool SqlStore::addComment(const QString &drawingId, const CommentRecord &record)
{
    static const QByteArray sql = QByteArray("INSERT INTO comments (drawing_id, ") +
                                  kCommentColumns +
                                  ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    const protocol::Comment &c = record.comment;
    QSqlQuery &q = prepared(sql.constData());
    q.addBindValue(drawingId);
    q.addBindValue(c.id);
    q.addBindValue(c.thread);
    q.addBindValue(c.author.id);
    q.addBindValue(c.author.name);
    q.addBindValue(notNull(anchorText(c.anchor)));
    q.addBindValue(notNull(c.text));
    q.addBindValue(toMs(c.createdAt));
    q.addBindValue(toMs(c.updatedAt));
    q.addBindValue(c.edited ? 1 : 0);
    q.addBindValue(c.deleted ? 1 : 0);
    q.addBindValue(c.resolved ? 1 : 0);
    q.addBindValue(notNull(c.resolvedBy.id));
    q.addBindValue(notNull(c.resolvedBy.name));
    q.addBindValue(c.seq);
    q.addBindValue(QString::fromLatin1(record.postHash));
    return exec(q);
}

bool SqlStore::updateComment(const QString &drawingId, const protocol::Comment &c)
{
    QSqlQuery &q = prepared("UPDATE comments SET text = ?, edited = ?, deleted = ?, resolved = ?,"
                            " resolved_by_id = ?, resolved_by_name = ?, updated_at = ?, seq = ?"
                            " WHERE drawing_id = ? AND id = ?");
    q.addBindValue(notNull(c.text));
    q.addBindValue(c.edited ? 1 : 0);
    q.addBindValue(c.deleted ? 1 : 0);
    q.addBindValue(c.resolved ? 1 : 0);
    q.addBindValue(notNull(c.resolvedBy.id));
    q.addBindValue(notNull(c.resolvedBy.name));
    q.addBindValue(toMs(c.updatedAt));
    q.addBindValue(c.seq);
    q.addBindValue(drawingId);
    q.addBindValue(c.id);
    return exec(q);
}

} // namespace inkboard::server
