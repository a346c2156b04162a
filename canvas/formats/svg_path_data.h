// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QPainterPath>
#include <QPolygonF>
#include <QString>
#include <QTransform>
#include <optional>

namespace inkboard::canvas {

// An SVG path's `d` (moveto, lineto, curves, arcs, closepath, relative and absolute) as a
// QPainterPath; arcs become cubic curves. Nothing when the data is malformed (SVG says to
// draw up to the error; a half path is not what the author drew) or holds more than
// `maxCommands` commands.
std::optional<QPainterPath> parseSvgPathData(const QString &d, int maxCommands = 100000);

// The path's subpaths as polygons through `transform`, each curve as at most 16 segments
// (QPainterPath::toSubpathPolygons may make a thousand of one): nothing when that makes more
// than `maxPoints` points, so a hostile file costs bounded memory.
std::optional<QList<QPolygonF>> flattenPath(const QPainterPath &path, const QTransform &transform,
                                            qsizetype maxPoints);

} // namespace inkboard::canvas
