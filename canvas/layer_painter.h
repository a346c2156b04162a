// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "renderer.h"
#include "scene_index.h"

#include <QColor>
#include <QImage>
#include <QRegion>
#include <QSet>
#include <QTimer>
#include <QTransform>
#include <functional>

namespace inkboard::canvas {

// The canvas's drawing layer (background, grid, objects) cached as an image: a pan shifts it
// and paints only the strips that came into view, an edit repaints only where it happened,
// and during a zoom gesture the cached image is shown scaled while the sharp frame is painted
// in slices of a few milliseconds on the event loop once the gesture pauses.
class LayerPainter
{
public:
    // What the widget shows now: its view, size and what is hidden (objects a gesture
    // previews or the text editor covers).
    struct Frame
    {
        double zoom = 1;
        QPointF offset;
        QSize size;
        qreal dpr = 1;
        bool grid = false;
        QColor background;
        QSet<QString> hidden;

        QTransform transform() const
        {
            return QTransform(zoom, 0, 0, zoom, offset.x(), offset.y());
        }
        QRect rect() const { return QRect(QPoint(0, 0), size); }
        QRectF visibleCanvasRect() const;
    };

    // `currentFrame` is asked between slices (the view may have moved meanwhile); `repaint`
    // asks the widget for a paint event.
    LayerPainter(const SceneIndex &scene, const Renderer &renderer,
                 std::function<Frame()> currentFrame, std::function<void()> repaint);

    // The most threads one frame is painted on (default: the cores, at most kMaxBands); 1
    // paints on the calling thread only. For tests and benchmarks, which compare the two.
    static void setThreadLimit(int threads);

    // The scene (or the ink) changed as a whole: the next frame is painted anew.
    void invalidate() { ++m_sceneVersion; }
    // True when the cache shows this view, so that an edit can repaint just where it is.
    bool showsView(double zoom, QPointF offset) const;
    // Where objects are on the widget (for repainting them), and repainting that.
    QRegion areaOf(const QSet<QString> &ids, const QTransform &view) const;
    void addDirty(const QRegion &region) { m_layerDirty += region; }

    // Brings the cache up to date for `frame`; `zooming` while a zoom gesture runs. Returns
    // whether the cache is to be shown scaled (it was painted at another zoom).
    bool update(const Frame &frame, bool zooming);
    // Draws the cache onto the widget's painter.
    void draw(QPainter &p, const Frame &frame, bool scaled) const;

    // The sharp frame painted in slices; its items point into the scene, so any change of the
    // scene cancels it first.
    bool isRefining() const { return m_refineActive; }
    void startRefine();
    void cancelRefine();

private:
    void paintGrid(QPainter &p, const QRectF &canvasRect, const Frame &frame) const;
    // One rect of a region to paint and the items in it, in render order.
    struct Piece
    {
        QRect rect;
        QRectF canvasRect;
        QList<const SceneItem *> items;
    };
    void render(QImage &image, const QRegion &region, const Frame &frame) const;
    QList<Piece> piecesOf(const QRegion &region, const Frame &frame) const;
    void paintPieces(QImage &image, const QList<Piece> &pieces, const Frame &frame) const;
    // Below these a frame is painted on one thread: starting threads would cost more.
    static constexpr qsizetype kObjectsPerBand = 2000;
    static constexpr qint64 kPixelsPerBand = 400 * 300;
    static constexpr int kMaxBands = 4;
    static constexpr int kBandMargin = 32; // device rows
    void refineSlice();
    void adopt(const Frame &frame);

    const SceneIndex &m_scene;
    const Renderer &m_renderer;
    std::function<Frame()> m_currentFrame;
    std::function<void()> m_repaint;

    QImage m_layer;
    QImage m_layerBack;
    bool m_layerValid = false;
    double m_layerZoom = 0;
    QPointF m_layerOffset;
    quint64 m_layerVersion = 0;
    QSet<QString> m_layerHidden;
    QRegion m_layerDirty; // parts of the cached drawing to paint again (edits)
    bool m_layerGrid = false;
    QColor m_layerBackground;
    quint64 m_sceneVersion = 1;

    // The sharp frame being painted in slices: valid while the scene does not change (its
    // items point into it), restarted when the view moved meanwhile.
    bool m_refineActive = false;
    QImage m_refine;
    QList<const SceneItem *> m_refineItems;
    qsizetype m_refineNext = 0;
    double m_refineZoom = 0;
    QPointF m_refineOffset;
    quint64 m_refineVersion = 0;
    QSet<QString> m_refineHidden;
    QTimer m_refineTimer;
};

} // namespace inkboard::canvas
