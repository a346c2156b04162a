// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "import_result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <optional>

namespace inkboard::canvas {

// An SVG document as Inkboard objects, not a picture: rect as a rect (rx as its radius),
// circle and ellipse as ellipses, line, polyline, polygon and path (curves flattened) as
// lines, text as text, `data:` images as images; groups (<g>) as groups. Transforms are
// applied: a shape that a transform only moves, turns and scales stays that shape, else it
// becomes its outline as a line. fill, stroke, stroke-width, stroke-dasharray, opacity,
// fill-opacity and stroke-opacity are kept as far as Inkboard draws them; what it cannot
// (gradients, <use>, a path's fill) is counted in the result. Read with QXmlStreamReader;
// a malformed document refuses the whole file with `error`.
class SvgReader
{
    Q_DECLARE_TR_FUNCTIONS(SvgReader)
public:
    static std::optional<ImportResult> read(const QByteArray &svg, QString *error);
};

} // namespace inkboard::canvas
