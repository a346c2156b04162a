// SPDX-License-Identifier: Apache-2.0
#include "layer_painter.h"

#include "snapping.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QThread>
#include <QtMath>
#include <atomic>
#include <cmath>
#include <cstring>
#include <thread>
#include <vector>

namespace inkboard::canvas {

namespace {
std::atomic<int> threadLimit{0}; // 0: no limit but the cores and kMaxBands
} // namespace

void LayerPainter::setThreadLimit(int threads)
{
    threadLimit = qMax(0, threads);
}

QRectF LayerPainter::Frame::visibleCanvasRect() const
{
    return QRectF((QPointF(0, 0) - offset) / zoom,
                  (QPointF(size.width(), size.height()) - offset) / zoom);
}

LayerPainter::LayerPainter(const SceneIndex &scene, const Renderer &renderer,
                           std::function<Frame()> currentFrame, std::function<void()> repaint)
    : m_scene(scene), m_renderer(renderer), m_currentFrame(std::move(currentFrame)),
      m_repaint(std::move(repaint))
{
    m_refineTimer.setSingleShot(true);
    m_refineTimer.setInterval(0);
    QObject::connect(&m_refineTimer, &QTimer::timeout, &m_refineTimer, [this] { refineSlice(); });
}

bool LayerPainter::showsView(double zoom, QPointF offset) const
{
    return m_layerValid && m_layerZoom == zoom && m_layerOffset == offset;
}

QRegion LayerPainter::areaOf(const QSet<QString> &ids, const QTransform &view) const
{
    // Each union of a rect into a region costs the rects it holds already: past a few dozen
    // objects (a peer's commit moving thousands) one box around them all is what to repaint.
    constexpr qsizetype kRectsPerRegion = 64;
    QRegion area;
    QRect box;
    const bool many = ids.size() > kRectsPerRegion;
    for (const QString &id : ids) {
        const SceneItem *item = m_scene.item(hiddenObjectId(id));
        if (!item)
            continue;
        const QRect r = view.mapRect(item->geometry.bounds).toAlignedRect().adjusted(-2, -2, 2, 2);
        if (many)
            box |= r;
        else
            area += r;
    }
    return many ? QRegion(box) : area;
}

void LayerPainter::paintGrid(QPainter &p, const QRectF &r, const Frame &f) const
{
    const double step = gridStep(f.zoom);
    QColor line = m_renderer.darkMode() ? QColor(255, 255, 255, 22) : QColor(0, 0, 0, 18);
    p.setPen(QPen(line, 0));
    const double x0 = std::floor(r.left() / step) * step;
    const double y0 = std::floor(r.top() / step) * step;
    for (double x = x0; x <= r.right(); x += step) {
        const double wx = std::round(x * f.zoom + f.offset.x()) + 0.5;
        p.drawLine(QPointF(wx, 0), QPointF(wx, f.size.height()));
    }
    for (double y = y0; y <= r.bottom(); y += step) {
        const double wy = std::round(y * f.zoom + f.offset.y()) + 0.5;
        p.drawLine(QPointF(0, wy), QPointF(f.size.width(), wy));
    }
}

QList<LayerPainter::Piece> LayerPainter::piecesOf(const QRegion &region, const Frame &f) const
{
    const QTransform inverse = f.transform().inverted();
    QList<Piece> pieces;
    for (const QRect &r : region) {
        const QRectF canvasRect = inverse.mapRect(QRectF(r));
        pieces.append(Piece{r, canvasRect, m_scene.itemsIn(canvasRect)});
    }
    return pieces;
}

void LayerPainter::render(QImage &image, const QRegion &region, const Frame &f) const
{
    // A whole frame of a big drawing (opening it, a zoom, a scrub through its history) is
    // painted in horizontal bands, one per core, each on an image of its own. The scene is queried
    // here, on this thread (its index keeps caches); the threads only paint what it gave,
    // which reads the scene's items and nothing else.
    const QRect whole = region.boundingRect();
    const int limit = threadLimit.load();
    const int cores =
        qMax(1, limit > 0 ? qMin(limit, QThread::idealThreadCount()) : QThread::idealThreadCount());
    const int bands = m_scene.size() < kObjectsPerBand || cores < 2 ||
                              qint64(whole.width()) * whole.height() < kPixelsPerBand
                          ? 1
                          : qMin(cores, kMaxBands);
    if (bands == 1) {
        paintPieces(image, piecesOf(region, f), f);
        return;
    }
    const qreal dpr = image.devicePixelRatio();
    const int rows = image.height();
    const qsizetype stride = image.bytesPerLine();
    // Each band paints into rows of its own reaching kBandMargin past its edges, and only its
    // own rows are copied back: the rasterizer clips an antialiased shape slightly differently
    // near an image's edge, so a shape across two bands must not meet one where it is kept.
    struct Band
    {
        int top = 0, bottom = 0; // the layer's rows it gives
        int from = 0;            // the layer's row its first row is
        QImage rows;
        Frame frame;
        QList<Piece> pieces;
    };
    std::vector<Band> parts;
    for (int b = 0; b < bands; ++b) {
        Band band;
        band.top = rows * b / bands;
        band.bottom = rows * (b + 1) / bands;
        band.from = qMax(0, band.top - kBandMargin);
        const int to = qMin(rows, band.bottom + kBandMargin);
        band.rows = image.copy(0, band.from, image.width(), to - band.from);
        band.rows.setDevicePixelRatio(dpr);
        const qreal y0 = band.from / dpr;
        band.frame = f;
        band.frame.offset.ry() -= y0;
        const QRect mine(0, qFloor(y0), f.size.width(), qCeil((to - band.from) / dpr) + 1);
        band.pieces = piecesOf(QTransform::fromTranslate(0, -y0).map(region & mine), band.frame);
        parts.push_back(std::move(band));
    }
    std::vector<std::thread> threads;
    for (size_t b = 1; b < parts.size(); ++b)
        threads.emplace_back(
            [this, &parts, b] { paintPieces(parts[b].rows, parts[b].pieces, parts[b].frame); });
    paintPieces(parts[0].rows, parts[0].pieces, parts[0].frame);
    for (std::thread &t : threads)
        t.join();
    uchar *bits = image.bits();
    for (const Band &band : parts) {
        for (int y = band.top; y < band.bottom; ++y)
            std::memcpy(bits + qsizetype(y) * stride, band.rows.constScanLine(y - band.from),
                        size_t(stride));
    }
}

void LayerPainter::paintPieces(QImage &image, const QList<Piece> &pieces, const Frame &f) const
{
    QPainter p(&image);
    const QTransform view = f.transform();
    for (const Piece &piece : pieces) {
        p.setClipRect(piece.rect);
        p.setRenderHint(QPainter::Antialiasing, false);
        p.fillRect(piece.rect, f.background);
        if (f.grid)
            paintGrid(p, piece.canvasRect, f);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        m_renderer.paintItems(p, piece.items, view, f.hidden);
    }
}

void LayerPainter::adopt(const Frame &f)
{
    m_layerDirty = QRegion();
    m_layerValid = true;
    m_layerZoom = f.zoom;
    m_layerOffset = f.offset;
    m_layerVersion = m_sceneVersion;
    m_layerHidden = f.hidden;
    m_layerGrid = f.grid;
    m_layerBackground = f.background;
}

bool LayerPainter::update(const Frame &f, bool zooming)
{
    const QSize deviceSize = f.size * f.dpr;
    const QRect rect = f.rect();
    const bool sameView = m_layerZoom == f.zoom && m_layerOffset == f.offset;
    if (m_layerValid && sameView && f.hidden != m_layerHidden) {
        // A gesture hid or showed objects (a drag starts or ends): repaint just where they are.
        m_layerDirty +=
            areaOf((f.hidden - m_layerHidden) + (m_layerHidden - f.hidden), f.transform()) & rect;
        m_layerHidden = f.hidden;
    }
    const bool sameContent = m_layerValid && m_layer.size() == deviceSize &&
                             m_layerVersion == m_sceneVersion && m_layerHidden == f.hidden &&
                             m_layerGrid == f.grid && m_layerBackground == f.background;
    if (sameContent && sameView) {
        if (!m_layerDirty.isEmpty()) {
            render(m_layer, m_layerDirty, f);
            m_layerDirty = QRegion();
        }
        return false;
    }
    if (sameContent && (zooming || m_refineActive) && m_layerZoom != f.zoom)
        return true;
    const QPointF d = f.offset - m_layerOffset;
    const bool wholePixels = d.x() == std::round(d.x()) && d.y() == std::round(d.y()) &&
                             std::abs(d.x()) < f.size.width() && std::abs(d.y()) < f.size.height();
    if (sameContent && m_layerZoom == f.zoom && wholePixels && m_layerDirty.isEmpty()) {
        // A pan: shift what is drawn, paint the strips that came into view.
        if (m_layerBack.size() != deviceSize) {
            m_layerBack = QImage(deviceSize, QImage::Format_ARGB32_Premultiplied);
            m_layerBack.setDevicePixelRatio(f.dpr);
        }
        {
            QPainter p(&m_layerBack);
            p.setCompositionMode(QPainter::CompositionMode_Source);
            p.drawImage(d, m_layer);
        }
        const QPoint shift = d.toPoint();
        const QRegion exposed = QRegion(rect) - QRegion(rect.translated(shift));
        render(m_layerBack, exposed, f);
        std::swap(m_layer, m_layerBack);
        m_layerOffset = f.offset;
        return false;
    }
    if (m_layer.size() != deviceSize) {
        m_layer = QImage(deviceSize, QImage::Format_ARGB32_Premultiplied);
        m_layer.setDevicePixelRatio(f.dpr);
    }
    render(m_layer, QRegion(rect), f);
    adopt(f);
    return false;
}

void LayerPainter::draw(QPainter &p, const Frame &f, bool scaled) const
{
    if (scaled) {
        p.fillRect(f.rect(), f.background);
        const double s = f.zoom / m_layerZoom;
        p.drawImage(QRectF(f.offset - m_layerOffset * s, QSizeF(f.size) * s), m_layer);
    } else {
        p.drawImage(QPointF(0, 0), m_layer);
    }
}

void LayerPainter::cancelRefine()
{
    m_refineActive = false;
    m_refineTimer.stop();
    m_refineItems.clear();
}

void LayerPainter::startRefine()
{
    cancelRefine();
    const Frame f = m_currentFrame();
    if (m_layerValid && m_layerZoom == f.zoom) {
        m_repaint();
        return;
    }
    if (m_refine.size() != f.size * f.dpr) {
        m_refine = QImage(f.size * f.dpr, QImage::Format_ARGB32_Premultiplied);
        m_refine.setDevicePixelRatio(f.dpr);
    }
    m_refineZoom = f.zoom;
    m_refineOffset = f.offset;
    m_refineVersion = m_sceneVersion;
    m_refineHidden = f.hidden;
    const QRectF visible = f.visibleCanvasRect();
    {
        QPainter p(&m_refine);
        p.fillRect(f.rect(), f.background);
        if (f.grid)
            paintGrid(p, visible, f);
    }
    m_refineItems = m_scene.itemsIn(visible);
    m_refineNext = 0;
    m_refineActive = true;
    m_refineTimer.start();
}

void LayerPainter::refineSlice()
{
    if (!m_refineActive)
        return;
    const Frame f = m_currentFrame();
    if (m_refineZoom != f.zoom || m_refineOffset != f.offset || m_refineHidden != f.hidden ||
        m_refineVersion != m_sceneVersion || m_refine.size() != f.size * f.dpr) {
        startRefine(); // the view moved on meanwhile
        return;
    }
    constexpr qint64 kBudgetNs = 6'000'000; // leaves room for input and the frame itself
    constexpr qsizetype kStep = 32;
    QElapsedTimer timer;
    timer.start();
    QPainter p(&m_refine);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QTransform view = f.transform();
    while (m_refineNext < m_refineItems.size() && timer.nsecsElapsed() < kBudgetNs) {
        const qsizetype end = std::min(m_refineNext + kStep, m_refineItems.size());
        m_renderer.paintItems(p, m_refineItems.mid(m_refineNext, end - m_refineNext), view,
                              m_refineHidden);
        m_refineNext = end;
    }
    p.end();
    if (m_refineNext < m_refineItems.size()) {
        m_refineTimer.start();
        return;
    }
    // Done: the sharp frame (of the current scene: a change cancels refining) becomes the
    // cached layer.
    std::swap(m_layer, m_refine);
    Frame refined = f;
    refined.hidden = m_refineHidden;
    adopt(refined);
    cancelRefine();
    m_repaint();
}

} // namespace inkboard::canvas
