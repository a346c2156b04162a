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

bool deleteFor(QSqlQuery &q, const QString &sql, const QString &drawingId,
               std::optional<qint64> revision = std::nullopt)
{
    q.prepare(sql);
    q.addBindValue(drawingId);
    if (revision)
        q.addBindValue(*revision);
    return q.exec();
}

// The base's and the checkpoints' form: a JSON array of stored objects.
std::optional<QList<Object>> objectsFrom(const QByteArray &bytes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isArray())
        return std::nullopt;
    QList<Object> objects;
    const QJsonArray array = doc.array();
    objects.reserve(array.size());
    for (const QJsonValue &v : array) {
        Parsed<Object> o = parseStoredObject(v);
        if (errorOf(o))
            return std::nullopt;
        objects.append(std::get<Object>(std::move(o)));
    }
    return objects;
}

} // namespace

QByteArray LocalStore::storedObjectsBytes(const QList<Object> &objects)
{
    QJsonArray array;
    for (const Object &o : objects)
        array.append(o.toJson());
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

// The log holds what a server or the local echo committed, validated then: only its form is
// checked again (the limits may have been lowered since).
std::optional<OpList> LocalStore::parseStoredOps(const QByteArray &bytes)
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
            // The checkpoints at or past it were states of the commits dropped.
            QSqlQuery drop(db);
            if (!deleteFor(
                    drop,
                    QStringLiteral("DELETE FROM history WHERE drawing_id = ? AND revision >= ?"),
                    drawingId, c.revision) ||
                !deleteFor(drop,
                           QStringLiteral("DELETE FROM history_checkpoints WHERE drawing_id = ? "
                                          "AND revision >= ?"),
                           drawingId, c.revision))
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
    // Checkpoints at or below the new base are of no use any more.
    if (!deleteFor(q, QStringLiteral("DELETE FROM history WHERE drawing_id = ? AND revision <= ?"),
                   drawingId, upTo) ||
        !deleteFor(q,
                   QStringLiteral(
                       "DELETE FROM history_checkpoints WHERE drawing_id = ? AND revision <= ?"),
                   drawingId, upTo))
        return fail(QStringLiteral("fold history"), q.lastError().text());
    return true;
}

QList<HistoryRecord> LocalStore::loadHistory(const QString &drawingId, qint64 after, bool *ok) const
{
    bool read = true;
    QList<HistoryEntry> entries =
        loadHistoryEntries(drawingId, after, std::numeric_limits<qint64>::max(), &read);
    if (ok)
        *ok = read;
    if (!read)
        return {};
    QList<HistoryRecord> list;
    list.reserve(entries.size());
    for (HistoryEntry &e : entries) {
        std::optional<OpList> ops = parseStoredOps(e.opsJson);
        if (!ops) {
            readFailed(QStringLiteral("the history of drawing %1").arg(drawingId),
                       QStringLiteral("revision %1 cannot be read").arg(e.record.revision), true,
                       ok);
            return {};
        }
        e.record.ops = std::move(*ops);
        list.append(std::move(e.record));
    }
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
    std::optional<QList<Object>> objects = objectsFrom(q.value(1).toByteArray());
    if (!objects) {
        readFailed(what, QStringLiteral("its base state cannot be read"), true, ok);
        return {};
    }
    base.objects = std::move(*objects);
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
    QSqlQuery q(db);
    bool done =
        deleteFor(q, QStringLiteral("DELETE FROM history WHERE drawing_id = ?"), drawingId) &&
        deleteFor(q, QStringLiteral("DELETE FROM history_checkpoints WHERE drawing_id = ?"),
                  drawingId);
    if (done) {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO history_base(drawing_id, revision, "
                                 "objects) VALUES (?, ?, ?)"));
        q.addBindValue(drawingId);
        q.addBindValue(revision);
        q.addBindValue(storedObjectsBytes(objects));
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
    for (const QString &sql :
         {QStringLiteral("DELETE FROM history WHERE drawing_id = ?"),
          QStringLiteral("DELETE FROM history_base WHERE drawing_id = ?"),
          QStringLiteral("DELETE FROM history_checkpoints WHERE drawing_id = ?")}) {
        q.prepare(sql);
        q.addBindValue(drawingId);
        if (!q.exec())
            return fail(QStringLiteral("clear history"), q.lastError().text());
    }
    return true;
}

