// SPDX-License-Identifier: Apache-2.0
#include "set_shape.h"

#include "op_target.h"
#include "selected.h"
#include "shape_outline.h"
#include "style.h"

namespace inkboard::canvas::commands {

OpList setShape(const Document &document, const QSet<QString> &selection, const QString &shape)
{
    const bool plain = shape == shape::rectangle;
    OpList ops;
    for (const Object &o : selectedObjects(document, selection)) {
        if (o.type != ObjectType::Rect || isLocked(o))
            continue;
        const QJsonValue now = o.props.value(key::shape);
        if (plain ? now.isUndefined() : now == QJsonValue(shape))
            continue;
        ops.append(
            Op::update(newId(), o.id,
                       {{key::shape, plain ? QJsonValue(QJsonValue::Null) : QJsonValue(shape)}}));
    }
    return ops;
}

} // namespace inkboard::canvas::commands
