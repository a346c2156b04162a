// SPDX-License-Identifier: Apache-2.0
#include "commands/connector_edits.h"

#include "commands/prop_change.h"
#include "connectors/binding.h"
#include "connectors/follow.h"
#include "op_target.h"
#include "scene_index.h"

#include <QHash>

namespace inkboard::canvas::commands {

namespace {

// An update that makes the stored `id` look like `shown`, after `ops` (empty: none needed).
void appendChange(OpList &out, const Document &stored, const QHash<QString, Object> &after,
                  const Object &shown)
{
    const auto it = after.constFind(shown.id);
    const Object *base = it != after.cend() ? &*it : stored.find(shown.id);
    if (!base)
        return;
    const QJsonObject props = propsChange(*base, shown);
    if (!props.isEmpty())
        out.append(Op::update(newId(), shown.id, props));
}

} // namespace

OpList withConnectorEdits(const OpList &ops, const Document &stored, const SceneIndex &scene)
{
    // The moved objects as drawn (from the scene) and as stored, each with the ops applied.
    QHash<QString, Object> drawn;
    QHash<QString, Object> after;
    QList<QString> order;
    for (const Op &op : ops) {
        if (op.kind != Op::Kind::Update)
            continue;
        if (!drawn.contains(op.id)) {
            const SceneItem *item = scene.item(op.id);
            const Object *o = stored.find(op.id);
            if (!item || !o)
                continue;
            drawn.insert(op.id, item->object);
            after.insert(op.id, *o);
            order.append(op.id);
        }
        drawn[op.id].applyUpdate(op.props);
        after[op.id].applyUpdate(op.props);
    }
    const QSet<QString> moved(order.cbegin(), order.cend());
    bool involved = scene.withDependents(moved) != moved;
    for (const QString &id : std::as_const(order))
        involved = involved || hasBinding(drawn.value(id));
    if (!involved)
        return ops;
    QList<Object> dragged;
    dragged.reserve(order.size());
    for (const QString &id : std::as_const(order))
        dragged.append(drawn.value(id));
    OpList out = ops;
    for (const Object &shown : withFollowers(dragged, scene)) {
        if (isConnector(shown))
            appendChange(out, stored, after, shown);
    }
    return out;
}

OpList withRestyledConnectors(const OpList &ops, const Document &stored, const SceneIndex &scene)
{
    // The changed connectors, and the objects that connectors are bound to (a label edit that
    // grows a shape, a connector's label box that changes), as stored with the ops applied.
    QHash<QString, Object> after;
    QList<QString> order;
    for (const Op &op : ops) {
        const Object *o = op.kind == Op::Kind::Update ? stored.find(op.id) : nullptr;
        if (!o || !(isConnector(*o) || !scene.dependentsOf(op.id).isEmpty()))
            continue;
        auto it = after.find(op.id);
        if (it == after.end()) {
            it = after.insert(op.id, *o);
            order.append(op.id);
        }
        it->applyUpdate(op.props);
    }
    if (after.isEmpty())
        return ops;
    QList<Object> changed;
    changed.reserve(order.size());
    for (const QString &id : std::as_const(order))
        changed.append(after.value(id));
    OpList out = ops;
    for (const Object &shown : withFollowers(changed, scene, DraggedEnds::Keep)) {
        if (isConnector(shown))
            appendChange(out, stored, after, shown);
    }
    return out;
}

OpList detachFrom(const QSet<QString> &ids, const Document &stored, const SceneIndex &scene)
{
    OpList out;
    QSet<QString> seen;
    for (const QString &id : ids) {
        for (const QString &c : scene.dependentsOf(id)) {
            if (ids.contains(c) || seen.contains(c))
                continue;
            seen.insert(c);
            const SceneItem *item = scene.item(c);
            if (!item)
                continue;
            Object shown = item->object;
            for (End end : {End::Start, End::End}) {
                if (const auto b = bindingOf(shown, end); b && ids.contains(b->id))
                    shown = unbound(shown, end);
            }
            appendChange(out, stored, {}, shown);
        }
    }
    return out;
}

} // namespace inkboard::canvas::commands
