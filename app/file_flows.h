// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "clipboard_codec.h"
#include "exporter.h"

#include <QObject>
#include <QPointF>

namespace inkboard::canvas {
class CanvasView;
}

namespace inkboard::app {

class AppContext;
class MainWindow;

// A window's drawing and files: a .inkboard, .excalidraw or .svg file opened as a new local
// drawing, or an Excalidraw or SVG file imported into the open one; the open drawing saved to
// a .inkboard file, exported (PNG, SVG, PDF, Excalidraw), an image file inserted; with their
// file dialogs, which remember their folders in the settings.
class FileFlows : public QObject
{
    Q_OBJECT
public:
    explicit FileFlows(MainWindow *window);

    bool openFile(const QString &path, QString *error = nullptr);
    bool saveToFile(const QString &path, QString *error = nullptr);
    bool exportTo(const QString &path, const canvas::ExportOptions &options,
                  QString *error = nullptr);

    void openDialog();
    // An Excalidraw or SVG file into the open drawing, as one undoable edit.
    void importDialog();
    // To the drawing's file, else asks for one.
    void save();
    void saveAs();
    void exportDialog();
    void insertImage(QPointF canvasCenter);

private:
    // A file's objects as a new local drawing (`fileDrawingId` when this computer has no
    // drawing of that id), created in bounded batches.
    bool openBundle(const canvas::ObjectBundle &bundle, const QString &fileDrawingId,
                    const QString &title, const QString &path, QString *error);

    MainWindow *m_window;
    AppContext *m_context;
    canvas::CanvasView *m_canvas;
};

} // namespace inkboard::app
