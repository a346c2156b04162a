// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "limits.h"
#include "op.h"
#include "validation_error.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonValue>
#include <variant>

namespace inkboard {

// Either what was asked for or why the input was refused.
template<typename T> using Parsed = std::variant<T, ValidationError>;

template<typename T> const ValidationError *errorOf(const Parsed<T> &p)
{
    return std::get_if<ValidationError>(&p);
}

// Validates one op completely (PROTOCOL.md §2): ids, kind, type, props and limits.
// `index` is reported in the error so a client can tell which op of a commit was refused.
Parsed<Op> parseOp(const QJsonValue &json, const Limits &limits, int index = 0);

// A commit's ops: 1 to limits.maxOpsPerCommit of them, every one valid.
Parsed<OpList> parseOps(const QJsonValue &json, const Limits &limits);

// Objects as they come in a snapshot ({"id", "type", "props"}), validated like a create.
Parsed<Object> parseObject(const QJsonValue &json, const Limits &limits);
// An object's form only (an id, a known type, props as an object), not its prop rules: for
// stored data accepted under rules that have changed since (an older server let an update
// remove a required prop). Dropping such an object would make a reader differ from the log.
Parsed<Object> parseStoredObject(const QJsonValue &json);

// Raw bytes to a JSON object, with the body limit checked before parsing.
Parsed<QJsonObject> parseJsonObject(const QByteArray &bytes, const Limits &limits);

} // namespace inkboard
