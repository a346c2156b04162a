// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/presence.h"

#include <QObject>
#include <QTimer>

namespace inkboard::canvas {
class CanvasView;
}

namespace inkboard::app {

class DrawingSession;

// What the others see of this user: the cursor, the stroke or shape being drawn, the
// selection, the text being edited, the part of the canvas in view, the laser pointer's
// trail, whether this user is away (no input for kAwayMs) or asks everyone to follow, from the
// canvas into the open session (which coalesces it to one message per presence interval). A
// local-only drawing sends nothing.
class PresenceOut : public QObject
{
    Q_OBJECT
public:
    PresenceOut(canvas::CanvasView *canvas, DrawingSession *drawing, QObject *parent = nullptr);

    // Sends the current presence (after opening or publishing, so that the others list us
    // before we move).
    void send();
    // Forgets it: the next drawing starts with none (presenting stops too).
    void reset();

    // "Ask everyone to follow me".
    void setPresenting(bool on);
    bool isPresenting() const { return m_presence.presenting; }
    bool isAway() const { return m_presence.away; }
    static constexpr int kAwayMs = 60000;
    void setAwayAfter(int ms) { m_awayTimer.setInterval(ms); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateViewport();
    void updateLaser();

    canvas::CanvasView *m_canvas;
    DrawingSession *m_drawing;
    protocol::Presence m_presence;
    QTimer m_awayTimer;
};

} // namespace inkboard::app
