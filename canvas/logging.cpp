// SPDX-License-Identifier: Apache-2.0
#include "logging.h"

namespace inkboard::canvas {
Q_LOGGING_CATEGORY(lcCanvas, "inkboard.canvas")
} // namespace inkboard::canvas
