// SPDX-License-Identifier: Apache-2.0
// LocalStore: drawings, their confirmed objects and pending ops, and publishing.
#include "local_store.h"
#include "local_store_rows.h"
#include "model/op_codec.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <limits>

namespace inkboard::sync {

using namespace store_rows;

bool LocalStore::createDrawing(const DrawingRecord &d)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT INTO drawings(%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(kDrawingColumns));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    q.addBindValue(d.id);
    q.addBindValue(d.title);
    q.addBindValue(nn(d.serverUrl));
    q.addBindValue(nn(d.role));
    q.addBindValue(d.confirmedRevision);
    q.addBindValue(d.needsCreate ? 1 : 0);
    q.addBindValue(toMs(d.createdAt.isValid() ? d.createdAt : now));
    q.addBindValue(toMs(d.updatedAt.isValid() ? d.updatedAt : now));
    if (!q.exec())
        return fail(QStringLiteral("create drawing"), q.lastError().text());
    return true;
}

QList<DrawingRecord> LocalStore::drawings(bool *ok) const
{
    if (ok)
        *ok = true;
    const QString what = QStringLiteral("the list of drawings");
    QList<DrawingRecord> list;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM drawings WHERE binned_at IS NULL ORDER BY "
                               "updated_at DESC, id")
                    .arg(kDrawingColumns))) {
        readSucceeded(q, what, ok);
        return {};
    }
    while (q.next())
        list.append(drawingFrom(q));
    if (!readSucceeded(q, what, ok))
        return {};
    return list;
}

std::optional<DrawingRecord> LocalStore::drawing(const QString &id, bool *ok) const
{
    if (ok)
        *ok = true;
    const QString what = QStringLiteral("drawing %1").arg(id);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM drawings WHERE id = ? AND binned_at IS NULL")
                  .arg(kDrawingColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        readSucceeded(q, what, ok); // "no such drawing" is not an error
        return std::nullopt;
    }
    return drawingFrom(q);
}

bool LocalStore::renameDrawing(const QString &id, const QString &title)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE drawings SET title = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(title);
    q.addBindValue(toMs(QDateTime::currentDateTimeUtc()));
    q.addBindValue(id);
    if (!q.exec())
        return fail(QStringLiteral("rename drawing"), q.lastError().text());
    if (q.numRowsAffected() == 0)
        return fail(QStringLiteral("rename drawing"), QStringLiteral("no such drawing"));
    return true;
}

bool LocalStore::deleteDrawing(const QString &id)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction t(db);
    QSqlQuery q(db);
    for (const QString &sql :
         {QStringLiteral("DELETE FROM objects WHERE drawing_id = ?"),
          QStringLiteral("DELETE FROM pending WHERE drawing_id = ?"),
          QStringLiteral("DELETE FROM history WHERE drawing_id = ?"),
          QStringLiteral("DELETE FROM history_base WHERE drawing_id = ?"),
          QStringLiteral("DELETE FROM history_checkpoints WHERE drawing_id = ?"),
          QStringLiteral("DELETE FROM comments WHERE drawing_id = ?"),
          QStringLiteral("DELETE FROM comment_cursor WHERE drawing_id = ?"),
          QStringLiteral("DELETE FROM comment_outbox WHERE drawing_id = ?"),
          QStringLiteral("DELETE FROM drawings WHERE id = ?")}) {
        q.prepare(sql);
        q.addBindValue(id);
        if (!q.exec())
            return fail(QStringLiteral("delete drawing"), q.lastError().text());
    }
    if (!t.commit())
        return fail(QStringLiteral("delete drawing"), t.error());
    return true;
}

bool LocalStore::setDrawingServer(const QString &id, const QString &serverUrl, const QString &role,
                                  bool needsCreate)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral(
        "UPDATE drawings SET server_url = ?, role = ?, needs_create = ? WHERE id = ?"));
    q.addBindValue(nn(serverUrl));
    q.addBindValue(nn(role));
    q.addBindValue(needsCreate ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec())
        return fail(QStringLiteral("set drawing server"), q.lastError().text());
    return true;
}

