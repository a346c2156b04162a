#include "logging.h"

namespace inkboard::server {
// Debug lines (one per request) are off unless QT_LOGGING_RULES turns them on; warnings,
// which every error is logged as, are always on.
Q_LOGGING_CATEGORY(lcHttp, "inkboard.server.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPush, "inkboard.server.push", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "inkboard.server.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAuth, "inkboard.server.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServer, "inkboard.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFanout, "inkboard.server.fanout", QtInfoMsg)
} // namespace inkboard::server
