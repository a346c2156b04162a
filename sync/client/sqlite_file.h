// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <optional>

namespace inkboard::sync {

// Creates the file with mode 0600 before SQLite sees it: SQLite gives its -wal and -shm
// files the permissions of the database file. An existing file is left as it is.
bool createPrivateFile(const QString &path, QString *error);

// A private SQLite file (createPrivateFile) opened on a connection of its own, named `prefix`
// and a fresh uuid, with a busy timeout: its name, or nothing with `error` saying why (`what`
// names the file for the user: "the local store", "the undo history").
std::optional<QString> openPrivateSqlite(const QString &path, const QString &prefix,
                                         const QString &what, QString *error);
// Closes and removes the connection (every query on it must be gone).
void closeSqlite(const QString &connectionName);

} // namespace inkboard::sync
