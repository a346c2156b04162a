// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clipboard_codec.h"

#include <QByteArray>
#include <QJsonArray>

namespace inkboard::canvas {

// Inkboard objects as an Excalidraw scene, so that work can go back there: shapes as
// rectangles, diamonds and ellipses, connectors as lines and arrows bound to their shapes,
// strokes as free-draw with their pressure, labels as text bound to their container, images
// with their files, groups as groupIds. What Excalidraw has no field for (a hexagon, an
// exact corner radius, a serif font) rides in the element's customData, where
// ExcalidrawReader finds it again: Inkboard -> Excalidraw -> Inkboard keeps every object.
// Text sizes are measured with the canvas's fonts (a QGuiApplication must exist).
class ExcalidrawWriter
{
public:
    // The .excalidraw file: {"type": "excalidraw", "version": 2, "elements", "files", …}.
    static QByteArray file(const ObjectBundle &bundle);
    // What Excalidraw pastes: {"type": "excalidraw/clipboard", "elements", "files"}.
    static QByteArray clipboard(const ObjectBundle &bundle);
    static QJsonArray elements(const ObjectBundle &bundle, QJsonObject *files);
};

} // namespace inkboard::canvas
