// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QString>

namespace inkboard::app {

// The desktop's own list of recently used files (issue 19): what a file manager's "Recent"
// place and other apps' open dialogs show. On Linux and other freedesktop systems it is
// `recently-used.xbel` in the user's data directory (QStandardPaths::GenericDataLocation),
// shared with every application, so an entry is added or refreshed in place and every other
// application's entries are kept as they are; a list this cannot read is left untouched.
class DesktopRecent
{
public:
    // Where the list lives here; empty where the desktop keeps no such file.
    static QString listPath();
    // Adds `path` (an absolute path) as used now by Inkboard, with its MIME type. Returns
    // false, with the reason in `error`, when the list cannot be read or written.
    static bool add(const QString &path, const QString &mimeType, QString *error = nullptr,
                    const QDateTime &now = QDateTime::currentDateTimeUtc());

    // A list larger than this is not someone's recent files: it is not read (nor changed).
    static constexpr qint64 kMaxListBytes = 16 * 1024 * 1024;
};

} // namespace inkboard::app
