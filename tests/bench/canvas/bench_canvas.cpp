// SPDX-License-Identifier: Apache-2.0
// Canvas benchmark: frame times of pan and zoom over drawings of 10,000 and 50,000 objects,
// the time to open a 100,000-object drawing from the local store, and memory per 10,000
// objects. Frames are painted by the real CanvasView into a raster image the size of a
// window's canvas (what the xcb backing store gets), offscreen.
//
//   QT_QPA_PLATFORM=offscreen bench_canvas [--quick] [--open] [--strokes]
#include "canvas_view.h"
#include "client/local_store.h"
#include "client/sync_session.h"
#include "geometry.h"
#include "model/z_order.h"
#include "op_target.h"
#include "renderer.h"
#include "scene_index.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <malloc.h>
#include <vector>

using namespace inkboard;

namespace {

const QSize kViewport(1600, 1000);

// A whiteboard-like mix: shapes, pen strokes of ~40 points, lines, arrows and some text,
// spread so that the density stays that of a busy board (about 1 object per 200x200 units).
QList<Object> makeObjects(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    const double side = std::sqrt(double(n)) * 200;
    const auto keys = keysBetween(QString(), QString(), n).value();
    QList<Object> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        const double x = rng.bounded(side), y = rng.bounded(side);
        QJsonObject p{
            {"x", x}, {"y", y}, {"z", keys[i]}, {"stroke_color", "#1e1e1eff"}, {"stroke_width", 2}};
        ObjectType type;
        const int kind = rng.bounded(10);
        if (kind < 3) {
            type = ObjectType::Stroke;
            QJsonArray pts;
            double px = 0, py = 0;
            for (int k = 0; k < 40; ++k) {
                px += rng.bounded(12.0) - 4;
                py += rng.bounded(12.0) - 6;
                pts.append(px);
                pts.append(py);
                pts.append(0.5);
            }
            p.insert("points", pts);
        } else if (kind < 6) {
            type = kind == 5 ? ObjectType::Ellipse : ObjectType::Rect;
            p.insert("w", 40 + rng.bounded(120.0));
            p.insert("h", 30 + rng.bounded(90.0));
            if (kind == 4)
                p.insert("fill_color", "#a5d8ffff");
        } else if (kind < 8) {
            type = kind == 6 ? ObjectType::Line : ObjectType::Arrow;
            p.insert("points", QJsonArray{0, 0, rng.bounded(150.0) - 75, rng.bounded(150.0) - 75});
        } else {
            type = ObjectType::Text;
            p.insert("text",
                     kind == 8 ? QStringLiteral("A note") : QStringLiteral("Two lines\nof text"));
            p.insert("font_size", 20);
        }
        out.append(Object{QStringLiteral("o%1").arg(i), type, p});
    }
    return out;
}

struct Stats
{
    double median = 0, p95 = 0, max = 0;
    int objectsPainted = 0;
};

Stats summarize(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Stats s;
    s.median = ms[ms.size() / 2];
    s.p95 = ms[std::min(ms.size() - 1, size_t(ms.size() * 0.95))];
    s.max = ms.back();
    return s;
}

double frame(canvas::CanvasView &view, QImage &target)
{
    QElapsedTimer t;
    t.start();
    view.render(&target);
    return t.nsecsElapsed() / 1e6;
}

// Bytes the heap has handed out (glibc): memory growth that page-level RSS can hide.
qint64 heapBytes()
{
    return qint64(mallinfo2().uordblks);
}

void printRow(const char *what, int n, const Stats &s, int visible)
{
    std::printf("| %-34s | %7d | %8d | %7.2f | %7.2f | %7.2f |\n", what, n, visible, s.median,
                s.p95, s.max);
}

