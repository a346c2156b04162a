// SPDX-License-Identifier: Apache-2.0
#include "selection_painter.h"

#include "connectors/binding.h"
#include "style.h"
#include "tools/selection_frame.h"

#include <vector>

namespace inkboard::canvas {

void paintSelection(QPainter &p, const QList<const SceneItem *> &selected,
                    const QHash<QString, Object> &previews, const QTransform &view, double zoom,
                    const QColor &accent, const QColor &background, bool handles)
{
    // While a gesture moves them, the selection follows the previews.
    std::vector<SceneItem> moved;
    moved.reserve(size_t(selected.size()));
    QList<const SceneItem *> items;
    for (const SceneItem *item : selected) {
        const auto pv = previews.constFind(item->object.id);
        if (pv != previews.cend()) {
            moved.push_back(SceneItem{*pv, computeGeometry(*pv), item->rank});
            items.append(&moved.back());
        } else {
            items.append(item);
        }
    }
    if (items.size() == 1 && isConnector(items.first()->object)) {
        // A connector is edited by its ends, as in Excalidraw and tldraw: its path, and a
        // round handle at each end (connectorEnds: where SelectTool grabs them).
        const SceneItem &c = *items.first();
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(accent, 1, Qt::DashLine));
        p.drawPolyline((c.geometry.toCanvas * view).map(QPolygonF(pointsOf(c.object).toVector())));
        if (!handles || isLocked(c.object))
            return;
        p.setPen(QPen(accent, 1.5));
        p.setBrush(background);
        for (const QPointF &end : connectorEnds(c))
            p.drawEllipse(view.map(end), 5, 5);
        return;
    }
    const SelectionFrame frame = selectionFrame(items);
    bool anyLocked = false;
    // Each object's own outline, thin; then the frame with its handles.
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(accent, 1, Qt::DashLine));
    for (const SceneItem *i : items) {
        anyLocked |= isLocked(i->object);
        if (items.size() > 1)
            p.drawPolygon((i->geometry.toCanvas * view).map(QPolygonF(i->geometry.frame)));
    }
    const QPolygonF outline = (frame.toCanvas * view).map(QPolygonF(frame.rect));
    p.setPen(QPen(accent, 1.5));
    p.drawPolygon(outline);
    if (!handles || (anyLocked && items.size() == 1))
        return;
    p.setBrush(background);
    for (Handle h : kAllHandles) {
        const QPointF c = view.map(handlePosition(frame, h, zoom));
        if (h == Handle::Rotate) {
            p.drawLine(view.map(handlePosition(frame, Handle::Top, zoom)), c);
            p.drawEllipse(c, 4.5, 4.5);
        } else {
            p.drawRect(QRectF(c.x() - 4, c.y() - 4, 8, 8));
        }
    }
}

void paintMarquee(QPainter &p, const QRectF &canvasRect, const QTransform &view,
                  const QColor &accent)
{
    QColor fill = accent;
    fill.setAlpha(30);
    p.setPen(QPen(accent, 1));
    p.setBrush(fill);
    p.drawRect(view.mapRect(canvasRect));
}

void paintGroupBox(QPainter &p, const QRectF &canvasRect, const QTransform &view,
                   const QColor &accent)
{
    QPen pen(accent, 1, Qt::DashLine);
    pen.setCosmetic(true);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawRect(view.mapRect(canvasRect).adjusted(-4, -4, 4, 4));
}

void paintSnapGuides(QPainter &p, const QList<QLineF> &guides, const QTransform &view)
{
    p.save();
    p.setWorldTransform(QTransform());
    p.setRenderHint(QPainter::Antialiasing, false); // one crisp pixel, not two faint ones
    p.setPen(QPen(QColor(0xff, 0x3e, 0xa5), 1));
    for (const QLineF &g : guides) {
        const QLineF w = view.map(g);
        p.drawLine(w);
        // Ticks at both ends: a gap reads as a measured span, a line as a line.
        const QPointF n = QPointF(-w.dy(), w.dx()) / std::max(w.length(), 1e-9) * 4;
        p.drawLine(w.p1() - n, w.p1() + n);
        p.drawLine(w.p2() - n, w.p2() + n);
    }
    p.restore();
}

void paintBindTarget(QPainter &p, const SceneItem &target, const QTransform &view,
                     const QColor &accent)
{
    const Geometry &g = target.geometry;
    const QPainterPath outline = bindOutline(target);
    p.save();
    p.setWorldTransform(g.toCanvas * view);
    QColor halo = accent;
    halo.setAlpha(110);
    QPen pen(halo, 6);
    pen.setCosmetic(true);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    p.drawPath(outline);
    p.restore();
}

} // namespace inkboard::canvas
