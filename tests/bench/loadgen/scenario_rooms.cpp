// SPDX-License-Identifier: Apache-2.0
#include "clock.h"
#include "commit_io.h"
#include "frame_scan.h"
#include "http_connection.h"
#include "op_maker.h"
#include "protocol/push_messages.h"
#include "scenarios.h"
#include "stats.h"
#include "worker_pool.h"
#include "ws_connection.h"

#include <QMutex>
#include <QTimer>

namespace inkboard::bench {

namespace {

struct RoomsShared
{
    std::atomic<bool> stop{false};
    std::atomic<int> ready{0};
    std::atomic<int> refused{0};
    std::atomic<int> activeWriters{0};
    std::atomic<qint64> retries{0};
    std::atomic<qint64> outOfOrder{0};
    std::atomic<qint64> failures{0};
    std::atomic<qint64> badFrames{0};
    QMutex errorMutex;
    QString firstError;

    void fail(const QString &error)
    {
        ++failures;
        QMutexLocker lock(&errorMutex);
        if (firstError.isEmpty())
            firstError = error;
    }
};

// One room: a writer following PROTOCOL.md §6 (pending edits, one POST in flight carrying
// everything that queued meanwhile) and a reader on the room's WebSocket. Both live in the
// same worker thread, so the edit times the writer keeps and the arrival times the reader
// keeps need no lock.
class Room : public QObject
{
public:
    Room(const Endpoint &endpoint, const Endpoint &wsEndpoint, const QByteArray &wsPath,
         QString drawingId, int index, int maxOpsPerCommit, Limits limits, RoomsShared *shared,
         QObject *parent)
        : QObject(parent), m_http(new HttpConnection(endpoint, this)),
          m_ws(new WsConnection(wsEndpoint, wsPath, this)), m_target(opsTarget(drawingId)),
          m_clientId(benchClientId(QStringLiteral("room"), index)), m_maker(m_clientId),
          m_maxOps(maxOpsPerCommit), m_limits(limits), m_shared(shared)
    {
        m_editNs.reserve(1 << 16);
        m_ws->onText = [this](QByteArrayView frame, qint64 t) { onFrame(frame, t); };
        m_ws->onClosed = [this](int code, const QString &reason) {
            if (!m_helloSeen)
                ++m_shared->refused;
            else if (!m_shared->stop)
                m_shared->fail(QStringLiteral("reader closed: %1 %2").arg(code).arg(reason));
        };
        m_ws->open();
    }

    // Closed loop: one new edit whenever the last commit is answered.
    void startClosedLoop()
    {
        m_closedLoop = true;
        ++m_shared->activeWriters;
        edit(1);
    }
    // Paced: `count` new edits now (from the thread's ticker).
    void edit(int count)
    {
        if (m_shared->stop)
            return;
        const qint64 t = nowNs();
        for (int i = 0; i < count; ++i)
            m_editNs.push_back(t);
        if (!m_inFlight)
            post();
    }
    void startPaced() { ++m_shared->activeWriters; }
    void stopWriter()
    {
        if (!m_inFlight && !m_stopped) {
            m_stopped = true;
            --m_shared->activeWriters;
        }
    }
    void close()
    {
        m_ws->onClosed = nullptr;
        m_ws->close(1000);
    }

