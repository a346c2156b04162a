// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "comment_places.h"
#include "comments_overlay.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QAction;
class QDockWidget;

namespace inkboard::sync {
class CommentSync;
}

namespace inkboard::app {
class DrawingSession;
}

namespace inkboard::app::comments {

class CommentsPanel;

// Comments in the window: the open drawing's CommentSync shown as markers over the canvas and
// in the Comments dock. The comment tool's click (and right-click → Comment) starts a thread
// there, a click on a marker opens its thread, and choosing a thread in the panel jumps to
// its place. Markers follow their objects as they move; a thread whose object is deleted
// stays where the object last was, marked.
class CommentsController : public QObject
{
    Q_OBJECT
public:
    CommentsController(canvas::CanvasView *canvas, DrawingSession *drawing, CommentsPanel *panel,
                       QDockWidget *dock, QObject *parent = nullptr);
    ~CommentsController() override;

    CommentsOverlay *overlay() const { return m_overlay.get(); }
    // The thread's place on the canvas now, and whether its object is gone.
    CommentPlaces::Place placeOf(const QString &threadId);
    // Opens a new thread's editor pinned at canvasPos (on objectId, if it is there).
    void startThreadAt(QPointF canvasPos, const QString &objectId);
    // Centers the view on the thread and opens it in the panel.
    void openThread(const QString &threadId, bool jump);
    // Whether this drawing takes comments now (a server's drawing, its comments read).
    bool canComment() const { return !m_sync.isNull(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void attach();
    void updateMarkers();
    void showDock();

    // The window's children go in the order they were made: the canvas may be gone first.
    QPointer<canvas::CanvasView> m_canvas;
    DrawingSession *m_drawing;
    CommentsPanel *m_panel;
    QDockWidget *m_dock;
    std::unique_ptr<CommentsOverlay> m_overlay;
    CommentPlaces m_places;
    QPointer<sync::CommentSync> m_sync;
};

} // namespace inkboard::app::comments
