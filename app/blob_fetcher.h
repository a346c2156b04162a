// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QSet>

namespace inkboard::canvas {
class CanvasView;
}

namespace inkboard::app {

class AppContext;
class DrawingSession;

// Images of a server drawing whose bytes this computer lacks are fetched on demand into the
// profile's one blob folder, and the canvas redraws each image once it has arrived.
class BlobFetcher : public QObject
{
    Q_OBJECT
public:
    BlobFetcher(AppContext *context, DrawingSession *drawing, canvas::CanvasView *canvas,
                QObject *parent = nullptr);

    // The images among `ids` (all of the drawing when empty) not in the folder nor on the way.
    void fetchMissing(const QSet<QString> &ids);

private:
    AppContext *m_context;
    DrawingSession *m_drawing;
    canvas::CanvasView *m_canvas;
    QSet<QString> m_fetching;
};

} // namespace inkboard::app
