// SPDX-License-Identifier: Apache-2.0
#include "renderer.h"

#include "blob_store.h"
#include "label_painter.h"
#include "scene_index.h"
#include "shape_outline.h"
#include "style.h"

#include <QVarLengthArray>
#include <QtMath>

namespace inkboard::canvas {

namespace {

const QString kLabelPrefix = QStringLiteral("label:");
// Device pixels under which a freehand stroke is drawn as its centre line.
constexpr double kThinStrokePx = 1.5;

} // namespace

QString hiddenLabelKey(const QString &objectId)
{
    return kLabelPrefix + objectId;
}

QString hiddenObjectId(const QString &hiddenId)
{
    return hiddenId.startsWith(kLabelPrefix) ? hiddenId.mid(kLabelPrefix.size()) : hiddenId;
}

QColor Renderer::displayColor(const QColor &c) const
{
    // As Excalidraw's dark mode: lightness inverted, hue and saturation kept, so black ink turns
    // white and pastel fills turn deep, and text on a fill stays readable.
    if (!m_dark)
        return c;
    QColor hsl = c.toHsl();
    return QColor::fromHslF(hsl.hslHueF(), hsl.hslSaturationF(), 1.0f - hsl.lightnessF(),
                            hsl.alphaF());
}

void Renderer::paint(QPainter &p, const Object &o, const Geometry &g, const QTransform &view,
                     bool withLabel) const
{
    p.setWorldTransform(g.toCanvas * view);
    p.setOpacity(opacityOf(o));
    switch (o.type) {
    case ObjectType::Stroke: {
        // A freehand stroke is its filled outline (ink/stroke_outline): one fill, so a
        // translucent highlighter that crosses itself stays even. Under a pixel or two wide
        // (zoomed out) the centre line at the mean width looks the same and fills far
        // faster than an outline of twice as many curves.
        const double scale = std::sqrt(std::abs(p.worldTransform().determinant()));
        const QColor ink = displayColor(strokeColorOf(o));
        if (g.penWidth * scale <= kThinStrokePx) {
            p.setPen(QPen(ink, g.penWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
            p.drawPath(g.path);
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(ink);
            p.drawPath(g.fill);
        }
        break;
    }
    case ObjectType::Line:
    case ObjectType::Arrow: {
        QPen pen(displayColor(strokeColorOf(o)), g.penWidth, Qt::SolidLine, Qt::RoundCap,
                 Qt::RoundJoin);
        p.setPen(g.penWidth > 0 ? pen : QPen(Qt::NoPen));
        p.setBrush(Qt::NoBrush);
        const double scale = std::sqrt(std::abs(p.worldTransform().determinant()));
        const bool labelled = o.props.contains(key::label);
        if (labelled) {
            // The line stops short of its label, as in Excalidraw: clipped around the text,
            // which works on any background and in every export.
            p.save();
            QPainterPath keep;
            keep.setFillRule(Qt::OddEvenFill);
            keep.addRect(g.path.boundingRect().adjusted(-4 * g.penWidth - 16, -4 * g.penWidth - 16,
                                                        4 * g.penWidth + 16, 4 * g.penWidth + 16));
            keep.addRect(labelTextRect(o, labelBox(o, g)).adjusted(-4, -2, 4, 2));
            p.setClipPath(keep, Qt::IntersectClip);
        }
        const Qt::PenStyle dash = penStyleOf(o);
        if (g.penWidth > 0 && g.penWidth * scale <= 4) {
            // Thin straight segments: as lines with square caps, which the raster engine
            // draws antialiased some 20 times faster than a round-capped path (a drag of a
            // shape with 50 connectors repaints them all); at this width the caps look alike.
            // The shaft (the first subpath) takes the dash; the heads stay solid.
            pen.setCapStyle(Qt::SquareCap);
            pen.setJoinStyle(Qt::MiterJoin);
            QVarLengthArray<QLineF, 16> shaft, heads;
            const QList<QPolygonF> polys = g.path.toSubpathPolygons();
            for (qsizetype k = 0; k < polys.size(); ++k) {
                for (qsizetype i = 1; i < polys[k].size(); ++i)
                    (k == 0 ? shaft : heads).append(QLineF(polys[k][i - 1], polys[k][i]));
            }
            pen.setStyle(dash);
            p.setPen(pen);
            p.drawLines(shaft.constData(), int(shaft.size()));
            pen.setStyle(Qt::SolidLine);
            p.setPen(pen);
            p.drawLines(heads.constData(), int(heads.size()));
        } else if (dash != Qt::SolidLine) {
            const QList<QPolygonF> polys = g.path.toSubpathPolygons();
            for (qsizetype k = 0; k < polys.size(); ++k) {
                pen.setStyle(k == 0 ? dash : Qt::SolidLine);
                p.setPen(pen);
                p.drawPolyline(polys[k]);
            }
        } else {
            p.drawPath(g.path);
        }
        if (!g.fill.isEmpty()) {
            p.setBrush(pen.color());
            p.drawPath(g.fill);
        }
        if (labelled) {
            p.restore();
            if (withLabel)
                paintLabel(p, o, labelBox(o, g), displayColor(strokeColorOf(o)));
        }
        break;
    }
    case ObjectType::Rect:
    case ObjectType::Ellipse: {
        const QColor fill = fillColorOf(o);
        const bool note = isNote(o);
        if (note && fill.alpha() > 0) // paper on the table: a soft shadow, cheap to paint
            p.fillPath(g.path.translated(kNoteShadowOffset), QColor(0, 0, 0, 38));
        const bool hatched = isHatched(o) && fill.alpha() > 0;
        if (hatched) {
            // Hatching as Excalidraw draws it: lines at 45 degrees in the fill colour, clipped
            // to the outline, a constant spacing in canvas units so it scales with the drawing.
            p.save();
            p.setClipPath(g.path, Qt::IntersectClip);
            p.setPen(QPen(displayColor(fill), std::max(1.5, g.penWidth * 0.75)));
            const QRectF r = g.path.boundingRect();
            constexpr double kSpacing = 9;
            for (double t = -r.height(); t < r.width(); t += kSpacing)
                p.drawLine(QPointF(r.left() + t, r.bottom()),
                           QPointF(r.left() + t + r.height(), r.top()));
            p.restore();
        }
        p.setBrush(fill.alpha() > 0 && !hatched ? QBrush(displayColor(fill)) : QBrush(Qt::NoBrush));
        const QPen pen = g.penWidth > 0 ? QPen(displayColor(strokeColorOf(o)), g.penWidth,
                                               penStyleOf(o), Qt::SquareCap, Qt::MiterJoin)
                                        : QPen(Qt::NoPen);
        p.setPen(pen);
        p.drawPath(g.path);
        if (note) {
            // The folded corner: the back of the paper, a shade darker than its front.
            const QColor back = fill.alpha() > 0 ? fill.darker(118) : QColor(0, 0, 0, 30);
            p.setBrush(displayColor(back));
            p.drawPath(noteFold(g.frame));
        }
        if (withLabel && o.props.contains(key::label))
            paintLabel(p, o, labelBox(o, g), displayColor(strokeColorOf(o)));
        break;
    }
    case ObjectType::Text:
        p.setFont(fontOf(o));
        p.setPen(displayColor(strokeColorOf(o)));
        p.drawText(g.frame, textFlags(o), o.string(QLatin1String("text")));
        break;
    case ObjectType::Image: {
        const QImage image = m_blobs ? m_blobs->image(o.string(QLatin1String("blob"))) : QImage();
        if (!image.isNull()) {
            p.setRenderHint(QPainter::SmoothPixmapTransform);
            p.drawImage(g.frame, image);
        } else {
            // The blob is not here (yet): a placeholder of the right size.
            p.setPen(QPen(QColor(0x9e, 0x9e, 0x9e), 0));
            p.setBrush(QColor(0xee, 0xee, 0xee));
            p.drawRect(g.frame);
            p.drawLine(g.frame.topLeft(), g.frame.bottomRight());
            p.drawLine(g.frame.topRight(), g.frame.bottomLeft());
        }
        break;
    }
    }
}

void Renderer::paintItems(QPainter &p, const QList<const SceneItem *> &items,
                          const QTransform &view, const QSet<QString> &hidden) const
{
    const double scale = std::sqrt(std::abs(view.determinant()));
    p.save();
    for (const SceneItem *item : items) {
        if (!hidden.isEmpty() && hidden.contains(item->object.id))
            continue;
        const QRectF &b = item->geometry.bounds;
        if (m_detailThreshold > 0 && std::max(b.width(), b.height()) * scale < m_detailThreshold) {
            // Too small to show detail: one dot in the object's ink.
            p.setWorldTransform(QTransform());
            p.setOpacity(opacityOf(item->object));
            const QColor fill = fillColorOf(item->object);
            p.fillRect(view.mapRect(b),
                       displayColor(fill.alpha() > 0 ? fill : strokeColorOf(item->object)));
            continue;
        }
        if (m_detailThreshold > 0 && item->object.type == ObjectType::Text &&
            fontSizeOf(item->object) * scale < 2 * m_detailThreshold) {
            // Text too small to read: a grey band where its lines are.
            p.setWorldTransform(QTransform());
            QColor ink = displayColor(strokeColorOf(item->object));
            ink.setAlphaF(ink.alphaF() * 0.35f);
            p.setOpacity(opacityOf(item->object));
            p.fillRect(view.mapRect(item->geometry.bounds), ink);
            continue;
        }
        const bool withLabel =
            hidden.isEmpty() || !hidden.contains(hiddenLabelKey(item->object.id));
        paint(p, item->object, item->geometry, view, withLabel);
    }
    p.restore();
}

} // namespace inkboard::canvas
