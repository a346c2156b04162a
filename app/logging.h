// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

namespace inkboard::app {
Q_DECLARE_LOGGING_CATEGORY(lcApp)
} // namespace inkboard::app
