// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/document.h"
#include "model/op.h"

#include <QSet>
#include <QStringList>

namespace inkboard::canvas::commands {

// Why a group command did nothing, for the message the canvas shows.
enum class GroupRefusal
{
    None,
    TooFew,  // fewer than two things to group (or no group to dissolve)
    TooDeep, // the new group would nest deeper than Limits::kMaxGroupDepth
};

// Ctrl+G: the unlocked selected objects into a new group `groupId`, one level below the
// groups the user is inside (`entered`, outermost first): each keeps the groups it was in
// below that level, inside the new one, so that grouping groups nests them. Nothing for
// fewer than two units (objects or groups at that level).
OpList group(const Document &document, const QSet<QString> &selection, const QStringList &entered,
             const QString &groupId, GroupRefusal *refusal = nullptr);

// Ctrl+Shift+G: the groups one level below `entered` that hold selected objects are
// dissolved; their members move up one level (keeping any groups inside).
OpList ungroup(const Document &document, const QSet<QString> &selection, const QStringList &entered,
               GroupRefusal *refusal = nullptr);

} // namespace inkboard::canvas::commands
