// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "canvas_view.h"
#include "laser_trail.h"
#include "protocol/presence.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QTimer>

namespace inkboard::app {

// Others on the drawing, drawn over the canvas: each peer's cursor with its name, the
// outlines of what it has selected, the stroke or shape it is drawing or dragging (its
// presence preview, until the commit arrives), "NAME is editing" over a text being typed, and
// each peer's laser pointer, fading as on the peer's screen. A peer keeps one color, derived
// from its user id, on every screen.
class PresenceOverlay : public canvas::CanvasOverlay
{
public:
    explicit PresenceOverlay(canvas::CanvasView *canvas);

    void setPeers(const QList<protocol::Presence> &peers);
    const QList<protocol::Presence> &peers() const { return m_peers; }
    void paintOverlay(QPainter &painter, const QTransform &canvasToWidget) override;

    // The stable color of a user.
    static QColor colorOf(const QString &userId);

    // The peers' laser trails now (tests).
    bool hasLaserOf(const QString &sessionId) const;

private:
    canvas::CanvasView *m_canvas;
    QList<protocol::Presence> m_peers;
    QHash<QString, canvas::LaserTrail> m_lasers; // by session
    QTimer m_fade;                               // repaints while a trail lasts
};

} // namespace inkboard::app
