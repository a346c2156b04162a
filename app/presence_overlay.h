#pragma once

#include "canvas_view.h"
#include "protocol/presence.h"

#include <QColor>
#include <QList>

namespace inkboard::app {

// Others on the drawing, drawn over the canvas: each peer's cursor with its name, the
// outlines of what it has selected, the stroke or shape it is drawing or dragging (its
// presence preview, until the commit arrives) and "NAME is editing" over a text being typed.
// A peer keeps one color, derived from its user id, on every screen.
class PresenceOverlay : public canvas::CanvasOverlay
{
public:
    explicit PresenceOverlay(canvas::CanvasView *canvas) : m_canvas(canvas) {}

    void setPeers(const QList<protocol::Presence> &peers);
    const QList<protocol::Presence> &peers() const { return m_peers; }
    void paintOverlay(QPainter &painter, const QTransform &canvasToWidget) override;

    // The stable color of a user.
    static QColor colorOf(const QString &userId);

private:
    canvas::CanvasView *m_canvas;
    QList<protocol::Presence> m_peers;
};

} // namespace inkboard::app