    // revision -> (first edit index, count); arrival time per revision.
    std::vector<std::pair<qint64, int>> commits{{0, 0}};
    std::vector<qint64> arrivals{0};
    std::vector<qint64> m_editNs;

private:
    void post()
    {
        const qint64 pending = qint64(m_editNs.size()) - m_sentUpTo;
        if (pending <= 0)
            return;
        const int n = int(std::min<qint64>(pending, m_maxOps));
        m_batchFirst = m_sentUpTo;
        m_batchCount = n;
        m_sentUpTo += n;
        m_body = commitBody(m_clientId, m_maker.next(n));
        m_inFlight = true;
        send();
    }
    void send()
    {
        m_http->request("POST", m_target, m_body, [this](HttpResponse &&response) {
            const CommitOutcome out = readCommitAnswer(response);
            if (out.kind == CommitOutcome::Kind::Retry) {
                ++m_shared->retries;
                QTimer::singleShot(out.retryAfterMs, this, [this] { send(); });
                return;
            }
            m_inFlight = false;
            if (out.kind == CommitOutcome::Kind::Failed) {
                m_shared->fail(out.error);
                m_stopped = true;
                --m_shared->activeWriters;
                return;
            }
            record(out.revision, {m_batchFirst, m_batchCount});
            if (m_shared->stop) {
                stopWriter();
                return;
            }
            if (m_closedLoop)
                edit(1);
            else
                post();
        });
    }
    void record(qint64 revision, std::pair<qint64, int> batch)
    {
        if (revision >= qint64(commits.size()))
            commits.resize(std::size_t(revision + 1), {0, 0});
        commits[std::size_t(revision)] = batch;
    }
    void onFrame(QByteArrayView frame, qint64 t)
    {
        if (!m_helloSeen) {
            m_helloSeen = true;
            const auto parsed = protocol::parsePushMessage(frame.toByteArray(), m_limits);
            const auto *m = std::get_if<protocol::PushMessage>(&parsed);
            if (!m || !std::holds_alternative<protocol::Hello>(*m))
                ++m_shared->badFrames;
            ++m_shared->ready;
            return;
        }
        const qint64 revision = scanCommitRevision(frame);
        if (revision <= 0)
            return;
        if (revision != m_lastRevision + 1)
            ++m_shared->outOfOrder;
        m_lastRevision = revision;
        if (revision >= qint64(arrivals.size()))
            arrivals.resize(std::size_t(revision + 1) * 2, 0);
        arrivals[std::size_t(revision)] = t;
    }

