// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointF>
#include <QPointer>

class QContextMenuEvent;
class QMenu;

namespace inkboard::canvas {
class CanvasView;
}

namespace inkboard::app {

class MainWindow;
namespace comments {
class CommentsController;
}

// The canvas's right-click menu (also the Menu key and Shift+F10): what can be done with the
// object under the pointer, or with the drawing when there is none — the window's own actions,
// so the menu shows their keys and undo, sync and read-only drawings treat them as from the
// menu bar; and Comment, where the drawing takes comments. A right-click on an object that is
// not selected selects it first, as in Excalidraw and tldraw.
class CanvasContextMenu : public QObject
{
    Q_OBJECT
public:
    CanvasContextMenu(MainWindow *window, canvas::CanvasView *canvas,
                      comments::CommentsController *comments);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void show(QContextMenuEvent *event);
    void addAction(QMenu &menu, const char *name) const;

    MainWindow *m_window;
    QPointer<canvas::CanvasView> m_canvas;
    comments::CommentsController *m_comments;
};

} // namespace inkboard::app
