// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringView>

namespace inkboard {

inline constexpr int kMaxIdLength = 64;

// Ids of drawings, objects, ops and clients (PROTOCOL.md §1): 1-64 of [A-Za-z0-9_-].
bool isValidId(QStringView id);

// Usernames (PROTOCOL.md §1): 1-64 of [A-Za-z0-9_.-].
bool isValidUsername(QStringView name);

// A blob name: the lowercase hex SHA-256 of its bytes.
bool isValidBlobHash(QStringView hash);

} // namespace inkboard
