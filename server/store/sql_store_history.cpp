// SPDX-License-Identifier: Apache-2.0
// SqlStore: commits, op ids, snapshots and blobs.
#include "logging.h"
#include "model/ids.h"
#include "sql_rows.h"
#include "sql_store.h"
#include "stored_depth.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

namespace inkboard::server {

using namespace sql_rows;

// ---- commits

AppendResult SqlStore::appendCommits(const QString &drawingId, const QList<CommitRecord> &commits,
                                     const QDateTime &now)
{
    if (commits.isEmpty())
        return AppendResult::Ok;
    QSqlQuery &head = prepared("UPDATE drawings SET latest_revision = ?, updated_at = ? "
                               "WHERE id = ? AND latest_revision = ?");
    head.addBindValue(commits.last().revision);
    head.addBindValue(toMs(now));
    head.addBindValue(drawingId);
    head.addBindValue(commits.first().revision - 1);
    if (!exec(head))
        return AppendResult::Failed;
    if (head.numRowsAffected() != 1) {
        m_error = QStringLiteral("drawing %1 is not at revision %2")
                      .arg(drawingId)
                      .arg(commits.first().revision - 1);
        return AppendResult::Stale;
    }
    QSqlQuery &c = prepared("INSERT INTO commits (drawing_id, revision, author_id, author_name, "
                            "client_id, created_at, ops) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const CommitRecord &r : commits) {
        c.addBindValue(drawingId);
        c.addBindValue(r.revision);
        c.addBindValue(r.authorId);
        c.addBindValue(r.authorName);
        c.addBindValue(r.clientId);
        c.addBindValue(toMs(r.createdAt));
        c.addBindValue(r.opsJson); // bytes in and out: no UTF-16 round trip
        if (!exec(c))
            return AppendResult::Failed;
    }
    // The op ids, many rows a statement: one round trip to PostgreSQL per kOpsPerInsert ops
    // rather than per op.
    struct OpRow
    {
        const QString *opId;
        const QByteArray *hash;
        qint64 revision;
    };
    QList<OpRow> rows;
    for (const CommitRecord &r : commits) {
        for (const auto &[opId, hash] : r.opHashes)
            rows.append(OpRow{&opId, &hash, r.revision});
    }
    for (qsizetype from = 0; from < rows.size(); from += kOpsPerInsert) {
        const qsizetype n = qMin<qsizetype>(kOpsPerInsert, rows.size() - from);
        QSqlQuery &o = prepared(opsInsertSql(int(n)));
        for (qsizetype i = from; i < from + n; ++i) {
            o.addBindValue(drawingId);
            o.addBindValue(*rows[i].opId);
            o.addBindValue(rows[i].revision);
            o.addBindValue(QString::fromLatin1(*rows[i].hash));
        }
        if (!exec(o))
            return AppendResult::Failed;
    }
    return addBlobRefs(drawingId, commits) ? AppendResult::Ok : AppendResult::Failed;
}

bool SqlStore::addBlobRefs(const QString &drawingId, const QList<CommitRecord> &commits)
{
    for (const CommitRecord &r : commits) {
        if (!r.opsJson.contains("\"blob\""))
            continue; // the common case: no image in it, nothing parsed
        const QJsonArray ops = QJsonDocument::fromJson(r.opsJson).array();
        for (const QJsonValue &op : ops) {
            const QString hash = op[QLatin1String("props")][QLatin1String("blob")].toString();
            if (!isValidBlobHash(hash))
                continue;
            // Naming a hash does not open a blob: only an author who could read it passes
            // it on to the drawing's readers.
            const auto readable = canReadBlob(hash, r.authorId);
            if (!readable)
                return false;
            if (!*readable)
                continue;
            QSqlQuery &q = prepared("INSERT INTO blob_refs (drawing_id, hash) VALUES (?, ?) "
                                    "ON CONFLICT DO NOTHING");
            q.addBindValue(drawingId);
            q.addBindValue(hash);
            if (!exec(q))
                return false;
        }
    }
    return true;
}

std::optional<QList<CommitRecord>> SqlStore::commits(const QString &drawingId, qint64 after,
                                                     qint64 upTo, int limit)
{
    QSqlQuery &q = prepared("SELECT revision, author_id, author_name, client_id, created_at, ops "
                            "FROM commits WHERE drawing_id = ? AND revision > ? AND revision <= ? "
                            "ORDER BY revision LIMIT ?");
    q.addBindValue(drawingId);
    q.addBindValue(after);
    q.addBindValue(upTo);
    q.addBindValue(limit);
    if (!exec(q))
        return std::nullopt;
    QList<CommitRecord> list;
    while (q.next()) {
        CommitRecord r;
        r.revision = q.value(0).toLongLong();
        r.authorId = q.value(1).toString();
        r.authorName = q.value(2).toString();
        r.clientId = q.value(3).toString();
        r.createdAt = fromMs(q.value(4));
        r.opsJson = q.value(5).toByteArray();
        if (const QStringList out = trimTooDeepProps(r.opsJson); !out.isEmpty()) {
            qCWarning(lcStore)
                << "drawing" << drawingId << "commit" << r.revision
                << "holds prop values nested too deep for a client; served without them (the "
                   "store keeps them):"
                << out.join(QLatin1String(", "));
        }
        list.append(std::move(r));
    }
    q.finish();
    return list;
}

std::optional<qint64> SqlStore::pageEnd(const QString &drawingId, qint64 after, qint64 upTo,
                                        int limit, qint64 maxBytes)
{
    // length() counts characters of text in both databases: for the mostly ASCII JSON of
    // ops that is the byte count, near enough for a budget.
    QSqlQuery &q = prepared("SELECT revision, length(ops) FROM commits WHERE drawing_id = ? "
                            "AND revision > ? AND revision <= ? ORDER BY revision LIMIT ?");
    q.addBindValue(drawingId);
    q.addBindValue(after);
    q.addBindValue(upTo);
    q.addBindValue(limit);
    if (!exec(q))
        return std::nullopt;
    qint64 end = after;
    qint64 bytes = 0;
    while (q.next()) {
        bytes += q.value(1).toLongLong();
        if (bytes > maxBytes && end > after)
            break;
        end = q.value(0).toLongLong();
    }
    q.finish();
    return end;
}

std::optional<QHash<QString, OpRecord>> SqlStore::ops(const QString &drawingId,
                                                      const QStringList &opIds)
{
    QHash<QString, OpRecord> found;
    QSqlQuery &q =
        prepared("SELECT revision, payload_hash FROM ops WHERE drawing_id = ? AND op_id = ?");
    for (const QString &id : opIds) {
        q.addBindValue(drawingId);
        q.addBindValue(id);
        if (!exec(q))
            return std::nullopt;
        if (q.next())
            found.insert(id, OpRecord{q.value(0).toLongLong(), q.value(1).toString().toLatin1()});
        q.finish();
    }
    return found;
}

std::optional<QStringList> SqlStore::opIds(const QString &drawingId)
{
    QSqlQuery &q = prepared("SELECT op_id FROM ops WHERE drawing_id = ?");
    q.addBindValue(drawingId);
    if (!exec(q))
        return std::nullopt;
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    q.finish();
    return ids;
}

std::optional<qint64> SqlStore::firstStoredRevision(const QString &drawingId)
{
    QSqlQuery &q = prepared("SELECT MIN(revision) FROM commits WHERE drawing_id = ?");
    q.addBindValue(drawingId);
    if (!exec(q))
        return std::nullopt;
    qint64 r = 0;
    if (q.next() && !q.value(0).isNull())
        r = q.value(0).toLongLong();
    q.finish();
    return r;
}

bool SqlStore::addSnapshot(const QString &drawingId, const SnapshotRecord &s)
{
    QSqlQuery &exists = prepared("SELECT latest_revision FROM drawings WHERE id = ?");
    exists.addBindValue(drawingId);
    if (!exec(exists))
        return false;
    const bool found = exists.next() && exists.value(0).toLongLong() >= s.revision;
    exists.finish();
    if (!found)
        return true; // deleted meanwhile: nothing to keep
    QSqlQuery &q =
        prepared("INSERT INTO snapshots (drawing_id, revision, objects) VALUES (?, ?, ?)");
    q.addBindValue(drawingId);
    q.addBindValue(s.revision);
    q.addBindValue(s.objectsJson);
    if (!exec(q))
        return false;
    QSqlQuery &d = prepared("UPDATE drawings SET snapshot_revision = ? WHERE id = ? AND "
                            "snapshot_revision < ?");
    d.addBindValue(s.revision);
    d.addBindValue(drawingId);
    d.addBindValue(s.revision);
    return exec(d);
}

std::optional<std::optional<SnapshotRecord>> SqlStore::snapshotAtOrBefore(const QString &drawingId,
                                                                          qint64 revision)
{
    QSqlQuery &q = prepared("SELECT revision, objects FROM snapshots WHERE drawing_id = ? AND "
                            "revision <= ? ORDER BY revision DESC LIMIT 1");
    q.addBindValue(drawingId);
    q.addBindValue(revision);
    if (!exec(q))
        return std::nullopt;
    std::optional<SnapshotRecord> r;
    if (q.next())
        r = SnapshotRecord{q.value(0).toLongLong(), q.value(1).toByteArray()};
    q.finish();
    if (r) {
        if (const QStringList out = trimTooDeepProps(r->objectsJson); !out.isEmpty()) {
            qCWarning(lcStore)
                << "drawing" << drawingId << "snapshot" << r->revision
                << "holds prop values nested too deep for a client; served without them (the "
                   "store keeps them):"
                << out.join(QLatin1String(", "));
        }
    }
    return r;
}

bool SqlStore::compact(const QString &drawingId, qint64 revision)
{
    // History starts at the newest snapshot at or below `revision`: commits up to it and
    // older snapshots go, so every revision from there on can still be rebuilt.
    const auto base = snapshotAtOrBefore(drawingId, revision);
    if (!base)
        return false;
    if (!*base)
        return true;
    const qint64 from = (*base)->revision;
    QSqlQuery &c = prepared("DELETE FROM commits WHERE drawing_id = ? AND revision <= ?");
    c.addBindValue(drawingId);
    c.addBindValue(from);
    if (!exec(c))
        return false;
    QSqlQuery &s = prepared("DELETE FROM snapshots WHERE drawing_id = ? AND revision < ?");
    s.addBindValue(drawingId);
    s.addBindValue(from);
    return exec(s);
}

// ---- blobs

std::optional<bool> SqlStore::hasBlob(const QString &hash)
{
    QSqlQuery &q = prepared("SELECT 1 FROM blobs WHERE hash = ?");
    q.addBindValue(hash);
    if (!exec(q))
        return std::nullopt;
    const bool found = q.next();
    q.finish();
    return found;
}

bool SqlStore::addBlob(const QString &hash, const BlobRecord &blob, const QString &userId)
{
    QSqlQuery &q =
        prepared("INSERT INTO blobs (hash, content_type, size, data) VALUES (?, ?, ?, ?)");
    q.addBindValue(hash);
    q.addBindValue(blob.contentType);
    q.addBindValue(qint64(blob.data.size()));
    q.addBindValue(blob.data);
    if (!exec(q))
        return false;
    QSqlQuery &owner = prepared("INSERT INTO blob_owners (user_id, hash, size) VALUES (?, ?, ?)");
    owner.addBindValue(userId);
    owner.addBindValue(hash);
    owner.addBindValue(qint64(blob.data.size()));
    return exec(owner);
}

bool SqlStore::addBlobHolder(const QString &hash, const QString &userId)
{
    QSqlQuery &q = prepared("INSERT INTO blob_owners (user_id, hash, size) VALUES (?, ?, 0) "
                            "ON CONFLICT DO NOTHING");
    q.addBindValue(userId);
    q.addBindValue(hash);
    return exec(q);
}

std::optional<bool> SqlStore::canReadBlob(const QString &hash, const QString &userId)
{
    QSqlQuery &q =
        prepared("SELECT 1 FROM blob_owners WHERE hash = ? AND user_id IN (?, '*') UNION ALL "
                 "SELECT 1 FROM blob_refs r JOIN members m ON m.drawing_id = r.drawing_id "
                 "WHERE r.hash = ? AND m.user_id = ? LIMIT 1");
    q.addBindValue(hash);
    q.addBindValue(userId);
    q.addBindValue(hash);
    q.addBindValue(userId);
    if (!exec(q))
        return std::nullopt;
    const bool readable = q.next();
    q.finish();
    return readable;
}

std::optional<qint64> SqlStore::blobBytesOf(const QString &userId)
{
    QSqlQuery &q = prepared("SELECT COALESCE(SUM(size), 0) FROM blob_owners WHERE user_id = ?");
    q.addBindValue(userId);
    if (!exec(q))
        return std::nullopt;
    const qint64 bytes = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return bytes;
}

std::optional<std::optional<BlobRecord>> SqlStore::blob(const QString &hash)
{
    QSqlQuery &q = prepared("SELECT content_type, data FROM blobs WHERE hash = ?");
    q.addBindValue(hash);
    if (!exec(q))
        return std::nullopt;
    std::optional<BlobRecord> r;
    if (q.next())
        r = BlobRecord{q.value(0).toString(), q.value(1).toByteArray()};
    q.finish();
    return r;
}

} // namespace inkboard::server
