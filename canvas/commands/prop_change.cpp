// SPDX-License-Identifier: Apache-2.0
#include "commands/prop_change.h"

namespace inkboard::canvas::commands {

QJsonObject propsChange(const Object &before, const Object &after)
{
    QJsonObject changed;
    for (auto it = after.props.constBegin(); it != after.props.constEnd(); ++it) {
        if (before.props.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    for (auto it = before.props.constBegin(); it != before.props.constEnd(); ++it) {
        if (!after.props.contains(it.key()))
            changed.insert(it.key(), QJsonValue::Null);
    }
    return changed;
}

} // namespace inkboard::canvas::commands
