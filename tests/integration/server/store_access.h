// SPDX-License-Identifier: Apache-2.0
#pragma once

// Tests that write the store of a stopped server directly (as an older server did, or to age
// a row), on SQLite or PostgreSQL alike.
#include "test_common.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace inkboard::test {

// The store of `w`'s server, opened directly (the server stopped), to write history as an
// older server did. Empty name on failure.
inline QString openStore(World &w, const QString &name)
{
    const QString url = w.server.databaseUrl();
    QSqlDatabase db;
    if (url.isEmpty()) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(w.server.dataDir() + QStringLiteral("/inkboard.sqlite3"));
    } else {
        const QUrl u(url);
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(u.host());
        db.setPort(u.port());
        db.setUserName(u.userName());
        db.setDatabaseName(u.path().mid(1));
    }
    if (!db.open()) {
        qWarning() << "cannot open the store:" << db.lastError().text();
        return {};
    }
    return name;
}

inline bool storeExec(const QString &connection, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(QSqlDatabase::database(connection));
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

} // namespace inkboard::test
