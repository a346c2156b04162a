// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

namespace inkboard::server {
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcPush)
Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcFanout)

// Log lines carry what clients sent (paths, names): control characters in a message are
// written as \xNN, so a %0a in a path cannot start a forged line of its own.
void installLogEscaping();
QString escapeControlCharacters(const QString &text);
} // namespace inkboard::server