QList<HistoryEntry> LocalStore::loadHistoryEntries(const QString &drawingId, qint64 after,
                                                   qint64 through, bool *ok) const
{
    if (ok)
        *ok = true;
    const QString what = QStringLiteral("the history of drawing %1").arg(drawingId);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT revision, author_id, author_name, client_id, created_at, ops "
                             "FROM history WHERE drawing_id = ? AND revision > ? AND revision <= "
                             "? ORDER BY revision"));
    q.addBindValue(drawingId);
    q.addBindValue(after);
    q.addBindValue(through);
    QList<HistoryEntry> list;
    if (!q.exec()) {
        readSucceeded(q, what, ok);
        return {};
    }
    while (q.next()) {
        list.append(HistoryEntry{HistoryRecord{q.value(0).toLongLong(),
                                               q.value(1).toString(),
                                               q.value(2).toString(),
                                               q.value(3).toString(),
                                               fromMs(q.value(4)),
                                               {}},
                                 q.value(5).toByteArray()});
    }
    if (!readSucceeded(q, what, ok))
        return {};
    return list;
}

QList<qint64> LocalStore::historyTimes(const QString &drawingId, qint64 after, bool *ok) const
{
    if (ok)
        *ok = true;
    const QString what = QStringLiteral("the history of drawing %1").arg(drawingId);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT revision, created_at FROM history WHERE drawing_id = ? AND "
                             "revision > ? ORDER BY revision"));
    q.addBindValue(drawingId);
    q.addBindValue(after);
    QList<qint64> times;
    if (!q.exec()) {
        readSucceeded(q, what, ok);
        return {};
    }
    qint64 expected = after + 1;
    while (q.next()) {
        // appendHistory never leaves a gap: one means the file was changed behind our back.
        if (q.value(0).toLongLong() != expected++) {
            readFailed(what, QStringLiteral("its log has a gap"), true, ok);
            return {};
        }
        times.append(q.value(1).toLongLong());
    }
    if (!readSucceeded(q, what, ok))
        return {};
    return times;
}

QList<qint64> LocalStore::historyCheckpoints(const QString &drawingId, bool *ok) const
{
    if (ok)
        *ok = true;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral(
        "SELECT revision FROM history_checkpoints WHERE drawing_id = ? ORDER BY revision"));
    q.addBindValue(drawingId);
    QList<qint64> revisions;
    if (q.exec()) {
        while (q.next())
            revisions.append(q.value(0).toLongLong());
    }
    if (!readSucceeded(q, QStringLiteral("the history of drawing %1").arg(drawingId), ok))
        return {};
    return revisions;
}

std::optional<QList<Object>> LocalStore::historyCheckpoint(const QString &drawingId,
                                                           qint64 revision) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral(
        "SELECT objects FROM history_checkpoints WHERE drawing_id = ? AND revision = ?"));
    q.addBindValue(drawingId);
    q.addBindValue(revision);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return objectsFrom(q.value(0).toByteArray());
}

bool LocalStore::putHistoryCheckpoint(const QString &drawingId, qint64 revision,
                                      const QList<Object> &objects)
{
    return putHistoryCheckpointBytes(drawingId, revision, storedObjectsBytes(objects));
}

bool LocalStore::putHistoryCheckpointBytes(const QString &drawingId, qint64 revision,
                                           const QByteArray &objects)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction t(db);
    QSqlQuery q(db);
    // Only a revision the log holds: the log may have moved on (folded, rewritten) since the
    // checkpoint was built from it.
    q.prepare(QStringLiteral("SELECT 1 FROM history WHERE drawing_id = ? AND revision = ?"));
    q.addBindValue(drawingId);
    q.addBindValue(revision);
    if (!q.exec())
        return fail(QStringLiteral("keep a history checkpoint"), q.lastError().text());
    if (!q.next())
        return fail(QStringLiteral("keep a history checkpoint"),
                    QStringLiteral("revision %1 is not in the log").arg(revision));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO history_checkpoints(drawing_id, revision, "
                             "objects) VALUES (?, ?, ?)"));
    q.addBindValue(drawingId);
    q.addBindValue(revision);
    q.addBindValue(objects);
    if (!q.exec())
        return fail(QStringLiteral("keep a history checkpoint"), q.lastError().text());
    bool ok = false;
    const QList<qint64> kept = historyCheckpoints(drawingId, &ok);
    if (!ok)
        return false;
    if (kept.size() > kHistoryCheckpointsKept) {
        // Every other one goes, the newest stays: what is left stays evenly spread.
        for (qsizetype i = kept.size() % 2 == 0 ? 0 : 1; i < kept.size() - 1; i += 2) {
            if (!deleteFor(q,
                           QStringLiteral("DELETE FROM history_checkpoints WHERE drawing_id = ? "
                                          "AND revision = ?"),
                           drawingId, kept.at(i)))
                return fail(QStringLiteral("keep a history checkpoint"), q.lastError().text());
        }
    }
    if (!t.commit())
        return fail(QStringLiteral("keep a history checkpoint"), db.lastError().text());
    return true;
}

} // namespace inkboard::sync
