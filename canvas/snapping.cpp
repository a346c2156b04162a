// SPDX-License-Identifier: Apache-2.0
#include "snapping.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace inkboard::canvas {

namespace {

// The best match on one axis so far: how far to move, and the guides that show why.
struct AxisMatch
{
    double shift = std::numeric_limits<double>::infinity();
    QList<QLineF> guides;

    void offer(double candidate, const QList<QLineF> &why)
    {
        if (std::abs(candidate) < std::abs(shift) - 1e-9) {
            shift = candidate;
            guides = why;
        } else if (std::abs(candidate - shift) < 1e-9) {
            guides += why; // equally good: show every reason
        }
    }
    bool found(double threshold) const { return std::abs(shift) <= threshold; }
};

double lo(const QRectF &r, bool x)
{
    return x ? r.left() : r.top();
}
double mid(const QRectF &r, bool x)
{
    return x ? r.center().x() : r.center().y();
}
double hi(const QRectF &r, bool x)
{
    return x ? r.right() : r.bottom();
}

// A guide on axis `x` at coordinate `at`, spanning the cross-axis extent of both boxes.
QLineF alignmentGuide(bool x, double at, const QRectF &a, const QRectF &b)
{
    const double from = std::min(lo(a, !x), lo(b, !x));
    const double to = std::max(hi(a, !x), hi(b, !x));
    return x ? QLineF(at, from, at, to) : QLineF(from, at, to, at);
}

// A gap marker on axis `x` from `from` to `to`, at the cross-axis position `across`.
QLineF gapGuide(bool x, double from, double to, double across)
{
    return x ? QLineF(from, across, to, across) : QLineF(across, from, across, to);
}

void matchEdges(AxisMatch &m, const QRectF &moving, const SnapTargets &t, bool x)
{
    const double mine[] = {lo(moving, x), mid(moving, x), hi(moving, x)};
    for (const QRectF &other : t.boxes) {
        const double theirs[] = {lo(other, x), mid(other, x), hi(other, x)};
        for (double a : mine) {
            for (double b : theirs) {
                if (std::abs(b - a) <= t.threshold)
                    m.offer(b - a,
                            {alignmentGuide(x, b, moving.translated(x ? b - a : 0, x ? 0 : b - a),
                                            other)});
            }
        }
    }
}

// Equal gaps on a row (x) or column (y): the boxes that share the moving box's cross-axis
// band, and the positions where the moving box's gap to a neighbour equals another gap. Only
// neighbours count: each box with the first box that starts after it ends (what the eye
// compares, as in Figma), so the search is n log n even when a tall selection shares its band
// with every box in view.
void matchGaps(AxisMatch &m, const QRectF &moving, const SnapTargets &t, bool x)
{
    QList<QRectF> row;
    for (const QRectF &b : t.boxes) {
        if (hi(b, !x) > lo(moving, !x) && lo(b, !x) < hi(moving, !x))
            row.append(b);
    }
    if (row.size() < 2)
        return;
    std::sort(row.begin(), row.end(),
              [x](const QRectF &a, const QRectF &b) { return lo(a, x) < lo(b, x); });
    const double size = hi(moving, x) - lo(moving, x);
    const double across = mid(moving, !x);
    auto offerStart = [&](double start, const QList<QLineF> &why) {
        const double shift = start - lo(moving, x);
        if (std::abs(shift) <= t.threshold)
            m.offer(shift, why);
    };
    for (qsizetype i = 0; i < row.size(); ++i) {
        const QRectF &a = row[i];
        const auto next =
            std::lower_bound(row.cbegin() + i + 1, row.cend(), hi(a, x),
                             [x](const QRectF &r, double edge) { return lo(r, x) < edge; });
        if (next == row.cend())
            continue;
        const QRectF &b = *next;
        // Between a and b, with the same gap on both sides.
        const double gap = (lo(b, x) - hi(a, x) - size) / 2;
        if (gap > 0) {
            const double start = hi(a, x) + gap;
            offerStart(start, {gapGuide(x, hi(a, x), start, across),
                               gapGuide(x, start + size, lo(b, x), across)});
        }
        // After b, or before a, as far from it as b is from a.
        const double pairGap = lo(b, x) - hi(a, x);
        if (pairGap > 0) {
            const double after = hi(b, x) + pairGap;
            offerStart(after, {gapGuide(x, hi(a, x), lo(b, x), across),
                               gapGuide(x, hi(b, x), after, across)});
            const double before = lo(a, x) - pairGap - size;
            offerStart(before, {gapGuide(x, before + size, lo(a, x), across),
                                gapGuide(x, hi(a, x), lo(b, x), across)});
        }
    }
}

void matchGrid(AxisMatch &m, double value, const SnapTargets &t)
{
    if (t.grid <= 0)
        return;
    const double snapped = std::round(value / t.grid) * t.grid;
    if (std::abs(snapped - value) <= t.threshold)
        m.offer(snapped - value, {});
}

Snap finish(const AxisMatch &mx, const AxisMatch &my, double threshold)
{
    Snap s;
    if (mx.found(threshold)) {
        s.correction.rx() = mx.shift;
        s.guides += mx.guides;
        s.snappedX = true;
    }
    if (my.found(threshold)) {
        s.correction.ry() = my.shift;
        s.guides += my.guides;
        s.snappedY = true;
    }
    return s;
}

} // namespace

double gridStep(double zoom)
{
    double step = 20;
    while (step * zoom < 12)
        step *= 5;
    return step;
}

Snap snapBox(const QRectF &moving, const SnapTargets &t)
{
    AxisMatch mx, my;
    matchEdges(mx, moving, t, true);
    matchEdges(my, moving, t, false);
    matchGaps(mx, moving, t, true);
    matchGaps(my, moving, t, false);
    // The grid only where no object is close: objects are what a user lines up with.
    if (!mx.found(t.threshold))
        matchGrid(mx, moving.left(), t);
    if (!my.found(t.threshold))
        matchGrid(my, moving.top(), t);
    return finish(mx, my, t.threshold);
}

Snap snapPoint(QPointF p, const SnapTargets &t)
{
    return snapBox(QRectF(p, QSizeF(0, 0)), t);
}

} // namespace inkboard::canvas
