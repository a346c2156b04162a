// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "canvas_view.h"

#include <QList>
#include <QPointF>
#include <QString>

namespace inkboard::app::comments {

// The threads' markers over the canvas: a speech bubble at each thread's place with its
// number of comments, hollow when resolved, crossed when its object is deleted, ringed when
// open in the panel. Drawn by the window only: exports never hold them.
class CommentsOverlay : public canvas::CanvasOverlay
{
public:
    struct Marker
    {
        QString thread;
        QPointF at; // canvas
        int count = 1;
        bool resolved = false;
        bool onDeletedObject = false;
        bool queued = false; // not yet taken by the server
    };

    explicit CommentsOverlay(canvas::CanvasView *canvas) : m_canvas(canvas) {}

    void setMarkers(const QList<Marker> &markers, const QString &current);
    const QList<Marker> &markers() const { return m_markers; }
    void paintOverlay(QPainter &painter, const QTransform &canvasToWidget) override;
    // The thread whose marker is under the widget point (topmost), or empty.
    QString threadAt(QPointF widgetPos) const;

private:
    QRectF bubbleRect(QPointF widgetAt) const;

    canvas::CanvasView *m_canvas;
    QList<Marker> m_markers;
    QString m_current;
};

} // namespace inkboard::app::comments
