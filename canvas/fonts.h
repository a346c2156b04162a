// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace inkboard::canvas {

// `font_family` keywords (PROTOCOL.md §2) and the families they draw with. A value that is
// none of them is taken as a family name, as version 1 did.
namespace fontKeyword {
inline const QString sans = QStringLiteral("sans");
inline const QString serif = QStringLiteral("serif");
inline const QString mono = QStringLiteral("mono");
inline const QString hand = QStringLiteral("hand");
} // namespace fontKeyword

// The family a `font_family` value draws with; empty: the default (DejaVu Sans).
QString fontFamilyFor(const QString &fontFamilyProp);

// Adds the fonts compiled into the canvas (Comic Neue for `hand`) to the application's font
// database, once; needs a QGuiApplication. The app calls it at start-up and before a headless
// export, so a drawing looks the same on screen and in its exports on every machine.
bool registerBundledFonts();

} // namespace inkboard::canvas
