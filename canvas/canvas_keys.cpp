// SPDX-License-Identifier: Apache-2.0
#include "canvas_keys.h"

#include "canvas_view.h"

#include <QKeyEvent>

namespace inkboard::canvas {

bool runKeyCommand(CanvasView &view, const QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const int key = event->key();
    if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
        view.deleteSelection();
        return true;
    }
    // Ctrl+Shift+Up / Down: one step forward / backward in z (Ctrl+] and Ctrl+[ too).
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    if (ctrl && shift && (key == Qt::Key_Up || key == Qt::Key_Down)) {
        key == Qt::Key_Up ? view.bringForward() : view.sendBackward();
        return true;
    }
    if (ctrl &&
        (key == Qt::Key_Left || key == Qt::Key_Right || key == Qt::Key_Up || key == Qt::Key_Down))
        return false;
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) &&
        !(event->modifiers() & ~Qt::KeypadModifier) && view.editSelectedText())
        return true;
    const double step = shift ? 10 : 1;
    switch (key) {
    case Qt::Key_Left:
        view.nudge(QPointF(-step, 0));
        return true;
    case Qt::Key_Right:
        view.nudge(QPointF(step, 0));
        return true;
    case Qt::Key_Up:
        view.nudge(QPointF(0, -step));
        return true;
    case Qt::Key_Down:
        view.nudge(QPointF(0, step));
        return true;
    default:
        break;
    }
    // Excalidraw's zoom keys: shift+1 fit, shift+2 selection, shift+0 100 %.
    if (key == Qt::Key_Exclam || (shift && key == Qt::Key_1)) {
        view.zoomToFit();
        return true;
    }
    if (key == Qt::Key_At || (shift && key == Qt::Key_2)) {
        view.zoomToSelection();
        return true;
    }
    if (key == Qt::Key_ParenRight || (shift && key == Qt::Key_0)) {
        view.zoomReset();
        return true;
    }
    if (event->matches(QKeySequence::ZoomIn) || key == Qt::Key_Plus || key == Qt::Key_Equal) {
        view.zoomIn();
        return true;
    }
    if (event->matches(QKeySequence::ZoomOut) || key == Qt::Key_Minus) {
        view.zoomOut();
        return true;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        view.selectAll();
        return true;
    }
    if (event->matches(QKeySequence::Copy)) {
        view.copy();
        return true;
    }
    if (event->matches(QKeySequence::Cut)) {
        view.cut();
        return true;
    }
    if (event->matches(QKeySequence::Paste)) {
        view.paste();
        return true;
    }
    if (const auto tool = toolForKey(event)) {
        view.setTool(*tool);
        return true;
    }
    return false;
}

} // namespace inkboard::canvas
