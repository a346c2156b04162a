#pragma once

#include "document.h"
#include "op.h"
#include "validation_error.h"

#include <optional>

namespace inkboard {

// The rules an op must meet against the document it lands on, beyond its own form (parseOp
// cannot know them: an update does not name its object's type). Today one rule: an update
// may not remove a prop its object's type requires (a rect's `w`, a stroke's `points`), for
// such an object no longer validates and every reader of a snapshot holding it would refuse
// it. `ops` are one commit applied in order to `doc`: an object created earlier in it has
// that create's type, one deleted earlier in it is gone (an update to it changes nothing).
// The server checks a commit against its document, the client an edit against the visible
// one; the first op that breaks the rule is reported with its index (400 invalid_op).
std::optional<ValidationError> checkOpsAgainst(const Document &doc, const OpList &ops);

} // namespace inkboard
