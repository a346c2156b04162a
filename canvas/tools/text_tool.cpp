#include "tools/text_tool.h"

namespace inkboard::canvas {

void TextTool::press(QPointF p, QMouseEvent *)
{
    const SceneItem *hit =
        m_view.scene().topmostAt(p, m_view.hitTolerance(), [](const SceneItem &i) {
            return i.object.type == ObjectType::Text && !isLocked(i.object);
        });
    if (hit)
        m_view.beginTextEdit(hit->object.id, {});
    else
        m_view.beginTextEdit({}, p);
}

} // namespace inkboard::canvas
