#pragma once

#include <QString>

namespace inkboard::sync {

// Creates the file with mode 0600 before SQLite sees it: SQLite gives its -wal and -shm
// files the permissions of the database file. An existing file is left as it is.
bool createPrivateFile(const QString &path, QString *error);

} // namespace inkboard::sync
