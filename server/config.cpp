#include "config.h"

#include <QDir>

namespace inkboard::server {

QString ServerConfig::databasePath() const
{
    return QDir(dataDir).filePath(QStringLiteral("inkboard.sqlite3"));
}

} // namespace inkboard::server
