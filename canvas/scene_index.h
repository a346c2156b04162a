// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "geometry.h"
#include "model/document.h"
#include "spatial_index.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <functional>
#include <vector>

namespace inkboard::canvas {

// One object as the canvas holds it: a (shared, cheap) copy of the model's object, its cached
// geometry and its position in render order.
struct SceneItem
{
    Object object;
    Geometry geometry;
    int rank = 0; // render order: higher is drawn later (on top)
};

// The canvas's read-side cache of a Document: geometry per object, a spatial index and the
// render order. It is told which ids changed and refreshes only those.
class SceneIndex
{
public:
    SceneIndex();

    void reset(const Document &document);
    void update(const Document &document, const QSet<QString> &changedIds);

    qsizetype size() const { return m_handleById.size(); }
    const SceneItem *item(const QString &id) const;

    // Items whose bounds intersect `rect`, in render order (bottom first).
    QList<const SceneItem *> itemsIn(const QRectF &rect) const;
    QList<const SceneItem *> allInRenderOrder() const;
    // The topmost item under the point that `accept` takes (all when empty).
    const SceneItem *topmostAt(QPointF p, double tolerance,
                               const std::function<bool(const SceneItem &)> &accept = {}) const;

    // The bounds of all objects (null when empty) and of some of them.
    QRectF bounds() const;
    QRectF boundsOf(const QSet<QString> &ids) const;

    // The connectors bound to `id` (PROTOCOL.md §2 `start_bind`/`end_bind`), and `ids` with
    // those bound to any of them, and to those connectors' labels in turn: what an edit of
    // `ids` moves on the canvas.
    QList<QString> dependentsOf(const QString &id) const { return m_dependents.values(id); }
    QSet<QString> withDependents(const QSet<QString> &ids) const;

    // The objects in group `group` at any depth (PROTOCOL.md §2 `group`, `groups`): what
    // selecting that group selects.
    QList<QString> membersOf(const QString &group) const { return m_members.values(group); }

    // The highest and lowest z keys this client can order against (keyBetween's format).
    QString maxZ() const;
    QString minZ() const;

private:
    void removeHandle(int handle);
    void insertObject(const Object &object);
    void change(const QString &id, const Object *object);
    // The object as drawn: a bound connector placed from its shapes as the scene has them.
    Object shown(const Object &object) const;
    void addEdges(const Object &object);
    void removeEdges(const Object &object);
    // Connectors bound to connectors' labels after those connectors (chainDepth), so that each
    // is placed from the others as they are drawn now.
    static void sortByChain(QList<QString> &connectors, const Document &document);
    void addMembership(const Object &object);
    void removeMembership(const Object &object);
    void ensureOrder() const;
    void renumberFrom(qsizetype position);

    static constexpr qsizetype kObjectsPerWorker = 2000; // below this, one thread is enough
    std::vector<SceneItem> m_items;
    std::vector<bool> m_alive;
    QList<int> m_free;
    QHash<QString, int> m_handleById;
    SpatialIndex m_index;
    QMultiHash<QString, QString> m_dependents; // bound object id -> connector id
    QMultiHash<QString, QString> m_members;    // group id -> object id

    mutable QList<int> m_order; // handles in render order
    mutable bool m_orderDirty = false;
    mutable QRectF m_bounds;
    mutable bool m_boundsDirty = false;
};

} // namespace inkboard::canvas
