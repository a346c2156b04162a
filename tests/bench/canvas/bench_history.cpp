// SPDX-License-Identifier: Apache-2.0
// History benchmark (issue 16): a local drawing with 100,000 commits and 20,000 objects in the
// store. Times, in the real window (offscreen): opening the History panel (the log read from
// the store, the timeline and the list built); moving the scrubber to a random revision with
// nothing built in memory (cold: a fresh window per sample), first before the store keeps any
// checkpoint, then with the checkpoints an earlier window left in the store; and with its
// checkpoints built (warm); each until the canvas has repainted.
//
//   QT_QPA_PLATFORM=offscreen bench_history [--commits N] [--objects N] [--samples N]
#include "app_context.h"
#include "client/local_store.h"
#include "history/history_model.h"
#include "history/history_panel.h"
#include "history/history_source.h"
#include "main_window.h"
#include "timing_stats.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QListView>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>
#include <vector>

using namespace inkboard;
using namespace inkboard::app;

namespace {

// 20,000 rects made by the first commits (10 a commit), then moves and restyles of 1-3
// objects a commit, by three authors, 20 s apart (so that sessions form every few hours).
bool writeDrawing(const QString &storePath, const QString &id, int commits, int objects)
{
    QString error;
    auto store =
        sync::LocalStore::open(storePath, &error, sync::LocalStore::Durability::ProcessCrash);
    if (!store || !store->createDrawing(sync::DrawingRecord::local(id, "History bench"))) {
        std::fprintf(stderr, "store: %s\n", qPrintable(error));
        return false;
    }
    QRandomGenerator rng(16);
    Document doc;
    QList<sync::HistoryRecord> batch;
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-qint64(commits) * 20);
    const double side = std::sqrt(double(objects)) * 200;
    int made = 0;
    int opNo = 0;
    for (int r = 1; r <= commits; ++r) {
        sync::HistoryRecord c;
        c.revision = r;
        const int author = int(rng.bounded(3));
        c.authorId = author == 0 ? QString() : QStringLiteral("user%1").arg(author);
        c.authorName = author == 0 ? QString() : QStringLiteral("Peer %1").arg(author);
        c.clientId = "bench";
        c.createdAt = start.addSecs(qint64(r) * 20);
        if (made < objects) {
            for (int k = 0; k < 10 && made < objects; ++k, ++made)
                c.ops.append(Op::create(QStringLiteral("op%1").arg(++opNo),
                                        QStringLiteral("o%1").arg(made), ObjectType::Rect,
                                        {{"x", rng.bounded(side)},
                                         {"y", rng.bounded(side)},
                                         {"w", 40 + rng.bounded(120.0)},
                                         {"h", 30 + rng.bounded(90.0)},
                                         {"stroke_color", "#1e1e1eff"}}));
        } else {
            const int n = 1 + int(rng.bounded(3));
            const bool move = rng.bounded(4) != 0;
            for (int k = 0; k < n; ++k) {
                const QString oid = QStringLiteral("o%1").arg(rng.bounded(objects));
                c.ops.append(move ? Op::update(QStringLiteral("op%1").arg(++opNo), oid,
                                               {{"x", rng.bounded(side)}, {"y", rng.bounded(side)}})
                                  : Op::update(QStringLiteral("op%1").arg(++opNo), oid,
                                               {{"stroke_color",
                                                 rng.bounded(2) ? "#e03131ff" : "#1971c2ff"}}));
            }
        }
        doc.apply(c.ops);
        batch.append(c);
        if (batch.size() == 5000 || r == commits) {
            if (!store->appendHistory(id, batch)) {
                std::fprintf(stderr, "store: %s\n", qPrintable(store->lastError()));
                return false;
            }
            batch.clear();
        }
    }
    const auto all = doc.objects().values();
    return store->replaceConfirmed(id, commits, all, {});
}

struct Open
{
    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;
    history::HistoryPanel *panel = nullptr;
    double openMs = 0;

