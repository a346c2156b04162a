// SPDX-License-Identifier: Apache-2.0
#include "comments_overlay.h"

#include <QPainter>
#include <QPainterPath>

namespace inkboard::app::comments {

namespace {
constexpr double kBubble = 22; // widget pixels, whatever the zoom
}

void CommentsOverlay::setMarkers(const QList<Marker> &markers, const QString &current)
{
    m_markers = markers;
    m_current = current;
    m_canvas->update();
}

QRectF CommentsOverlay::bubbleRect(QPointF widgetAt) const
{
    // The bubble's tail is its bottom-left corner, on the pinned point.
    return QRectF(widgetAt.x(), widgetAt.y() - kBubble, kBubble, kBubble);
}

void CommentsOverlay::paintOverlay(QPainter &painter, const QTransform &canvasToWidget)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setPixelSize(11);
    font.setBold(true);
    painter.setFont(font);
    for (const Marker &m : m_markers) {
        const QRectF r = bubbleRect(canvasToWidget.map(m.at));
        QPainterPath bubble;
        bubble.moveTo(r.bottomLeft());
        bubble.lineTo(r.left(), r.top() + r.height() / 2);
        bubble.arcTo(r, 180, -270);
        bubble.closeSubpath();
        const QColor accent = m.resolved ? QColor(0x43, 0xa0, 0x47) : QColor(0xf5, 0x7c, 0x00);
        painter.setPen(QPen(m.thread == m_current ? QColor(0x1e, 0x88, 0xe5) : accent.darker(130),
                            m.thread == m_current ? 2.5 : 1.2));
        painter.setBrush(m.resolved ? QColor(Qt::white) : accent);
        painter.drawPath(bubble);
        painter.setPen(m.resolved ? accent.darker(130) : QColor(Qt::white));
        painter.drawText(r, Qt::AlignCenter, QString::number(m.count));
        if (m.onDeletedObject) {
            painter.setPen(QPen(QColor(0x75, 0x75, 0x75), 1.5, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(r.adjusted(-3, -3, 3, 3));
        }
        if (m.queued) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0x9e, 0x9e, 0x9e));
            painter.drawEllipse(QRectF(r.right() - 5, r.top() - 2, 7, 7));
        }
    }
    painter.restore();
}

QString CommentsOverlay::threadAt(QPointF widgetPos) const
{
    const QTransform t = m_canvas->viewTransform();
    for (auto it = m_markers.crbegin(); it != m_markers.crend(); ++it) {
        if (bubbleRect(t.map(it->at)).adjusted(-2, -2, 2, 2).contains(widgetPos))
            return it->thread;
    }
    return {};
}

} // namespace inkboard::app::comments
