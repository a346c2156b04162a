// SPDX-License-Identifier: Apache-2.0
// Snapping benchmark (issue 15): the candidate search while dragging among 50,000 objects, per
// pointer move. A drawing of 50,000 shapes on a jittered grid; the view zoomed out until
// about 1,900 of them are in view (the most snapping looks at: CanvasView::snapTargets keeps
// to 2,000, beyond that only the grid). Three measures:
//   1. snapBox per move for a small dragged box (one shape), the usual drag;
//   2. snapBox per move for a box as tall as the view (a column of shapes dragged sideways):
//      every target shares its row, the worst case of the equal-gap search;
//   3. the real CanvasView and SelectTool: a pointer move of a drag, snapping on and off in
//      turns (no frame painted: the paint is the same either way), and the press that takes
//      the targets once per gesture.
//
//   QT_QPA_PLATFORM=offscreen bench_snapping [--quick]
#include "canvas_view.h"
#include "model/z_order.h"
#include "snapping.h"
#include "timing_stats.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMouseEvent>
#include <QRandomGenerator>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace inkboard;
using inkboard::bench::Stats;
using inkboard::bench::summarize;

namespace {

const QSize kViewport(1600, 1000);
constexpr double kZoom = 0.22;
constexpr int kObjects = 50000;
constexpr int kColumns = 250;

Document board()
{
    QRandomGenerator rng(5);
    const auto keys = keysBetween(QString(), QString(), kObjects).value();
    Document d;
    for (int i = 0; i < kObjects; ++i) {
        const double x = (i % kColumns) * 160 + rng.bounded(20.0);
        const double y = (i / kColumns) * 110 + rng.bounded(20.0);
        d.put(Object{QStringLiteral("r%1").arg(i), ObjectType::Rect,
                     QJsonObject{{"x", x},
                                 {"y", y},
                                 {"w", 120},
                                 {"h", 70},
                                 {"z", keys[i]},
                                 {"stroke_width", 2},
                                 {"fill_color", "#a5d8ffff"}}});
    }
    return d;
}

// The pointer path of a drag: a wandering line across the view, in canvas units.
QPointF along(int i)
{
    return {2000 * std::sin(i / 40.0) + 3 * i, 1200 * std::cos(i / 27.0)};
}

std::vector<double> snapMoves(const QRectF &moving, const canvas::SnapTargets &targets, int moves,
                              int *snapped)
{
    std::vector<double> ms;
    ms.reserve(size_t(moves));
    for (int i = 0; i < moves; ++i) {
        QElapsedTimer t;
        t.start();
        const canvas::Snap s = canvas::snapBox(moving.translated(along(i)), targets);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        *snapped += (s.snappedX || s.snappedY) ? 1 : 0;
    }
    return ms;
}

void send(canvas::CanvasView &view, QEvent::Type type, QPointF p, Qt::MouseButtons buttons)
{
    QMouseEvent e(type, p, view.mapToGlobal(p),
                  type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons, {});
    QCoreApplication::sendEvent(&view, &e);
}

// One drag of a shape in the middle of the view: the press (ms) and each move (ms).
std::pair<double, std::vector<double>> drag(canvas::CanvasView &view, const QString &id, int moves)
{
    const QPointF grab(800, 500);
    view.setSelection({id});
    QElapsedTimer t;
    t.start();
    send(view, QEvent::MouseButtonPress, grab, Qt::LeftButton);
    const double press = double(t.nsecsElapsed()) / 1e6;
    std::vector<double> ms;
    ms.reserve(size_t(moves));
    for (int i = 1; i <= moves; ++i) {
        const QPointF p = grab + QPointF(300 * std::sin(i / 20.0), 200 * std::cos(i / 13.0) - 200);
        t.restart();
        send(view, QEvent::MouseMove, p, Qt::LeftButton);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    // Without an edit history the drag's ops are only announced: the board stays as it is.
    send(view, QEvent::MouseButtonRelease, grab, Qt::NoButton);
    return {press, ms};
}

void row(const char *what, const char *kind, const Stats &s)
{
    std::printf("| %-38s | %-9s | %6.3f | %6.3f | %6.3f | %6.3f |\n", what, kind, s.median, s.p95,
                s.p99, s.max);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int moves = quick ? 300 : 3000;
    const int rounds = quick ? 2 : 5;

    Document doc = board();
    canvas::CanvasView view;
    view.resize(kViewport);
    view.setDocument(&doc);
    // The canvas point at the middle of the board sits at the middle of the view.
    const QPointF middle(kColumns * 160 / 2.0, (kObjects / kColumns) * 110 / 2.0);
    view.setView(kZoom, QPointF(800, 500) - middle * kZoom);
    const canvas::SnapTargets targets = view.snapTargets({});
    std::printf("%d objects, zoom %.2f: %lld snap targets in view\n\n", kObjects, kZoom,
                qlonglong(targets.boxes.size()));
    if (targets.boxes.isEmpty())
        qFatal("no snap targets: the view shows more than snapTargets keeps");

    std::printf("snapBox per pointer move, ms (%d moves per round)\n\n", moves);
    std::printf("| %-38s | %-9s | %6s | %6s | %6s | %6s |\n|---|---|---:|---:|---:|---:|\n",
                "round", "box", "median", "p95", "p99", "max");
    const QRectF small(middle, QSizeF(120, 70));
    const QRectF tall(QPointF(middle.x(), middle.y() - 500 / kZoom), QSizeF(120, 1000 / kZoom));
    for (int r = 1; r <= rounds; ++r) {
        int snapped = 0;
        const Stats s = summarize(snapMoves(small, targets, moves, &snapped));
        const Stats t = summarize(snapMoves(tall, targets, moves, &snapped));
        char name[64];
        std::snprintf(name, sizeof name, "round %d (%d%% of moves snapped)", r,
                      snapped * 100 / (2 * moves));
        row(name, "one shape", s);
        row(name, "column", t);
    }

    std::printf("\nThe real canvas: a pointer move of a drag, ms, snapping on and off in turns; "
                "the press takes the targets\n\n");
    std::printf("| %-38s | %-9s | %6s | %6s | %6s | %6s |\n|---|---|---:|---:|---:|---:|\n",
                "round (press ms)", "snapping", "median", "p95", "p99", "max");
    const QString id =
        QStringLiteral("r%1").arg((kObjects / kColumns / 2) * kColumns + kColumns / 2);
    for (int r = 1; r <= rounds; ++r) {
        for (bool on : {true, false}) {
            view.setSnapping(on);
            const auto [press, ms] = drag(view, id, moves / 3);
            char name[64];
            std::snprintf(name, sizeof name, "round %d (press %.2f ms)", r, press);
            row(name, on ? "on" : "off", summarize(ms));
        }
    }
    return 0;
}
