// SPDX-License-Identifier: Apache-2.0
#include "logging.h"

namespace inkboard::app {
Q_LOGGING_CATEGORY(lcApp, "inkboard.app")
} // namespace inkboard::app
