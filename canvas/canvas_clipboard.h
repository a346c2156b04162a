// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCoreApplication>
#include <QPointF>

class QMimeData;

namespace inkboard::canvas {

class CanvasView;
struct ObjectBundle;

// The canvas's clipboard, drag and drop and image import: what a selection puts on the
// clipboard (Inkboard JSON and a PNG for other programs), and what pasted or dropped data
// becomes (Inkboard objects, Excalidraw scenes, image, Excalidraw and SVG files, images, text),
// through the canvas's edit path.
class CanvasClipboard
{
    Q_DECLARE_TR_FUNCTIONS(CanvasClipboard)
public:
    explicit CanvasClipboard(CanvasView &view) : m_view(view) {}

    QMimeData *mimeDataForSelection() const;
    // Whether a drag carries anything paste() takes.
    static bool accepts(const QMimeData *mime);
    // Pastes `mime` centered at `at` (canvas); false when nothing came of it.
    bool paste(const QMimeData *mime, QPointF at);
    // Stores the bytes in the blob store and creates an image object centered there.
    bool insertImage(const QByteArray &bytes, QPointF canvasCenter, QString *error);
    bool insertImageFile(const QString &path, QPointF canvasCenter, QString *error);
    // An Excalidraw or SVG file's objects pasted centered there, as one undoable edit; what
    // could not be kept is said in the canvas's message.
    bool importFile(const QString &path, QPointF canvasCenter, QString *error);

private:
    bool pasteBundle(const ObjectBundle &bundle, QPointF at, const QString &undoText,
                     QString *error);

    CanvasView &m_view;
};

} // namespace inkboard::canvas