    Open(const QString &profile, const QString &id)
    {
        QString error;
        context = AppContext::open(profile, &error);
        window = std::make_unique<MainWindow>(context.get());
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        window->openDrawing(id);
        window->resize(1600, 1000);
        window->show();
        QCoreApplication::processEvents();
        panel = window->historyPanel();
        QElapsedTimer t;
        t.start();
        window->action("view.history")->trigger();
        QCoreApplication::processEvents();
        panel->list()->repaint();
        openMs = double(t.nsecsElapsed()) / 1e6;
    }
    ~Open() { window->close(); }

    // Lets idle time build every checkpoint and the panel write those it keeps; how long the
    // event loop was busy with it (the idle delays not counted) and its longest turn.
    std::pair<double, double> warmUpAndStore()
    {
        history::HistorySource *source = panel->source();
        QElapsedTimer t;
        double busy = 0;
        double longest = 0;
        while (source->isWarmingUp() || source->hasCheckpointsToStore()) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
            t.start();
            QCoreApplication::processEvents();
            const double turn = double(t.nsecsElapsed()) / 1e6;
            busy += turn;
            longest = std::max(longest, turn);
        }
        return {busy, longest};
    }

    double scrubTo(qint64 revision)
    {
        QElapsedTimer t;
        t.start();
        panel->showRevision(revision);
        window->canvas()->repaint();
        return double(t.nsecsElapsed()) / 1e6;
    }
};

void print(const char *what, const std::vector<double> &ms)
{
    const bench::Stats s = bench::summarize(ms);
    std::printf("%-28s n=%-4zu median %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms\n", what,
                ms.size(), s.median, s.p95, s.p99, s.max);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCommandLineParser parser;
    parser.addOption({"commits", "commits in the log", "N", "100000"});
    parser.addOption({"objects", "objects in the drawing", "N", "20000"});
    parser.addOption({"samples", "cold samples (a fresh window each)", "N", "10"});
    parser.addHelpOption();
    parser.process(app);
    const int commits = parser.value("commits").toInt();
    const int objects = parser.value("objects").toInt();
    const int samples = parser.value("samples").toInt();

    QTemporaryDir profile;
    const QString id = "history-bench";
    QElapsedTimer t;
    t.start();
    if (!writeDrawing(profile.filePath("drawings.inkboard-store"), id, commits, objects))
        return 1;
    std::printf("drawing: %d commits, %d objects, written in %.1f s\n", commits, objects,
                double(t.elapsed()) / 1000);

    QRandomGenerator rng(7);
    std::vector<double> open, coldFirst, cold, warm;
    for (int i = 0; i < samples; ++i) {
        // Nothing kept in the store yet: a profile of its own each time.
        QTemporaryDir fresh;
        if (!QFile::copy(profile.filePath("drawings.inkboard-store"),
                         fresh.filePath("drawings.inkboard-store")))
            return 1;
        Open o(fresh.path(), id);
        open.push_back(o.openMs);
        coldFirst.push_back(o.scrubTo(1 + qint64(rng.bounded(commits))));
    }
    {
        Open o(profile.path(), id);
        const auto [busy, longest] = o.warmUpAndStore();
        std::printf("checkpoints: built and stored in idle time, the event loop busy %.0f ms, "
                    "its longest turn %.0f ms\n",
                    busy, longest);
    }
    for (int i = 0; i < samples; ++i) {
        Open o(profile.path(), id);
        open.push_back(o.openMs);
        cold.push_back(o.scrubTo(1 + qint64(rng.bounded(commits))));
    }
    {
        Open o(profile.path(), id);
        o.warmUpAndStore(); // every checkpoint built
        for (int i = 0; i < 500; ++i)
            warm.push_back(o.scrubTo(1 + qint64(rng.bounded(commits))));
        // A drag: 300 steps of one revision around the middle.
        std::vector<double> drag;
        for (int i = 0; i < 300; ++i)
            drag.push_back(o.scrubTo(commits / 2 + i));
        print("open panel", open);
        print("scrub, cold, none stored", coldFirst);
        print("scrub, cold (first move)", cold);
        print("scrub, warm (random)", warm);
        print("scrub, warm (drag step)", drag);
    }
    return 0;
}
