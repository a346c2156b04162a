// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace inkboard::canvas::excalidraw {

// What the Excalidraw reader and writer agree on: the document types, the key under an
// element's `customData` where Inkboard keeps what Excalidraw has no field for (a rect's
// hexagon shape, its exact corner radius, a serif font), and the font numbers.
inline const QString kFileType = QStringLiteral("excalidraw");
inline const QString kClipboardType = QStringLiteral("excalidraw/clipboard");
inline const QString kCustomKey = QStringLiteral("inkboard");
inline constexpr char kSuffix[] = "excalidraw";

// Excalidraw's fontFamily numbers: 1 Virgil, 2 Helvetica, 3 Cascadia, 5 Excalifont,
// 6 Nunito, 7 Lilita One, 8 Comic Shanns, 9 Liberation Sans.
int fontNumberFor(const QString &fontFamilyProp);
QString fontFamilyFor(int fontNumber);

// Excalidraw draws free-draw `strokeWidth` * 4.25 wide (its perfect-freehand `size`); Inkboard
// draws a stroke `stroke_width` wide.
inline constexpr double kFreedrawSize = 4.25;

// Arrowheads: Inkboard's none, arrow, triangle, dot, bar and Excalidraw's (empty for null).
QString arrowheadToExcalidraw(const QString &head);
QString arrowheadFromExcalidraw(const QString &head);

} // namespace inkboard::canvas::excalidraw
