// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/object.h"

#include <QJsonObject>

namespace inkboard::canvas::commands {

// The update that turns `before` into `after`: changed and new keys, and null for the keys
// `after` no longer has (a connector end that left its shape, a bound connector's rotation).
QJsonObject propsChange(const Object &before, const Object &after);

} // namespace inkboard::canvas::commands
