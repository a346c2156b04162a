// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "touch_gestures.h"

#include <QPointF>
#include <memory>

class QEvent;
class QKeyEvent;
class QMouseEvent;
class QTabletEvent;
class QWheelEvent;

namespace inkboard::canvas {

class CanvasView;
class Tool;

// Where the canvas's input goes: panning with the middle button or space over whatever tool is
// active, zoom by wheel and pinch, touch (touch_gestures), pen pressure, the keyboard shortcuts
// (canvas_keys) and, for the rest, the active tool. The handlers return false for what the widget's
// default handling should get.
class CanvasInput
{
public:
    explicit CanvasInput(CanvasView &view);
    ~CanvasInput();

    void press(QMouseEvent *event);
    void move(QMouseEvent *event);
    void release(QMouseEvent *event);
    void doubleClick(QMouseEvent *event);
    void tablet(QTabletEvent *event);
    void wheel(QWheelEvent *event);
    bool event(QEvent *event);
    bool keyPress(QKeyEvent *event);
    bool keyRelease(QKeyEvent *event);
    // Drops the active tool's gesture in progress (a stroke a pinch turned out to be).
    void cancelGesture();

    // The pen's pressure during a tablet stroke, else a mouse's middle value.
    double pointerPressure() const { return m_tabletPressure >= 0 ? m_tabletPressure : 0.5; }

private:
    // The tool a gesture goes to: the active one, or an eraser while the stylus is turned
    // round (its eraser end), whatever tool is chosen.
    Tool *gestureTool();

    CanvasView &m_view;
    std::unique_ptr<Tool> m_stylusEraser;
    bool m_eraserEnd = false;
    // The stylus's last press, for its double clicks (Qt makes none from tablet events).
    unsigned long long m_lastTabletPress = 0;
    QPointF m_lastTabletPos;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPointF m_panLast;
    double m_tabletPressure = -1;
    bool m_penSeen = false;
    TouchGestures m_touch;
};

} // namespace inkboard::canvas
