#include "presence_out.h"

#include "canvas_view.h"
#include "drawing_session.h"

#include <QEvent>

namespace inkboard::app {

PresenceOut::PresenceOut(canvas::CanvasView *canvas, DrawingSession *drawing, QObject *parent)
    : QObject(parent), m_canvas(canvas), m_drawing(drawing)
{
    connect(m_canvas, &canvas::CanvasView::cursorMoved, this, [this](QPointF at) {
        m_presence.cursor = at;
        send();
    });
    connect(
        m_canvas, &canvas::CanvasView::previewChanged, this, [this](const QList<Object> &objects) {
            m_presence.previews =
                objects.first(qMin(objects.size(), qsizetype(protocol::Presence::kMaxPreviews)));
            send();
        });
    connect(m_canvas, &canvas::CanvasView::selectionChanged, this, [this] {
        const QSet<QString> sel = m_canvas->selection();
        m_presence.selection = QStringList(sel.cbegin(), sel.cend());
        m_presence.selection.sort();
        send();
    });
    m_canvas->installEventFilter(this);
    connect(m_canvas, &canvas::CanvasView::editingChanged, this, [this](const QString &id) {
        m_presence.editing = id;
        send();
    });
}

void PresenceOut::send()
{
    sync::SyncSession *session = m_drawing->session();
    if (session && !session->isLocalOnly())
        session->setPresence(m_presence);
}

bool PresenceOut::eventFilter(QObject *watched, QEvent *event)
{
    // The pointer left the canvas: peers stop showing our cursor.
    if (watched == m_canvas && event->type() == QEvent::Leave && m_presence.cursor) {
        m_presence.cursor.reset();
        send();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace inkboard::app
