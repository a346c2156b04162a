// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "limits.h"
#include "object.h"
#include "validation_error.h"

#include <QJsonObject>
#include <QStringList>
#include <array>
#include <optional>

namespace inkboard {

// What a set of props is for: the props of a create (no nulls, required keys present) or
// the keys of an update (null removes a key; the object's type is not known from the op).
enum class PropsUse
{
    Create,
    Update
};

// The required keys of each type (at most three; unused slots are empty): every create
// carries them and no update removes them (checkOpsAgainst, op_rules.h).
std::array<QLatin1StringView, 3> requiredProps(ObjectType type);
bool isRequiredProp(ObjectType type, QStringView key);

// Checks every known key by its rule (PROTOCOL.md §2) whatever the type, the type's
// required props on create, and the size limits. Unknown keys pass through with any value
// that nests at most limits.maxPropDepth levels.
std::optional<ValidationError> validateProps(const QJsonObject &props, PropsUse use,
                                             std::optional<ObjectType> type, const Limits &limits);

// Removes from `props` the values that nest more than `maxDepth` levels and returns their
// keys. Only history stored before the depth limit holds such values (validateProps refuses
// them now); a reader that must hand that history on calls this instead of refusing it.
QStringList removeTooDeepProps(QJsonObject &props, int maxDepth);

} // namespace inkboard
