// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "document.h"
#include "op.h"
#include "validation_error.h"

#include <QHash>
#include <functional>
#include <optional>

namespace inkboard {

// The type of the object `id` in the document some ops land on; nothing when there is none.
using ObjectTypeLookup = std::function<std::optional<ObjectType>(const QString &id)>;
// The objects some ops created or deleted, by id: the type they left, or nothing (gone).
using ObjectTypes = QHash<QString, std::optional<ObjectType>>;

// What `op` does to the types of `types` (ids not in it have their type from `typeOf`), as
// Document::apply does: a create of an id not in use adds it, a create of one in use changes
// nothing, a delete leaves nothing, an update never changes a type.
void noteTypeChange(const Op &op, const ObjectTypeLookup &typeOf, ObjectTypes &types);

// The rules an op must meet against the document it lands on, beyond its own form (parseOp
// cannot know them: an update does not name its object's type). Today one rule: an update
// may not remove a prop its object's type requires (a rect's `w`, a stroke's `points`), for
// such an object no longer validates and every reader of a snapshot holding it would refuse
// it. `ops` are one commit applied in order to the objects `typeOf` tells (noteTypeChange:
// an object created earlier in it has that create's type, one deleted is gone). The server
// checks a commit against its document and the commits in flight before it, the client an
// edit against the visible document; the first op that breaks the rule is reported with
// its index (400 invalid_op).
std::optional<ValidationError> checkOpsAgainst(const ObjectTypeLookup &typeOf, const OpList &ops);
std::optional<ValidationError> checkOpsAgainst(const Document &doc, const OpList &ops);

} // namespace inkboard
