// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QPalette>

namespace inkboard::canvas {

// WCAG 2 contrast ratio of two colours: 1 (the same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

// Whether a palette is a high-contrast one (Windows' High Contrast themes, GNOME's and KDE's
// high-contrast schemes): text on windows, on fields and on the selection all at 7:1 or more,
// WCAG's AAA level. Ordinary palettes fail on the selection (Fusion's blue under white text is
// 3.6:1). Qt 6.4 has no flag for it, so the palette itself is what tells.
bool isHighContrast(const QPalette &palette);

} // namespace inkboard::canvas
