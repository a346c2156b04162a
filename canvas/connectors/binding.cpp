// SPDX-License-Identifier: Apache-2.0
#include "connectors/binding.h"

#include "connectors/elbow_route.h"
#include "label_painter.h"
#include "scene_index.h"
#include "style.h"

#include <QHash>
#include <QJsonArray>
#include <QLineF>
#include <QPolygonF>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace inkboard::canvas {

namespace {

const QString kStartBind = QStringLiteral("start_bind");
const QString kEndBind = QStringLiteral("end_bind");
const QString kRoute = QStringLiteral("route");

double round2(double v)
{
    return std::round(v * 100) / 100;
}

// The outline an end lands on, in the target's local coordinates.
QList<QPolygonF> outlineOf(const SceneItem &target)
{
    return bindOutline(target).toFillPolygons();
}

// How long a chain of connectors bound to connectors' labels is followed: far beyond any
// diagram, and a bound on the work a hostile drawing can ask for.
constexpr int kMaxChain = 32;

// Whether drawing `target` depends on the connector `id`: it is bound to it, or to a connector
// that is (through labels, at any depth). Each connector is walked once, so that a drawing of
// connectors bound to each other in a lattice costs its size, not its number of paths.
bool leadsTo(const Object &target, const QString &id, const TargetLookup &lookup,
             QSet<QString> &seen)
{
    if (!isConnector(target) || seen.size() > kMaxChain || seen.contains(target.id))
        return false;
    seen.insert(target.id);
    for (const QString &b : boundIds(target)) {
        if (b == id)
            return true;
        const SceneItem *t = lookup(b);
        if (t && isConnector(t->object) && leadsTo(t->object, id, lookup, seen))
            return true;
    }
    return false;
}

bool leadsTo(const Object &target, const QString &id, const TargetLookup &lookup)
{
    QSet<QString> seen;
    return leadsTo(target, id, lookup, seen);
}

// How many labelled connectors deep `o`'s bindings go (memoized; a ring counts once round).
int depthOf(const Object &o, const ObjectLookup &lookup, QHash<QString, int> &memo)
{
    if (const auto it = memo.constFind(o.id); it != memo.cend())
        return *it;
    memo.insert(o.id, 0); // in progress: a ring stops here
    int deepest = 0;
    if (memo.size() <= 4 * kMaxChain) {
        for (const QString &id : boundIds(o)) {
            const Object *t = lookup(id);
            if (t && isConnector(*t))
                deepest = std::max(deepest, 1 + depthOf(*t, lookup, memo));
        }
    }
    memo.insert(o.id, deepest);
    return deepest;
}

bool inside(const QList<QPolygonF> &outline, QPointF p)
{
    return std::any_of(outline.cbegin(), outline.cend(), [p](const QPolygonF &poly) {
        return poly.containsPoint(p, Qt::OddEvenFill);
    });
}

// The drawn box of a bound shape (its frame in canvas coordinates, without the stroke).
QRectF boxOf(const SceneItem &target)
{
    return target.geometry.toCanvas.mapRect(bindBox(target));
}

double gapTo(const Object &connector, const SceneItem &target)
{
    return kBindGap + strokeWidthOf(connector) / 2 + target.geometry.penWidth / 2;
}

// Where an elbow route's bound end sits: on the side of the box facing `toward`, level with
// the focus, and the way out of that side.
ElbowEnd elbowEnd(const SceneItem &target, const Binding &b, QPointF focus, QPointF toward,
                  double gap)
{
    const QRectF box = boxOf(target);
    // A focus on a side (an anchor the user chose) leaves by that side; else the side facing
    // the other end.
    const QPointF dir = b.fx == 0   ? QPointF(-1, 0)
                        : b.fx == 1 ? QPointF(1, 0)
                        : b.fy == 0 ? QPointF(0, -1)
                        : b.fy == 1 ? QPointF(0, 1)
                                    : exitDirection(box, toward);
    QPointF p;
    if (dir.x() != 0) {
        p = QPointF(dir.x() > 0 ? box.right() + gap : box.left() - gap,
                    std::clamp(focus.y(), box.top(), box.bottom()));
    } else {
        p = QPointF(std::clamp(focus.x(), box.left(), box.right()),
                    dir.y() > 0 ? box.bottom() + gap : box.top() - gap);
    }
    return {p, dir, box.adjusted(-gap / 2, -gap / 2, gap / 2, gap / 2)};
}

ElbowEnd freeElbowEnd(QPointF p, QPointF toward)
{
    const QPointF d = toward - p;
    return {p,
            std::abs(d.x()) >= std::abs(d.y()) ? QPointF(d.x() >= 0 ? 1 : -1, 0)
                                               : QPointF(0, d.y() >= 0 ? 1 : -1),
            QRectF()};
}

// The connector's stored points in canvas coordinates (its rotation applied).
QList<QPointF> canvasPoints(const Object &c)
{
    const QList<QPointF> local = pointsOf(c);
    QRectF frame;
    for (const QPointF &p : local)
        frame = frame.isNull() ? QRectF(p, QSizeF(0, 0)) : frame.united(QRectF(p, QSizeF(0, 0)));
    const QTransform t = frameTransform(c.number(QLatin1String("x")), c.number(QLatin1String("y")),
                                        c.number(QLatin1String("rotation")), frame);
    QList<QPointF> out;
    out.reserve(local.size());
    for (const QPointF &p : local)
        out.append(t.map(p));
    return out;
}

// The connector drawn through `pts` (canvas coordinates): its points relative to its x, y,
// without rotation.
Object withCanvasPoints(const Object &c, const QList<QPointF> &pts)
{
    Object out = c;
    const double x = c.number(QLatin1String("x"));
    const double y = c.number(QLatin1String("y"));
    QJsonArray flat;
    for (const QPointF &p : pts) {
        flat.append(round2(p.x() - x));
        flat.append(round2(p.y() - y));
    }
    out.props.insert(key::points, flat);
    out.props.remove(key::rotation);
    return out;
}

const SceneItem *targetOf(const Object &c, const std::optional<Binding> &b,
                          const TargetLookup &lookup)
{
    if (!b || b->id == c.id)
        return nullptr;
    const SceneItem *t = lookup(b->id);
    if (!t || !canBindTo(t->object))
        return nullptr;
    // Connectors bound to each other's labels in a ring (two peers binding at once) are drawn
    // at their stored points there: any other choice would depend on the order they are drawn.
    if (isConnector(t->object) && leadsTo(t->object, c.id, lookup))
        return nullptr;
    return t;
}

} // namespace

