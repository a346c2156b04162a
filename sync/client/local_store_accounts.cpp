// SPDX-License-Identifier: Apache-2.0
// LocalStore: accounts and the images uploaded to each server.
#include "local_store.h"
#include "local_store_rows.h"

#include <QSqlError>
#include <QSqlQuery>

namespace inkboard::sync {

using namespace store_rows;

bool LocalStore::saveAccount(const AccountRecord &a)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO accounts(server_url, user_id, user_name, "
                             "token, expires_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(a.serverUrl);
    q.addBindValue(nn(a.userId));
    q.addBindValue(nn(a.userName));
    q.addBindValue(nn(a.token));
    q.addBindValue(a.expiresAt.isValid() ? QVariant(toMs(a.expiresAt)) : QVariant());
    if (!q.exec())
        return fail(QStringLiteral("save account"), q.lastError().text());
    return true;
}

namespace {
AccountRecord accountFrom(const QSqlQuery &q)
{
    return AccountRecord{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(), fromMs(q.value(4))};
}
} // namespace

std::optional<AccountRecord> LocalStore::account(const QString &serverUrl) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT server_url, user_id, user_name, token, expires_at FROM "
                             "accounts WHERE server_url = ?"));
    q.addBindValue(serverUrl);
    if (!q.exec() || !q.next()) {
        readSucceeded(q, QStringLiteral("the account of %1").arg(serverUrl), nullptr);
        return std::nullopt;
    }
    return accountFrom(q);
}

QList<AccountRecord> LocalStore::accounts(bool *ok) const
{
    if (ok)
        *ok = true;
    const QString what = QStringLiteral("the accounts");
    QList<AccountRecord> list;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT server_url, user_id, user_name, token, expires_at FROM "
                               "accounts ORDER BY server_url"))) {
        readSucceeded(q, what, ok);
        return {};
    }
    while (q.next())
        list.append(accountFrom(q));
    if (!readSucceeded(q, what, ok))
        return {};
    return list;
}

bool LocalStore::removeAccount(const QString &serverUrl)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM accounts WHERE server_url = ?"));
    q.addBindValue(serverUrl);
    if (!q.exec())
        return fail(QStringLiteral("remove account"), q.lastError().text());
    return true;
}

bool LocalStore::isBlobUploaded(const QString &hash, const QString &serverUrl) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT 1 FROM uploaded_blobs WHERE hash = ? AND server_url = ?"));
    q.addBindValue(hash);
    q.addBindValue(serverUrl);
    if (q.exec() && q.next())
        return true;
    // Unreadable counts as not uploaded: the upload is idempotent, the error is logged.
    readSucceeded(q, QStringLiteral("blob %1").arg(hash), nullptr);
    return false;
}

bool LocalStore::markBlobUploaded(const QString &hash, const QString &serverUrl)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(
        QStringLiteral("INSERT OR IGNORE INTO uploaded_blobs(hash, server_url) VALUES (?, ?)"));
    q.addBindValue(hash);
    q.addBindValue(serverUrl);
    if (!q.exec())
        return fail(QStringLiteral("mark blob"), q.lastError().text());
    return true;
}

} // namespace inkboard::sync
