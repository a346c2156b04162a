// SPDX-License-Identifier: Apache-2.0
#include "database_target.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace inkboard::server {

QString DatabaseTarget::describe() const
{
    if (kind == Kind::Sqlite)
        return sqlitePath;
    QString userPart = user.isEmpty() ? QString() : user + QLatin1Char('@');
    return QStringLiteral("postgresql://%1%2:%3/%4").arg(userPart, host).arg(port).arg(database);
}

std::optional<DatabaseTarget> DatabaseTarget::parse(const QString &url, const QString &dataDir,
                                                    QString *error)
{
    DatabaseTarget t;
    if (url.isEmpty()) {
        t.sqlitePath = QDir(dataDir).filePath(QStringLiteral("inkboard.sqlite3"));
        return t;
    }
    if (url.startsWith(QLatin1String("sqlite:"))) {
        QString path = url.mid(7);
        if (path.startsWith(QLatin1String("//")))
            path = path.mid(2);
        if (path.isEmpty()) {
            *error = QStringLiteral("--database: 'sqlite:' needs a file path ('%1')").arg(url);
            return std::nullopt;
        }
        t.sqlitePath = QFileInfo(path).absoluteFilePath();
        return t;
    }
    const QUrl u(url, QUrl::StrictMode);
    const QString scheme = u.scheme();
    if (!u.isValid() || (scheme != u"postgresql" && scheme != u"postgres")) {
        *error = QStringLiteral("--database: expected sqlite:PATH or "
                                "postgresql://USER:PASSWORD@HOST:PORT/DATABASE, got '%1'")
                     .arg(url);
        return std::nullopt;
    }
    t.kind = Kind::Postgres;
    t.host = u.host();
    t.port = u.port(5432);
    t.database = u.path().mid(1);
    t.user = u.userName(QUrl::FullyDecoded);
    t.password = u.password(QUrl::FullyDecoded);
    if (t.host.isEmpty() || t.database.isEmpty() || t.database.contains(QLatin1Char('/'))) {
        *error = QStringLiteral("--database: a PostgreSQL URL needs a host and a database name "
                                "(postgresql://USER:PASSWORD@HOST:PORT/DATABASE)");
        return std::nullopt;
    }
    // libpq options (sslmode, connect_timeout, …) pass through as QPSQL connect options.
    const QUrlQuery query(u);
    QStringList options;
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        options.append(key + QLatin1Char('=') + value);
    t.options = options.join(QLatin1Char(';'));
    return t;
}

} // namespace inkboard::server
