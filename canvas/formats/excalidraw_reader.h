// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "import_result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <optional>

namespace inkboard::canvas {

// An Excalidraw scene — a .excalidraw file ({"type": "excalidraw", "elements", "files"}) or
// what Excalidraw puts on the clipboard ({"type": "excalidraw/clipboard", …}) — as Inkboard
// objects: rectangles, diamonds and ellipses as shapes, lines and arrows as connectors with
// their bindings, free-draw as strokes with pressure, text (a container's as its label),
// images with their files, groupIds and frames as groups, in the scene's order. Elements
// Inkboard has nothing for are counted in the result. Wrong types, numbers out of range and
// too many elements refuse the whole scene with `error`, a sentence without the file's name.
class ExcalidrawReader
{
    Q_DECLARE_TR_FUNCTIONS(ExcalidrawReader)
public:
    static std::optional<ImportResult> read(const QByteArray &json, QString *error);
    // Whether `text` starts like an Excalidraw clipboard or file (cheap: no parse), so that a
    // paste of plain text is not read as JSON.
    static bool looksLikeScene(const QByteArray &text);
};

} // namespace inkboard::canvas