QJsonObject Binding::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("fx"), std::round(fx * 10000) / 10000},
            {QStringLiteral("fy"), std::round(fy * 10000) / 10000}};
}

const QString &bindKey(End end)
{
    return end == End::Start ? kStartBind : kEndBind;
}

bool isConnector(const Object &o)
{
    return o.type == ObjectType::Line || o.type == ObjectType::Arrow;
}

bool canBindTo(const Object &o)
{
    switch (o.type) {
    case ObjectType::Rect:
    case ObjectType::Ellipse:
    case ObjectType::Text:
    case ObjectType::Image:
        return true;
    case ObjectType::Line:
    case ObjectType::Arrow:
        return !o.string(QLatin1String("label")).isEmpty();
    case ObjectType::Stroke:
        return false;
    }
    return false;
}

QRectF bindBox(const SceneItem &target)
{
    if (isConnector(target.object))
        return labelBox(target.object, target.geometry);
    return target.geometry.frame;
}

QPainterPath bindOutline(const SceneItem &target)
{
    const Geometry &g = target.geometry;
    const ObjectType type = target.object.type;
    if (g.closed && !g.path.isEmpty() && type != ObjectType::Text && type != ObjectType::Image &&
        !isConnector(target.object))
        return g.path;
    QPainterPath box;
    box.addRect(bindBox(target));
    return box;
}

bool dependsOn(const Object &object, const QString &connectorId, const TargetLookup &lookup)
{
    return object.id == connectorId || leadsTo(object, connectorId, lookup);
}

