// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

namespace inkboard::server {

// What leaves the store nests no deeper than what the server accepts today. History stored
// before the prop depth limit may hold values nested almost to the JSON parser's limit:
// their rows still parse, but a page, snapshot or frame carrying them a few levels deeper
// would parse in no client. So a stored array of ops or objects (each with `props`, a
// commit's or a snapshot's row) loses the prop values nested more than
// Limits::maxPropDepth levels. Returns what was left out ("id: key" each); `json` is
// untouched, and not parsed, when there is nothing to leave out. The row in the store is
// never changed.
QStringList trimTooDeepProps(QByteArray &json);

// The deepest nesting of arrays and objects in JSON text (strings skipped), without parsing.
int jsonNestingDepth(QByteArrayView json);

} // namespace inkboard::server
