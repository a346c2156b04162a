// SPDX-License-Identifier: Apache-2.0
#include "logging.h"

namespace inkboard::sync {

Q_LOGGING_CATEGORY(lcStore, "inkboard.sync.store")
Q_LOGGING_CATEGORY(lcSession, "inkboard.sync.session")
Q_LOGGING_CATEGORY(lcRest, "inkboard.sync.rest")
Q_LOGGING_CATEGORY(lcPush, "inkboard.sync.push")

} // namespace inkboard::sync
