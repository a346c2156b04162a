// SPDX-License-Identifier: Apache-2.0
#include "touch_gestures.h"

#include "canvas_input.h"
#include "canvas_view.h"

#include <QLineF>
#include <QMouseEvent>
#include <QTouchEvent>

namespace inkboard::canvas {

namespace {

// What the tool gets from a finger: the left button, as Qt's own touch-to-mouse would give.
QMouseEvent mouse(const CanvasView &view, QEvent::Type type, QPointF p)
{
    const bool move = type == QEvent::MouseMove;
    const bool up = type == QEvent::MouseButtonRelease;
    return QMouseEvent(type, p, view.mapToGlobal(p), move ? Qt::NoButton : Qt::LeftButton,
                       up ? Qt::NoButton : Qt::LeftButton, Qt::NoModifier);
}

} // namespace

bool TouchGestures::handle(QTouchEvent *event)
{
    const QEvent::Type type = event->type();
    event->accept(); // the rest of the sequence comes here, not as synthesized mouse events
    if (type == QEvent::TouchEnd || type == QEvent::TouchCancel) {
        end(type == QEvent::TouchCancel);
        return true;
    }
    QList<QPointF> down;
    for (const QEventPoint &p : event->points()) {
        if (p.state() != QEventPoint::State::Released)
            down.append(p.position());
    }
    if (down.size() >= 2) {
        const QPointF centre = (down[0] + down[1]) / 2;
        const double span = QLineF(down[0], down[1]).length();
        if (m_mode != Mode::Pinch) {
            if (m_mode == Mode::Draw)
                m_input.cancelGesture();
            m_mode = Mode::Pinch;
        } else {
            m_view.setView(m_view.zoom(), m_view.offset() + (centre - m_last));
            if (m_span > 1 && span > 1)
                m_view.zoomAbout(span / m_span, centre);
        }
        m_last = centre;
        m_span = span;
        return true;
    }
    if (down.isEmpty())
        return true;
    const QPointF p = down.first();
    switch (m_mode) {
    case Mode::None:
        if (m_view.isPenOnly()) {
            m_mode = Mode::Pan;
        } else {
            m_mode = Mode::Draw;
            QMouseEvent press = mouse(m_view, QEvent::MouseButtonPress, p);
            m_input.press(&press);
        }
        break;
    case Mode::Draw: {
        QMouseEvent move = mouse(m_view, QEvent::MouseMove, p);
        m_input.move(&move);
        break;
    }
    case Mode::Pan:
        m_view.setView(m_view.zoom(), m_view.offset() + (p - m_last));
        break;
    case Mode::Pinch:
        m_mode = Mode::Pan; // one finger lifted: the other pans on, it never starts a stroke
        break;
    }
    m_last = p;
    return true;
}

void TouchGestures::end(bool cancelled)
{
    if (m_mode == Mode::Draw) {
        if (cancelled) {
            m_input.cancelGesture();
        } else {
            QMouseEvent release = mouse(m_view, QEvent::MouseButtonRelease, m_last);
            m_input.release(&release);
        }
    }
    m_mode = Mode::None;
}

} // namespace inkboard::canvas
