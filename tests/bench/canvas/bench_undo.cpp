// SPDX-License-Identifier: Apache-2.0
// What keeping the undo history on disk (sync::UndoJournal, wired as the app's DrawingSession
// does) adds to an edit: EditHistory::perform of a one-object move into an in-memory target,
// with and without the journal, in alternating rounds of one run, so both sides share the
// machine's state. Plain executable: prints a table (docs/BENCHMARKS.md, "Undo that survives").
// Usage: bench_undo [--quick] [FOLDER for the journal file; default: a temporary folder]
#include "client/undo_journal.h"
#include "edit_history.h"
#include "op_target.h"
#include "timing_stats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>

using namespace inkboard;
using namespace inkboard::canvas;

namespace {

// Per edit: perform() (what the edit waits for), and the journal's write that follows on the
// next turn of the event loop.
std::vector<double> run(EditHistory &history, ReplicaTarget &target, int edits, int &x,
                        sync::UndoJournal *journal, std::vector<double> &writes)
{
    std::vector<double> ms;
    ms.reserve(size_t(edits));
    QElapsedTimer t;
    for (int i = 0; i < edits; ++i) {
        const OpList ops{Op::update(newId(), QStringLiteral("r"), {{"x", ++x}})};
        t.start();
        history.perform(ops, QStringLiteral("Move"));
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        if (journal) {
            t.start();
            journal->flush();
            writes.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        if (i % 256 == 0)
            target.acknowledgePending(); // as the server would: the replica stays small
    }
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    QString folder;
    for (const QString &a : args.mid(1)) {
        if (!a.startsWith(u'-'))
            folder = a;
    }
    QTemporaryDir scratch(folder.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench_undo-XXXXXX")
                                           : folder + QStringLiteral("/bench_undo-XXXXXX"));
    QString error;
    auto journal = sync::UndoJournal::open(scratch.filePath(QStringLiteral("store.undo")), &error);
    if (!journal) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    ReplicaTarget target;
    target.load({Object{QStringLiteral("r"), ObjectType::Rect,
                        QJsonObject{{"x", 0}, {"y", 0}, {"w", 10}, {"h", 10}, {"z", "a0"}}}});
    EditHistory plain;
    EditHistory kept;
    const QString drawing = QStringLiteral("bench");
    QObject::connect(&kept, &EditHistory::stepAdded,
                     [&](const EditHistory::Step &s, qint64 keepFrom) {
                         journal->push(drawing, {s.seq, s.text, s.payload}, keepFrom);
                     });
    QObject::connect(&kept, &EditHistory::stepChanged, [&](const EditHistory::Step &s) {
        journal->replace(drawing, {s.seq, s.text, s.payload});
    });
    const int rounds = quick ? 1 : 5;
    const int edits = quick ? 200 : 2000;
    int x = 0;
    std::printf("EditHistory::perform of a one-object move, ms per edit (%d edits per round; "
                "journal in %s)\n\n",
                edits, qPrintable(scratch.path()));
    std::printf(
        "| round | undo history | median | p95 | p99 | max |\n|---|---|---:|---:|---:|---:|\n");
    for (int r = 1; r <= rounds; ++r) {
        for (const bool onDisk : {false, true}) {
            EditHistory &h = onDisk ? kept : plain;
            h.setTarget(&target);
            std::vector<double> writes;
            const bench::Stats s = bench::summarize(
                run(h, target, edits, x, onDisk ? journal.get() : nullptr, writes));
            std::printf("| %d | %s | %.4f | %.4f | %.4f | %.3f |\n", r,
                        onDisk ? "kept on disk: the edit" : "in memory only", s.median, s.p95,
                        s.p99, s.max);
            if (onDisk) {
                const bench::Stats w = bench::summarize(writes);
                std::printf("| %d | kept on disk: its write, next loop turn | %.4f | %.4f | %.4f | "
                            "%.3f |\n",
                            r, w.median, w.p95, w.p99, w.max);
            }
            h.setTarget(nullptr);
        }
    }
    return 0;
}
