// SPDX-License-Identifier: Apache-2.0
#include "tools/selection_frame.h"

#include "style.h"
#include "tools/tool.h"

#include <QJsonArray>

namespace inkboard::canvas {

namespace {

constexpr double kHandleOffsetPx = 24; // the rotate handle above the frame, in widget pixels

} // namespace

SelectionFrame selectionFrame(const QList<const SceneItem *> &items)
{
    SelectionFrame f;
    if (items.isEmpty())
        return f;
    f.valid = true;
    if (items.size() == 1) {
        f.single = true;
        // The object's own box, so that handles resize exactly what the props say.
        const Geometry &g = items.first()->geometry;
        f.rect = g.frame;
        f.toCanvas = g.toCanvas;
        return f;
    }
    for (const SceneItem *i : items)
        f.rect = f.rect.united(i->geometry.bounds);
    return f;
}

QPointF handlePosition(const SelectionFrame &f, Handle h, double zoom)
{
    const QRectF r = f.rect;
    QPointF p;
    switch (h) {
    case Handle::None:
        p = r.center();
        break;
    case Handle::TopLeft:
        p = r.topLeft();
        break;
    case Handle::Top:
        p = QPointF(r.center().x(), r.top());
        break;
    case Handle::TopRight:
        p = r.topRight();
        break;
    case Handle::Right:
        p = QPointF(r.right(), r.center().y());
        break;
    case Handle::BottomRight:
        p = r.bottomRight();
        break;
    case Handle::Bottom:
        p = QPointF(r.center().x(), r.bottom());
        break;
    case Handle::BottomLeft:
        p = r.bottomLeft();
        break;
    case Handle::Left:
        p = QPointF(r.left(), r.center().y());
        break;
    case Handle::Rotate:
        p = QPointF(r.center().x(), r.top() - kHandleOffsetPx / zoom);
        break;
    }
    return f.toCanvas.map(p);
}

QJsonObject scaledProps(const SceneItem &item, double sx, double sy, QPointF center)
{
    const Object &o = item.object;
    const Geometry &g = item.geometry;
    QJsonObject props;
    const double fw = g.frame.width() * sx, fh = g.frame.height() * sy;
    props.insert(QStringLiteral("x"), round2(center.x() - fw / 2));
    props.insert(QStringLiteral("y"), round2(center.y() - fh / 2));
    switch (o.type) {
    case ObjectType::Rect:
    case ObjectType::Ellipse:
    case ObjectType::Image:
        props.insert(QStringLiteral("w"), round2(fw));
        props.insert(QStringLiteral("h"), round2(fh));
        break;
    case ObjectType::Stroke:
    case ObjectType::Line:
    case ObjectType::Arrow: {
        const int stride = o.type == ObjectType::Stroke ? 3 : 2;
        const QJsonArray a = o.props.value(QLatin1String("points")).toArray();
        QJsonArray out;
        for (qsizetype i = 0; i + stride - 1 < a.size(); i += stride) {
            out.append(round2((a.at(i).toDouble() - g.frame.left()) * sx));
            out.append(round2((a.at(i + 1).toDouble() - g.frame.top()) * sy));
            if (stride == 3)
                out.append(a.at(i + 2));
        }
        props.insert(QStringLiteral("points"), out);
        break;
    }
    case ObjectType::Text: {
        const double fs = std::max(1.0, std::round(fontSizeOf(o) * sy));
        props.insert(QStringLiteral("font_size"), fs);
        if (o.props.contains(QLatin1String("w")))
            props.insert(QStringLiteral("w"), round2(o.number(QLatin1String("w")) * sx));
        // The text box's real size follows the font; center it where the frame goes.
        const double k = fs / fontSizeOf(o);
        props.insert(QStringLiteral("x"), round2(center.x() - g.frame.width() * k / 2));
        props.insert(QStringLiteral("y"), round2(center.y() - g.frame.height() * k / 2));
        break;
    }
    }
    // Keep only what changed.
    for (auto it = props.begin(); it != props.end();) {
        if (o.props.value(it.key()) == it.value())
            it = props.erase(it);
        else
            ++it;
    }
    return props;
}

} // namespace inkboard::canvas
