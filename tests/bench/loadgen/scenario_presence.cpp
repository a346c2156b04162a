// SPDX-License-Identifier: Apache-2.0
#include "clock.h"
#include "proc_stats.h"
#include "scenarios.h"
#include "stats.h"
#include "subscriber_group.h"
#include "worker_pool.h"

#include <QTimer>
#include <atomic>
#include <memory>

namespace inkboard::bench {

namespace {

// The leader's presence names its sequence number in "editing" (an object id): the only
// field a relayed frame carries verbatim that a scan can find without parsing the frame.
constexpr QByteArrayView kLeadMarker = "\"editing\":\"lead-";

QByteArray presenceFrame(qint64 seq, int participant, bool leader)
{
    // A viewport that moves (as a pan does) and a cursor inside it: the presence a follower's
    // app sends every 50-100 ms while its user pans.
    const qint64 x = (seq * 7 + participant * 13) % 4000;
    QByteArray frame = "{\"type\":\"presence\",\"cursor\":{\"x\":" + QByteArray::number(x + 400) +
                       ",\"y\":300},\"selection\":[],\"editing\":";
    frame += leader ? "\"lead-" + QByteArray::number(seq) + "\"" : QByteArray("null");
    frame += ",\"preview\":null,\"viewport\":{\"x\":" + QByteArray::number(x) +
             ",\"y\":0,\"w\":1600,\"h\":1000}}";
    return frame;
}

qint64 leadSeq(QByteArrayView frame)
{
    const qsizetype at = frame.indexOf(kLeadMarker);
    if (at < 0)
        return -1;
    qint64 seq = 0;
    for (qsizetype i = at + kLeadMarker.size(); i < frame.size(); ++i) {
        const char c = frame[i];
        if (c < '0' || c > '9')
            return c == '"' ? seq : -1;
        seq = seq * 10 + (c - '0');
    }
    return -1;
}

} // namespace

// Presence of a meeting: --subscribers participants in one drawing, each sending presence with
// a viewport --presence-hz times a second; participant 0 leads. Its viewport's lag is the time
// from its frame being written to each other participant reading the relayed frame (what a
// follower's view waits for before it animates there); bytes are what each participant reads
// and writes a second; server CPU is measured over the same window.
Result runPresence(Context &ctx)
{
    const Options &o = ctx.options();
    Result r = ctx.newResult(QStringLiteral("presence"));
    r.params.insert(QStringLiteral("participants"), o.subscribers);
    r.params.insert(QStringLiteral("presence_hz"), o.presenceHz);
    r.params.insert(QStringLiteral("duration_s"), o.durationS);
    QString error;
    const QStringList drawings = ctx.createDrawings(1, QStringLiteral("meet"), &error);
    if (drawings.isEmpty()) {
        r.problems << error;
        return r;
    }
    const QString drawing = drawings.first();
    const qint64 maxSeq = qint64((o.durationS + o.warmupS + 5) * o.presenceHz) + 16;

    SubscriberShared shared;
    std::vector<std::atomic<qint64>> leadSentNs(std::size_t(maxSeq + 1));
    std::atomic<bool> measuring{false};
    std::atomic<qint64> bytesIn{0};
    std::atomic<qint64> bytesOut{0};
    std::atomic<qint64> framesIn{0};
    std::atomic<qint64> leadFramesSent{0};
    WorkerPool pool(o.threads);
    // Per worker: (when the leader sent it, lag), of every leader frame read.
    std::vector<std::vector<std::pair<qint64, qint64>>> lags(std::size_t(pool.size()));
    std::atomic<qint64> windowStartNs{0};
    std::atomic<qint64> windowEndNs{0};
    std::vector<SubscriberGroup *> groups(std::size_t(pool.size()), nullptr);
    std::vector<QTimer *> tickers(std::size_t(pool.size()), nullptr);

    pool.runAll([&](int w) {
        std::vector<SubscriberGroup::Target> targets;
        for (int i = w; i < o.subscribers; i += pool.size())
            targets.push_back({ctx.wsEndpoint(i), ctx.wsPath(drawing)});
        auto *g = new SubscriberGroup(std::move(targets), o.connectConcurrency, ctx.limits(),
                                      &shared, pool.context(w));
        g->onFrame = [&, w](int, QByteArrayView frame, qint64 receivedNs, qint64) {
            if (measuring.load(std::memory_order_relaxed)) {
                bytesIn.fetch_add(frame.size(), std::memory_order_relaxed);
                framesIn.fetch_add(1, std::memory_order_relaxed);
            }
            const qint64 seq = leadSeq(frame);
            if (seq < 0 || seq > maxSeq)
                return;
            const qint64 sent = leadSentNs[std::size_t(seq)].load(std::memory_order_acquire);
            if (sent > 0)
                lags[std::size_t(w)].push_back({sent, receivedNs - sent});
        };
        groups[std::size_t(w)] = g;
        // Each worker sends for its participants on one timer, spread over the period so that
        // the server sees a steady stream rather than bursts.
        auto *ticker = new QTimer(pool.context(w));
        ticker->setTimerType(Qt::PreciseTimer);
        ticker->setInterval(std::max(1, int(1000.0 / o.presenceHz)));
        auto seq = std::make_shared<qint64>(0);
        QObject::connect(ticker, &QTimer::timeout, ticker, [&, w, g, seq] {
            const qint64 s = ++*seq;
            for (int k = 0; k < g->size(); ++k) {
                const int participant = w + k * pool.size();
                const bool leader = participant == 0;
                const QByteArray frame = presenceFrame(s, participant, leader);
                if (leader && s <= maxSeq)
                    leadSentNs[std::size_t(s)].store(nowNs(), std::memory_order_release);
                const qsizetype n = g->sendText(k, frame);
                if (measuring.load(std::memory_order_relaxed)) {
                    bytesOut.fetch_add(n, std::memory_order_relaxed);
                    if (leader && n > 0)
                        leadFramesSent.fetch_add(1, std::memory_order_relaxed);
                }
            }
        });
        tickers[std::size_t(w)] = ticker;
    });
    pool.runAll([&](int w) { groups[std::size_t(w)]->openAll(); });
    const qint64 connectStart = nowNs();
    if (!spinUntil([&] { return shared.hellos + shared.refused >= o.subscribers; }, 120000)) {
        r.problems << QStringLiteral("only %1 of %2 participants got a hello in 120 s")
                          .arg(shared.hellos.load())
                          .arg(o.subscribers);
    }
    r.figures.insert(QStringLiteral("connect_s"), double(nowNs() - connectStart) / 1e9);
    if (shared.refused > 0) {
        r.problems << QStringLiteral("%1 participants refused (last code %2)")
                          .arg(shared.refused.load())
                          .arg(shared.lastCloseCode.load());
    }
    for (int w = 0; w < pool.size(); ++w) {
        // Offsets spread the workers' ticks over the period.
        const int offset = int(1000.0 / o.presenceHz * w / pool.size());
        pool.post(w, [ticker = tickers[std::size_t(w)], offset] {
            QTimer::singleShot(offset, ticker, [ticker] { ticker->start(); });
        });
    }
    spinFor(qint64(o.warmupS * 1000));
    CpuMeter cpu(ctx.serverPid());
    windowStartNs = nowNs();
    measuring = true;
    cpu.start();
    spinFor(qint64(o.durationS * 1000));
    cpu.stop();
    measuring = false;
    windowEndNs = nowNs();
    spinFor(500); // the frames of the window's last ticks arrive
    pool.runAll([&](int w) {
        tickers[std::size_t(w)]->stop();
        groups[std::size_t(w)]->closeAll();
    });
    r.addCpu(cpu);

    std::vector<qint64> all;
    // The leader's frames sent within the window, wherever they were read.
    for (const auto &v : lags) {
        for (const auto &[sent, lag] : v) {
            if (sent >= windowStartNs && sent <= windowEndNs)
                all.push_back(lag);
        }
    }
    const qint64 expected = leadFramesSent.load() * (o.subscribers - 1);
    const Summary lag = summarize(all);
    const double seconds = cpu.wallSeconds();
    const double inPerParticipant = double(bytesIn.load()) / seconds / o.subscribers;
    const double outPerParticipant = double(bytesOut.load()) / seconds / o.subscribers;
    r.figures.insert(QStringLiteral("leader_lag"), lag.toJson());
    r.figures.insert(QStringLiteral("leader_frames_expected"), expected);
    r.figures.insert(QStringLiteral("leader_frames_seen"), qint64(all.size()));
    r.figures.insert(QStringLiteral("frames_in_per_s"), double(framesIn.load()) / seconds);
    r.figures.insert(QStringLiteral("bytes_in_per_participant_s"), inPerParticipant);
    r.figures.insert(QStringLiteral("bytes_out_per_participant_s"), outPerParticipant);
    r.figures.insert(QStringLiteral("bad_frames"), shared.badFrames.load());
    r.figures.insert(QStringLiteral("dropped"), shared.dropped.load());
    if (shared.badFrames > 0)
        r.problems << QStringLiteral("%1 frames refused by the protocol parser")
                          .arg(shared.badFrames.load());
    if (shared.dropped > 0)
        r.problems << QStringLiteral("%1 participants closed by the server (last code %2)")
                          .arg(shared.dropped.load())
                          .arg(shared.lastCloseCode.load());
    if (all.empty())
        r.problems << QStringLiteral("no presence of the leader reached a participant");
    // Presence is best effort (PROTOCOL.md §5): what was dropped is shown, not a failure.
    r.addRow(QStringLiteral("leader's viewport -> participants p50 / p99, %1 participants, %2 Hz")
                 .arg(o.subscribers)
                 .arg(fmt(o.presenceHz, 1)),
             QStringLiteral("%1 / %2 (%3 of %4 frames seen)")
                 .arg(fmtMs(lag.p50), fmtMs(lag.p99))
                 .arg(all.size())
                 .arg(expected),
             QStringLiteral("p99 <= 150 ms"), std::optional<bool>(!all.empty() && lag.p99 <= 150));
    if (const auto cores = cpu.serverCores()) {
        r.addRow(QStringLiteral("server CPU per participant"),
                 QStringLiteral("%1 ms/s (%2 cores in all)")
                     .arg(fmt(*cores * 1000 / o.subscribers, 2), fmt(*cores, 2)));
    }
    r.addRow(QStringLiteral("bytes per participant per second, in / out"),
             QStringLiteral("%1 / %2").arg(fmt(inPerParticipant), fmt(outPerParticipant)));
    return r;
}

} // namespace inkboard::bench
