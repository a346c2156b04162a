// SPDX-License-Identifier: Apache-2.0
// LocalStore: comments, the server's copy and the outbox (CommentSync).
#include "local_store.h"
#include "local_store_rows.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace inkboard::sync {

using namespace store_rows;

namespace {

// Written by this store from what parsed; checked again as any input on the way back.
std::optional<protocol::Comment> commentFrom(const QByteArray &bytes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    Parsed<protocol::Comment> c = protocol::Comment::fromJson(doc.object());
    if (errorOf(c))
        return std::nullopt;
    return std::get<protocol::Comment>(std::move(c));
}

} // namespace

QList<protocol::Comment> LocalStore::loadComments(const QString &drawingId, bool *ok) const
{
    if (ok)
        *ok = true;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT comment FROM comments WHERE drawing_id = ? ORDER BY seq"));
    q.addBindValue(drawingId);
    QList<protocol::Comment> list;
    if (!q.exec()) {
        readFailed(QStringLiteral("comments"), q.lastError().text(), false, ok);
        return {};
    }
    while (q.next()) {
        auto c = commentFrom(q.value(0).toByteArray());
        if (!c) {
            readFailed(QStringLiteral("comments"), QStringLiteral("a comment does not parse"), true,
                       ok);
            return {};
        }
        list.append(std::move(*c));
    }
    if (!readSucceeded(q, QStringLiteral("comments"), ok))
        return {};
    return list;
}

qint64 LocalStore::commentCursor(const QString &drawingId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT cursor FROM comment_cursor WHERE drawing_id = ?"));
    q.addBindValue(drawingId);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool LocalStore::saveComments(const QString &drawingId, const QList<protocol::Comment> &comments,
                              qint64 cursor)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return fail(QStringLiteral("save comments"), db.lastError().text());
    auto rollback = [&](const QString &why) {
        db.rollback();
        return fail(QStringLiteral("save comments"), why);
    };
    // SQLite's upsert: a row is replaced only by a later change of the same comment.
    QSqlQuery &q = statement(
        QStringLiteral("INSERT INTO comments(drawing_id, id, seq, comment) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT(drawing_id, id) DO UPDATE SET seq = excluded.seq, comment = "
                       "excluded.comment WHERE excluded.seq > comments.seq"));
    for (const protocol::Comment &c : comments) {
        q.bindValue(0, drawingId);
        q.bindValue(1, c.id);
        q.bindValue(2, c.seq);
        q.bindValue(3, compact(c.toJson()));
        if (!q.exec())
            return rollback(q.lastError().text());
    }
    if (cursor > 0) {
        QSqlQuery &cur = statement(QStringLiteral(
            "INSERT INTO comment_cursor(drawing_id, cursor) VALUES (?, ?) ON "
            "CONFLICT(drawing_id) DO UPDATE SET cursor = MAX(cursor, excluded.cursor)"));
        cur.bindValue(0, drawingId);
        cur.bindValue(1, cursor);
        if (!cur.exec())
            return rollback(cur.lastError().text());
    }
    if (!db.commit())
        return rollback(db.lastError().text());
    return true;
}

bool LocalStore::queueComment(const QString &drawingId, CommentOutboxRecord::Kind kind,
                              const QString &target, const QJsonObject &body, qint64 *seq)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return fail(QStringLiteral("queue a comment"), db.lastError().text());
    QSqlQuery next(db);
    next.prepare(QStringLiteral(
        "SELECT COALESCE(MAX(seq), 0) + 1 FROM comment_outbox WHERE drawing_id = ?"));
    next.addBindValue(drawingId);
    if (!next.exec() || !next.next()) {
        const QString why = next.lastError().text();
        db.rollback();
        return fail(QStringLiteral("queue a comment"), why);
    }
    const qint64 n = next.value(0).toLongLong();
    next.finish();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO comment_outbox(drawing_id, seq, kind, target, body) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(drawingId);
    q.addBindValue(n);
    q.addBindValue(int(kind));
    q.addBindValue(nn(target));
    q.addBindValue(compact(body));
    if (!q.exec() || !db.commit()) {
        const QString why = q.lastError().isValid() ? q.lastError().text() : db.lastError().text();
        db.rollback();
        return fail(QStringLiteral("queue a comment"), why);
    }
    if (seq)
        *seq = n;
    return true;
}

QList<CommentOutboxRecord> LocalStore::commentOutbox(const QString &drawingId, bool *ok) const
{
    if (ok)
        *ok = true;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, kind, target, body FROM comment_outbox WHERE "
                             "drawing_id = ? ORDER BY seq"));
    q.addBindValue(drawingId);
    QList<CommentOutboxRecord> list;
    if (!q.exec()) {
        readFailed(QStringLiteral("comment outbox"), q.lastError().text(), false, ok);
        return {};
    }
    while (q.next()) {
        const int kind = q.value(1).toInt();
        const QJsonDocument body = QJsonDocument::fromJson(q.value(3).toByteArray());
        if (kind < int(CommentOutboxRecord::Kind::Post) ||
            kind > int(CommentOutboxRecord::Kind::Reopen) || !body.isObject()) {
            readFailed(QStringLiteral("comment outbox"),
                       QStringLiteral("a queued comment does not parse"), true, ok);
            return {};
        }
        list.append({q.value(0).toLongLong(), CommentOutboxRecord::Kind(kind),
                     q.value(2).toString(), body.object()});
    }
    if (!readSucceeded(q, QStringLiteral("comment outbox"), ok))
        return {};
    return list;
}

bool LocalStore::finishComment(const QString &drawingId, qint64 seq,
                               const std::optional<protocol::Comment> &answer)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return fail(QStringLiteral("finish a comment"), db.lastError().text());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM comment_outbox WHERE drawing_id = ? AND seq = ?"));
    q.addBindValue(drawingId);
    q.addBindValue(seq);
    if (!q.exec()) {
        const QString why = q.lastError().text();
        db.rollback();
        return fail(QStringLiteral("finish a comment"), why);
    }
    if (answer) {
        // In this transaction (saveComments opens its own, and QtSql does not nest them).
        QSqlQuery up(db);
        up.prepare(QStringLiteral(
            "INSERT INTO comments(drawing_id, id, seq, comment) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(drawing_id, id) DO UPDATE SET seq = excluded.seq, comment = "
            "excluded.comment WHERE excluded.seq > comments.seq"));
        up.addBindValue(drawingId);
        up.addBindValue(answer->id);
        up.addBindValue(answer->seq);
        up.addBindValue(compact(answer->toJson()));
        if (!up.exec()) {
            const QString why = up.lastError().text();
            db.rollback();
            return fail(QStringLiteral("finish a comment"), why);
        }
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return fail(QStringLiteral("finish a comment"), why);
    }
    return true;
}

} // namespace inkboard::sync
