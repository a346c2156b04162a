#include "connectors/follow.h"

#include "connectors/binding.h"
#include "scene_index.h"

#include <QHash>
#include <QSet>

namespace inkboard::canvas {

QList<Object> withFollowers(const QList<Object> &dragged, const SceneIndex &scene)
{
    QSet<QString> ids;
    QHash<QString, SceneItem> moved;
    for (const Object &o : dragged) {
        ids.insert(o.id);
        if (canBindTo(o))
            moved.insert(o.id, SceneItem{o, computeGeometry(o), 0});
    }
    const TargetLookup lookup = [&moved, &scene](const QString &id) -> const SceneItem * {
        const auto it = moved.constFind(id);
        return it != moved.cend() ? &*it : scene.item(id);
    };
    QList<Object> out;
    out.reserve(dragged.size());
    for (const Object &o : dragged) {
        if (!isConnector(o)) {
            out.append(o);
            continue;
        }
        Object c = o;
        for (End end : {End::Start, End::End}) {
            if (const auto b = bindingOf(c, end); b && !ids.contains(b->id))
                c = unbound(c, end);
        }
        out.append(resolveConnector(c, lookup));
    }
    QSet<QString> followers;
    for (const Object &o : dragged) {
        if (!canBindTo(o))
            continue;
        for (const QString &id : scene.dependentsOf(o.id)) {
            if (ids.contains(id) || followers.contains(id))
                continue;
            followers.insert(id);
            if (const SceneItem *item = scene.item(id))
                out.append(resolveConnector(item->object, lookup));
        }
    }
    return out;
}

} // namespace inkboard::canvas
