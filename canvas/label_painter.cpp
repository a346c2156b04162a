// SPDX-License-Identifier: Apache-2.0
#include "label_painter.h"

#include "connectors/binding.h"
#include "connectors/label_position.h"
#include "shape_outline.h"

#include <QFontMetricsF>
#include <algorithm>
#include <cmath>

namespace inkboard::canvas {

namespace {

// Space between the outline and the text, in canvas units.
constexpr double kMargin = 8;

// The part of `inner` (fractions of the frame: left, top, right, bottom) that lies inside each
// outline; see shapeOutline for the outlines these are read from.
QRectF fractionOf(const QRectF &f, double l, double t, double r, double b)
{
    return QRectF(QPointF(f.left() + l * f.width(), f.top() + t * f.height()),
                  QPointF(f.left() + r * f.width(), f.top() + b * f.height()));
}

} // namespace

bool takesLabel(const Object &o)
{
    return isClosedShape(o) || isConnector(o);
}

namespace {

// How wide a connector's label grows before it wraps, and its padding.
constexpr double kConnectorLabelWidth = 200;
constexpr double kConnectorLabelPad = 4;

QRectF connectorLabelBox(const Object &o)
{
    const QPointF at =
        pointAlong(pointsOf(o), o.props.value(QLatin1String("label_pos")).toDouble(0.5));
    const QFontMetricsF fm(fontOf(o));
    const QString text = o.string(QLatin1String("label"));
    const QRectF r = fm.boundingRect(QRectF(0, 0, kConnectorLabelWidth, 1e7),
                                     Qt::TextWordWrap | Qt::AlignHCenter,
                                     text.isEmpty() ? QStringLiteral("  ") : text);
    const double w = std::max(r.width(), fm.averageCharWidth() * 4) + 2 * kConnectorLabelPad;
    const double h = std::max(r.height(), fm.height()) + 2 * kConnectorLabelPad;
    return QRectF(at.x() - w / 2, at.y() - h / 2, w, h);
}

} // namespace

QRectF labelBox(const Object &o, const Geometry &g)
{
    if (isConnector(o))
        return connectorLabelBox(o);
    const QRectF f = g.frame;
    const double inset = kMargin + g.penWidth / 2;
    const double half = std::sqrt(0.5) / 2; // an ellipse's inscribed box: w/√2 by h/√2
    QRectF inner;
    double margin = inset;
    switch (shapeKindOf(o)) {
    case ShapeKind::Ellipse:
        inner = fractionOf(f, 0.5 - half, 0.5 - half, 0.5 + half, 0.5 + half);
        margin = inset / 2;
        break;
    case ShapeKind::Diamond: // the box through the midpoints of the four edges
        inner = fractionOf(f, 0.25, 0.25, 0.75, 0.75);
        margin = inset / 2;
        break;
    case ShapeKind::Triangle: // the widest box: half the base, the lower half
        inner = fractionOf(f, 0.25, 0.5, 0.75, 1);
        margin = inset / 2;
        break;
    case ShapeKind::Hexagon: // corners at a quarter of the width: 0.2 leaves 0.1 above and below
        inner = fractionOf(f, 0.2, 0.1, 0.8, 0.9);
        margin = inset / 2;
        break;
    case ShapeKind::Parallelogram: // slanted by a fifth of the width
        inner = fractionOf(f, 0.2, 0, 0.8, 1);
        break;
    case ShapeKind::Note: // clear of the folded corner
        inner = f;
        margin = std::max(inset, noteFoldSize(f) / 2 + 1);
        break;
    case ShapeKind::Rectangle:
        inner = f;
        break;
    }
    // A shape too small for the margin keeps a sliver at its centre rather than a negative box.
    const double mx = std::min(margin, inner.width() / 2 - 0.5);
    const double my = std::min(margin, inner.height() / 2 - 0.5);
    return inner.adjusted(std::max(mx, 0.0), std::max(my, 0.0), -std::max(mx, 0.0),
                          -std::max(my, 0.0));
}

int labelFlags(const Object &o)
{
    const QString align = o.string(QLatin1String("label_align"), QStringLiteral("center"));
    const QString valign = o.string(QLatin1String("label_valign"), QStringLiteral("middle"));
    // Not clipped to the box: a label that does not fit spills over it rather than being cut.
    int flags = Qt::TextWordWrap | Qt::TextDontClip;
    flags |= align == u"left"    ? Qt::AlignLeft
             : align == u"right" ? Qt::AlignRight
                                 : Qt::AlignHCenter;
    flags |= valign == u"top"      ? Qt::AlignTop
             : valign == u"bottom" ? Qt::AlignBottom
                                   : Qt::AlignVCenter;
    return flags;
}

QRectF labelTextRect(const Object &o, const QRectF &box)
{
    const QString text = o.string(QLatin1String("label"));
    if (text.isEmpty())
        return {};
    return QFontMetricsF(fontOf(o)).boundingRect(box, labelFlags(o), text);
}

void paintLabel(QPainter &p, const Object &o, const QRectF &box, const QColor &ink)
{
    const QString text = o.string(QLatin1String("label"));
    if (text.isEmpty())
        return;
    p.save();
    p.setFont(fontOf(o));
    p.setPen(ink);
    p.setBrush(Qt::NoBrush);
    p.drawText(box, labelFlags(o), text);
    p.restore();
}

} // namespace inkboard::canvas
