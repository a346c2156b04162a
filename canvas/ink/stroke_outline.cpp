// SPDX-License-Identifier: Apache-2.0
#include "ink/stroke_outline.h"

#include <QLineF>
#include <QtMath>
#include <algorithm>
#include <cmath>

namespace inkboard::canvas::ink {

namespace {

// Distance per sample at which a mouse stroke is drawn at its thinnest.
constexpr double kFastStep = 24;
// How far each sample moves the simulated pressure toward the speed's (the rest is the past).
constexpr double kPressureEase = 0.3;
constexpr int kCapSegments = 8;
constexpr int kJointSegments = 8;

QPointF unit(QPointF v)
{
    const double len = std::hypot(v.x(), v.y());
    return len > 1e-12 ? v / len : QPointF(1, 0);
}

// The left-hand normal (y grows downwards, so "left" as seen by the pen).
QPointF perp(QPointF d)
{
    return QPointF(-d.y(), d.x());
}

double dot(QPointF a, QPointF b)
{
    return a.x() * b.x() + a.y() * b.y();
}

double cross(QPointF a, QPointF b)
{
    return a.x() * b.y() - a.y() * b.x();
}

QPointF polar(double radius, double angle)
{
    return QPointF(radius * std::cos(angle), radius * std::sin(angle));
}

double angleOf(QPointF v)
{
    return std::atan2(v.y(), v.x());
}

// Half-circle points around `centre` from `startAngle`, turning the negative way, without
// its two ends (they are the sides' last and first offsets).
void addCap(QPolygonF &poly, QPointF centre, double radius, double startAngle)
{
    for (int k = 1; k < kCapSegments; ++k)
        poly.append(centre + polar(radius, startAngle - M_PI * k / kCapSegments));
}

} // namespace

bool hasConstantPressure(const QList<InkPoint> &points)
{
    return std::all_of(points.cbegin(), points.cend(), [&](const InkPoint &p) {
        return std::abs(p.pressure - points.first().pressure) < 1e-3;
    });
}

QList<double> simulatedPressure(const QList<InkPoint> &points, double size)
{
    QList<double> out;
    out.reserve(points.size());
    const double fast = std::max(kFastStep, size * 6);
    auto target = [&](qsizetype i) {
        const double step = QLineF(points[i - 1].pos, points[i].pos).length();
        return 0.8 - 0.6 * std::min(1.0, step / fast);
    };
    // A stroke that starts fast starts thin: the first step sets where the easing begins.
    double p = points.size() > 1 ? target(1) : 0.5;
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (i > 0)
            p += (target(i) - p) * kPressureEase;
        out.append(p);
    }
    return out;
}

QList<Rib> strokeRibs(const QList<InkPoint> &points, const OutlineOptions &options)
{
    QList<Rib> ribs;
    if (points.isEmpty())
        return ribs;
    QList<double> pressure;
    if (options.simulatePressure) {
        pressure = simulatedPressure(points, options.size);
    } else {
        pressure.reserve(points.size());
        for (const InkPoint &p : points)
            pressure.append(std::clamp(p.pressure, 0.0, 1.0));
    }
    const double thinning = std::clamp(options.thinning, 0.0, 1.0);
    const double streamline = std::clamp(options.streamline, 0.0, 0.95);
    const double minGap = std::max(0.1, options.size * std::max(0.0, options.smoothing) * 0.25);
    auto radius = [&](double p) {
        return std::max(0.2, options.size / 2 * (1 - thinning + 2 * thinning * p));
    };

    ribs.append({points.first().pos, radius(pressure.first())});
    QPointF centre = points.first().pos;
    for (qsizetype i = 1; i < points.size(); ++i) {
        centre += (points[i].pos - centre) * (1 - streamline);
        if (QLineF(centre, ribs.last().pos).length() < minGap)
            continue;
        ribs.append({centre, radius(pressure[i])});
    }
    // The streamlined line lags behind the pen: it still ends where the pen was lifted.
    const QPointF last = points.last().pos;
    if (points.size() > 1 && QLineF(last, ribs.last().pos).length() > 1e-6) {
        if (ribs.size() > 1 && QLineF(last, ribs.last().pos).length() < minGap)
            ribs.last() = {last, radius(pressure.last())};
        else
            ribs.append({last, radius(pressure.last())});
    }
    return ribs;
}

QPolygonF outlinePolygon(const QList<Rib> &ribs, bool roundCaps)
{
    QPolygonF poly;
    const qsizetype n = ribs.size();
    if (n == 0)
        return poly;
    if (n == 1) {
        // A dot.
        for (int k = 0; k < 2 * kCapSegments; ++k)
            poly.append(ribs[0].pos + polar(ribs[0].radius, M_PI * k / kCapSegments));
        return poly;
    }
    QList<QPointF> seg;
    seg.reserve(n - 1);
    for (qsizetype i = 0; i + 1 < n; ++i)
        seg.append(unit(ribs[i + 1].pos - ribs[i].pos));

    QPolygonF left, right;
    left.reserve(n + 8);
    right.reserve(n + 8);
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF p = ribs[i].pos;
        const double r = ribs[i].radius;
        const bool interior = i > 0 && i + 1 < n;
        if (interior && dot(seg[i - 1], seg[i]) < 0) {
            // A sharp turn: offsetting along one normal would cut the outer corner (and fold
            // the inner one), so both sides go round the rib.
            const QPointF nIn = perp(seg[i - 1]);
            const QPointF nOut = perp(seg[i]);
            const double start = angleOf(nIn);
            const double sweep = std::atan2(cross(nIn, nOut), dot(nIn, nOut));
            for (int k = 0; k <= kJointSegments; ++k) {
                const QPointF off = polar(r, start + sweep * k / kJointSegments);
                left.append(p + off);
                right.append(p - off);
            }
            continue;
        }
        const QPointF tangent = i == 0       ? seg.first()
                                : i + 1 == n ? seg.last()
                                             : unit(seg[i - 1] + seg[i]);
        const QPointF normal = perp(tangent) * r;
        left.append(p + normal);
        right.append(p - normal);
    }

    poly = left;
    if (roundCaps)
        addCap(poly, ribs.last().pos, ribs.last().radius, angleOf(perp(seg.last())));
    for (qsizetype i = right.size() - 1; i >= 0; --i)
        poly.append(right[i]);
    if (roundCaps)
        addCap(poly, ribs.first().pos, ribs.first().radius, angleOf(perp(seg.first())) + M_PI);
    return poly;
}

QPainterPath strokeOutline(const QList<InkPoint> &points, const OutlineOptions &options)
{
    return strokeOutline(strokeRibs(points, options), options.roundCaps);
}

QPainterPath strokeOutline(const QList<Rib> &ribs, bool roundCaps)
{
    const QPolygonF poly = outlinePolygon(ribs, roundCaps);
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    if (poly.size() < 3)
        return path;
    // The polygon as it is: its points are as dense as the pen's samples along a smoothed
    // centre line, and a path of curves through them would hold three times the elements for
    // the stroke's whole life in the scene's cache (measured: 3 times the canvas's memory).
    path.reserve(int(poly.size() + 2));
    path.addPolygon(poly);
    path.closeSubpath();
    return path;
}

} // namespace inkboard::canvas::ink