void benchFrames(int n, int frames)
{
    Document doc;
    for (const Object &o : makeObjects(n, 42))
        doc.put(o);
    canvas::CanvasView view;
    view.resize(kViewport);
    view.setDocument(&doc);
    QImage target(kViewport, QImage::Format_ARGB32_Premultiplied);
    const QRectF all = view.scene().bounds();
    const QPointF center = all.center();

    auto run = [&](const char *name, double zoom, QPointF step) {
        view.setView(zoom,
                     QPointF(kViewport.width() / 2.0, kViewport.height() / 2.0) - center * zoom);
        frame(view, target); // warm-up
        std::vector<double> ms;
        for (int i = 0; i < frames; ++i) {
            view.setView(zoom, view.offset() + step);
            ms.push_back(frame(view, target));
        }
        printRow(name, n, summarize(ms),
                 int(view.scene().itemsIn(view.visibleCanvasRect()).size()));
    };
    run("pan at 100 %", 1.0, QPointF(7, 3));
    run("pan at 25 %", 0.25, QPointF(7, 3));
    // Zoom about the center from 200 % down to the whole drawing and back.
    {
        std::vector<double> ms;
        double zoom = 2.0;
        const double fit =
            std::min(kViewport.width() / all.width(), kViewport.height() / all.height());
        const double factor = std::pow(fit / 2.0, 1.0 / (frames / 2));
        int maxVisible = 0;
        for (int i = 0; i < frames; ++i) {
            zoom *= i < frames / 2 ? factor : 1 / factor;
            view.setView(zoom, QPointF(kViewport.width() / 2.0, kViewport.height() / 2.0) -
                                   center * zoom);
            ms.push_back(frame(view, target));
            maxVisible =
                std::max(maxVisible, int(view.scene().itemsIn(view.visibleCanvasRect()).size()));
        }
        printRow("sharp frames, 200 % -> fit -> 200 %", n, summarize(ms), maxVisible);
    }
    // The same zoom as a wheel or pinch gesture does it (zoomAbout): frames scale the cached
    // drawing; the sharp frame above follows once the gesture pauses.
    {
        view.setView(2.0,
                     QPointF(kViewport.width() / 2.0, kViewport.height() / 2.0) - center * 2.0);
        frame(view, target);
        std::vector<double> ms;
        const double fit =
            std::min(kViewport.width() / all.width(), kViewport.height() / all.height());
        const double factor = std::pow(fit / 2.0, 1.0 / (frames / 2));
        int maxVisible = 0;
        for (int i = 0; i < frames; ++i) {
            maxVisible =
                std::max(maxVisible, int(view.scene().itemsIn(view.visibleCanvasRect()).size()));
            view.zoomAbout(i < frames / 2 ? factor : 1 / factor,
                           QPointF(kViewport.width() / 2.0, kViewport.height() / 2.0));
            ms.push_back(frame(view, target));
        }
        printRow("zoom gesture 200 % -> fit -> 200 %", n, summarize(ms), maxVisible);
    }
    // The gesture pauses zoomed out: the sharp frame is painted in slices on the event loop.
    {
        const double fit =
            std::min(kViewport.width() / all.width(), kViewport.height() / all.height());
        view.zoomAbout(fit / view.zoom(),
                       QPointF(kViewport.width() / 2.0, kViewport.height() / 2.0));
        frame(view, target);
        QElapsedTimer total;
        total.start();
        view.finishZoomGesture();
        std::vector<double> ms;
        while (view.isRefining()) {
            QElapsedTimer t;
            t.start();
            QCoreApplication::processEvents();
            frame(view, target); // a frame between slices (scaled until the sharp one is done)
            ms.push_back(t.nsecsElapsed() / 1e6);
        }
        const double totalMs = total.nsecsElapsed() / 1e6;
        Stats st = summarize(ms);
        printRow("event-loop turns while refining", n, st,
                 int(view.scene().itemsIn(view.visibleCanvasRect()).size()));
        std::printf("|   (sharp after %.0f ms in %zu turns) | | | | | |\n", totalMs, ms.size());
    }
    view.zoomToFit();
    {
        std::vector<double> ms;
        for (int i = 0; i < frames; ++i) {
            view.setView(view.zoom(), view.offset() + QPointF(i % 2 ? 5 : -5, 0));
            ms.push_back(frame(view, target));
        }
        printRow("pan zoomed out to fit (>= 5 %)", n, summarize(ms),
                 int(view.scene().itemsIn(view.visibleCanvasRect()).size()));
    }
    // Edits while zoomed out: one object moves per frame (a remote peer's drag, say).
    {
        QRandomGenerator rng(3);
        std::vector<double> ms;
        for (int i = 0; i < frames; ++i) {
            const QString id = QStringLiteral("o%1").arg(rng.bounded(n));
            const Object *o = doc.find(id);
            doc.apply(Op::update(QStringLiteral("e%1").arg(i), id,
                                 {{"x", o->number(QLatin1String("x")) + 40}}));
            QElapsedTimer t;
            t.start();
            view.objectsChanged({id});
            view.render(&target);
            ms.push_back(t.nsecsElapsed() / 1e6);
        }
        printRow("an edit per frame, zoomed out to fit", n, summarize(ms),
                 int(view.scene().itemsIn(view.visibleCanvasRect()).size()));
    }
}

