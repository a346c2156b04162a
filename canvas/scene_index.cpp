// SPDX-License-Identifier: Apache-2.0
#include "scene_index.h"

#include "connectors/binding.h"
#include "grouping.h"
#include "model/z_order.h"

#include <QThread>
#include <algorithm>
#include <thread>

namespace inkboard::canvas {

SceneIndex::SceneIndex() = default;

void SceneIndex::reset(const Document &document)
{
    m_items.clear();
    m_alive.clear();
    m_free.clear();
    m_handleById.clear();
    m_index.clear();
    m_dependents.clear();
    m_members.clear();
    m_order.clear();
    m_handleById.reserve(document.size());
    m_orderDirty = true; // one sort at the end, not one insertion per object
    // Opening a big drawing is mostly computing every object's path (smoothed strokes, text
    // metrics): a pure function of the object, so it is spread over the cores. Fonts and
    // painter paths are reentrant; each worker writes only its own slice of the items.
    const qsizetype n = document.size();
    m_items.resize(size_t(n));
    m_alive.assign(size_t(n), true);
    qsizetype i = 0;
    for (const Object &o : document.objects())
        m_items[size_t(i++)].object = o;
    const int workers =
        int(std::clamp<qsizetype>(n / kObjectsPerWorker, 1, qMax(1, QThread::idealThreadCount())));
    // Bound connectors are placed from their shapes afterwards, once every shape is in.
    std::vector<char> bound(size_t(n), 0);
    auto compute = [this, n, workers, &bound](int worker) {
        const qsizetype from = n * worker / workers;
        const qsizetype to = n * (worker + 1) / workers;
        for (qsizetype k = from; k < to; ++k) {
            SceneItem &item = m_items[size_t(k)];
            if (isDerived(item.object))
                bound[size_t(k)] = 1;
            else
                item.geometry = computeGeometry(item.object);
        }
    };
    std::vector<std::thread> threads;
    for (int w = 1; w < workers; ++w)
        threads.emplace_back(compute, w);
    compute(0);
    for (std::thread &t : threads)
        t.join();
    for (qsizetype k = 0; k < n; ++k) {
        m_handleById.insert(m_items[size_t(k)].object.id, int(k));
        addMembership(m_items[size_t(k)].object);
    }
    QList<QString> derived;
    for (qsizetype k = 0; k < n; ++k) {
        if (bound[size_t(k)])
            derived.append(m_items[size_t(k)].object.id);
    }
    sortByChain(derived, document);
    for (const QString &id : std::as_const(derived)) {
        SceneItem &item = m_items[size_t(m_handleById.value(id))];
        addEdges(item.object);
        item.object = shown(item.object);
        item.geometry = computeGeometry(item.object);
    }
    for (qsizetype k = 0; k < n; ++k)
        m_index.insert(int(k), m_items[size_t(k)].geometry.bounds);
    m_boundsDirty = true;
}

QSet<QString> SceneIndex::withDependents(const QSet<QString> &ids) const
{
    if (m_dependents.isEmpty())
        return ids;
    // Through connectors bound to connectors' labels too, however deep.
    QSet<QString> out = ids;
    QList<QString> queue(ids.cbegin(), ids.cend());
    for (qsizetype i = 0; i < queue.size(); ++i) {
        const QString id = queue[i];
        for (auto it = m_dependents.constFind(id); it != m_dependents.cend() && it.key() == id;
             ++it) {
            if (!out.contains(it.value())) {
                out.insert(it.value());
                queue.append(it.value());
            }
        }
    }
    return out;
}

void SceneIndex::sortByChain(QList<QString> &connectors, const Document &document)
{
    if (connectors.size() < 2)
        return;
    const ObjectLookup lookup = [&document](const QString &id) { return document.find(id); };
    QHash<QString, int> depth;
    bool chained = false;
    for (const QString &id : std::as_const(connectors)) {
        const Object *o = document.find(id);
        const int d = o ? chainDepth(*o, lookup) : 0;
        depth.insert(id, d);
        chained = chained || d > 0;
    }
    if (chained) {
        std::stable_sort(connectors.begin(), connectors.end(),
                         [&depth](const QString &a, const QString &b) {
                             return depth.value(a) < depth.value(b);
                         });
    }
}

Object SceneIndex::shown(const Object &object) const
{
    if (!isDerived(object))
        return object;
    return resolveConnector(object, [this](const QString &id) { return item(id); });
}

void SceneIndex::addEdges(const Object &object)
{
    if (!isConnector(object))
        return;
    for (const QString &target : boundIds(object))
        m_dependents.insert(target, object.id);
}

void SceneIndex::removeEdges(const Object &object)
{
    if (!isConnector(object))
        return;
    for (const QString &target : boundIds(object))
        m_dependents.remove(target, object.id);
}

void SceneIndex::addMembership(const Object &object)
{
    if (!object.props.contains(key::group))
        return;
    for (const QString &group : groupPath(object))
        m_members.insert(group, object.id);
}

void SceneIndex::removeMembership(const Object &object)
{
    if (!object.props.contains(key::group))
        return;
    for (const QString &group : groupPath(object))
        m_members.remove(group, object.id);
}

void SceneIndex::update(const Document &document, const QSet<QString> &changedIds)
{
    // A moved shape moves the connectors bound to it; those are placed once the shapes are.
    QList<QString> connectors;
    for (const QString &id : withDependents(changedIds)) {
        const Object *o = document.find(id);
        if (o && isDerived(*o))
            connectors.append(id);
        else
            change(id, o);
    }
    sortByChain(connectors, document);
    for (const QString &id : std::as_const(connectors))
        change(id, document.find(id));
    m_boundsDirty = true;
}

void SceneIndex::change(const QString &id, const Object *o)
{
    const auto it = m_handleById.constFind(id);
    if (it != m_handleById.cend() && o && m_items[size_t(*it)].object.z() == o->z() &&
        m_items[size_t(*it)].object.type == o->type) {
        // Same place in the render order (the common edit: a move, a restyle): in place.
        SceneItem &item = m_items[size_t(*it)];
        m_index.remove(*it, item.geometry.bounds);
        removeEdges(item.object);
        removeMembership(item.object);
        addEdges(*o);
        addMembership(*o);
        item.object = shown(*o);
        item.geometry = computeGeometry(item.object);
        m_index.insert(*it, item.geometry.bounds);
        return;
    }
    if (it != m_handleById.cend())
        removeHandle(*it);
    if (o)
        insertObject(*o);
}

void SceneIndex::renumberFrom(qsizetype position)
{
    for (qsizetype i = position; i < m_order.size(); ++i)
        m_items[size_t(m_order[i])].rank = int(i);
}

void SceneIndex::removeHandle(int handle)
{
    SceneItem &item = m_items[size_t(handle)];
    m_index.remove(handle, item.geometry.bounds);
    removeEdges(item.object);
    removeMembership(item.object);
    m_handleById.remove(item.object.id);
    m_alive[size_t(handle)] = false;
    const qsizetype at = item.rank;
    item = SceneItem{};
    m_free.append(handle);
    if (!m_orderDirty && at < m_order.size() && m_order[at] == handle) {
        m_order.removeAt(at);
        renumberFrom(at);
    } else if (!m_orderDirty) {
        m_order.removeOne(handle);
        renumberFrom(0);
    }
}

void SceneIndex::insertObject(const Object &object)
{
    int handle;
    if (!m_free.isEmpty()) {
        handle = m_free.takeLast();
    } else {
        handle = int(m_items.size());
        m_items.emplace_back();
        m_alive.push_back(false);
    }
    SceneItem &item = m_items[size_t(handle)];
    addEdges(object);
    addMembership(object);
    item.object = shown(object);
    item.geometry = computeGeometry(item.object);
    m_alive[size_t(handle)] = true;
    m_handleById.insert(object.id, handle);
    m_index.insert(handle, item.geometry.bounds);
    if (m_orderDirty)
        return;
    // Keep the order without a sort: a binary search for the place, then renumber after it
    // (nothing to renumber for the common case, a new object on top).
    const auto pos = std::upper_bound(m_order.begin(), m_order.end(), handle, [this](int a, int b) {
        return renderLess(m_items[size_t(a)].object, m_items[size_t(b)].object);
    });
    const qsizetype at = pos - m_order.begin();
    m_order.insert(at, handle);
    renumberFrom(at);
}

void SceneIndex::ensureOrder() const
{
    if (!m_orderDirty)
        return;
    // renderLess's order, with each z read from the props once instead of twice for each of
    // the n log n comparisons (a JSON lookup and a string copy each time).
    std::vector<std::pair<QString, int>> keyed;
    keyed.reserve(size_t(m_handleById.size()));
    for (int h : m_handleById)
        keyed.emplace_back(m_items[size_t(h)].object.z(), h);
    std::sort(keyed.begin(), keyed.end(), [this](const auto &a, const auto &b) {
        return renderKeyLess(a.first, m_items[size_t(a.second)].object.id, b.first,
                             m_items[size_t(b.second)].object.id);
    });
    m_order.clear();
    m_order.reserve(qsizetype(keyed.size()));
    for (const auto &k : keyed)
        m_order.append(k.second);
    auto &items = const_cast<std::vector<SceneItem> &>(m_items);
    for (qsizetype i = 0; i < m_order.size(); ++i)
        items[size_t(m_order[i])].rank = int(i);
    m_orderDirty = false;
}

const SceneItem *SceneIndex::item(const QString &id) const
{
    const auto it = m_handleById.constFind(id);
    return it == m_handleById.cend() ? nullptr : &m_items[size_t(*it)];
}

QList<const SceneItem *> SceneIndex::itemsIn(const QRectF &rect) const
{
    ensureOrder();
    const QList<int> handles = m_index.query(rect);
    QList<const SceneItem *> out;
    out.reserve(handles.size());
    for (int h : handles) {
        const SceneItem &item = m_items[size_t(h)];
        if (item.geometry.bounds.intersects(rect))
            out.append(&item);
    }
    std::sort(out.begin(), out.end(),
              [](const SceneItem *a, const SceneItem *b) { return a->rank < b->rank; });
    return out;
}

QList<const SceneItem *> SceneIndex::allInRenderOrder() const
{
    ensureOrder();
    QList<const SceneItem *> out;
    out.reserve(m_order.size());
    for (int h : m_order)
        out.append(&m_items[size_t(h)]);
    return out;
}

const SceneItem *SceneIndex::topmostAt(QPointF p, double tolerance,
                                       const std::function<bool(const SceneItem &)> &accept) const
{
    const QRectF probe(p.x() - tolerance, p.y() - tolerance, 2 * tolerance, 2 * tolerance);
    const QList<const SceneItem *> items = itemsIn(probe);
    for (auto it = items.crbegin(); it != items.crend(); ++it) {
        const SceneItem *item = *it;
        if (accept && !accept(*item))
            continue;
        if (hitTest(item->object, item->geometry, p, tolerance))
            return item;
    }
    return nullptr;
}

QRectF SceneIndex::bounds() const
{
    if (m_boundsDirty) {
        m_bounds = QRectF();
        for (int h : m_handleById)
            m_bounds = m_bounds.united(m_items[size_t(h)].geometry.bounds);
        m_boundsDirty = false;
    }
    return m_bounds;
}

QRectF SceneIndex::boundsOf(const QSet<QString> &ids) const
{
    QRectF r;
    for (const QString &id : ids) {
        if (const SceneItem *i = item(id))
            r = r.united(i->geometry.bounds);
    }
    return r;
}

QString SceneIndex::maxZ() const
{
    ensureOrder();
    for (auto it = m_order.crbegin(); it != m_order.crend(); ++it) {
        const QString z = m_items[size_t(*it)].object.z();
        if (isValidOrderKey(z))
            return z;
    }
    return {};
}

QString SceneIndex::minZ() const
{
    ensureOrder();
    for (int h : m_order) {
        const QString z = m_items[size_t(h)].object.z();
        if (isValidOrderKey(z))
            return z;
    }
    return {};
}

} // namespace inkboard::canvas
