// SPDX-License-Identifier: Apache-2.0
// SqlStore: the bin of deleted drawings.
#include "sql_rows.h"
#include "sql_store.h"

namespace inkboard::server {

using namespace sql_rows;

namespace {

BinnedDrawingRecord readBinned(const QSqlQuery &q)
{
    return BinnedDrawingRecord{readDrawing(q), fromMs(q.value(6)), q.value(7).toString()};
}

constexpr const char *kBinColumns =
    "drawing_id, title, created_at, updated_at, latest_revision, snapshot_revision, "
    "deleted_at, deleted_by";

} // namespace

bool SqlStore::execForId(std::initializer_list<const char *> statements, const QString &id)
{
    for (const char *sql : statements) {
        QSqlQuery &q = prepared(sql);
        q.addBindValue(id);
        if (!exec(q))
            return false;
    }
    return true;
}

bool SqlStore::binDrawing(const QString &id, const QString &byUserId, const QDateTime &now)
{
    QSqlQuery &move = prepared(
        "INSERT INTO bin (drawing_id, title, created_at, updated_at, latest_revision, "
        "snapshot_revision, comment_seq, deleted_at, deleted_by) SELECT id, title, created_at, "
        "updated_at, latest_revision, snapshot_revision, comment_seq, ?, ? FROM drawings "
        "WHERE id = ?");
    move.addBindValue(toMs(now));
    move.addBindValue(byUserId);
    move.addBindValue(id);
    if (!exec(move))
        return false;
    // Members move too: while binned nobody may open it, and a restore gives everyone back
    // the role they had.
    return execForId({"INSERT INTO bin_members (drawing_id, user_id, role, link_id) SELECT "
                      "drawing_id, user_id, role, link_id FROM members WHERE drawing_id = ?",
                      "DELETE FROM members WHERE drawing_id = ?",
                      "DELETE FROM drawings WHERE id = ?"},
                     id) &&
           bumpAccessGeneration();
}

std::optional<QList<BinnedDrawingRecord>> SqlStore::binOf(const QString &userId)
{
    QSqlQuery &q =
        prepared("SELECT b.drawing_id, b.title, b.created_at, b.updated_at, b.latest_revision, "
                 "b.snapshot_revision, b.deleted_at, b.deleted_by FROM bin b JOIN bin_members m ON "
                 "m.drawing_id = b.drawing_id WHERE m.user_id = ? AND m.role = 'owner' "
                 "ORDER BY b.deleted_at DESC, b.drawing_id");
    q.addBindValue(userId);
    if (!exec(q))
        return std::nullopt;
    QList<BinnedDrawingRecord> list;
    while (q.next())
        list.append(readBinned(q));
    q.finish();
    return list;
}

std::optional<std::optional<BinnedDrawingRecord>> SqlStore::binned(const QString &id)
{
    static const QByteArray sql =
        QByteArray("SELECT ") + kBinColumns + " FROM bin WHERE drawing_id = ?";
    QSqlQuery &q = prepared(sql.constData());
    q.addBindValue(id);
    if (!exec(q))
        return std::nullopt;
    std::optional<BinnedDrawingRecord> r;
    if (q.next())
        r = readBinned(q);
    q.finish();
    return r;
}

std::optional<std::optional<protocol::Role>> SqlStore::binnedRole(const QString &id,
                                                                  const QString &userId)
{
    QSqlQuery &q = prepared("SELECT role FROM bin_members WHERE drawing_id = ? AND user_id = ?");
    q.addBindValue(id);
    q.addBindValue(userId);
    if (!exec(q))
        return std::nullopt;
    std::optional<protocol::Role> r;
    if (q.next())
        r = protocol::roleFromString(q.value(0).toString());
    q.finish();
    return r;
}

bool SqlStore::restoreDrawing(const QString &id, const QDateTime &now)
{
    QSqlQuery &move =
        prepared("INSERT INTO drawings (id, title, created_at, updated_at, latest_revision, "
                 "snapshot_revision, comment_seq) SELECT drawing_id, title, created_at, ?, "
                 "latest_revision, snapshot_revision, comment_seq FROM bin WHERE drawing_id = ?");
    move.addBindValue(toMs(now));
    move.addBindValue(id);
    if (!exec(move))
        return false;
    return execForId({"INSERT INTO members (drawing_id, user_id, role, link_id) SELECT "
                      "drawing_id, user_id, role, link_id FROM bin_members WHERE drawing_id = ?",
                      "DELETE FROM bin_members WHERE drawing_id = ?",
                      "DELETE FROM bin WHERE drawing_id = ?"},
                     id);
}

bool SqlStore::purgeDrawing(const QString &id)
{
    return execForId(
        {"DELETE FROM bin WHERE drawing_id = ?", "DELETE FROM bin_members WHERE drawing_id = ?",
         "DELETE FROM commits WHERE drawing_id = ?", "DELETE FROM ops WHERE drawing_id = ?",
         "DELETE FROM snapshots WHERE drawing_id = ?", "DELETE FROM blob_refs WHERE drawing_id = ?",
         "DELETE FROM links WHERE drawing_id = ?", "DELETE FROM comments WHERE drawing_id = ?"},
        id);
}

std::optional<QStringList> SqlStore::binnedBefore(const QDateTime &cutoff, int limit)
{
    QSqlQuery &q = prepared(
        "SELECT drawing_id FROM bin WHERE deleted_at < ? ORDER BY deleted_at, drawing_id LIMIT ?");
    q.addBindValue(toMs(cutoff));
    q.addBindValue(limit);
    if (!exec(q))
        return std::nullopt;
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    q.finish();
    return ids;
}

} // namespace inkboard::server
