// SPDX-License-Identifier: Apache-2.0
#include "tools/text_tool.h"

#include "label_target.h"

namespace inkboard::canvas {

void TextTool::press(QPointF p, QMouseEvent *)
{
    const SceneItem *hit =
        m_view.scene().topmostAt(p, m_view.hitTolerance(), [](const SceneItem &i) {
            return i.object.type == ObjectType::Text && !isLocked(i.object);
        });
    if (hit)
        m_view.beginTextEdit(hit->object.id, {});
    else if (const SceneItem *shape = labelTargetAt(m_view.scene(), p, m_view.hitTolerance()))
        m_view.beginTextEdit(shape->object.id, {}); // its label
    else
        m_view.beginTextEdit({}, p);
}

} // namespace inkboard::canvas