bool LocalStore::setDrawingRole(const QString &id, const QString &role)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE drawings SET role = ? WHERE id = ?"));
    q.addBindValue(role);
    q.addBindValue(id);
    if (!q.exec())
        return fail(QStringLiteral("set drawing role"), q.lastError().text());
    return true;
}

bool LocalStore::setNeedsCreate(const QString &id, bool needsCreate)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE drawings SET needs_create = ? WHERE id = ?"));
    q.addBindValue(needsCreate ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec())
        return fail(QStringLiteral("set needs_create"), q.lastError().text());
    return true;
}

QList<Object> LocalStore::loadObjects(const QString &drawingId, bool *ok) const
{
    if (ok)
        *ok = true;
    const QString what = QStringLiteral("the objects of drawing %1").arg(drawingId);
    QList<Object> objects;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, type, props FROM objects WHERE drawing_id = ?"));
    q.addBindValue(drawingId);
    if (!q.exec()) {
        readSucceeded(q, what, ok);
        return {};
    }
    // Rows were validated before they were written: parse without revalidating, so that a
    // large drawing opens fast. A row that does not even parse was damaged on disk; showing
    // the drawing without it would look like a deletion, so the load fails instead.
    while (q.next()) {
        const auto type = objectTypeFromString(q.value(1).toString());
        const QJsonDocument props = QJsonDocument::fromJson(q.value(2).toByteArray());
        if (!type || !props.isObject()) {
            readFailed(what, QStringLiteral("object %1 cannot be read").arg(q.value(0).toString()),
                       true, ok);
            return {};
        }
        objects.append(Object{q.value(0).toString(), *type, props.object()});
    }
    if (!readSucceeded(q, what, ok))
        return {};
    return objects;
}

QList<PendingRecord> LocalStore::loadPending(const QString &drawingId, bool *ok) const
{
    if (ok)
        *ok = true;
    const QString what = QStringLiteral("the pending edits of drawing %1").arg(drawingId);
    QList<PendingRecord> list;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, op FROM pending WHERE drawing_id = ? ORDER BY seq"));
    q.addBindValue(drawingId);
    if (!q.exec()) {
        readSucceeded(q, what, ok);
        return {};
    }
    // Each op was validated against the limits its server advertised, which may exceed the
    // defaults: only the op's form is checked here, so that a long stroke accepted then is
    // not refused now. An op that fails even that was damaged on disk; skipping it would
    // drop an edit the user saw, so the load fails instead.
    const Limits stored = Limits::forStoredData();
    while (q.next()) {
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(1).toByteArray());
        Parsed<Op> op = parseOp(doc.object(), stored);
        if (const ValidationError *err = errorOf(op)) {
            readFailed(what,
                       QStringLiteral("pending edit %1 cannot be read (%2)")
                           .arg(q.value(0).toLongLong())
                           .arg(err->message),
                       true, ok);
            return {};
        }
        list.append(PendingRecord{q.value(0).toLongLong(), std::get<Op>(std::move(op))});
    }
    if (!readSucceeded(q, what, ok))
        return {};
    return list;
}

qsizetype LocalStore::pendingCount(const QString &drawingId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT count(*) FROM pending WHERE drawing_id = ?"));
    q.addBindValue(drawingId);
    if (!q.exec() || !q.next()) {
        readSucceeded(q, QStringLiteral("the pending count of drawing %1").arg(drawingId), nullptr);
        return 0;
    }
    return q.value(0).toLongLong();
}

