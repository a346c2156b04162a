// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/object.h"
#include "style.h"

#include <QJsonObject>
#include <QStringList>

namespace inkboard::canvas {

// The groups an object is in, outermost first (PROTOCOL.md §2 `group`, `groups`). `groups`
// counts only while its first id is `group`: a version-1 client that regroups an object
// writes `group` alone, and then that single group is the truth.
QStringList groupPath(const Object &object);

// The props that put an object in `path`: `group` (its first id, what version-1 readers
// group by) and `groups`, or nulls for none.
QJsonObject groupProps(const QStringList &path);

// What a click on `object` selects while the user is inside the groups `entered` (outermost
// first; empty: at the top): the group one level below `entered` that holds the object, or
// empty for the object alone. An object outside `entered` answers for the top level.
QString unitGroup(const Object &object, const QStringList &entered);

// How deep the groups below `entered` start in `path`: entered's length when the path is
// inside it, else 0 (the top level).
qsizetype unitDepth(const QStringList &path, const QStringList &entered);

// The groups of `path` down to and including `group` (empty when it is not in the path).
QStringList pathTo(const QStringList &path, const QString &group);

} // namespace inkboard::canvas
