// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

namespace inkboard::canvas {
Q_DECLARE_LOGGING_CATEGORY(lcCanvas)
} // namespace inkboard::canvas
