// SPDX-License-Identifier: Apache-2.0
#include "op_rules.h"

#include "prop_rules.h"

#include <QHash>

namespace inkboard {

void noteTypeChange(const Op &op, const ObjectTypeLookup &typeOf, ObjectTypes &types)
{
    switch (op.kind) {
    case Op::Kind::Create: {
        const auto it = types.constFind(op.id);
        if (!(it != types.constEnd() ? *it : typeOf(op.id)))
            types.insert(op.id, op.type);
        return;
    }
    case Op::Kind::Delete:
        types.insert(op.id, std::nullopt);
        return;
    case Op::Kind::Update:
        return;
    }
}

std::optional<ValidationError> checkOpsAgainst(const ObjectTypeLookup &typeOf, const OpList &ops)
{
    ObjectTypes earlier; // what the ops before the one at hand created or deleted
    for (int i = 0; i < ops.size(); ++i) {
        const Op &op = ops.at(i);
        if (op.kind != Op::Kind::Update) {
            noteTypeChange(op, typeOf, earlier);
            continue;
        }
        const auto it = earlier.constFind(op.id);
        const std::optional<ObjectType> type = it != earlier.constEnd() ? *it : typeOf(op.id);
        if (!type)
            continue; // no such object: the update changes nothing
        for (auto p = op.props.constBegin(); p != op.props.constEnd(); ++p) {
            if (p.value().isNull() && isRequiredProp(*type, p.key())) {
                return ValidationError{
                    ValidationError::Code::InvalidOp,
                    QStringLiteral("a %1 needs the prop '%2': an update may not remove it")
                        .arg(objectTypeName(*type), p.key()),
                    i};
            }
        }
    }
    return std::nullopt;
}

std::optional<ValidationError> checkOpsAgainst(const Document &doc, const OpList &ops)
{
    return checkOpsAgainst(
        [&doc](const QString &id) -> std::optional<ObjectType> {
            if (const Object *o = doc.find(id))
                return o->type;
            return std::nullopt;
        },
        ops);
}

} // namespace inkboard
