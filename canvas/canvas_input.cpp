// SPDX-License-Identifier: Apache-2.0
#include "canvas_input.h"

#include "canvas_keys.h"
#include "canvas_view.h"
#include "tools/tool.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLineF>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QStyleHints>
#include <QTabletEvent>
#include <QTouchEvent>
#include <QWheelEvent>
#include <cmath>

namespace inkboard::canvas {

CanvasInput::CanvasInput(CanvasView &view) : m_view(view), m_touch(view, *this) {}

CanvasInput::~CanvasInput() = default;

Tool *CanvasInput::gestureTool()
{
    if (m_eraserEnd && !m_view.isReadOnly()) {
        if (!m_stylusEraser)
            m_stylusEraser = makeTool(ToolKind::Eraser, m_view);
        return m_stylusEraser.get();
    }
    return m_view.m_tool.get();
}

void CanvasInput::press(QMouseEvent *event)
{
    m_view.m_retiredTool.reset();
    m_view.m_fitPending = false;
    m_view.setFocus();
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        m_panning = true;
        m_panLast = event->position();
        m_view.setCursor(Qt::ClosedHandCursor);
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    if (m_view.isEditingText()) {
        m_view.commitTextEdit();
        if (m_view.tool() == ToolKind::Text) {
            m_view.setTool(ToolKind::Select);
            return;
        }
    }
    if (Tool *tool = gestureTool())
        tool->press(m_view.widgetToCanvas(event->position()), event);
}

void CanvasInput::move(QMouseEvent *event)
{
    const QPointF c = m_view.widgetToCanvas(event->position());
    emit m_view.cursorMoved(c);
    if (m_panning) {
        m_view.setView(m_view.zoom(), m_view.offset() + (event->position() - m_panLast));
        m_panLast = event->position();
        return;
    }
    Tool *tool = gestureTool();
    if (!(event->buttons() & Qt::LeftButton)) {
        if (tool && !m_spaceHeld)
            tool->hover(c);
        return;
    }
    if (tool)
        tool->move(c, event);
}

void CanvasInput::release(QMouseEvent *event)
{
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        if (m_spaceHeld)
            m_view.setCursor(Qt::OpenHandCursor);
        else
            m_view.restoreToolCursor();
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    if (Tool *tool = gestureTool())
        tool->release(m_view.widgetToCanvas(event->position()), event);
    m_tabletPressure = -1;
    m_eraserEnd = false;
}

void CanvasInput::doubleClick(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_view.m_tool && !m_panning)
        m_view.m_tool->doubleClick(m_view.widgetToCanvas(event->position()), event);
}

void CanvasInput::tablet(QTabletEvent *event)
{
    // The stylus drives the tools itself, each event with its own pressure, rather than
    // through the mouse events Qt would make of it (fewer, and without the eraser end).
    QEvent::Type type = QEvent::MouseMove;
    Qt::MouseButton button = event->button();
    switch (event->type()) {
    case QEvent::TabletPress: {
        type = QEvent::MouseButtonPress;
        m_eraserEnd = event->pointerType() == QPointingDevice::PointerType::Eraser;
        const auto *hints = QGuiApplication::styleHints();
        const bool again =
            event->timestamp() - m_lastTabletPress < ulong(hints->mouseDoubleClickInterval()) &&
            QLineF(event->position(), m_lastTabletPos).length() <=
                hints->mouseDoubleClickDistance();
        m_lastTabletPress = again ? 0 : event->timestamp();
        m_lastTabletPos = event->position();
        if (again)
            type = QEvent::MouseButtonDblClick;
        break;
    }
    case QEvent::TabletMove:
        button = Qt::NoButton;
        break;
    case QEvent::TabletRelease:
        type = QEvent::MouseButtonRelease;
        break;
    default:
        event->ignore();
        return;
    }
    // A hovering stylus has no pressure; a mouse used next must not inherit one.
    m_tabletPressure = event->buttons() != Qt::NoButton || type == QEvent::MouseButtonRelease
                           ? std::clamp(double(event->pressure()), 0.0, 1.0)
                           : -1;
    QMouseEvent mouse(type, event->position(), event->globalPosition(), button, event->buttons(),
                      event->modifiers(), event->pointingDevice());
    switch (type) {
    case QEvent::MouseButtonPress:
        press(&mouse);
        break;
    case QEvent::MouseButtonDblClick: {
        // As a mouse's second click: a press, then the double click.
        QMouseEvent second(QEvent::MouseButtonPress, mouse.position(), mouse.globalPosition(),
                           button, event->buttons(), event->modifiers(), event->pointingDevice());
        press(&second);
        doubleClick(&mouse);
        break;
    }
    case QEvent::MouseButtonRelease:
        release(&mouse);
        break;
    default:
        move(&mouse);
        break;
    }
    event->accept();
}