int chainDepth(const Object &c, const ObjectLookup &lookup)
{
    if (!isConnector(c))
        return 0;
    QHash<QString, int> memo;
    return depthOf(c, lookup, memo);
}

std::optional<Binding> bindingOf(const Object &c, End end)
{
    if (!isConnector(c))
        return std::nullopt;
    const QJsonValue v = c.props.value(bindKey(end));
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    const QString id = o.value(QLatin1String("id")).toString();
    if (id.isEmpty())
        return std::nullopt;
    return Binding{id, std::clamp(o.value(QLatin1String("fx")).toDouble(0.5), 0.0, 1.0),
                   std::clamp(o.value(QLatin1String("fy")).toDouble(0.5), 0.0, 1.0)};
}

bool hasBinding(const Object &c)
{
    return bindingOf(c, End::Start) || bindingOf(c, End::End);
}

QList<QString> boundIds(const Object &c)
{
    QList<QString> ids;
    for (End end : {End::Start, End::End}) {
        if (const auto b = bindingOf(c, end); b && !ids.contains(b->id))
            ids.append(b->id);
    }
    return ids;
}

Binding bindingAt(const SceneItem &target, QPointF canvasPoint)
{
    bool ok = false;
    const QPointF local = target.geometry.toCanvas.inverted(&ok).map(canvasPoint);
    const QRectF f = bindBox(target);
    // The anchors (centre, sides) pull the focus within a band around them: an arrow aimed
    // near the middle of a shape aims at its middle, as diagrams want.
    auto fraction = [](double v, double from, double size) {
        const double f = size > 1e-9 ? std::clamp((v - from) / size, 0.0, 1.0) : 0.5;
        for (double anchor : {0.0, 0.5, 1.0}) {
            if (std::abs(f - anchor) <= kAnchorBand)
                return anchor;
        }
        return f;
    };
    if (!ok)
        return {target.object.id, 0.5, 0.5};
    return {target.object.id, fraction(local.x(), f.left(), f.width()),
            fraction(local.y(), f.top(), f.height())};
}

QPointF focusPoint(const SceneItem &target, const Binding &b)
{
    const QRectF f = bindBox(target);
    return target.geometry.toCanvas.map(
        QPointF(f.left() + b.fx * f.width(), f.top() + b.fy * f.height()));
}

QPointF outlinePoint(const SceneItem &target, QPointF focus, QPointF from, double gap)
{
    bool ok = false;
    const QTransform inv = target.geometry.toCanvas.inverted(&ok);
    if (!ok)
        return focus;
    const QPointF lf = inv.map(focus);
    const QPointF lo = inv.map(from);
    const QList<QPolygonF> outline = outlineOf(target);
    if (inside(outline, lo))
        return focus; // the connector comes from inside: nothing to stop at
    const QPointF dir = lf - lo;
    const double len = std::hypot(dir.x(), dir.y());
    if (len < 1e-9)
        return focus;
    // The ray from `from` through the focus, long enough to cross the whole shape.
    const QRectF f = bindBox(target);
    const double reach = 1 + 2 * (std::hypot(f.width(), f.height()) + 1) / len;
    const QLineF ray(lo, lo + dir * reach);
    double bestT = 2;
    QPointF hit;
    for (const QPolygonF &poly : outline) {
        for (qsizetype i = 0; i < poly.size(); ++i) {
            const QLineF edge(poly[i], poly[(i + 1) % poly.size()]);
            QPointF x;
            if (ray.intersects(edge, &x) != QLineF::BoundedIntersection)
                continue;
            const double t = QLineF(lo, x).length() / ray.length();
            if (t < bestT) {
                bestT = t;
                hit = x;
            }
        }
    }
    if (bestT > 1)
        return focus;
    const QPointF onOutline = target.geometry.toCanvas.map(hit);
    const QLineF back(onOutline, from);
    if (back.length() < 1e-9)
        return onOutline;
    return onOutline + (from - onOutline) * (std::min(gap, back.length()) / back.length());
}

