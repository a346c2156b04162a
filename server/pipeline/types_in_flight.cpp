// SPDX-License-Identifier: Apache-2.0
#include "types_in_flight.h"

namespace inkboard::server {

ObjectTypeLookup TypesInFlight::over(const Document &doc) const
{
    return [this, &doc](const QString &id) -> std::optional<ObjectType> {
        if (const auto it = m_types.constFind(id); it != m_types.constEnd())
            return it->type;
        if (const Object *o = doc.find(id))
            return o->type;
        return std::nullopt;
    };
}

void TypesInFlight::taken(qint64 revision, const OpList &ops, const Document &doc)
{
    ObjectTypes changes;
    const ObjectTypeLookup before = over(doc);
    for (const Op &op : ops)
        noteTypeChange(op, before, changes);
    if (changes.isEmpty())
        return; // updates only: no type changes
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        m_types.insert(it.key(), Entry{it.value(), revision});
    m_changedBy.emplace_back(revision, changes.keys());
}

void TypesInFlight::durable(qint64 revision)
{
    while (!m_changedBy.empty() && m_changedBy.front().first <= revision) {
        const auto &[changedAt, ids] = m_changedBy.front();
        for (const QString &id : ids) {
            const auto it = m_types.constFind(id);
            if (it != m_types.constEnd() && it->revision == changedAt)
                m_types.erase(it);
        }
        m_changedBy.pop_front();
    }
}

void TypesInFlight::clear()
{
    m_types.clear();
    m_changedBy.clear();
}

} // namespace inkboard::server