    HttpConnection *m_http;
    WsConnection *m_ws;
    QByteArray m_target;
    QString m_clientId;
    OpMaker m_maker;
    int m_maxOps;
    Limits m_limits;
    RoomsShared *m_shared;
    bool m_closedLoop = false;
    bool m_inFlight = false;
    bool m_stopped = false;
    bool m_helloSeen = false;
    qint64 m_sentUpTo = 0;
    qint64 m_batchFirst = 0;
    int m_batchCount = 0;
    qint64 m_lastRevision = 0;
    QByteArray m_body;
};

} // namespace

// Visible edits/s over R rooms, one writer and one reader each.
Result runRooms(Context &ctx)
{
    const Options &o = ctx.options();
    Result r = ctx.newResult(QStringLiteral("rooms"));
    r.params.insert(QStringLiteral("rooms"), o.rooms);
    r.params.insert(QStringLiteral("edit_rate_per_room"), o.editRate);
    r.params.insert(QStringLiteral("duration_s"), o.durationS);

    QString error;
    const QStringList drawings = ctx.createDrawings(o.rooms, QStringLiteral("room"), &error);
    if (drawings.isEmpty()) {
        r.problems << error;
        return r;
    }
    RoomsShared shared;
    std::vector<Room *> rooms(std::size_t(o.rooms), nullptr);
    std::vector<QTimer *> tickers(std::size_t(o.threads), nullptr);
    WorkerPool pool(o.threads);
    auto workerOf = [&](int room) { return room % pool.size(); };
    for (int i = 0; i < o.rooms; ++i) {
        pool.run(workerOf(i), [&] {
            rooms[std::size_t(i)] = new Room(
                ctx.endpoint(i), ctx.wsEndpoint(i), ctx.wsPath(drawings[i]), drawings[i], i,
                ctx.limits().maxOpsPerCommit, ctx.limits(), &shared, pool.context(workerOf(i)));
        });
    }
    if (!spinUntil([&] { return shared.ready + shared.refused >= o.rooms; }, 60000) ||
        shared.refused > 0) {
        r.problems << QStringLiteral("%1 of %2 readers connected").arg(shared.ready).arg(o.rooms);
        for (int i = 0; i < o.rooms; ++i)
            pool.run(workerOf(i), [&] { rooms[std::size_t(i)]->close(); });
        return r;
    }

    // Paced mode: one ticker per worker adds the edits that are due to each of its rooms.
    if (o.editRate > 0) {
        pool.runAll([&](int w) {
            auto *ticker = new QTimer(pool.context(w));
            ticker->setTimerType(Qt::PreciseTimer);
            ticker->setInterval(2);
            const qint64 start = nowNs();
            auto due = std::make_shared<std::vector<double>>();
            QObject::connect(ticker, &QTimer::timeout, [&, w, start, due] {
                const double elapsed = double(nowNs() - start) / 1e9;
                int k = 0;
                for (int i = w; i < o.rooms; i += pool.size(), ++k) {
                    if (int(due->size()) <= k)
                        due->push_back(0);
                    const double owed = elapsed * o.editRate - (*due)[std::size_t(k)];
                    const int n = int(owed);
                    if (n > 0) {
                        (*due)[std::size_t(k)] += n;
                        rooms[std::size_t(i)]->edit(n);
                    }
                }
            });
            for (int i = w; i < o.rooms; i += pool.size())
                rooms[std::size_t(i)]->startPaced();
            ticker->start();
            tickers[std::size_t(w)] = ticker;
        });
    } else {
        for (int i = 0; i < o.rooms; ++i)
            pool.post(workerOf(i), [room = rooms[std::size_t(i)]] { room->startClosedLoop(); });
    }

    spinFor(qint64(o.warmupS * 1000));
    CpuMeter cpu(ctx.serverPid());
    const qint64 t0 = nowNs();
    cpu.start();
    spinFor(qint64(o.durationS * 1000));
    const qint64 t1 = nowNs();
    cpu.stop();
    shared.stop = true;
    pool.runAll([&](int w) {
        if (tickers[std::size_t(w)])
            tickers[std::size_t(w)]->stop();
        for (int i = w; i < o.rooms; i += pool.size())
            rooms[std::size_t(i)]->stopWriter();
    });
    if (!spinUntil([&] { return shared.activeWriters <= 0; }, 30000))
        r.problems << QStringLiteral("writers still busy 30 s after the stop");
    spinFor(200); // the last frames

    qint64 visibleOps = 0, visibleCommits = 0;
    std::vector<qint64> latency;
    for (int i = 0; i < o.rooms; ++i) {
        pool.run(workerOf(i), [&] {
            Room *room = rooms[std::size_t(i)];
            for (std::size_t rev = 1; rev < room->commits.size(); ++rev) {
                const qint64 arrived = rev < room->arrivals.size() ? room->arrivals[rev] : 0;
                if (arrived < t0 || arrived >= t1)
                    continue;
                const auto [first, count] = room->commits[rev];
                ++visibleCommits;
                visibleOps += count;
                for (int k = 0; k < count; ++k)
                    latency.push_back(arrived - room->m_editNs[std::size_t(first + k)]);
            }
            room->close();
        });
    }
    const double seconds = double(t1 - t0) / 1e9;
    const double editsPerS = double(visibleOps) / seconds;
    const Summary lat = summarize(latency);
    r.figures.insert(QStringLiteral("visible_edits_per_s"), editsPerS);
    r.figures.insert(QStringLiteral("visible_commits_per_s"), double(visibleCommits) / seconds);
    r.figures.insert(QStringLiteral("edit_to_visible"), lat.toJson());
    r.figures.insert(QStringLiteral("retries_429_503"), shared.retries.load());
    r.addCpu(cpu);
    if (shared.failures > 0)
        r.problems << QStringLiteral("%1 failures, first: %2")
                          .arg(shared.failures.load())
                          .arg(shared.firstError);
    if (shared.outOfOrder > 0)
        r.problems << QStringLiteral("%1 frames out of order").arg(shared.outOfOrder.load());
    if (shared.badFrames > 0)
        r.problems << QStringLiteral("%1 bad hello frames").arg(shared.badFrames.load());
    if (shared.retries > 0)
        r.problems
            << QStringLiteral("%1 answers were 429/503 (rate limit)").arg(shared.retries.load());
    if (visibleOps == 0)
        r.problems << QStringLiteral("no edit became visible");

    const QString mode =
        o.editRate > 0
            ? QStringLiteral("%1 edits/s offered per room, batched (§6)").arg(fmt(o.editRate))
            : QStringLiteral("one edit per commit");
    const bool headline = o.rooms == 50;
    r.addRow(QStringLiteral("visible edits/s, %1 rooms, %2").arg(o.rooms).arg(mode), fmt(editsPerS),
             headline ? QStringLiteral(">= 18,000") : QString(),
             headline ? std::optional<bool>(editsPerS >= 18000) : std::nullopt);
    r.addRow(QStringLiteral("  commits/s; edit->visible p50 / p99 (%1)").arg(mode),
             QStringLiteral("%1; %2 / %3")
                 .arg(fmt(double(visibleCommits) / seconds), fmtMs(lat.p50), fmtMs(lat.p99)));
    return r;
}

} // namespace inkboard::bench
