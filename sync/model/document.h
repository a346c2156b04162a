// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "object.h"
#include "op.h"

#include <QHash>
#include <QJsonArray>
#include <QList>

namespace inkboard {

// A set of objects and the one implementation of op application (PROTOCOL.md §2):
// total and deterministic, so every replica that applies the same ops in the same
// order holds the same objects.
class Document
{
public:
    // Returns true when the op changed something; a create of a present object and an
    // update or delete of an absent one are no-ops.
    bool apply(const Op &op);
    void apply(const OpList &ops);

    const Object *find(const QString &id) const;
    bool contains(const QString &id) const { return m_objects.contains(id); }
    qsizetype size() const { return m_objects.size(); }
    bool isEmpty() const { return m_objects.isEmpty(); }
    const QHash<QString, Object> &objects() const { return m_objects; }

    // Puts an object as it is (or removes it): for loading snapshots and rebasing.
    void put(const Object &object) { m_objects.insert(object.id, object); }
    void erase(const QString &id) { m_objects.remove(id); }
    void clear() { m_objects.clear(); }
    void reserve(qsizetype n) { m_objects.reserve(n); }

    // Objects in render order (z, then id).
    QList<Object> inRenderOrder() const;
    // Objects sorted by id: a stable form for snapshots and comparisons.
    QJsonArray toJson() const;

    friend bool operator==(const Document &, const Document &) = default;

private:
    QHash<QString, Object> m_objects;
};

} // namespace inkboard
