// SPDX-License-Identifier: Apache-2.0
#include "connectors/elbow_route.h"

#include <QLineF>
#include <algorithm>
#include <cmath>
#include <limits>

namespace inkboard::canvas {

namespace {

// Whether the axis-aligned segment passes through the inside of `box` (touching its edge
// does not count: a route may run along a side).
bool crosses(QPointF p, QPointF q, const QRectF &box)
{
    if (box.isNull())
        return false;
    const QRectF inner = box.adjusted(0.5, 0.5, -0.5, -0.5);
    if (!inner.isValid())
        return false;
    const double left = std::min(p.x(), q.x()), right = std::max(p.x(), q.x());
    const double top = std::min(p.y(), q.y()), bottom = std::max(p.y(), q.y());
    return left < inner.right() && right > inner.left() && top < inner.bottom() &&
           bottom > inner.top();
}

QList<QPointF> simplified(const QList<QPointF> &pts)
{
    QList<QPointF> out;
    for (const QPointF &p : pts) {
        if (!out.isEmpty() && QLineF(out.last(), p).length() < 1e-6)
            continue;
        if (out.size() >= 2) {
            const QPointF &a = out.at(out.size() - 2);
            const QPointF &b = out.last();
            const bool sameX = std::abs(a.x() - b.x()) < 1e-6 && std::abs(b.x() - p.x()) < 1e-6;
            const bool sameY = std::abs(a.y() - b.y()) < 1e-6 && std::abs(b.y() - p.y()) < 1e-6;
            if (sameX || sameY) {
                out.last() = p; // b lies on the way from a to p
                continue;
            }
        }
        out.append(p);
    }
    return out;
}

double cost(const QList<QPointF> &pts, const ElbowEnd &a, const ElbowEnd &b)
{
    constexpr double kBendCost = 12;
    constexpr double kCrossingCost = 1e6;
    double c = 0;
    for (qsizetype i = 1; i < pts.size(); ++i) {
        c += QLineF(pts[i - 1], pts[i]).length();
        if (crosses(pts[i - 1], pts[i], a.box) || crosses(pts[i - 1], pts[i], b.box))
            c += kCrossingCost;
        const QPointF d = pts[i] - pts[i - 1];
        if (std::abs(d.x()) > 1e-6 && std::abs(d.y()) > 1e-6)
            c += kCrossingCost; // not orthogonal: never chosen while another route exists
    }
    // A bound end leaves and enters its shape head on, never along or back into its side.
    constexpr double kWrongWayCost = 1e5;
    auto dot = [](QPointF u, QPointF v) { return u.x() * v.x() + u.y() * v.y(); };
    if (pts.size() >= 2 && !a.box.isNull() && dot(pts[1] - pts[0], a.direction) <= 0)
        c += kWrongWayCost;
    if (pts.size() >= 2 && !b.box.isNull() &&
        dot(pts.last() - pts.at(pts.size() - 2), b.direction) >= 0)
        c += kWrongWayCost;
    return c + kBendCost * double(std::max<qsizetype>(0, pts.size() - 2));
}

} // namespace

QPointF exitDirection(const QRectF &box, QPointF toward)
{
    const QPointF c = box.center();
    const double dx = (toward.x() - c.x()) / std::max(box.width(), 1.0);
    const double dy = (toward.y() - c.y()) / std::max(box.height(), 1.0);
    if (std::abs(dx) >= std::abs(dy))
        return QPointF(dx >= 0 ? 1 : -1, 0);
    return QPointF(0, dy >= 0 ? 1 : -1);
}

QList<QPointF> elbowRoute(const ElbowEnd &a, const ElbowEnd &b)
{
    const QPointF a1 = a.point + a.direction * (a.box.isNull() ? 0 : kElbowStub);
    const QPointF b1 = b.point + b.direction * (b.box.isNull() ? 0 : kElbowStub);
    const double mx = (a1.x() + b1.x()) / 2;
    const double my = (a1.y() + b1.y()) / 2;
    QRectF around = QRectF(a1, b1).normalized();
    if (!a.box.isNull())
        around = around.united(a.box);
    if (!b.box.isNull())
        around = around.united(b.box);
    const double top = around.top() - kElbowStub, bottom = around.bottom() + kElbowStub;
    const double left = around.left() - kElbowStub, right = around.right() + kElbowStub;

    const QList<QList<QPointF>> middles = {
        {QPointF(a1.x(), b1.y())},
        {QPointF(b1.x(), a1.y())},
        {QPointF(mx, a1.y()), QPointF(mx, b1.y())},
        {QPointF(a1.x(), my), QPointF(b1.x(), my)},
        {QPointF(a1.x(), top), QPointF(b1.x(), top)},
        {QPointF(a1.x(), bottom), QPointF(b1.x(), bottom)},
        {QPointF(left, a1.y()), QPointF(left, b1.y())},
        {QPointF(right, a1.y()), QPointF(right, b1.y())},
    };
    QList<QPointF> best;
    double bestCost = std::numeric_limits<double>::infinity();
    for (const QList<QPointF> &middle : middles) {
        QList<QPointF> pts{a.point, a1};
        pts += middle;
        pts += {b1, b.point};
        pts = simplified(pts);
        const double c = cost(pts, a, b);
        if (c < bestCost) {
            bestCost = c;
            best = pts;
        }
    }
    if (best.size() < 2)
        best = {a.point, b.point};
    return best;
}

} // namespace inkboard::canvas
