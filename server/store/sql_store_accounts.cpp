// SPDX-License-Identifier: Apache-2.0
// SqlStore: users, tokens, drawings and their members.
#include "sql_rows.h"
#include "sql_store.h"

#include <QSqlError>
#include <QVariant>

namespace inkboard::server {

using namespace sql_rows;

// ---- users and tokens

bool SqlStore::addUser(const UserRecord &user)
{
    QSqlQuery &q = prepared("INSERT INTO users (id, name, password_hash, admin, created_at) "
                            "VALUES (?, ?, ?, ?, ?)");
    q.addBindValue(user.id);
    q.addBindValue(user.name);
    q.addBindValue(user.passwordHash);
    q.addBindValue(user.admin ? 1 : 0);
    q.addBindValue(toMs(user.createdAt));
    return exec(q);
}

std::optional<UserRecord> SqlStore::oneUser(const char *sql, const QString &key)
{
    QSqlQuery &q = prepared(sql);
    q.addBindValue(key);
    if (!exec(q))
        return std::nullopt;
    std::optional<UserRecord> r;
    if (q.next())
        r = readUser(q);
    q.finish();
    if (!r)
        m_error.clear();
    return r;
}

std::optional<UserRecord> SqlStore::userByName(const QString &name)
{
    return oneUser("SELECT id, name, password_hash, admin, created_at FROM users WHERE name = ?",
                   name);
}

std::optional<UserRecord> SqlStore::userById(const QString &id)
{
    return oneUser("SELECT id, name, password_hash, admin, created_at FROM users WHERE id = ?", id);
}

std::optional<QList<UserRecord>> SqlStore::users()
{
    QSqlQuery &q =
        prepared("SELECT id, name, password_hash, admin, created_at FROM users ORDER BY name");
    if (!exec(q))
        return std::nullopt;
    QList<UserRecord> list;
    while (q.next())
        list.append(readUser(q));
    q.finish();
    return list;
}

bool SqlStore::setPassword(const QString &userId, const QString &hash)
{
    QSqlQuery &q = prepared("UPDATE users SET password_hash = ? WHERE id = ?");
    q.addBindValue(hash);
    q.addBindValue(userId);
    return exec(q);
}

bool SqlStore::removeUser(const QString &userId)
{
    for (const char *sql :
         {"DELETE FROM users WHERE id = ?", "DELETE FROM tokens WHERE user_id = ?",
          "DELETE FROM members WHERE user_id = ?", "DELETE FROM bin_members WHERE user_id = ?"}) {
        QSqlQuery &q = prepared(sql);
        q.addBindValue(userId);
        if (!exec(q))
            return false;
    }
    return bumpAccessGeneration();
}

bool SqlStore::addToken(const QByteArray &tokenHash, const QString &userId,
                        const QDateTime &expiresAt)
{
    QSqlQuery &q = prepared("INSERT INTO tokens (hash, user_id, expires_at) VALUES (?, ?, ?)");
    q.addBindValue(QString::fromLatin1(tokenHash.toHex()));
    q.addBindValue(userId);
    q.addBindValue(toMs(expiresAt));
    return exec(q);
}

std::optional<TokenRecord> SqlStore::token(const QByteArray &tokenHash)
{
    QSqlQuery &q = prepared("SELECT user_id, expires_at FROM tokens WHERE hash = ?");
    q.addBindValue(QString::fromLatin1(tokenHash.toHex()));
    if (!exec(q))
        return std::nullopt;
    std::optional<TokenRecord> r;
    if (q.next())
        r = TokenRecord{q.value(0).toString(), fromMs(q.value(1))};
    q.finish();
    if (!r)
        m_error.clear();
    return r;
}

bool SqlStore::removeToken(const QByteArray &tokenHash)
{
    QSqlQuery &q = prepared("DELETE FROM tokens WHERE hash = ?");
    q.addBindValue(QString::fromLatin1(tokenHash.toHex()));
    return exec(q) && bumpAccessGeneration();
}

bool SqlStore::removeTokensOf(const QString &userId)
{
    QSqlQuery &q = prepared("DELETE FROM tokens WHERE user_id = ?");
    q.addBindValue(userId);
    return exec(q) && bumpAccessGeneration();
}

bool SqlStore::bumpAccessGeneration()
{
    return exec(prepared("UPDATE access_generation SET generation = generation + 1 WHERE id = 1"));
}

std::optional<qint64> SqlStore::accessGeneration()
{
    QSqlQuery &q = prepared("SELECT generation FROM access_generation WHERE id = 1");
    if (!exec(q))
        return std::nullopt;
    const qint64 generation = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return generation;
}

// ---- drawings and members

bool SqlStore::addDrawing(const DrawingRecord &d, const QString &ownerId)
{
    // A binned drawing keeps its commits under its id: a new drawing there would inherit them.
    const auto inBin = binned(d.id);
    if (!inBin)
        return false;
    if (*inBin) {
        m_error = QStringLiteral("drawing %1 is in the bin").arg(d.id);
        return false;
    }
    QSqlQuery &q = prepared("INSERT INTO drawings (id, title, created_at, updated_at, "
                            "latest_revision, snapshot_revision) VALUES (?, ?, ?, ?, 0, 0)");
    q.addBindValue(d.id);
    q.addBindValue(d.title);
    q.addBindValue(toMs(d.createdAt));
    q.addBindValue(toMs(d.updatedAt));
    if (!exec(q))
        return false;
    // Not setMember: nobody's access changes, so the access generation stays.
    QSqlQuery &owner = prepared("INSERT INTO members (drawing_id, user_id, role) VALUES (?, ?, ?)");
    owner.addBindValue(d.id);
    owner.addBindValue(ownerId);
    owner.addBindValue(protocol::roleName(protocol::Role::Owner));
    return exec(owner);
}

std::optional<DrawingRecord> SqlStore::drawing(const QString &id)
{
    QSqlQuery &q = prepared("SELECT id, title, created_at, updated_at, latest_revision, "
                            "snapshot_revision FROM drawings WHERE id = ?");
    q.addBindValue(id);
    if (!exec(q))
        return std::nullopt;
    std::optional<DrawingRecord> r;
    if (q.next())
        r = readDrawing(q);
    q.finish();
    if (!r)
        m_error.clear();
    return r;
}

std::optional<QList<std::pair<DrawingRecord, protocol::Role>>>
SqlStore::drawingsOf(const QString &userId)
{
    QSqlQuery &q = prepared(
        "SELECT d.id, d.title, d.created_at, d.updated_at, d.latest_revision, "
        "d.snapshot_revision, m.role FROM drawings d JOIN members m ON m.drawing_id = d.id "
        "WHERE m.user_id = ? ORDER BY d.updated_at DESC, d.id");
    q.addBindValue(userId);
    if (!exec(q))
        return std::nullopt;
    QList<std::pair<DrawingRecord, protocol::Role>> list;
    while (q.next()) {
        list.append(
            {readDrawing(q),
             protocol::roleFromString(q.value(6).toString()).value_or(protocol::Role::Viewer)});
    }
    q.finish();
    return list;
}

bool SqlStore::setTitle(const QString &id, const QString &title, const QDateTime &now)
{
    QSqlQuery &q = prepared("UPDATE drawings SET title = ?, updated_at = ? WHERE id = ?");
    q.addBindValue(title);
    q.addBindValue(toMs(now));
    q.addBindValue(id);
    return exec(q);
}

bool SqlStore::removeDrawing(const QString &id)
{
    return execForId(
               {"DELETE FROM drawings WHERE id = ?", "DELETE FROM members WHERE drawing_id = ?",
                "DELETE FROM commits WHERE drawing_id = ?", "DELETE FROM ops WHERE drawing_id = ?",
                "DELETE FROM snapshots WHERE drawing_id = ?",
                "DELETE FROM blob_refs WHERE drawing_id = ?",
                "DELETE FROM links WHERE drawing_id = ?",
                "DELETE FROM comments WHERE drawing_id = ?"},
               id) &&
           bumpAccessGeneration();
}

std::optional<std::optional<protocol::Role>> SqlStore::role(const QString &drawingId,
                                                            const QString &userId)
{
    QSqlQuery &q = prepared("SELECT role FROM members WHERE drawing_id = ? AND user_id = ?");
    q.addBindValue(drawingId);
    q.addBindValue(userId);
    if (!exec(q))
        return std::nullopt;
    std::optional<protocol::Role> r;
    if (q.next())
        r = protocol::roleFromString(q.value(0).toString());
    q.finish();
    return r;
}

std::optional<QList<MemberRecord>> SqlStore::members(const QString &drawingId)
{
    QSqlQuery &q = prepared("SELECT u.id, u.name, m.role FROM members m JOIN users u ON "
                            "u.id = m.user_id WHERE m.drawing_id = ? ORDER BY u.name");
    q.addBindValue(drawingId);
    if (!exec(q))
        return std::nullopt;
    QList<MemberRecord> list;
    while (q.next()) {
        list.append(
            {protocol::UserRef{q.value(0).toString(), q.value(1).toString()},
             protocol::roleFromString(q.value(2).toString()).value_or(protocol::Role::Viewer)});
    }
    q.finish();
    return list;
}

bool SqlStore::setMember(const QString &drawingId, const QString &userId, protocol::Role role)
{
    QSqlQuery &del = prepared("DELETE FROM members WHERE drawing_id = ? AND user_id = ?");
    del.addBindValue(drawingId);
    del.addBindValue(userId);
    if (!exec(del))
        return false;
    QSqlQuery &q = prepared("INSERT INTO members (drawing_id, user_id, role) VALUES (?, ?, ?)");
    q.addBindValue(drawingId);
    q.addBindValue(userId);
    q.addBindValue(protocol::roleName(role));
    return exec(q) && bumpAccessGeneration();
}

bool SqlStore::removeMember(const QString &drawingId, const QString &userId)
{
    QSqlQuery &q = prepared("DELETE FROM members WHERE drawing_id = ? AND user_id = ?");
    q.addBindValue(drawingId);
    q.addBindValue(userId);
    return exec(q) && bumpAccessGeneration();
}

} // namespace inkboard::server
