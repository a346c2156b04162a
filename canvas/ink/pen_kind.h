// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ink/stroke_outline.h"
#include "model/object.h"

#include <QColor>
#include <QString>

namespace inkboard::canvas::ink {

// `pen` (PROTOCOL.md §2): which pen drew a stroke. Absent (or a word this version does not
// know) is the ink pen.
inline const QString kPenKey = QStringLiteral("pen");
inline const QString kHighlighter = QStringLiteral("highlighter");

bool isHighlighter(const Object &stroke);

// A highlighter is wider and translucent; the opacity is stored too, so that a client that
// does not know `pen` shows it translucent as well.
inline constexpr double kHighlighterOpacity = 0.4;
double highlighterWidth(double styleWidth);
// The style's stroke colour, except that near-black ink (the default) highlights in yellow.
QColor highlighterColor(const QColor &styleColor);

// A stroke's stored `[x, y, pressure, …]` points (local coordinates).
QList<InkPoint> inkPointsOf(const Object &stroke);

// How this stroke is outlined: the ink pen follows pressure (or, with one pressure throughout,
// speed) with round caps; the highlighter keeps one width and cuts its ends square.
OutlineOptions outlineOptionsOf(const Object &stroke, const QList<InkPoint> &points);

} // namespace inkboard::canvas::ink
