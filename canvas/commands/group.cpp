// SPDX-License-Identifier: Apache-2.0
#include "group.h"

#include "grouping.h"
#include "model/limits.h"
#include "op_target.h"
#include "selected.h"

namespace inkboard::canvas::commands {

namespace {

void refuse(GroupRefusal *refusal, GroupRefusal why)
{
    if (refusal)
        *refusal = why;
}

} // namespace

OpList group(const Document &document, const QSet<QString> &selection, const QStringList &entered,
             const QString &groupId, GroupRefusal *refusal)
{
    refuse(refusal, GroupRefusal::None);
    QList<std::pair<Object, QStringList>> changed;
    QSet<QString> units;
    for (const Object &o : selectedObjects(document, selection)) {
        if (isLocked(o))
            continue;
        QStringList path = groupPath(o);
        const qsizetype depth = unitDepth(path, entered);
        units.insert(depth < path.size() ? QStringLiteral("g:") + path.at(depth)
                                         : QStringLiteral("o:") + o.id);
        path.insert(depth, groupId);
        if (path.size() > Limits::kMaxGroupDepth) {
            refuse(refusal, GroupRefusal::TooDeep);
            return {};
        }
        changed.append({o, path});
    }
    if (units.size() < 2) {
        refuse(refusal, GroupRefusal::TooFew);
        return {};
    }
    OpList ops;
    for (const auto &[o, path] : std::as_const(changed))
        ops.append(Op::update(newId(), o.id, groupProps(path)));
    return ops;
}

OpList ungroup(const Document &document, const QSet<QString> &selection, const QStringList &entered,
               GroupRefusal *refusal)
{
    refuse(refusal, GroupRefusal::None);
    OpList ops;
    for (const Object &o : selectedObjects(document, selection)) {
        if (isLocked(o))
            continue;
        QStringList path = groupPath(o);
        const qsizetype depth = unitDepth(path, entered);
        if (depth >= path.size())
            continue;
        path.removeAt(depth);
        ops.append(Op::update(newId(), o.id, groupProps(path)));
    }
    if (ops.isEmpty())
        refuse(refusal, GroupRefusal::TooFew);
    return ops;
}

} // namespace inkboard::canvas::commands
