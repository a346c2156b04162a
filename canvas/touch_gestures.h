// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QEvent>
#include <QPointF>

class QTouchEvent;

namespace inkboard::canvas {

class CanvasInput;
class CanvasView;

// Touch on the canvas, as tldraw and Excalidraw take it: two fingers pan and pinch-zoom, one
// finger draws with the current tool; a second finger arriving while the first draws turns the
// stroke, dropped, into the pinch it was the start of. In pen-only mode (a pen is in use) one
// finger pans instead, so a palm resting on the screen draws nothing.
class TouchGestures
{
public:
    TouchGestures(CanvasView &view, CanvasInput &input) : m_view(view), m_input(input) {}

    static bool isTouch(QEvent::Type type)
    {
        return type == QEvent::TouchBegin || type == QEvent::TouchUpdate ||
               type == QEvent::TouchEnd || type == QEvent::TouchCancel;
    }
    // Every touch event the canvas gets (isTouch); always taken.
    bool handle(QTouchEvent *event);

private:
    enum class Mode
    {
        None,
        Draw,  // one finger, through the tool as a mouse
        Pan,   // one finger in pen-only mode, or the finger left from a pinch
        Pinch, // two fingers
    };

    void end(bool cancelled);

    CanvasView &m_view;
    CanvasInput &m_input;
    Mode m_mode = Mode::None;
    QPointF m_last;    // the one finger, or the pinch's centre
    double m_span = 0; // the pinch's distance between the fingers
};

} // namespace inkboard::canvas