void benchOpen(int n)
{
    QTemporaryDir dir;
    QString error;
    auto store = sync::LocalStore::open(dir.filePath("bench.inkboard-store"), &error);
    if (!store)
        qFatal("%s", qPrintable(error));
    store->createDrawing(sync::DrawingRecord::local("big", "Big"));
    const QList<Object> objects = makeObjects(n, 7);
    store->replaceConfirmed("big", 1, objects, {});

    QElapsedTimer t;
    t.start();
    sync::SyncSession session(store.get(), "big");
    const double loaded = t.nsecsElapsed() / 1e6;
    canvas::CanvasView view;
    view.resize(kViewport);
    view.setDocument(&session.replica().visible());
    const double indexed = t.nsecsElapsed() / 1e6;
    view.zoomToFit();
    QImage target(kViewport, QImage::Format_ARGB32_Premultiplied);
    view.render(&target);
    const double painted = t.nsecsElapsed() / 1e6;
    std::printf("| open %d objects from the local store | %8.0f ms | %8.0f ms | %8.0f ms |\n", n,
                loaded, indexed - loaded, painted - indexed);
    std::printf("  (total %.0f ms to the first frame)\n", painted);
}

void benchMemory(int n)
{
    const qint64 base = heapBytes();
    auto *doc = new Document;
    for (const Object &o : makeObjects(n, 9))
        doc->put(o);
    const qint64 afterDoc = heapBytes();
    auto *scene = new canvas::SceneIndex;
    scene->reset(*doc);
    const qint64 afterScene = heapBytes();
    std::printf("| memory per %d objects | document (objects, props) %.1f MiB | canvas index and "
                "geometry %.1f MiB |\n",
                n, (afterDoc - base) / 1048576.0, (afterScene - afterDoc) / 1048576.0);
    delete scene;
    delete doc;
}

volatile double g_sink = 0; // keeps the timed loops from being optimized away

// Freehand strokes of 40 points: their outline (computeGeometry, what opening and every edit
// of a stroke pay) and one paint of it at 100 %, per stroke. Pressure rising (a stylus), all
// 0.5 (a mouse: width from speed) and a highlighter.
void benchStrokes()
{
    constexpr int kRounds = 5000;
    // For reference, what a stroke cost before (one width): the smoothed centre line through
    // the points' midpoints, and that path stroked with round caps.
    std::printf(
        "\n| freehand stroke, 40 points | geometry, us per stroke | paint at 100 %%, us per "
        "stroke | before: centre line, geometry / paint, us |\n|---|---:|---:|---:|\n");
    QImage target(kViewport, QImage::Format_ARGB32_Premultiplied);
    for (const char *kind : {"stylus (pressure 0.1 to 1)", "mouse (pressure 0.5)", "highlighter"}) {
        QRandomGenerator rng(5);
        QJsonArray pts;
        double px = 0, py = 0;
        for (int k = 0; k < 40; ++k) {
            px += rng.bounded(12.0) - 4;
            py += rng.bounded(12.0) - 6;
            pts.append(px);
            pts.append(py);
            pts.append(kind[0] == 's' ? 0.1 + 0.9 * k / 39.0 : 0.5);
        }
        QJsonObject p{{"x", 400},          {"y", 400},
                      {"z", "a0"},         {"stroke_color", "#1e1e1eff"},
                      {"stroke_width", 4}, {"points", pts}};
        if (kind[0] == 'h') {
            p.insert("pen", "highlighter");
            p.insert("opacity", 0.4);
            p.insert("stroke_width", 16);
        }
        const Object o{"s", ObjectType::Stroke, p};
        QElapsedTimer t;
        t.start();
        double sink = 0;
        for (int i = 0; i < kRounds; ++i)
            sink += canvas::computeGeometry(o).bounds.width();
        const double geometryUs = t.nsecsElapsed() / 1e3 / kRounds;
        const canvas::Geometry g = canvas::computeGeometry(o);
        const canvas::Renderer renderer;
        QPainter painter(&target);
        painter.setRenderHint(QPainter::Antialiasing);
        t.restart();
        for (int i = 0; i < kRounds; ++i)
            renderer.paint(painter, o, g, QTransform());
        painter.end();
        const double paintUs = t.nsecsElapsed() / 1e3 / kRounds;
        QPainterPath before;
        t.restart();
        for (int i = 0; i < kRounds; ++i) {
            QPainterPath centre;
            centre.moveTo(pts[0].toDouble(), pts[1].toDouble());
            for (qsizetype k = 3; k + 5 < pts.size(); k += 3) {
                const QPointF c(pts[k].toDouble(), pts[k + 1].toDouble());
                const QPointF n(pts[k + 3].toDouble(), pts[k + 4].toDouble());
                centre.quadTo(c, (c + n) / 2);
            }
            sink += centre.boundingRect().width();
            before = centre;
        }
        const double beforeGeometryUs = t.nsecsElapsed() / 1e3 / kRounds;
        painter.begin(&target);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(Qt::black, g.penWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        t.restart();
        for (int i = 0; i < kRounds; ++i) {
            painter.setWorldTransform(g.toCanvas);
            painter.drawPath(before);
        }
        painter.end();
        const double beforePaintUs = t.nsecsElapsed() / 1e3 / kRounds;
        std::printf("| %s | %.1f | %.1f | %.1f / %.1f |\n", kind, geometryUs, paintUs,
                    beforeGeometryUs, beforePaintUs);
        g_sink = sink;
    }
}

} // namespace

