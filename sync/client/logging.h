// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLoggingCategory>

namespace inkboard::sync {

Q_DECLARE_LOGGING_CATEGORY(lcStore)
Q_DECLARE_LOGGING_CATEGORY(lcSession)
Q_DECLARE_LOGGING_CATEGORY(lcRest)
Q_DECLARE_LOGGING_CATEGORY(lcPush)

} // namespace inkboard::sync
