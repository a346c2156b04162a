// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPainterPath>
#include <QString>
#include <optional>

namespace inkboard::canvas {

// An SVG path's `d` (moveto, lineto, curves, arcs, closepath, relative and absolute) as a
// QPainterPath; arcs become cubic curves. Nothing when the data is malformed (SVG says to
// draw up to the error; a half path is not what the author drew) or holds more than
// `maxCommands` commands.
std::optional<QPainterPath> parseSvgPathData(const QString &d, int maxCommands = 100000);

} // namespace inkboard::canvas
