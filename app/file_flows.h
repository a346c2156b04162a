// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "exporter.h"

#include <QObject>
#include <QPointF>

namespace inkboard::canvas {
class CanvasView;
}

namespace inkboard::app {

class AppContext;
class MainWindow;

// A window's drawing and files: a .inkboard file imported as a new local drawing, the open
// drawing saved to one, exported (PNG, SVG, PDF), an image file inserted; with their file
// dialogs, which remember their folders in the settings.
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
    // To the drawing's file, else asks for one.
    void save();
    void saveAs();
    void exportDialog();
    void insertImage(QPointF canvasCenter);

private:
    MainWindow *m_window;
    AppContext *m_context;
    canvas::CanvasView *m_canvas;
};

} // namespace inkboard::app
