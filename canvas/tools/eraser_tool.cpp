#include "tools/eraser_tool.h"

#include "commands/connector_edits.h"
#include "geometry.h"
#include "op_target.h"

namespace inkboard::canvas {

void EraserTool::press(QPointF p, QMouseEvent *)
{
    m_active = true;
    m_erased.clear();
    m_last = p;
    eraseAlong(p, p);
}

void EraserTool::move(QPointF p, QMouseEvent *)
{
    if (!m_active)
        return;
    eraseAlong(m_last, p);
    m_last = p;
}

void EraserTool::release(QPointF, QMouseEvent *)
{
    if (!m_active)
        return;
    m_active = false;
    OpList ops;
    for (const QString &id : std::as_const(m_erased))
        ops.append(Op::remove(newId(), id));
    // Connectors of erased shapes stay, unbound where they are (as Delete leaves them).
    ops += commands::detachFrom(m_erased, m_view.visible(), m_view.scene());
    m_erased.clear();
    m_view.clearPreview();
    m_view.requestOps(ops, QObject::tr("Erase"));
}

bool EraserTool::cancel()
{
    if (!m_active)
        return false;
    m_active = false;
    m_erased.clear();
    m_view.clearPreview();
    return true;
}

void EraserTool::eraseAlong(QPointF a, QPointF b)
{
    const double tol = m_view.hitTolerance();
    const QRectF area = QRectF(a, b).normalized().adjusted(-tol, -tol, tol, tol);
    bool changed = false;
    for (const SceneItem *item : m_view.scene().itemsIn(area)) {
        if (m_erased.contains(item->object.id) || isLocked(item->object))
            continue;
        if (hitTestSegment(item->object, item->geometry, a, b, tol)) {
            m_erased.insert(item->object.id);
            changed = true;
        }
    }
    if (changed)
        m_view.setPreview({}, m_erased);
}

} // namespace inkboard::canvas
