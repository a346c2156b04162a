// SPDX-License-Identifier: Apache-2.0
#include "local_store.h"
#include "local_store_rows.h"
#include "model/document.h"
#include "model/limits.h"
#include "model/op_codec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace inkboard::sync {

using namespace store_rows;

namespace {

QByteArray opsBytes(const OpList &ops)
{
    return QJsonDocument(opsToJson(ops)).toJson(QJsonDocument::Compact);
}

// The log holds what a server or the local echo committed, validated then: only its form is
// checked again (the limits may have been lowered since).
std::optional<OpList> opsFrom(const QByteArray &bytes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isArray())
        return std::nullopt;
    const Limits stored = Limits::forStoredData();
    OpList ops;
    const QJsonArray array = doc.array();
    ops.reserve(array.size());
    for (const QJsonValue &v : array) {
        Parsed<Op> op = parseOp(v, stored);
        if (errorOf(op))
            return std::nullopt;
        ops.append(std::get<Op>(std::move(op)));
    }
    return ops;
}

} // namespace

bool LocalStore::appendHistory(const QString &drawingId, const QList<HistoryRecord> &commits)
{
    if (commits.isEmpty())
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return fail(QStringLiteral("append history"), db.lastError().text());
    auto rollback = [&](const QString &why) {
        db.rollback();
        return fail(QStringLiteral("append history"), why);
    };
    qint64 latest = historyLatest(drawingId);
    QSqlQuery &q = statement(QStringLiteral(
        "INSERT OR REPLACE INTO history(drawing_id, revision, author_id, author_name, client_id, "
        "created_at, ops) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    bool fold = false;
    for (const HistoryRecord &c : commits) {
        if (c.revision <= 0 || c.revision > latest + 1)
            return rollback(
                QStringLiteral("revision %1 does not follow %2").arg(c.revision).arg(latest));
        if (c.revision <= latest) {
            // A local echo again after a crash lost the confirmed write: the pending ops may
            // now be one commit where they were several, so what followed goes too.
            QSqlQuery drop(db);
            drop.prepare(
                QStringLiteral("DELETE FROM history WHERE drawing_id = ? AND revision >= ?"));
            drop.addBindValue(drawingId);
            drop.addBindValue(c.revision);
            if (!drop.exec())
                return rollback(drop.lastError().text());
        }
        q.bindValue(0, drawingId);
        q.bindValue(1, c.revision);
        q.bindValue(2, nn(c.authorId));
        q.bindValue(3, nn(c.authorName));
        q.bindValue(4, nn(c.clientId));
        q.bindValue(5, toMs(c.createdAt));
        q.bindValue(6, opsBytes(c.ops));
        if (!q.exec())
            return rollback(q.lastError().text());
        latest = qMax(latest, c.revision);
        // Counting the log at every commit would cost more than the insert.
        fold = fold || c.revision % kHistoryFoldSlack == 0;
    }
    if (fold && !foldHistory(drawingId))
        return rollback(m_lastError);
    if (!db.commit())
        return rollback(db.lastError().text());
    return true;
}

// Inside appendHistory's transaction: the oldest commits past the bound applied to the base
// with the model, then dropped.
bool LocalStore::foldHistory(const QString &drawingId)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT count(*), min(revision) FROM history WHERE drawing_id = ?"));
    q.addBindValue(drawingId);
    if (!q.exec() || !q.next())
        return fail(QStringLiteral("fold history"), q.lastError().text());
    const qint64 count = q.value(0).toLongLong();
    if (count <= kHistoryKept + kHistoryFoldSlack)
        return true;
    const qint64 upTo = q.value(1).toLongLong() + (count - kHistoryKept) - 1;
    bool ok = false;
    HistoryBase base = historyBase(drawingId, &ok);
    if (!ok)
        return false;
    const QList<HistoryRecord> all = loadHistory(drawingId, base.revision, &ok);
    if (!ok)
        return false;
    Document doc;
    for (const Object &o : std::as_const(base.objects))
        doc.put(o);
    for (const HistoryRecord &c : all) {
        if (c.revision > upTo)
            break;
        doc.apply(c.ops);
    }
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO history_base(drawing_id, revision, objects) "
                             "VALUES (?, ?, ?)"));
    q.addBindValue(drawingId);
    q.addBindValue(upTo);
    q.addBindValue(QJsonDocument(doc.toJson()).toJson(QJsonDocument::Compact));
    if (!q.exec())
        return fail(QStringLiteral("fold history"), q.lastError().text());
    q.prepare(QStringLiteral("DELETE FROM history WHERE drawing_id = ? AND revision <= ?"));
    q.addBindValue(drawingId);
    q.addBindValue(upTo);
    if (!q.exec())
        return fail(QStringLiteral("fold history"), q.lastError().text());
    return true;
}

