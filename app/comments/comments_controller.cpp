// SPDX-License-Identifier: Apache-2.0
#include "comments_controller.h"

#include "client/comment_sync.h"
#include "comment_thread_view.h"
#include "comments_panel.h"
#include "drawing_session.h"

#include <QDockWidget>
#include <QHash>
#include <QMouseEvent>

namespace inkboard::app::comments {

using protocol::Comment;

CommentsController::CommentsController(canvas::CanvasView *canvas, DrawingSession *drawing,
                                       CommentsPanel *panel, QDockWidget *dock, QObject *parent)
    : QObject(parent), m_canvas(canvas), m_drawing(drawing), m_panel(panel), m_dock(dock),
      m_overlay(std::make_unique<CommentsOverlay>(canvas)), m_places(canvas->scene())
{
    m_canvas->addOverlay(m_overlay.get());
    m_canvas->installEventFilter(this);
    connect(m_canvas, &canvas::CanvasView::commentRequested, this,
            &CommentsController::startThreadAt);
    connect(m_drawing, &DrawingSession::detaching, this, [this] {
        m_panel->setSync(nullptr, protocol::Role::Viewer);
        m_sync = nullptr;
        updateMarkers();
    });
    connect(m_drawing, &DrawingSession::opened, this, &CommentsController::attach);
    connect(m_drawing, &DrawingSession::readOnlyChanged, this, [this] {
        if (m_drawing->session())
            m_panel->threadView()->setRole(m_drawing->session()->role());
    });
    // Markers follow their objects.
    connect(m_drawing, &DrawingSession::objectsChanged, this, &CommentsController::updateMarkers);
    connect(m_panel, &CommentsPanel::jumpRequested, this,
            [this](const QString &id) { openThread(id, true); });
    connect(m_panel, &CommentsPanel::showResolvedChanged, this, &CommentsController::updateMarkers);
    connect(m_panel->threadView(), &CommentThreadView::threadStarted, this,
            &CommentsController::updateMarkers);
    attach();
}

CommentsController::~CommentsController()
{
    if (m_canvas)
        m_canvas->removeOverlay(m_overlay.get());
}

void CommentsController::attach()
{
    sync::SyncSession *session = m_drawing->session();
    m_sync = session ? session->comments() : nullptr;
    m_panel->setSync(m_sync, session ? session->role() : protocol::Role::Viewer);
    if (m_sync)
        connect(m_sync, &sync::CommentSync::commentsChanged, this,
                &CommentsController::updateMarkers);
    updateMarkers();
}

CommentPlaces::Place CommentsController::placeOf(const QString &threadId)
{
    const auto root = m_sync ? m_sync->comment(threadId) : std::nullopt;
    return root ? m_places.placeOf(*root) : CommentPlaces::Place{};
}

void CommentsController::updateMarkers()
{
    if (!m_canvas)
        return;
    QList<CommentsOverlay::Marker> markers;
    if (m_sync) {
        QHash<QString, int> counts;
        const QList<Comment> all = m_sync->comments();
        for (const Comment &c : all) {
            if (!c.deleted)
                ++counts[c.thread];
        }
        for (const Comment &c : all) {
            if (!c.startsThread() || (c.resolved && !m_panel->showsResolved()))
                continue;
            const CommentPlaces::Place place = m_places.placeOf(c);
            markers.append({c.id, place.at, qMax(1, counts.value(c.id)), c.resolved,
                            place.onDeletedObject, m_sync->isQueued(c.id)});
        }
    }
    m_overlay->setMarkers(markers, m_panel->threadView()->thread());
}

void CommentsController::showDock()
{
    m_dock->show();
    m_dock->raise();
}

void CommentsController::startThreadAt(QPointF canvasPos, const QString &objectId)
{
    if (!m_sync)
        return;
    showDock();
    m_panel->threadView()->startThread(m_places.anchorAt(canvasPos, objectId));
}

void CommentsController::openThread(const QString &threadId, bool jump)
{
    if (!m_sync || !m_sync->comment(threadId))
        return;
    const CommentPlaces::Place place = placeOf(threadId);
    if (jump) {
        const QPointF center(m_canvas->width() / 2.0, m_canvas->height() / 2.0);
        m_canvas->setView(m_canvas->zoom(), center - place.at * m_canvas->zoom());
    }
    showDock();
    m_panel->threadView()->showThread(threadId, place.onDeletedObject);
    updateMarkers();
}

bool CommentsController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_canvas || !m_sync)
        return false;
    if (event->type() == QEvent::MouseButtonPress) {
        auto *e = static_cast<QMouseEvent *>(event);
        if (e->button() != Qt::LeftButton)
            return false;
        const QString thread = m_overlay->threadAt(e->position());
        if (thread.isEmpty())
            return false;
        openThread(thread, false);
        return true; // a marker is not the drawing: the tool under it sees nothing
    }
    return false;
}

} // namespace inkboard::app::comments