bool LocalStore::appendPending(const QString &drawingId, const OpList &ops)
{
    if (ops.isEmpty())
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction t(db);
    if (!t.isOpen())
        return fail(QStringLiteral("append pending"), t.error());
    QSqlQuery &last =
        statement(QStringLiteral("SELECT coalesce(max(seq), 0) FROM pending WHERE drawing_id = ?"));
    last.bindValue(0, drawingId);
    if (!last.exec() || !last.next())
        return fail(QStringLiteral("append pending"), last.lastError().text());
    qint64 seq = last.value(0).toLongLong();
    last.finish();
    QSqlQuery &q = statement(
        QStringLiteral("INSERT INTO pending(drawing_id, seq, op_id, op) VALUES (?, ?, ?, ?)"));
    for (const Op &op : ops) {
        q.bindValue(0, drawingId);
        q.bindValue(1, ++seq);
        q.bindValue(2, op.opId);
        q.bindValue(3, compact(op.toJson()));
        if (!q.exec())
            return fail(QStringLiteral("append pending"), q.lastError().text());
    }
    if (!t.commit())
        return fail(QStringLiteral("append pending"), t.error());
    return true;
}

bool LocalStore::removePending(const QString &drawingId, const QStringList &opIds)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction t(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM pending WHERE drawing_id = ? AND op_id = ?"));
    for (const QString &opId : opIds) {
        q.bindValue(0, drawingId);
        q.bindValue(1, opId);
        if (!q.exec())
            return fail(QStringLiteral("remove pending"), q.lastError().text());
    }
    if (!t.commit())
        return fail(QStringLiteral("remove pending"), t.error());
    return true;
}

bool LocalStore::writeConfirmed(const QString &drawingId, qint64 revision,
                                const QList<Object> &changed, const QStringList &removed,
                                const QStringList &ackedOpIds)
{
    // The drawing row first: a drawing deleted meanwhile gets no orphan objects.
    QSqlQuery &u = statement(
        QStringLiteral("UPDATE drawings SET confirmed_revision = ?, updated_at = ? WHERE id = ?"));
    u.bindValue(0, revision);
    u.bindValue(1, toMs(QDateTime::currentDateTimeUtc()));
    u.bindValue(2, drawingId);
    if (!u.exec())
        return fail(QStringLiteral("write confirmed"), u.lastError().text());
    if (u.numRowsAffected() == 0)
        return fail(QStringLiteral("write confirmed"), QStringLiteral("no such drawing"));
    if (!changed.isEmpty()) {
        // An upsert rewrites the row in place; INSERT OR REPLACE would delete and reinsert it.
        QSqlQuery &q = statement(QStringLiteral(
            "INSERT INTO objects(drawing_id, id, type, props) VALUES (?, ?, ?, ?) ON "
            "CONFLICT(drawing_id, id) DO UPDATE SET type = excluded.type, props = excluded.props"));
        for (const Object &o : changed) {
            q.bindValue(0, drawingId);
            q.bindValue(1, o.id);
            q.bindValue(2, objectTypeName(o.type));
            q.bindValue(3, compact(o.props));
            if (!q.exec())
                return fail(QStringLiteral("write confirmed"), q.lastError().text());
        }
    }
    if (!removed.isEmpty()) {
        QSqlQuery &q =
            statement(QStringLiteral("DELETE FROM objects WHERE drawing_id = ? AND id = ?"));
        for (const QString &id : removed) {
            q.bindValue(0, drawingId);
            q.bindValue(1, id);
            if (!q.exec())
                return fail(QStringLiteral("write confirmed"), q.lastError().text());
        }
    }
    if (!ackedOpIds.isEmpty()) {
        QSqlQuery &q =
            statement(QStringLiteral("DELETE FROM pending WHERE drawing_id = ? AND op_id = ?"));
        for (const QString &opId : ackedOpIds) {
            q.bindValue(0, drawingId);
            q.bindValue(1, opId);
            if (!q.exec())
                return fail(QStringLiteral("write confirmed"), q.lastError().text());
        }
    }
    return true;
}

