// SPDX-License-Identifier: Apache-2.0
// Connector benchmark (issue 14): dragging a shape that 50 bound connectors follow, with the
// real CanvasView and SelectTool (mouse events in, a frame painted per event), against the
// same drag with the connectors unbound, in turns; and opening and panning 50,000 objects of
// which 10,000 are connectors bound to shapes, against the same drawing with them unbound.
//
//   QT_QPA_PLATFORM=offscreen bench_connectors [--quick] [--drag]
#include "canvas_view.h"
#include "connectors/binding.h"
#include "model/z_order.h"
#include "scene_index.h"
#include "timing_stats.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QMouseEvent>
#include <QRandomGenerator>
#include <QtMath>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace inkboard;
using inkboard::bench::Stats;
using inkboard::bench::summarize;

namespace {

const QSize kViewport(1600, 1000);

Object rect(const QString &id, double x, double y, const QString &z)
{
    return Object{id, ObjectType::Rect,
                  QJsonObject{{"x", x},
                              {"y", y},
                              {"w", 120},
                              {"h", 70},
                              {"z", z},
                              {"stroke_width", 2},
                              {"fill_color", "#a5d8ffff"}}};
}

Object arrow(const QString &id, const QString &from, const QString &to, QPointF a, QPointF b,
             const QString &z, bool bound)
{
    QJsonObject p{{"x", a.x()},
                  {"y", a.y()},
                  {"z", z},
                  {"stroke_width", 2},
                  {"points", QJsonArray{0, 0, b.x() - a.x(), b.y() - a.y()}}};
    if (bound) {
        p.insert("start_bind", canvas::Binding{from, 0.5, 0.5}.toJson());
        p.insert("end_bind", canvas::Binding{to, 0.5, 0.5}.toJson());
    }
    return Object{id, ObjectType::Arrow, p};
}

// A hub with 50 shapes around it, each joined to the hub by an arrow.
Document hub(bool bound)
{
    Document d;
    const auto keys = keysBetween(QString(), QString(), 101).value();
    const QPointF c(800, 500);
    d.put(rect("hub", c.x() - 60, c.y() - 35, keys[0]));
    for (int i = 0; i < 50; ++i) {
        const double a = 2 * M_PI * i / 50;
        const QPointF s = c + QPointF(std::cos(a) * 420, std::sin(a) * 420);
        d.put(rect(QStringLiteral("s%1").arg(i), s.x() - 60, s.y() - 35, keys[1 + i]));
        d.put(arrow(QStringLiteral("a%1").arg(i), "hub", QStringLiteral("s%1").arg(i), c, s,
                    keys[51 + i], bound));
    }
    return d;
}

void send(canvas::CanvasView &view, QEvent::Type type, QPointF p, Qt::MouseButtons buttons)
{
    QMouseEvent e(type, p, view.mapToGlobal(p),
                  type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons, {});
    QCoreApplication::sendEvent(&view, &e);
}

// One drag of the hub: a press, `moves` pointer moves each followed by a frame, a release.
// Returns the time of each move plus its frame.
std::vector<double> dragHub(bool bound, int moves)
{
    Document doc = hub(bound);
    canvas::CanvasView view;
    view.resize(kViewport);
    view.setDocument(&doc);
    view.setView(1.0, QPointF(0, 0));
    QImage target(kViewport, QImage::Format_ARGB32_Premultiplied);
    view.render(&target);
    view.setSelection({"hub"});
    const QPointF grab(800, 500);
    send(view, QEvent::MouseButtonPress, grab, Qt::LeftButton);
    std::vector<double> ms;
    ms.reserve(size_t(moves));
    for (int i = 1; i <= moves; ++i) {
        const QPointF p = grab + QPointF(150 * std::sin(i / 20.0), 100 * std::cos(i / 13.0) - 100);
        QElapsedTimer t;
        t.start();
        send(view, QEvent::MouseMove, p, Qt::LeftButton);
        view.render(&target);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    if (bound && view.previewObjects().size() != 51)
        qFatal("the drag previews %lld objects, not the hub and its 50 arrows",
               qlonglong(view.previewObjects().size()));
    send(view, QEvent::MouseButtonRelease, grab, Qt::NoButton);
    return ms;
}

// 50,000 objects: 40,000 shapes on a jittered grid (one per 200x200 units, a busy board) and
// 10,000 arrows, each from a shape to a grid neighbour (right or below), as diagrams join
// shapes that are near each other.
QList<Object> big(bool bound)
{
    QRandomGenerator rng(11);
    constexpr int kShapes = 40000, kArrows = 10000, kColumns = 200;
    const auto keys = keysBetween(QString(), QString(), kShapes + kArrows).value();
    QList<Object> out;
    out.reserve(kShapes + kArrows);
    for (int i = 0; i < kShapes; ++i) {
        const double x = (i % kColumns) * 200 + rng.bounded(40.0);
        const double y = (i / kColumns) * 200 + rng.bounded(40.0);
        out.append(rect(QStringLiteral("r%1").arg(i), x, y, keys[i]));
    }
    auto centre = [&out](int i) {
        return QPointF(out[i].number(QLatin1String("x")) + 60,
                       out[i].number(QLatin1String("y")) + 35);
    };
    for (int i = 0; i < kArrows; ++i) {
        const int from = int(rng.bounded(kShapes - kColumns - 1));
        const int to = rng.bounded(2) ? from + 1 : from + kColumns;
        out.append(arrow(QStringLiteral("c%1").arg(i), out[from].id, out[to].id, centre(from),
                         centre(to), keys[kShapes + i], bound));
    }
    return out;
}

struct OpenResult
{
    double indexMs = 0;
    Stats pan100, panFit;
};

OpenResult openAndPan(bool bound, int frames)
{
    Document doc;
    for (const Object &o : big(bound))
        doc.put(o);
    OpenResult r;
    canvas::CanvasView view;
    view.resize(kViewport);
    QElapsedTimer t;
    t.start();
    view.setDocument(&doc);
    r.indexMs = double(t.nsecsElapsed()) / 1e6;
    QImage target(kViewport, QImage::Format_ARGB32_Premultiplied);
    const QPointF center = view.scene().bounds().center();
    auto pan = [&](double zoom) {
        view.setView(zoom,
                     QPointF(kViewport.width() / 2.0, kViewport.height() / 2.0) - center * zoom);
        view.render(&target);
        std::vector<double> ms;
        for (int i = 0; i < frames; ++i) {
            view.setView(zoom, view.offset() + QPointF(7, 3));
            QElapsedTimer f;
            f.start();
            view.render(&target);
            ms.push_back(double(f.nsecsElapsed()) / 1e6);
        }
        return summarize(ms);
    };
    r.pan100 = pan(1.0);
    view.zoomToFit();
    r.panFit = pan(view.zoom());
    return r;
}

void row(const char *what, const char *kind, const Stats &s)
{
    std::printf("| %-44s | %-7s | %6.2f | %6.2f | %6.2f | %6.2f |\n", what, kind, s.median, s.p95,
                s.p99, s.max);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const bool quick = app.arguments().contains("--quick");
    const int rounds = quick ? 1 : 3;
    const bool dragOnly = app.arguments().contains("--drag"); // e.g. under a profiler
    const int moves = quick ? 100 : 400;
    std::printf("Drag of a shape with 50 connectors: ms per pointer move, its frame included "
                "(%d moves per drag; bound and unbound drags in turns)\n\n",
                moves);
    std::printf("| %-44s | %-7s | %6s | %6s | %6s | %6s |\n|---|---|---:|---:|---:|---:|\n", "run",
                "arrows", "median", "p95", "p99", "max");
    for (int round = 1; round <= rounds; ++round) {
        const QByteArray name = QByteArray("drag, round ") + QByteArray::number(round);
        row(name.constData(), "bound", summarize(dragHub(true, moves)));
        row(name.constData(), "unbound", summarize(dragHub(false, moves)));
    }
    if (dragOnly)
        return 0;
    const int frames = quick ? 20 : 100;
    std::printf("\n50,000 objects (10,000 arrows between shapes): opening the canvas index, ms; "
                "pan frames, ms (%d per row)\n\n",
                frames);
    std::printf("| %-10s | %-7s | %8s | %-26s | %-26s |\n|---|---|---:|---|---|\n", "run", "arrows",
                "index", "pan 100 % median / p95", "pan fit median / p95");
    for (int round = 1; round <= (quick ? 1 : 2); ++round) {
        for (bool bound : {true, false}) {
            const OpenResult r = openAndPan(bound, frames);
            std::printf("| round %-4d | %-7s | %8.0f | %10.2f / %-13.2f | %10.2f / %-13.2f |\n",
                        round, bound ? "bound" : "unbound", r.indexMs, r.pan100.median,
                        r.pan100.p95, r.panFit.median, r.panFit.p95);
        }
    }
    return 0;
}
