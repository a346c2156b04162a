// SPDX-License-Identifier: Apache-2.0
#include "follow_controller.h"

#include "canvas_view.h"

#include <QEasingCurve>

namespace inkboard::app {

FollowController::FollowController(canvas::CanvasView *canvas, QObject *parent)
    : QObject(parent), m_canvas(canvas)
{
    m_animation.setDuration(kAnimationMs);
    m_animation.setEasingCurve(QEasingCurve::OutCubic);
    connect(&m_animation, &QVariantAnimation::valueChanged, this,
            [this](const QVariant &v) { show(v.toRectF()); });
    connect(m_canvas, &canvas::CanvasView::viewChanged, this, [this] {
        // The user panned or zoomed: they take the view back.
        if (!m_moving && !m_followed.isEmpty())
            stop();
    });
}

const protocol::Presence *FollowController::peer(const QString &sessionId) const
{
    for (const protocol::Presence &p : m_peers) {
        if (p.sessionId == sessionId)
            return &p;
    }
    return nullptr;
}

void FollowController::setPeers(const QList<protocol::Presence> &peers)
{
    m_peers = peers;
    if (m_followed.isEmpty())
        return;
    const protocol::Presence *p = peer(m_followed);
    if (!p) {
        m_followed.clear();
        m_animation.stop();
        emit followingChanged({}, tr("Stopped following: they left the drawing."));
        return;
    }
    if (p->viewport && *p->viewport != m_target)
        moveTo(*p->viewport, kTrackMs);
}

bool FollowController::jumpTo(const QString &sessionId)
{
    const protocol::Presence *p = peer(sessionId);
    if (!p || !p->viewport)
        return false;
    moveTo(*p->viewport);
    return true;
}

bool FollowController::follow(const QString &sessionId)
{
    const protocol::Presence *p = peer(sessionId);
    if (!p || !p->viewport)
        return false;
    m_followed = sessionId;
    emit followingChanged(sessionId, {});
    moveTo(*p->viewport);
    return true;
}

void FollowController::stop()
{
    if (m_followed.isEmpty())
        return;
    m_followed.clear();
    m_animation.stop();
    emit followingChanged({}, {});
}

void FollowController::moveTo(const QRectF &canvasRect, int durationMs)
{
    m_target = canvasRect;
    m_animation.stop();
    m_animation.setDuration(durationMs);
    m_animation.setStartValue(m_canvas->visibleCanvasRect());
    m_animation.setEndValue(canvasRect);
    m_animation.start();
}

void FollowController::show(const QRectF &r)
{
    if (r.width() <= 0 || r.height() <= 0 || m_canvas->width() < 2 || m_canvas->height() < 2)
        return;
    // All of what they see fits in ours (windows differ in shape), centred.
    const double zoom = std::min(m_canvas->width() / r.width(), m_canvas->height() / r.height());
    const QPointF centre(m_canvas->width() / 2.0, m_canvas->height() / 2.0);
    m_moving = true;
    m_canvas->setView(zoom, centre - r.center() * zoom);
    if (m_canvas->zoom() != zoom) // held to the canvas's zoom range: centred at that zoom
        m_canvas->setView(m_canvas->zoom(), centre - r.center() * m_canvas->zoom());
    m_moving = false;
}

} // namespace inkboard::app
