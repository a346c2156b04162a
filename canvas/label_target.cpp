// SPDX-License-Identifier: Apache-2.0
#include "label_target.h"

#include "label_painter.h"
#include "scene_index.h"
#include "shape_outline.h"
#include "style.h"

namespace inkboard::canvas {

const SceneItem *labelTargetAt(const SceneIndex &scene, QPointF p, double tolerance)
{
    auto takes = [](const SceneItem &i) { return takesLabel(i.object) && !isLocked(i.object); };
    if (const SceneItem *hit = scene.topmostAt(p, tolerance))
        return takes(*hit) ? hit : nullptr;
    const QList<const SceneItem *> under = scene.itemsIn(QRectF(p, p).adjusted(-1, -1, 1, 1));
    for (auto it = under.crbegin(); it != under.crend(); ++it) {
        const SceneItem &item = **it;
        bool invertible = false;
        const QPointF local = item.geometry.toCanvas.inverted(&invertible).map(p);
        if (invertible && item.geometry.closed && takes(item) && item.geometry.path.contains(local))
            return &item;
    }
    return nullptr;
}

} // namespace inkboard::canvas
