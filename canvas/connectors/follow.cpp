// SPDX-License-Identifier: Apache-2.0
#include "connectors/follow.h"

#include "connectors/binding.h"
#include "scene_index.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace inkboard::canvas {

QList<Object> withFollowers(const QList<Object> &dragged, const SceneIndex &scene, DraggedEnds ends)
{
    QSet<QString> ids;
    // The objects as this drag shows them, for the connectors placed from them.
    QHash<QString, SceneItem> moved;
    for (const Object &o : dragged) {
        ids.insert(o.id);
        if (canBindTo(o) && !isConnector(o))
            moved.insert(o.id, SceneItem{o, computeGeometry(o), 0});
    }
    const TargetLookup lookup = [&moved, &scene](const QString &id) -> const SceneItem * {
        const auto it = moved.constFind(id);
        return it != moved.cend() ? &*it : scene.item(id);
    };
    auto place = [&moved, &lookup](const Object &connector) {
        const Object shown = resolveConnector(connector, lookup);
        if (canBindTo(shown)) // only a labelled connector can have others bound to it
            moved.insert(shown.id, SceneItem{shown, computeGeometry(shown), 0});
        return shown;
    };
    const ObjectLookup inScene = [&scene](const QString &id) -> const Object * {
        const SceneItem *item = scene.item(id);
        return item ? &item->object : nullptr;
    };
    // Connectors are placed after those whose labels they are bound to.
    auto byChain = [&inScene](QList<Object> &connectors) {
        QHash<QString, int> depth;
        for (const Object &c : std::as_const(connectors))
            depth.insert(c.id, chainDepth(c, inScene));
        std::stable_sort(connectors.begin(), connectors.end(),
                         [&depth](const Object &a, const Object &b) {
                             return depth.value(a.id) < depth.value(b.id);
                         });
    };
    QList<Object> out;
    out.reserve(dragged.size());
    QList<Object> draggedConnectors;
    for (const Object &o : dragged) {
        if (!isConnector(o)) {
            out.append(o);
            continue;
        }
        Object c = o;
        for (End end : {End::Start, End::End}) {
            if (const auto b = bindingOf(c, end);
                b && ends == DraggedEnds::Detach && !ids.contains(b->id))
                c = unbound(c, end);
        }
        draggedConnectors.append(c);
    }
    byChain(draggedConnectors);
    for (const Object &c : std::as_const(draggedConnectors))
        out.append(place(c));
    // Every connector drawn from what moved, however far through labels, placed in order.
    QList<QString> sources(ids.cbegin(), ids.cend());
    QSet<QString> seen = ids;
    QList<Object> followers;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        for (const QString &id : scene.dependentsOf(sources[i])) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            if (const SceneItem *item = scene.item(id)) {
                followers.append(item->object);
                sources.append(id);
            }
        }
    }
    byChain(followers);
    for (const Object &c : std::as_const(followers))
        out.append(place(c));
    return out;
}

} // namespace inkboard::canvas
