// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/document.h"
#include "model/op_rules.h"

#include <QStringList>
#include <deque>

namespace inkboard::server {

// The types of objects as the commits taken in but not yet durable will leave them (a
// group commit holds many). The document is at the durable revision, so a commit checked
// against it alone would miss an object created or retyped by a commit still in flight,
// and might remove a prop that object's type requires.
class TypesInFlight
{
public:
    // The type of each object once every commit taken in is applied to `doc`.
    ObjectTypeLookup over(const Document &doc) const;
    // The fresh ops of the commit given `revision`.
    void taken(qint64 revision, const OpList &ops, const Document &doc);
    // Every commit up to `revision` is applied to the document: what they did is there now.
    void durable(qint64 revision);
    // The commits in flight were dropped (a stale head, a failed write).
    void clear();

private:
    struct Entry
    {
        std::optional<ObjectType> type;
        qint64 revision = 0; // the last commit that changed it
    };
    QHash<QString, Entry> m_types;
    std::deque<std::pair<qint64, QStringList>> m_changedBy; // in revision order
};

} // namespace inkboard::server
