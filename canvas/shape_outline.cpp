// SPDX-License-Identifier: Apache-2.0
#include "shape_outline.h"

#include <QPolygonF>
#include <algorithm>

namespace inkboard::canvas {

namespace {

QPainterPath polygon(std::initializer_list<QPointF> points)
{
    QPainterPath path;
    path.addPolygon(QPolygonF(QList<QPointF>(points)));
    path.closeSubpath();
    return path;
}

} // namespace

ShapeKind shapeKindOf(const Object &o)
{
    if (o.type == ObjectType::Ellipse)
        return ShapeKind::Ellipse;
    const QString s = o.string(QLatin1String("shape"));
    if (s == shape::diamond)
        return ShapeKind::Diamond;
    if (s == shape::triangle)
        return ShapeKind::Triangle;
    if (s == shape::hexagon)
        return ShapeKind::Hexagon;
    if (s == shape::parallelogram)
        return ShapeKind::Parallelogram;
    if (s == shape::note)
        return ShapeKind::Note;
    return ShapeKind::Rectangle;
}

bool isClosedShape(const Object &o)
{
    return o.type == ObjectType::Rect || o.type == ObjectType::Ellipse;
}

bool isNote(const Object &o)
{
    return o.type == ObjectType::Rect && shapeKindOf(o) == ShapeKind::Note;
}

QPainterPath shapeOutline(const Object &o, const QRectF &f)
{
    if (!isClosedShape(o))
        return {};
    const double l = f.left(), r = f.right(), t = f.top(), b = f.bottom(), w = f.width();
    const QPointF c = f.center();
    switch (shapeKindOf(o)) {
    case ShapeKind::Ellipse: {
        QPainterPath path;
        path.addEllipse(f);
        return path;
    }
    case ShapeKind::Diamond:
        return polygon({{c.x(), t}, {r, c.y()}, {c.x(), b}, {l, c.y()}});
    case ShapeKind::Triangle:
        return polygon({{c.x(), t}, {r, b}, {l, b}});
    case ShapeKind::Hexagon: {
        const double d = w / 4;
        return polygon({{l + d, t}, {r - d, t}, {r, c.y()}, {r - d, b}, {l + d, b}, {l, c.y()}});
    }
    case ShapeKind::Parallelogram: {
        const double d = w / 5;
        return polygon({{l + d, t}, {r, t}, {r - d, b}, {l, b}});
    }
    case ShapeKind::Note: {
        const double k = noteFoldSize(f);
        return polygon({{l, t}, {r, t}, {r, b - k}, {r - k, b}, {l, b}});
    }
    case ShapeKind::Rectangle:
        break;
    }
    QPainterPath path;
    const double radius = std::min({o.number(QLatin1String("radius")), w / 2, f.height() / 2});
    if (radius > 0)
        path.addRoundedRect(f, radius, radius);
    else
        path.addRect(f);
    return path;
}

double noteFoldSize(const QRectF &f)
{
    // A small corner, whatever the size of the note.
    return std::min({24.0, f.width() / 4, f.height() / 4});
}

QPainterPath noteFold(const QRectF &f)
{
    const double k = noteFoldSize(f);
    return polygon({{f.right(), f.bottom() - k},
                    {f.right() - k, f.bottom() - k},
                    {f.right() - k, f.bottom()}});
}

} // namespace inkboard::canvas
