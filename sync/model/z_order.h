// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace inkboard {

// Fractional-index keys for the `z` prop: base-62 strings, compared bytewise, with a
// variable-length integer head so that appending or prepending keeps keys short.
//
// keyBetween(a, b) returns a key strictly between a and b; an empty `a` means "before
// everything", an empty `b` "after everything". It returns nullopt when a key is not in
// this format (another client's z) or a >= b: the caller then orders relative to keys it
// can read.
std::optional<QString> keyBetween(const QString &a, const QString &b);

// n keys in increasing order, strictly between a and b.
std::optional<QStringList> keysBetween(const QString &a, const QString &b, int n);

bool isValidOrderKey(const QString &key);

} // namespace inkboard
