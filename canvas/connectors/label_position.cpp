// SPDX-License-Identifier: Apache-2.0
#include "connectors/label_position.h"

#include <QLineF>
#include <algorithm>
#include <cmath>
#include <limits>

namespace inkboard::canvas {

namespace {

double lengthOf(const QList<QPointF> &pts)
{
    double total = 0;
    for (qsizetype i = 1; i < pts.size(); ++i)
        total += QLineF(pts[i - 1], pts[i]).length();
    return total;
}

} // namespace

QPointF pointAlong(const QList<QPointF> &pts, double fraction)
{
    if (pts.isEmpty())
        return {};
    const double total = lengthOf(pts);
    if (total <= 0)
        return pts.first();
    double left = std::clamp(fraction, 0.0, 1.0) * total;
    for (qsizetype i = 1; i < pts.size(); ++i) {
        const QLineF seg(pts[i - 1], pts[i]);
        if (left <= seg.length() || i == pts.size() - 1)
            return seg.length() > 0 ? seg.pointAt(std::min(1.0, left / seg.length())) : seg.p1();
        left -= seg.length();
    }
    return pts.last();
}

double fractionNearest(const QList<QPointF> &pts, QPointF p)
{
    const double total = lengthOf(pts);
    if (pts.size() < 2 || total <= 0)
        return 0.5;
    double best = std::numeric_limits<double>::infinity();
    double bestAt = 0.5;
    double walked = 0;
    for (qsizetype i = 1; i < pts.size(); ++i) {
        const QPointF a = pts[i - 1], b = pts[i];
        const QPointF d = b - a;
        const double len2 = d.x() * d.x() + d.y() * d.y();
        const double t =
            len2 > 0 ? std::clamp(((p - a).x() * d.x() + (p - a).y() * d.y()) / len2, 0.0, 1.0)
                     : 0.0;
        const QPointF q = a + d * t;
        const double dist = QLineF(q, p).length();
        const double len = std::sqrt(len2);
        if (dist < best) {
            best = dist;
            bestAt = (walked + t * len) / total;
        }
        walked += len;
    }
    return std::round(bestAt * 1000) / 1000;
}

} // namespace inkboard::canvas