QList<HistoryRecord> LocalStore::loadHistory(const QString &drawingId, qint64 after, bool *ok) const
{
    if (ok)
        *ok = true;
    const QString what = QStringLiteral("the history of drawing %1").arg(drawingId);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT revision, author_id, author_name, client_id, created_at, ops "
                             "FROM history WHERE drawing_id = ? AND revision > ? ORDER BY "
                             "revision"));
    q.addBindValue(drawingId);
    q.addBindValue(after);
    QList<HistoryRecord> list;
    if (!q.exec()) {
        readSucceeded(q, what, ok);
        return {};
    }
    while (q.next()) {
        std::optional<OpList> ops = opsFrom(q.value(5).toByteArray());
        if (!ops) {
            readFailed(what,
                       QStringLiteral("revision %1 cannot be read").arg(q.value(0).toLongLong()),
                       true, ok);
            return {};
        }
        list.append(HistoryRecord{q.value(0).toLongLong(), q.value(1).toString(),
                                  q.value(2).toString(), q.value(3).toString(), fromMs(q.value(4)),
                                  std::move(*ops)});
    }
    if (!readSucceeded(q, what, ok))
        return {};
    return list;
}

HistoryBase LocalStore::historyBase(const QString &drawingId, bool *ok) const
{
    if (ok)
        *ok = true;
    const QString what = QStringLiteral("the history of drawing %1").arg(drawingId);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT revision, objects FROM history_base WHERE drawing_id = ?"));
    q.addBindValue(drawingId);
    if (!q.exec() || !q.next()) {
        readSucceeded(q, what, ok);
        return {};
    }
    HistoryBase base;
    base.revision = q.value(0).toLongLong();
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(1).toByteArray());
    if (!doc.isArray()) {
        readFailed(what, QStringLiteral("its base state cannot be read"), true, ok);
        return {};
    }
    for (const QJsonValue &v : doc.array()) {
        Parsed<Object> o = parseStoredObject(v);
        if (errorOf(o)) {
            readFailed(what, QStringLiteral("its base state cannot be read"), true, ok);
            return {};
        }
        base.objects.append(std::get<Object>(std::move(o)));
    }
    return base;
}

qint64 LocalStore::historyLatest(const QString &drawingId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT max(revision) FROM history WHERE drawing_id = ?"));
    q.addBindValue(drawingId);
    if (q.exec() && q.next() && !q.value(0).isNull())
        return q.value(0).toLongLong();
    q.prepare(QStringLiteral("SELECT revision FROM history_base WHERE drawing_id = ?"));
    q.addBindValue(drawingId);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool LocalStore::setHistoryBase(const QString &drawingId, qint64 revision,
                                const QList<Object> &objects)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction())
        return fail(QStringLiteral("set history base"), db.lastError().text());
    QJsonArray array;
    for (const Object &o : objects)
        array.append(o.toJson());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM history WHERE drawing_id = ?"));
    q.addBindValue(drawingId);
    bool done = q.exec();
    if (done) {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO history_base(drawing_id, revision, "
                                 "objects) VALUES (?, ?, ?)"));
        q.addBindValue(drawingId);
        q.addBindValue(revision);
        q.addBindValue(QJsonDocument(array).toJson(QJsonDocument::Compact));
        done = q.exec();
    }
    if (!done || !db.commit()) {
        const QString why = done ? db.lastError().text() : q.lastError().text();
        db.rollback();
        return fail(QStringLiteral("set history base"), why);
    }
    return true;
}

bool LocalStore::clearHistory(const QString &drawingId)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    for (const QString &sql : {QStringLiteral("DELETE FROM history WHERE drawing_id = ?"),
                               QStringLiteral("DELETE FROM history_base WHERE drawing_id = ?")}) {
        q.prepare(sql);
        q.addBindValue(drawingId);
        if (!q.exec())
            return fail(QStringLiteral("clear history"), q.lastError().text());
    }
    return true;
}

} // namespace inkboard::sync
