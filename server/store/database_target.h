// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <optional>

namespace inkboard::server {

// Where the store lives, from `--data` / `--database` (PROTOCOL.md §7).
struct DatabaseTarget
{
    enum class Kind
    {
        Sqlite,
        Postgres
    };
    Kind kind = Kind::Sqlite;
    QString sqlitePath; // Sqlite: the database file
    QString host;       // Postgres: host, port, database, credentials
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString options; // libpq connection options given as ?key=value&… in the URL

    bool shared() const { return kind == Kind::Postgres; } // several nodes may use it
    // For messages: the URL without its password.
    QString describe() const;

    // `url` empty: SQLite in `dataDir`. `sqlite:PATH` / `sqlite:///PATH`: that file.
    // `postgresql://[user[:password]@]host[:port]/database[?options]` (or postgres://).
    static std::optional<DatabaseTarget> parse(const QString &url, const QString &dataDir,
                                               QString *error);
};

} // namespace inkboard::server
