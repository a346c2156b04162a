// SPDX-License-Identifier: Apache-2.0
#include "delete.h"

#include "op_target.h"
#include "selected.h"
#include "style.h"

namespace inkboard::canvas::commands {

OpList remove(const Document &document, const QSet<QString> &selection)
{
    OpList ops;
    for (const Object &o : selectedObjects(document, selection)) {
        if (!isLocked(o))
            ops.append(Op::remove(newId(), o.id));
    }
    return ops;
}

} // namespace inkboard::canvas::commands