bool LocalStore::commitConfirmed(const QString &drawingId, qint64 revision,
                                 const QList<Object> &changed, const QStringList &removed,
                                 const QStringList &ackedOpIds)
{
    Transaction t(QSqlDatabase::database(m_connectionName, false));
    if (!t.isOpen())
        return fail(QStringLiteral("commit confirmed"), t.error());
    if (!writeConfirmed(drawingId, revision, changed, removed, ackedOpIds))
        return false;
    if (!t.commit())
        return fail(QStringLiteral("commit confirmed"), t.error());
    return true;
}

bool LocalStore::replaceConfirmed(const QString &drawingId, qint64 revision,
                                  const QList<Object> &objects, const QStringList &ackedOpIds)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction t(db);
    if (!t.isOpen())
        return fail(QStringLiteral("replace confirmed"), t.error());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM objects WHERE drawing_id = ?"));
    q.addBindValue(drawingId);
    if (!q.exec())
        return fail(QStringLiteral("replace confirmed"), q.lastError().text());
    q.finish();
    if (!writeConfirmed(drawingId, revision, objects, {}, ackedOpIds))
        return false;
    if (!t.commit())
        return fail(QStringLiteral("replace confirmed"), t.error());
    return true;
}

bool LocalStore::convertForPublish(const QString &drawingId, const QString &serverUrl,
                                   const std::function<QString()> &makeOpId)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction t(db);
    if (!t.isOpen())
        return fail(QStringLiteral("publish"), t.error());
    // Both reads must be whole: the DELETEs below would otherwise make what a damaged page
    // hid gone for good, pending edits included.
    bool objectsOk = false;
    bool pendingOk = false;
    const QList<Object> objects = loadObjects(drawingId, &objectsOk);
    if (!objectsOk)
        return false;
    const QList<PendingRecord> pending = loadPending(drawingId, &pendingOk);
    if (!pendingOk)
        return false;
    QSqlQuery q(db);
    // The local log ends here: the server's revisions start again at 0 with the creates
    // below, and its commit list is the drawing's history from now on.
    for (const QString &sql :
         {QStringLiteral("DELETE FROM objects WHERE drawing_id = ?"),
          QStringLiteral("DELETE FROM pending WHERE drawing_id = ?"),
          QStringLiteral("DELETE FROM history WHERE drawing_id = ?"),
          QStringLiteral("DELETE FROM history_base WHERE drawing_id = ?"),
          QStringLiteral("DELETE FROM history_checkpoints WHERE drawing_id = ?")}) {
        q.prepare(sql);
        q.addBindValue(drawingId);
        if (!q.exec())
            return fail(QStringLiteral("publish"), q.lastError().text());
    }
    q.prepare(
        QStringLiteral("INSERT INTO pending(drawing_id, seq, op_id, op) VALUES (?, ?, ?, ?)"));
    qint64 seq = 0;
    auto insert = [&](const Op &op) {
        q.bindValue(0, drawingId);
        q.bindValue(1, ++seq);
        q.bindValue(2, op.opId);
        q.bindValue(3, compact(op.toJson()));
        return q.exec();
    };
    for (const Object &o : objects) {
        if (!insert(Op::create(makeOpId(), o.id, o.type, o.props)))
            return fail(QStringLiteral("publish"), q.lastError().text());
    }
    for (const PendingRecord &p : pending) {
        if (!insert(p.op))
            return fail(QStringLiteral("publish"), q.lastError().text());
    }
    q.prepare(QStringLiteral("UPDATE drawings SET server_url = ?, role = 'owner', "
                             "confirmed_revision = 0, needs_create = 1 WHERE id = ?"));
    q.addBindValue(serverUrl);
    q.addBindValue(drawingId);
    if (!q.exec())
        return fail(QStringLiteral("publish"), q.lastError().text());
    if (!t.commit())
        return fail(QStringLiteral("publish"), t.error());
    return true;
}

} // namespace inkboard::sync
