// SPDX-License-Identifier: Apache-2.0
#include "tools/eraser_tool.h"

#include "commands/connector_edits.h"
#include "geometry.h"
#include "op_target.h"

namespace inkboard::canvas {

void EraserTool::press(QPointF p, QMouseEvent *)
{
    m_active = true;
    m_erased.clear();
    m_cuts.clear();
    m_cutIndex.clear();
    m_splitting = m_view.eraserMode() == EraserMode::Strokes;
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
    OpList ops = ink::cutOps(m_cuts, newId);
    for (const QString &id : std::as_const(m_erased))
        ops.append(Op::remove(newId(), id));
    // Connectors of erased shapes stay, unbound where they are (as Delete leaves them).
    ops += commands::detachFrom(m_erased, m_view.visible(), m_view.scene());
    m_erased.clear();
    m_cuts.clear();
    m_cutIndex.clear();
    m_view.clearPreview();
    if (!ops.isEmpty())
        m_view.requestOps(ops, QObject::tr("Erase"));
}

bool EraserTool::cancel()
{
    if (!m_active)
        return false;
    m_active = false;
    m_erased.clear();
    m_cuts.clear();
    m_cutIndex.clear();
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
        if (m_splitting && item->object.type == ObjectType::Stroke) {
            changed = cutAlong(*item, a, b, tol) || changed;
            continue;
        }
        if (hitTestSegment(item->object, item->geometry, a, b, tol)) {
            m_erased.insert(item->object.id);
            changed = true;
        }
    }
    if (changed)
        showPreview();
}

bool EraserTool::cutAlong(const SceneItem &item, QPointF a, QPointF b, double tolerance)
{
    auto it = m_cutIndex.constFind(item.object.id);
    if (it == m_cutIndex.constEnd()) {
        if (!hitTestSegment(item.object, item.geometry, a, b, tolerance))
            return false;
        m_cuts.append(ink::StrokeCut(item.object, item.geometry.toCanvas, tolerance / 2));
        it = m_cutIndex.insert(item.object.id, m_cuts.size() - 1);
    }
    // The eraser's reach plus the ink's half width: what touches the drawn stroke goes.
    return m_cuts[*it].erase(a, b, tolerance + item.geometry.penWidth / 2);
}

void EraserTool::showPreview()
{
    QSet<QString> hidden = m_erased;
    QList<Object> pieces;
    for (const ink::StrokeCut &cut : std::as_const(m_cuts)) {
        if (!cut.cut())
            continue;
        hidden.insert(cut.original().id);
        pieces += cut.pieces(newId);
    }
    m_view.setPreview(pieces, hidden);
}

} // namespace inkboard::canvas
