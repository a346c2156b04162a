// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace inkboard::app {

// The application's look: "light" or "dark" (Fusion with Inkboard's palettes), or "system"
// (the style and palette the application started with).
void applyAppearance(const QString &mode);

} // namespace inkboard::app