const SceneItem *bindTargetAt(const SceneIndex &scene, QPointF p, double tolerance,
                              const QString &exclude, const QString &connectorId)
{
    const double reach = 2 * tolerance;
    const QList<const SceneItem *> items =
        scene.itemsIn(QRectF(p.x() - reach, p.y() - reach, 2 * reach, 2 * reach));
    const TargetLookup lookup = [&scene](const QString &id) { return scene.item(id); };
    for (auto it = items.crbegin(); it != items.crend(); ++it) {
        const SceneItem &item = **it;
        if (!canBindTo(item.object) || item.object.id == exclude)
            continue;
        if (!connectorId.isEmpty() && dependsOn(item.object, connectorId, lookup))
            continue;
        bool ok = false;
        const QPointF local = item.geometry.toCanvas.inverted(&ok).map(p);
        if (ok && inside(outlineOf(item), local))
            return &item;
        // A connector takes bindings on its label only, not along its line.
        if (isConnector(item.object)) {
            if (ok && bindBox(item).adjusted(-reach, -reach, reach, reach).contains(local))
                return &item;
            continue;
        }
        if (hitTest(item.object, item.geometry, p, reach))
            return &item;
    }
    return nullptr;
}

bool isDerived(const Object &c)
{
    return isConnector(c) &&
           (hasBinding(c) || c.props.value(QLatin1String("route")).toString() == u"elbow");
}

bool hasLiveBinding(const Object &c, const TargetLookup &lookup)
{
    return targetOf(c, bindingOf(c, End::Start), lookup) ||
           targetOf(c, bindingOf(c, End::End), lookup);
}

Object resolveConnector(const Object &c, const TargetLookup &lookup)
{
    if (!isConnector(c))
        return c;
    const std::optional<Binding> sb = bindingOf(c, End::Start);
    const std::optional<Binding> eb = bindingOf(c, End::End);
    const SceneItem *st = targetOf(c, sb, lookup);
    const SceneItem *et = targetOf(c, eb, lookup);
    const bool elbow = c.string(QLatin1String("route")) == u"elbow";
    if (!st && !et && !elbow)
        return c;
    QList<QPointF> pts = canvasPoints(c);
    if (pts.size() < 2)
        return c;
    const QPointF startRef = st ? focusPoint(*st, *sb) : pts.first();
    const QPointF endRef = et ? focusPoint(*et, *eb) : pts.last();

    if (elbow) {
        const ElbowEnd a = st ? elbowEnd(*st, *sb, startRef, endRef, gapTo(c, *st))
                              : freeElbowEnd(pts.first(), endRef);
        const ElbowEnd b = et ? elbowEnd(*et, *eb, endRef, startRef, gapTo(c, *et))
                              : freeElbowEnd(pts.last(), startRef);
        pts = elbowRoute(a, b);
    } else {
        const qsizetype n = pts.size();
        const QPointF towardStart = n > 2 ? pts[1] : endRef;
        const QPointF towardEnd = n > 2 ? pts[n - 2] : startRef;
        if (st)
            pts[0] = outlinePoint(*st, startRef, towardStart, gapTo(c, *st));
        if (et)
            pts[n - 1] = outlinePoint(*et, endRef, towardEnd, gapTo(c, *et));
    }

    return withCanvasPoints(c, pts);
}

QList<QPointF> connectorEnds(const SceneItem &c)
{
    const QList<QPointF> pts = pointsOf(c.object);
    if (pts.isEmpty())
        return {};
    return {c.geometry.toCanvas.map(pts.first()), c.geometry.toCanvas.map(pts.last())};
}

Object withEndAt(const Object &c, End end, QPointF canvasPoint, const SceneItem *target,
                 const TargetLookup &lookup)
{
    QList<QPointF> pts = canvasPoints(c);
    if (pts.isEmpty())
        return c;
    (end == End::Start ? pts.first() : pts.last()) = canvasPoint;
    Object out = withCanvasPoints(c, pts);
    if (target)
        out.props.insert(bindKey(end), bindingAt(*target, canvasPoint).toJson());
    else
        out.props.remove(bindKey(end));
    return resolveConnector(out, lookup);
}

Object unbound(const Object &c, End end)
{
    Object out = c;
    out.props.remove(bindKey(end));
    return out;
}

} // namespace inkboard::canvas
