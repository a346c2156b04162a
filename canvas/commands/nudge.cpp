// SPDX-License-Identifier: Apache-2.0
#include "nudge.h"

#include "op_target.h"
#include "selected.h"
#include "style.h"

namespace inkboard::canvas::commands {

OpList nudge(const Document &document, const QSet<QString> &selection, QPointF delta)
{
    OpList ops;
    for (const Object &o : selectedObjects(document, selection)) {
        if (isLocked(o))
            continue;
        ops.append(Op::update(newId(), o.id,
                              {{key::x, o.number(QLatin1String("x")) + delta.x()},
                               {key::y, o.number(QLatin1String("y")) + delta.y()}}));
    }
    return ops;
}

} // namespace inkboard::canvas::commands