void CanvasInput::wheel(QWheelEvent *event)
{
    m_view.m_fitPending = false;
    const QPoint pixels = event->pixelDelta();
    const QPoint angle = event->angleDelta();
    const bool zoomGesture = (event->modifiers() & Qt::ControlModifier) || pixels.isNull();
    if (zoomGesture && !(event->modifiers() & Qt::ShiftModifier)) {
        const double steps = (pixels.isNull() ? angle.y() / 120.0 : pixels.y() / 50.0);
        m_view.zoomAbout(std::pow(1.1, steps), event->position());
    } else {
        // Trackpad scrolling (or shift + wheel) pans.
        QPointF d = pixels.isNull() ? QPointF(angle) / 2.0 : QPointF(pixels);
        if (pixels.isNull() && (event->modifiers() & Qt::ShiftModifier))
            d = QPointF(d.y(), d.x());
        m_view.setView(m_view.zoom(), m_view.offset() + d);
    }
    event->accept();
}

void CanvasInput::cancelGesture()
{
    if (Tool *tool = gestureTool())
        tool->cancel();
}

bool CanvasInput::event(QEvent *event)
{
    if (TouchGestures::isTouch(event->type()))
        return m_touch.handle(static_cast<QTouchEvent *>(event));
    const QEvent::Type type = event->type();
    if (!m_penSeen && (type == QEvent::TabletPress || type == QEvent::TabletMove ||
                       type == QEvent::TabletEnterProximity)) {
        // A pen is in use: from now on fingers pan and zoom, a resting palm draws nothing.
        m_penSeen = true;
        m_view.setPenOnly(true);
    }
    if (event->type() == QEvent::NativeGesture) {
        auto *g = static_cast<QNativeGestureEvent *>(event);
        if (g->gestureType() == Qt::ZoomNativeGesture) {
            m_view.zoomAbout(1.0 + g->value(), g->position());
            return true;
        }
    }
    if (event->type() == QEvent::KeyPress) {
        // Tab and Shift+Tab walk the selection through the drawing (reading order) instead of
        // moving the focus out of the canvas, as in tldraw.
        auto *ke = static_cast<QKeyEvent *>(event);
        const bool plain = !(ke->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier));
        const bool tab = ke->key() == Qt::Key_Tab || ke->key() == Qt::Key_Backtab;
        const bool forward = ke->key() == Qt::Key_Tab && !(ke->modifiers() & Qt::ShiftModifier);
        if (plain && tab && m_view.scene().size() > 0) {
            m_view.cycleSelection(forward);
            return true;
        }
        // So Ctrl+Tab is the way out, as in Qt's text editors: no keyboard trap.
        const Qt::KeyboardModifiers ctrl =
            ke->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
        if (tab && ctrl == Qt::ControlModifier) {
            m_view.focusNextPrevChild(forward);
            return true;
        }
    }
    if (event->type() == QEvent::ShortcutOverride) {
        // Single keys belong to the canvas while it has focus (no text field is focused).
        auto *ke = static_cast<QKeyEvent *>(event);
        if (ke->key() == Qt::Key_Space) {
            event->accept();
            return true;
        }
    }
    return false;
}

bool CanvasInput::keyPress(QKeyEvent *event)
{
    m_view.m_fitPending = false;
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = true;
        m_view.setCursor(Qt::OpenHandCursor);
        return true;
    }
    if (event->key() == Qt::Key_Escape) {
        // The gesture in progress, else one group level up, else the selection.
        Tool *tool = gestureTool();
        if (!(tool && tool->cancel()) && !m_view.leaveGroup())
            m_view.clearSelection();
        return true;
    }
    return runKeyCommand(m_view, event);
}

bool CanvasInput::keyRelease(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        if (!m_panning)
            m_view.restoreToolCursor();
        return true;
    }
    return false;
}

// --- CanvasView's event handlers -----------------------------------------------------------------

void CanvasView::mousePressEvent(QMouseEvent *event)
{
    m_input->press(event);
}

void CanvasView::mouseMoveEvent(QMouseEvent *event)
{
    m_input->move(event);
}

void CanvasView::mouseReleaseEvent(QMouseEvent *event)
{
    m_input->release(event);
}

void CanvasView::mouseDoubleClickEvent(QMouseEvent *event)
{
    m_input->doubleClick(event);
}

void CanvasView::tabletEvent(QTabletEvent *event)
{
    m_input->tablet(event);
}

void CanvasView::wheelEvent(QWheelEvent *event)
{
    m_input->wheel(event);
}

bool CanvasView::event(QEvent *event)
{
    return m_input->event(event) || QWidget::event(event);
}

void CanvasView::keyPressEvent(QKeyEvent *event)
{
    if (!m_input->keyPress(event))
        QWidget::keyPressEvent(event);
}

void CanvasView::keyReleaseEvent(QKeyEvent *event)
{
    if (!m_input->keyRelease(event))
        QWidget::keyReleaseEvent(event);
}

double CanvasView::pointerPressure() const
{
    return m_input->pointerPressure();
}

} // namespace inkboard::canvas
