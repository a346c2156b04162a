// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QIcon>
#include <QPalette>

namespace inkboard::app {

// An icon of resources/icons drawn in the palette's text color, so it follows light and
// dark themes (the SVGs use currentColor).
QIcon themedIcon(const QString &name, const QPalette &palette);

} // namespace inkboard::app
