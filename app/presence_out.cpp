// SPDX-License-Identifier: Apache-2.0
#include "presence_out.h"

#include "canvas_view.h"
#include "drawing_session.h"

#include <QCoreApplication>
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
    connect(m_canvas, &canvas::CanvasView::editingChanged, this, [this](const QString &id) {
        m_presence.editing = id;
        send();
    });
    connect(m_canvas, &canvas::CanvasView::viewChanged, this, &PresenceOut::updateViewport);
    connect(m_canvas, &canvas::CanvasView::laserChanged, this, &PresenceOut::updateLaser);
    m_awayTimer.setSingleShot(true);
    m_awayTimer.setInterval(kAwayMs);
    connect(&m_awayTimer, &QTimer::timeout, this, [this] {
        m_presence.away = true;
        send();
    });
    m_awayTimer.start();
    // Any input in the app counts as being here, not only on this canvas.
    QCoreApplication::instance()->installEventFilter(this);
}

void PresenceOut::reset()
{
    m_presence = {};
    updateViewport();
}

void PresenceOut::setPresenting(bool on)
{
    if (m_presence.presenting == on)
        return;
    m_presence.presenting = on;
    send();
}

void PresenceOut::updateViewport()
{
    const QRectF view = m_canvas->visibleCanvasRect();
    if (view.width() <= 0 || view.height() <= 0)
        return;
    if (m_presence.viewport && *m_presence.viewport == view)
        return;
    m_presence.viewport = view;
    send();
}

void PresenceOut::updateLaser()
{
    const QList<canvas::LaserTrail::Point> trail = m_canvas->laserTrail();
    QList<protocol::Presence::LaserPoint> laser;
    laser.reserve(trail.size());
    for (const canvas::LaserTrail::Point &p : trail)
        laser.append({p.at, p.ageMs});
    if (laser.size() > protocol::Presence::kMaxLaserPoints)
        laser = laser.last(protocol::Presence::kMaxLaserPoints);
    if (laser.isEmpty() && m_presence.laser.isEmpty())
        return;
    m_presence.laser = laser;
    send();
}

void PresenceOut::send()
{
    sync::SyncSession *session = m_drawing->session();
    if (session && !session->isLocalOnly())
        session->setPresence(m_presence);
}

bool PresenceOut::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::KeyPress:
    case QEvent::Wheel:
    case QEvent::TabletPress:
    case QEvent::TouchBegin:
        m_awayTimer.start();
        if (m_presence.away) {
            m_presence.away = false;
            send();
        }
        break;
    case QEvent::Resize:
        if (watched == m_canvas)
            updateViewport();
        break;
    default:
        break;
    }
    // The pointer left the canvas: peers stop showing our cursor.
    if (watched == m_canvas && event->type() == QEvent::Leave && m_presence.cursor) {
        m_presence.cursor.reset();
        send();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace inkboard::app
