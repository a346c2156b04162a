// SPDX-License-Identifier: Apache-2.0
// CanvasView's part in groups: which objects a click selects, entering and leaving groups,
// and the group commands (PROTOCOL.md §2 `group`, `groups`).
#include "canvas_view.h"
#include "commands/group.h"
#include "grouping.h"
#include "model/limits.h"
#include "op_target.h"

namespace inkboard::canvas {

void CanvasView::setEnteredGroups(const QStringList &groups)
{
    if (groups == m_entered)
        return;
    m_entered = groups;
    update();
}

QSet<QString> CanvasView::unitOf(const SceneItem &item) const
{
    const QString group = unitGroup(item.object, m_entered);
    if (group.isEmpty())
        return {item.object.id};
    const QList<QString> members = m_scene.membersOf(group);
    return QSet<QString>(members.cbegin(), members.cend());
}

QSet<QString> CanvasView::selectUnitOf(const SceneItem &item)
{
    const QStringList path = groupPath(item.object);
    if (!m_entered.isEmpty() && unitDepth(path, m_entered) == 0)
        setEnteredGroups({}); // a click outside the group the user was in leaves it
    return unitOf(item);
}

bool CanvasView::enterGroupOf(const SceneItem &item)
{
    const QString group = unitGroup(item.object, m_entered);
    if (group.isEmpty())
        return false;
    setEnteredGroups(pathTo(groupPath(item.object), group));
    setSelection(unitOf(item));
    return true;
}

bool CanvasView::leaveGroup()
{
    if (m_entered.isEmpty())
        return false;
    const QList<QString> members = m_scene.membersOf(m_entered.last());
    QStringList up = m_entered;
    up.removeLast();
    setEnteredGroups(up);
    setSelection(QSet<QString>(members.cbegin(), members.cend()));
    return true;
}

commands::UnitOf CanvasView::unitKey() const
{
    return [entered = m_entered](const Object &o) {
        const QString group = unitGroup(o, entered);
        return group.isEmpty() ? QStringLiteral("o:") + o.id : QStringLiteral("g:") + group;
    };
}

void CanvasView::groupSelection()
{
    if (m_readOnly)
        return;
    commands::GroupRefusal refusal = commands::GroupRefusal::None;
    const OpList ops = commands::group(visible(), m_selection, m_entered, newId(), &refusal);
    if (refusal == commands::GroupRefusal::TooDeep)
        emit message(tr("Groups can nest at most %1 deep").arg(Limits::kMaxGroupDepth));
    else if (refusal == commands::GroupRefusal::TooFew)
        emit message(tr("Select two or more objects to group"));
    requestOps(ops, tr("Group"));
}

void CanvasView::ungroupSelection()
{
    if (m_readOnly)
        return;
    commands::GroupRefusal refusal = commands::GroupRefusal::None;
    const OpList ops = commands::ungroup(visible(), m_selection, m_entered, &refusal);
    if (refusal == commands::GroupRefusal::TooFew)
        emit message(tr("The selection holds no group"));
    requestOps(ops, tr("Ungroup"));
}

} // namespace inkboard::canvas
