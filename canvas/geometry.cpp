// SPDX-License-Identifier: Apache-2.0
#include "geometry.h"

#include "connectors/binding.h"
#include "fonts.h"
#include "ink/pen_kind.h"
#include "ink/stroke_outline.h"
#include "label_painter.h"
#include "shape_outline.h"
#include "style.h"

#include <QFontMetricsF>
#include <QJsonArray>
#include <QLineF>
#include <QPainterPathStroker>
#include <QPolygonF>
#include <QtMath>
#include <algorithm>

namespace inkboard::canvas {

namespace {

int strideOf(const Object &o)
{
    return o.type == ObjectType::Stroke ? 3 : 2;
}

// An arrowhead of `kind` at `tip` on a shaft coming from `from`: open wings go into the
// stroked path, solid heads into the filled one.
void addArrowHead(Geometry &g, const QString &kind, QPointF tip, QPointF from, double width)
{
    QLineF shaft(tip, from);
    if (shaft.length() < 1e-6 || kind == u"none")
        return;
    const double len = 8 + 2.5 * width;
    const double angle = shaft.angle();
    auto wing = [&](double delta, double length) {
        QLineF l = QLineF::fromPolar(length, angle + delta);
        l.translate(tip);
        return l.p2();
    };
    if (kind == u"triangle") {
        QPolygonF head{tip, wing(-24, len * 1.1), wing(24, len * 1.1), tip};
        g.fill.addPolygon(head);
        g.fill.closeSubpath();
    } else if (kind == u"dot") {
        const double r = 2.5 + 1.5 * width;
        g.fill.addEllipse(tip, r, r);
    } else if (kind == u"bar") {
        g.path.moveTo(wing(-90, len * 0.6));
        g.path.lineTo(wing(90, len * 0.6));
    } else { // arrow, and heads of later versions
        for (double delta : {-28.0, 28.0}) {
            g.path.moveTo(tip);
            g.path.lineTo(wing(delta, len));
        }
    }
}

} // namespace

QList<QPointF> pointsOf(const Object &o)
{
    const QJsonArray a = o.props.value(key::points).toArray();
    const int stride = strideOf(o);
    QList<QPointF> pts;
    pts.reserve(a.size() / stride);
    for (qsizetype i = 0; i + 1 < a.size(); i += stride)
        pts.append(QPointF(a.at(i).toDouble(), a.at(i + 1).toDouble()));
    return pts;
}

QFont fontOf(const Object &o)
{
    QFont font(fontFamilyFor(o.string(QLatin1String("font_family"))));
    font.setPixelSize(std::max(1, qRound(fontSizeOf(o))));
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

int textFlags(const Object &o)
{
    const QString align = o.string(QLatin1String("align"), QStringLiteral("left"));
    int flags = Qt::AlignTop;
    flags |= align == u"center"  ? Qt::AlignHCenter
             : align == u"right" ? Qt::AlignRight
                                 : Qt::AlignLeft;
    if (o.props.contains(key::w))
        flags |= Qt::TextWordWrap;
    return flags;
}

QTransform frameTransform(double x, double y, double rotationDegrees, const QRectF &frame)
{
    QTransform t;
    t.translate(x, y);
    if (rotationDegrees != 0) {
        const QPointF c = frame.center();
        t.translate(c.x(), c.y());
        t.rotate(rotationDegrees);
        t.translate(-c.x(), -c.y());
    }
    return t;
}

Geometry computeGeometry(const Object &o)
{
    Geometry g;
    const double width = strokeWidthOf(o);
    switch (o.type) {
    case ObjectType::Stroke: {
        // The filled outline is what is drawn and hit; the centre line is the frame's.
        const QList<ink::InkPoint> pts = ink::inkPointsOf(o);
        const ink::OutlineOptions options = ink::outlineOptionsOf(o, pts);
        const QList<ink::Rib> ribs = ink::strokeRibs(pts, options);
        QList<QPointF> centre;
        centre.reserve(ribs.size());
        double radii = 0;
        for (const ink::Rib &r : ribs) {
            centre.append(r.pos);
            radii += r.radius;
        }
        // The centre as a polyline: only the frame and very thin strokes use it, and it is
        // kept for the stroke's life beside the outline.
        g.path.addPolygon(QPolygonF(centre));
        if (centre.size() == 1)
            g.path.lineTo(centre.first() + QPointF(0.01, 0));
        g.fill = ink::strokeOutline(ribs, options.roundCaps);
        g.penWidth = ribs.isEmpty() ? width : 2 * radii / ribs.size();
        QRectF box = g.path.boundingRect();
        if (!pts.isEmpty())
            box = box.united(QRectF(pts.first().pos, QSizeF(0, 0)));
        g.frame = box;
        break;
    }
    case ObjectType::Line:
    case ObjectType::Arrow: {
        const QList<QPointF> pts = pointsOf(o);
        if (!pts.isEmpty()) {
            g.path.moveTo(pts.first());
            for (qsizetype i = 1; i < pts.size(); ++i)
                g.path.lineTo(pts[i]);
        }
        g.frame = g.path.boundingRect();
        if (pts.size() == 1)
            g.frame = QRectF(pts.first(), QSizeF(0, 0));
        if (pts.size() >= 2) {
            addArrowHead(g, arrowheadOf(o, true), pts.last(), pts.at(pts.size() - 2), width);
            addArrowHead(g, arrowheadOf(o, false), pts.first(), pts.at(1), width);
        }
        g.penWidth = width;
        break;
    }
    case ObjectType::Rect:
    case ObjectType::Ellipse: {
        g.frame = QRectF(0, 0, o.number(QLatin1String("w")), o.number(QLatin1String("h")));
        g.path = shapeOutline(o, g.frame);
        g.penWidth = width;
        g.closed = true;
        break;
    }
    case ObjectType::Text: {
        const QFontMetricsF fm(fontOf(o));
        const QString text = o.string(QLatin1String("text"));
        const double wrap = o.number(QLatin1String("w"), 0);
        const QRectF limit(0, 0, wrap > 0 ? wrap : 1e7, 1e7);
        QRectF r =
            fm.boundingRect(limit, textFlags(o), text.isEmpty() ? QStringLiteral(" ") : text);
        if (wrap > 0)
            r.setWidth(wrap);
        g.frame = QRectF(0, 0, std::max(r.right(), 1.0), std::max(r.bottom(), fm.height()));
        g.closed = true;
        break;
    }
    case ObjectType::Image:
        g.frame = QRectF(0, 0, o.number(QLatin1String("w")), o.number(QLatin1String("h")));
        g.closed = true;
        break;
    }
    g.toCanvas = frameTransform(o.number(QLatin1String("x")), o.number(QLatin1String("y")),
                                o.number(QLatin1String("rotation")), g.frame);
    QRectF local = g.path.isEmpty() ? g.frame : g.path.boundingRect().united(g.frame);
    if (!g.fill.isEmpty()) {
        // A stroke's outline is a hundred curves through its polygon's midpoints: the polygon's
        // box holds them and costs a fraction of the curves' exact extremes.
        local = local.united(o.type == ObjectType::Stroke ? g.fill.controlPointRect()
                                                          : g.fill.boundingRect());
    }
    if (isNote(o))
        local = local.united(g.frame.translated(kNoteShadowOffset));
    if (takesLabel(o) && o.props.contains(key::label)) {
        // A label taller than its shape spills over it: what is drawn is what is repainted,
        // exported and hit.
        const QRectF box = labelBox(o, g);
        const QRectF text = labelTextRect(o, box);
        if (!text.isEmpty())
            local = local.united(isConnector(o) ? box : text); // a connector's, padded, hits
    }
    const double pad = g.penWidth / 2 + 1;
    g.bounds = g.toCanvas.mapRect(local).adjusted(-pad, -pad, pad, pad);
    return g;
}

bool hitTest(const Object &o, const Geometry &g, QPointF canvasPoint, double tolerance)
{
    if (!g.bounds.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(canvasPoint))
        return false;
    bool invertible = false;
    const QTransform inv = g.toCanvas.inverted(&invertible);
    if (!invertible)
        return false;
    const QPointF p = inv.map(canvasPoint);
    if ((o.type == ObjectType::Line || o.type == ObjectType::Arrow) &&
        o.props.contains(key::label) &&
        labelBox(o, g).adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(p))
        return true; // a connector's label is part of it
    if (o.type == ObjectType::Text || o.type == ObjectType::Image)
        return g.frame.adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(p);
    if (g.closed && fillColorOf(o).alpha() > 0 && g.path.contains(p))
        return true;
    if (o.type == ObjectType::Stroke) {
        // The outline as drawn, widened by the tolerance.
        if (g.fill.contains(p))
            return true;
        QPainterPathStroker stroker;
        stroker.setWidth(2 * tolerance);
        stroker.setJoinStyle(Qt::RoundJoin);
        return stroker.createStroke(g.fill).contains(p);
    }
    QPainterPathStroker stroker;
    stroker.setWidth(std::max(g.penWidth, 1.0) + 2 * tolerance);
    stroker.setCapStyle(Qt::RoundCap);
    stroker.setJoinStyle(Qt::RoundJoin);
    return stroker.createStroke(g.path).contains(p);
}

bool hitTestSegment(const Object &o, const Geometry &g, QPointF a, QPointF b, double tolerance)
{
    const QRectF seg =
        QRectF(a, b).normalized().adjusted(-tolerance, -tolerance, tolerance, tolerance);
    if (!seg.intersects(g.bounds))
        return false;
    // Sample the segment finely enough that no outline thinner than the tolerance slips through.
    const double len = QLineF(a, b).length();
    const int steps = std::max(1, int(std::ceil(len / std::max(tolerance, 0.5))));
    for (int i = 0; i <= steps; ++i) {
        const QPointF p = a + (b - a) * (double(i) / steps);
        if (hitTest(o, g, p, tolerance))
            return true;
    }
    return false;
}

} // namespace inkboard::canvas