// A peer's commit that moves many objects at once (a select-all drag, a big paste): from the
// commit reaching the replica to the next frame painted, the canvas working out what to
// repaint included.
void benchRemoteMove(int n)
{
    canvas::ReplicaTarget target;
    target.load(makeObjects(n, 11));
    canvas::CanvasView view;
    view.resize(kViewport);
    view.setDocument(&target.document());
    QObject::connect(&target, &canvas::ReplicaTarget::objectsChanged, &view,
                     &canvas::CanvasView::objectsChanged);
    view.zoomToFit();
    QImage image(kViewport, QImage::Format_ARGB32_Premultiplied);
    frame(view, image);
    std::vector<double> ms;
    for (int round = 0; round < 5; ++round) {
        OpList ops;
        ops.reserve(n);
        for (const Object &o : target.document().objects())
            ops.append(
                Op::update(canvas::newId(), o.id, {{"x", o.number(QLatin1String("x")) + 10}}));
        QElapsedTimer t;
        t.start();
        target.applyRemote(ops);
        frame(view, image);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    const Stats s = summarize(ms);
    std::printf("| a peer moves all %6d objects | %8.1f | %8.1f | %8.1f |\n", n, s.median, s.p95,
                s.max);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const bool quick = app.arguments().contains("--quick");
    const int frames = quick ? 20 : 100;
    if (app.arguments().contains("--open")) { // only the opening, e.g. under a profiler
        std::printf(
            "| what | load (SyncSession) | index (canvas) | first frame |\n|---|---|---|---|\n");
        benchOpen(quick ? 20000 : 100000);
        return 0;
    }
    if (app.arguments().contains("--remote")) { // only a peer's commit of many objects
        std::printf("| commit, to the next frame (ms, 5 commits) | median | p95 | max |\n"
                    "|---|---:|---:|---:|\n");
        for (int n : {1000, 5000, 20000})
            benchRemoteMove(n);
        return 0;
    }
    benchMemory(10000);                          // first, on a fresh heap
    if (app.arguments().contains("--strokes")) { // only the freehand strokes
        benchStrokes();
        return 0;
    }
    std::printf("\nFrame time (ms), viewport %dx%d, raster, %d frames per row\n\n",
                kViewport.width(), kViewport.height(), frames);
    std::printf("| %-34s | %7s | %8s | %7s | %7s | %7s |\n", "scenario", "objects", "in view",
                "median", "p95", "max");
    std::printf("|%s|%s|%s|%s|%s|%s|\n", "------------------------------------", "---------",
                "----------", "---------", "---------", "---------");
    benchFrames(10000, frames);
    benchFrames(50000, frames);
    std::printf(
        "\n| what | load (SyncSession) | index (canvas) | first frame |\n|---|---|---|---|\n");
    benchOpen(quick ? 20000 : 100000);
    benchStrokes();
    std::printf("\n");
    return 0;
}
