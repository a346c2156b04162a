#include "op_rules.h"

#include "prop_rules.h"

#include <QHash>

namespace inkboard {

std::optional<ValidationError> checkOpsAgainst(const Document &doc, const OpList &ops)
{
    // The objects this commit created or deleted before the op at hand: created ones by
    // type, deleted ones as empty.
    QHash<QString, std::optional<ObjectType>> earlier;
    for (int i = 0; i < ops.size(); ++i) {
        const Op &op = ops.at(i);
        switch (op.kind) {
        case Op::Kind::Create:
            earlier.insert(op.id, op.type);
            continue;
        case Op::Kind::Delete:
            earlier.insert(op.id, std::nullopt);
            continue;
        case Op::Kind::Update:
            break;
        }
        std::optional<ObjectType> type;
        if (const auto it = earlier.constFind(op.id); it != earlier.constEnd())
            type = *it;
        else if (const Object *o = doc.find(op.id))
            type = o->type;
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

} // namespace inkboard
