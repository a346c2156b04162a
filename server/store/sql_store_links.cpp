// SPDX-License-Identifier: Apache-2.0
// SqlStore: share links, and the memberships they granted.
#include "sql_rows.h"
#include "sql_store.h"

#include <QSqlError>
#include <QVariant>

namespace inkboard::server {

using namespace sql_rows;

namespace {

// The columns readLink() reads, with the count of memberships still tied to each link.
#define INKBOARD_LINK_SELECT                                                                       \
    "SELECT l.id, l.drawing_id, l.role, l.created_by, u.name, l.created_at, l.expires_at,"         \
    " (SELECT COUNT(*) FROM members m WHERE m.link_id = l.id)"                                     \
    " FROM links l LEFT JOIN users u ON u.id = l.created_by "

LinkRecord readLink(const QSqlQuery &q)
{
    LinkRecord l;
    l.id = q.value(0).toString();
    l.drawingId = q.value(1).toString();
    l.role = protocol::roleFromString(q.value(2).toString()).value_or(protocol::Role::Viewer);
    l.createdBy = {q.value(3).toString(), q.value(4).toString()};
    l.createdAt = fromMs(q.value(5));
    if (!q.value(6).isNull())
        l.expiresAt = fromMs(q.value(6));
    l.members = q.value(7).toInt();
    return l;
}

QString hexOf(const QByteArray &hash)
{
    return QString::fromLatin1(hash.toHex());
}

} // namespace

bool SqlStore::addLink(const LinkRecord &link, const QByteArray &keyHash)
{
    QSqlQuery &q = prepared("INSERT INTO links (id, drawing_id, key_hash, role, created_by, "
                            "created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    q.addBindValue(link.id);
    q.addBindValue(link.drawingId);
    q.addBindValue(hexOf(keyHash));
    q.addBindValue(protocol::roleName(link.role));
    q.addBindValue(link.createdBy.id);
    q.addBindValue(toMs(link.createdAt));
    q.addBindValue(link.expiresAt.isValid() ? QVariant(toMs(link.expiresAt))
                                            : QVariant(QMetaType(QMetaType::LongLong)));
    return exec(q);
}

std::optional<QList<LinkRecord>> SqlStore::links(const QString &drawingId)
{
    QSqlQuery &q =
        drawingId.isEmpty()
            ? prepared(INKBOARD_LINK_SELECT "ORDER BY l.drawing_id, l.created_at, l.id")
            : prepared(INKBOARD_LINK_SELECT "WHERE l.drawing_id = ? ORDER BY l.created_at, l.id");
    if (!drawingId.isEmpty())
        q.addBindValue(drawingId);
    if (!exec(q))
        return std::nullopt;
    QList<LinkRecord> list;
    while (q.next())
        list.append(readLink(q));
    q.finish();
    return list;
}

std::optional<std::optional<LinkRecord>> SqlStore::oneLink(const char *sql, const QString &key)
{
    QSqlQuery &q = prepared(sql);
    q.addBindValue(key);
    if (!exec(q))
        return std::nullopt;
    std::optional<LinkRecord> r;
    if (q.next())
        r = readLink(q);
    q.finish();
    return r;
}

std::optional<std::optional<LinkRecord>> SqlStore::link(const QString &linkId)
{
    return oneLink(INKBOARD_LINK_SELECT "WHERE l.id = ?", linkId);
}

std::optional<std::optional<LinkRecord>> SqlStore::linkByKey(const QByteArray &keyHash)
{
    return oneLink(INKBOARD_LINK_SELECT "WHERE l.key_hash = ?", hexOf(keyHash));
}

std::optional<QStringList> SqlStore::linkMembers(const QString &linkId)
{
    QSqlQuery &q = prepared("SELECT user_id FROM members WHERE link_id = ? ORDER BY user_id");
    q.addBindValue(linkId);
    if (!exec(q))
        return std::nullopt;
    QStringList users;
    while (q.next())
        users.append(q.value(0).toString());
    q.finish();
    return users;
}

bool SqlStore::removeLink(const QString &linkId)
{
    for (const char *sql :
         {"DELETE FROM members WHERE link_id = ?", "DELETE FROM links WHERE id = ?"}) {
        QSqlQuery &q = prepared(sql);
        q.addBindValue(linkId);
        if (!exec(q))
            return false;
    }
    return bumpAccessGeneration();
}

bool SqlStore::setMemberByLink(const QString &drawingId, const QString &userId, protocol::Role role,
                               const QString &linkId)
{
    QSqlQuery &del = prepared("DELETE FROM members WHERE drawing_id = ? AND user_id = ?");
    del.addBindValue(drawingId);
    del.addBindValue(userId);
    if (!exec(del))
        return false;
    QSqlQuery &q =
        prepared("INSERT INTO members (drawing_id, user_id, role, link_id) VALUES (?, ?, ?, ?)");
    q.addBindValue(drawingId);
    q.addBindValue(userId);
    q.addBindValue(protocol::roleName(role));
    q.addBindValue(linkId);
    return exec(q) && bumpAccessGeneration();
}

#undef INKBOARD_LINK_SELECT

} // namespace inkboard::server
