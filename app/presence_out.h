#pragma once

#include "protocol/presence.h"

#include <QObject>

namespace inkboard::canvas {
class CanvasView;
}

namespace inkboard::app {

class DrawingSession;

// What the others see of this user: the cursor, the stroke or shape being drawn, the
// selection and the text being edited, from the canvas into the open session (which
// coalesces it to one message per presence interval). A local-only drawing sends nothing.
class PresenceOut : public QObject
{
    Q_OBJECT
public:
    PresenceOut(canvas::CanvasView *canvas, DrawingSession *drawing, QObject *parent = nullptr);

    // Sends the current presence (after opening or publishing, so that the others list us
    // before we move).
    void send();
    // Forgets it: the next drawing starts with none.
    void reset() { m_presence = {}; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    canvas::CanvasView *m_canvas;
    DrawingSession *m_drawing;
    protocol::Presence m_presence;
};

} // namespace inkboard::app
