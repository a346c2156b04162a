// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QString>
#include <optional>

namespace inkboard::canvas {

// CSS colours as Excalidraw and SVG write them: "transparent", "none", #rgb, #rrggbb,
// #rrggbbaa (alpha last, unlike QColor's #aarrggbb) and the named colours. Nothing for text
// that is none of them.
std::optional<QColor> parseCssColor(const QString &text);
// #rrggbb when opaque, "transparent" when fully transparent, else #rrggbbaa.
QString cssColor(const QColor &color);

} // namespace inkboard::canvas
