// SPDX-License-Identifier: Apache-2.0
#include "ink/ink_order.h"

#include "ink/pen_kind.h"
#include "model/z_order.h"
#include "scene_index.h"

namespace inkboard::canvas::ink {

QString highlighterZ(const QList<const SceneItem *> &overlapping, const QString &top)
{
    QString below; // the z of the item under the candidate ink stroke ("" is the bottom)
    for (const SceneItem *item : overlapping) {
        const Object &o = item->object;
        if (o.type == ObjectType::Stroke && !isHighlighter(o)) {
            if (const auto z = keyBetween(below, o.z()))
                return *z;
            return top;
        }
        below = o.z();
    }
    return top;
}

} // namespace inkboard::canvas::ink
