// SPDX-License-Identifier: Apache-2.0
#include "fault_proxy.h"
#include "sync_harness.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <csignal>

using namespace inkboard;
using namespace inkboard::sync;
using namespace inkboard::test;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

// Between two requests the proxy logged, the client's timer ran from after the first one's
// answer left the proxy: the gap can only exceed Retry-After. The slack covers rounding.
constexpr qint64 kRetryAfterSlackMs = 50;

// The killed-client child: edits with the server reachable, then dies by SIGKILL with
// some ops answered, some in flight and some never sent.
int runKilledClientChild()
{
    const QString path = qEnvironmentVariable("INKBOARD_SYNC_CHILD_STORE");
    const QString drawing = qEnvironmentVariable("INKBOARD_SYNC_CHILD_DRAWING");
    const int edits = qEnvironmentVariableIntValue("INKBOARD_SYNC_CHILD_EDITS");
    auto store = LocalStore::open(path, nullptr);
    if (!store)
        return 2;
    SyncSession session(store.get(), drawing, fastOptions());
    QElapsedTimer waited;
    waited.start();
    while (session.connectionState() != SyncSession::ConnectionState::Live) {
        if (waited.elapsed() > 20000)
            return 3;
        QTest::qWait(10);
    }
    for (int i = 0; i < edits; ++i) {
        session.submit(
            {Op::create(QStringLiteral("child-op%1").arg(i), QStringLiteral("child-o%1").arg(i),
                        ObjectType::Ellipse, {{"w", 5}, {"h", 5}, {"x", i}})});
        if (i % 3 == 0)
            QTest::qWait(2);
    }
    ::raise(SIGKILL);
    return 1;
}

bool allLive(const std::vector<SyncClientUnderTest> &clients)
{
    for (const auto &c : clients) {
        if (c->connectionState() != SyncSession::ConnectionState::Live || c->pendingCount() != 0)
            return false;
    }
    return true;
}

} // namespace

class TestSyncIntegration : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ServerFixture> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_token;
    int m_clients = 0;

    QString nextPath() { return m_dir->filePath(QStringLiteral("client%1.db").arg(++m_clients)); }
    QUrl url() const { return m_server->baseUrl(); }

    // Waits until every client is live with nothing pending and at the server's latest
    // revision, then checks that each one's visible drawing is the server's snapshot.
    void verifyConverged(const std::vector<SyncClientUnderTest> &clients, const QString &id,
                         int timeoutMs = 60000)
    {
        QTRY_VERIFY_WITH_TIMEOUT(allLive(clients), timeoutMs);
        const qint64 latest = serverLatest(url(), m_token, id);
        QVERIFY(latest >= 0);
        for (const auto &c : clients)
            QTRY_COMPARE_WITH_TIMEOUT(c->replica().confirmedRevision(), latest, timeoutMs);
        const auto snapshot = serverSnapshot(url(), m_token, id);
        QVERIFY(snapshot);
        QCOMPARE(snapshot->first, latest);
        for (const auto &c : clients) {
            QCOMPARE(c->replica().visible().size(), snapshot->second.size());
            QVERIFY(c->replica().visible() == snapshot->second);
            QVERIFY(c->replica().visible() == c->replica().recomputeVisible());
        }
    }

    // A counter of the server's /metrics (the sum over its label sets), -1 when absent.
    double metric(const QByteArray &name, const QByteArray &labelPart = {})
    {
        // /metrics is for admins (server/README.md).
        QString admin = m_server->login("metrics-admin", kPassword);
        if (admin.isEmpty() && m_server->addUser("metrics-admin", kPassword, true))
            admin = m_server->login("metrics-admin", kPassword);
        const HttpResult r = httpRequest(url(), "GET", "/api/v1/metrics", {}, admin);
        double sum = -1;
        for (const QByteArray &line : r.body.split('\n')) {
            if (!line.startsWith(name) ||
                (line.size() > name.size() && line.at(name.size()) != ' ' &&
                 line.at(name.size()) != '{'))
                continue;
            if (!labelPart.isEmpty() && !line.contains(labelPart))
                continue;
            sum = qMax(sum, 0.0) + line.mid(line.lastIndexOf(' ') + 1).toDouble();
        }
        return sum;
    }

    // Every op made was committed, and none twice.
    void verifyExactlyOnce(const QString &id, const QStringList &made)
    {
        const QStringList history = serverOpIds(url(), m_token, id);
        const QSet<QString> unique(history.begin(), history.end());
        QCOMPARE(unique.size(), history.size());
        for (const QString &opId : made)
            QVERIFY2(unique.contains(opId), qPrintable(opId + " was lost"));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<ServerFixture>();
        QVERIFY(m_server->start());
        QVERIFY(m_server->addUser("alice", kPassword));
        m_token = m_server->login("alice", kPassword);
        QVERIFY(!m_token.isEmpty());
    }

    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void concurrentSessionsConvergeToTheSnapshot_data()
    {
        QTest::addColumn<int>("sessions");
        QTest::addColumn<int>("delayMs");
        QTest::newRow("two sessions converge") << 2 << 0;
        QTest::newRow("five sessions converge") << 5 << 0;
        QTest::newRow("two sessions behind a 20 ms link converge") << 2 << 20;
    }

    void concurrentSessionsConvergeToTheSnapshot()
    {
        QFETCH(int, sessions);
        QFETCH(int, delayMs);
        const QString id = QStringLiteral("conv");
        QVERIFY(createServerDrawing(url(), m_token, id));
        std::vector<std::unique_ptr<FaultProxy>> proxies;
        std::vector<SyncClientUnderTest> clients;
        std::vector<EditGenerator> gens;
        for (int i = 0; i < sessions; ++i) {
            QUrl server = url();
            if (delayMs > 0) {
                proxies.push_back(std::make_unique<FaultProxy>(m_server->port()));
                QVERIFY(proxies.back()->listen());
                proxies.back()->setDelayMs(delayMs);
                server = proxies.back()->url();
            }
            clients.push_back(openClient(nextPath(), server, m_token, id));
            gens.emplace_back(QStringLiteral("c%1").arg(i), 1000 + i);
        }
        QTRY_VERIFY_WITH_TIMEOUT(allLive(clients), 20000);
        for (int round = 0; round < 40; ++round) {
            for (int i = 0; i < sessions; ++i)
                clients[i]->submit({gens[i].next(clients[i]->replica().visible())});
            QTest::qWait(round % 5 == 0 ? 10 : 0);
        }
        verifyConverged(clients, id);
        QStringList made;
        for (const auto &g : gens)
            made += g.madeOpIds();
        verifyExactlyOnce(id, made);
    }

    void connectionStatesGoOfflineConnectingCatchingUpLive()
    {
        const QString id = QStringLiteral("states");
        QVERIFY(createServerDrawing(url(), m_token, id));
        const QString path = nextPath();
        auto store = prepareStore(path, url(), m_token, id);
        SyncSession session(store.get(), id, fastOptions());
        QCOMPARE(session.connectionState(), SyncSession::ConnectionState::Offline);
        QCOMPARE(session.offlineReason(), SyncSession::OfflineReason::NetworkDown);
        QList<SyncSession::ConnectionState> seen;
        connect(&session, &SyncSession::connectionStateChanged, this,
                [&](SyncSession::ConnectionState s) { seen.append(s); });
        QTRY_VERIFY_WITH_TIMEOUT(session.connectionState() == SyncSession::ConnectionState::Live,
                                 20000);
        QCOMPARE(seen,
                 (QList<SyncSession::ConnectionState>{SyncSession::ConnectionState::Connecting,
                                                      SyncSession::ConnectionState::CatchingUp,
                                                      SyncSession::ConnectionState::Live}));
        QCOMPARE(session.offlineReason(), SyncSession::OfflineReason::None);
        // The server goes away: offline (network down), then back by itself.
        m_server->kill9();
        QTRY_COMPARE_WITH_TIMEOUT(session.offlineReason(), SyncSession::OfflineReason::NetworkDown,
                                  20000);
        QVERIFY(m_server->restart());
        QTRY_VERIFY_WITH_TIMEOUT(session.connectionState() == SyncSession::ConnectionState::Live,
                                 20000);
    }

    void serverStopAndRestartLosesNothing_data()
    {
        QTest::addColumn<bool>("graceful");
        QTest::newRow("kill -9 in the middle of edits loses no op and doubles none") << false;
        QTest::newRow("SIGTERM (1001 closes, 503 while draining) loses no op and doubles none")
            << true;
    }

    void serverStopAndRestartLosesNothing()
    {
        QFETCH(bool, graceful);
        const QString id = QStringLiteral("kill9");
        QVERIFY(createServerDrawing(url(), m_token, id));
        std::vector<SyncClientUnderTest> clients;
        std::vector<EditGenerator> gens;
        for (int i = 0; i < 2; ++i) {
            clients.push_back(openClient(nextPath(), url(), m_token, id));
            gens.emplace_back(QStringLiteral("k%1").arg(i), 2000 + i);
        }
        QTRY_VERIFY_WITH_TIMEOUT(allLive(clients), 20000);
        for (int round = 0; round < 60; ++round) {
            for (int i = 0; i < 2; ++i)
                clients[i]->submit({gens[i].next(clients[i]->replica().visible())});
            if (round == 20 && graceful) {
                // SIGTERM without blocking: the clients answer the 1001 closes and meet
                // 503 while the server drains, as they would in real life.
                ::kill(pid_t(m_server->pid()), SIGTERM);
                QTRY_VERIFY_WITH_TIMEOUT(!m_server->isRunning(), 20000);
                QVERIFY2(m_server->terminate() == 0 &&
                             !m_server->serverStderr().contains("terminate called"),
                         qPrintable(m_server->serverStderr()));
            } else if (round == 20)
                m_server->kill9(); // in the middle of edits, with POSTs in flight
            if (round == 40) {
                QVERIFY(m_server->restart());
            }
            QTest::qWait(5);
        }
        verifyConverged(clients, id);
        QStringList made;
        for (const auto &g : gens)
            made += g.madeOpIds();
        verifyExactlyOnce(id, made);
    }

    void aKilledClientResendsItsPendingOpsOnce()
    {
        const QString id = QStringLiteral("child");
        QVERIFY(createServerDrawing(url(), m_token, id));
        const QString path = nextPath();
        QVERIFY(prepareStore(path, url(), m_token, id));
        const int edits = 40;
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("INKBOARD_SYNC_CHILD_STORE", path);
        env.insert("INKBOARD_SYNC_CHILD_DRAWING", id);
        env.insert("INKBOARD_SYNC_CHILD_EDITS", QString::number(edits));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        auto store = LocalStore::open(path, nullptr);
        QVERIFY(store);
        // Some ops died pending; the restarted client sends them (same op_ids).
        SyncSession session(store.get(), id, fastOptions());
        QCOMPARE(session.replica().visible().size(), edits);
        QTRY_VERIFY_WITH_TIMEOUT(session.pendingCount() == 0 &&
                                     session.connectionState() ==
                                         SyncSession::ConnectionState::Live,
                                 30000);
        QStringList made;
        for (int i = 0; i < edits; ++i)
            made.append(QStringLiteral("child-op%1").arg(i));
        verifyExactlyOnce(id, made);
        const auto snapshot = serverSnapshot(url(), m_token, id);
        QVERIFY(snapshot);
        QCOMPARE(snapshot->second.size(), edits);
        QTRY_COMPARE(session.replica().confirmedRevision(), snapshot->first);
        QVERIFY(session.replica().visible() == snapshot->second);
    }

    void aDroppedPushIsDetectedAsAGapAndFilled()
    {
        const QString id = QStringLiteral("gap");
        QVERIFY(createServerDrawing(url(), m_token, id));
        FaultProxy proxy(m_server->port());
        QVERIFY(proxy.listen());
        std::vector<SyncClientUnderTest> clients;
        clients.push_back(openClient(nextPath(), url(), m_token, id));
        clients.push_back(openClient(nextPath(), proxy.url(), m_token, id));
        QTRY_VERIFY_WITH_TIMEOUT(allLive(clients), 20000);
        proxy.dropFrames("\"type\":\"commit\"", 1);
        clients[0]->submit({Op::create("g1", "a", ObjectType::Rect, {{"w", 1}, {"h", 1}})});
        QTRY_COMPARE(proxy.droppedFrames(), 1);
        QCOMPARE(clients[1]->replica().confirmedRevision(), 0);
        clients[0]->submit({Op::create("g2", "b", ObjectType::Rect, {{"w", 1}, {"h", 1}})});
        // Commit 2 arrives over a gap: held, revision 1 fetched by REST, then both applied.
        QTRY_COMPARE(clients[1]->replica().confirmedRevision(), 2);
        QVERIFY(clients[1]->replica().visible().contains("a"));
        QVERIFY(clients[1]->replica().visible().contains("b"));
        verifyConverged(clients, id);
    }

    void aCutAnswerIsRetriedAndDeduplicated()
    {
        const QString id = QStringLiteral("cut");
        QVERIFY(createServerDrawing(url(), m_token, id));
        FaultProxy proxy(m_server->port());
        QVERIFY(proxy.listen());
        std::vector<SyncClientUnderTest> clients;
        clients.push_back(openClient(nextPath(), proxy.url(), m_token, id));
        QTRY_VERIFY_WITH_TIMEOUT(allLive(clients), 20000);
        // The server commits, the answer and the push of the commit are lost: the client
        // can only learn by resending the same op_ids.
        proxy.cutAnswersOf("POST /api/v1/drawings/cut/ops", 1);
        proxy.dropFrames("\"type\":\"commit\"", 1);
        clients[0]->submit({Op::create("c1", "a", ObjectType::Rect, {{"w", 1}, {"h", 1}}),
                            Op::update("c2", "a", {{"x", 5}})});
        QTRY_COMPARE(proxy.cutAnswers(), 1);
        verifyConverged(clients, id);
        QCOMPARE(serverOpIds(url(), m_token, id), (QStringList{"c1", "c2"}));
        QCOMPARE(serverLatest(url(), m_token, id), 1);
        // The resend reached the server and was recognised as a duplicate.
        QVERIFY(metric("inkboard_duplicate_ops_total") >= 2);
    }

    void compactedHistoryFallsBackToTheSnapshot()
    {
        // A server that keeps only a few commits behind its snapshots: a client that was
        // away for longer gets 410 gone for ops?after and loads the snapshot instead.
        m_server.reset();
        m_server = std::make_unique<ServerFixture>(
            QStringList{"--snapshot-interval", "5", "--retain-commits", "2"});
        QVERIFY(m_server->start());
        QVERIFY(m_server->addUser("alice", kPassword));
        m_token = m_server->login("alice", kPassword);
        const QString id = QStringLiteral("compact");
        QVERIFY(createServerDrawing(url(), m_token, id));
        FaultProxy proxy(m_server->port());
        QVERIFY(proxy.listen());
        std::vector<SyncClientUnderTest> clients;
        clients.push_back(openClient(nextPath(), url(), m_token, id));
        clients.push_back(openClient(nextPath(), proxy.url(), m_token, id));
        QTRY_VERIFY_WITH_TIMEOUT(allLive(clients), 20000);
        clients[1]->submit({Op::create("early", "e", ObjectType::Rect, {{"w", 1}, {"h", 1}})});
        verifyConverged(clients, id);
        proxy.setRefuse(true);
        QTRY_VERIFY(clients[1]->connectionState() != SyncSession::ConnectionState::Live);
        // Offline edits of the away client, and many commits by the other one.
        clients[1]->submit({Op::update("away1", "e", {{"x", 7}}),
                            Op::create("away2", "f", ObjectType::Ellipse, {{"w", 2}, {"h", 2}})});
        for (int i = 0; i < 30; ++i) {
            clients[0]->submit(
                {Op::create(QStringLiteral("busy%1").arg(i), QStringLiteral("b%1").arg(i),
                            ObjectType::Rect, {{"w", 1}, {"h", 1}})});
            QTRY_COMPARE(clients[0]->pendingCount(), 0);
        }
        const HttpResult gone =
            httpRequest(url(), "GET", "/api/v1/drawings/compact/ops?after=1", {}, m_token);
        QCOMPARE(gone.status, 410);
        proxy.setRefuse(false);
        verifyConverged(clients, id);
        QVERIFY(clients[1]->replica().visible().contains("f"));
        QCOMPARE(clients[1]->replica().visible().find("e")->number(QLatin1String("x")), 7.0);
        QStringList made{"early", "away1", "away2"};
        for (int i = 0; i < 30; ++i)
            made.append(QStringLiteral("busy%1").arg(i));
        const auto snapshot = serverSnapshot(url(), m_token, id);
        QCOMPARE(snapshot->second.size(), 32);
    }

    void rateLimitedCommitsAreRetriedAfterRetryAfter()
    {
        m_server.reset();
        m_server = std::make_unique<ServerFixture>(QStringList{"--commits-per-second", "2"});
        QVERIFY(m_server->start());
        QVERIFY(m_server->addUser("alice", kPassword));
        m_token = m_server->login("alice", kPassword);
        const QString id = QStringLiteral("rate");
        QVERIFY(createServerDrawing(url(), m_token, id));
        SyncOptions options = fastOptions();
        options.maxBatchOps = 1; // one op per POST, so the limit is hit
        std::vector<SyncClientUnderTest> clients;
        clients.push_back(openClient(nextPath(), url(), m_token, id, options));
        QTRY_VERIFY_WITH_TIMEOUT(allLive(clients), 20000);
        QSignalSpy delays(clients[0].session.get(), &SyncSession::sendDelayChanged);
        QStringList made;
        for (int i = 0; i < 8; ++i) {
            made.append(QStringLiteral("r%1").arg(i));
            clients[0]->submit({Op::create(made.last(), QStringLiteral("o%1").arg(i),
                                           ObjectType::Rect, {{"w", 1}, {"h", 1}})});
        }
        verifyConverged(clients, id, 120000);
        QVERIFY(metric("inkboard_rejected_requests_total", "status=\"429\"") >= 1);
        // The app can say why edits wait: rate limited while refused, cleared once through.
        QVERIFY(!delays.isEmpty());
        QCOMPARE(delays.first().first().value<SyncSession::SendDelay>(),
                 SyncSession::SendDelay::RateLimited);
        QCOMPARE(clients[0]->sendDelay(), SyncSession::SendDelay::None);
        verifyExactlyOnce(id, made);
        QCOMPARE(serverOpIds(url(), m_token, id), made); // in the order they were made
    }

    void retryAfterIsHonouredBeforeResending_data()
    {
        QTest::addColumn<bool>("serverRateLimit");
        QTest::newRow("503 with Retry-After: 2 (answered by the proxy): no resend within 2 s")
            << false;
        QTest::newRow("429 from a server allowing 1 commit/s: no resend before its Retry-After")
            << true;
    }

    // A correctness check, not a speed check: the proxy logs when each POST arrived and
    // what it was answered; after a 429 or 503 with Retry-After, the next POST may not
    // arrive sooner. The send backoff alone would resend after 25-50 ms (fastOptions).
    void retryAfterIsHonouredBeforeResending()
    {
        QFETCH(bool, serverRateLimit);
        if (serverRateLimit) {
            m_server.reset();
            m_server = std::make_unique<ServerFixture>(QStringList{"--commits-per-second", "1"});
            QVERIFY(m_server->start());
            QVERIFY(m_server->addUser("alice", kPassword));
            m_token = m_server->login("alice", kPassword);
        }
        const QString id = QStringLiteral("retry");
        QVERIFY(createServerDrawing(url(), m_token, id));
        FaultProxy proxy(m_server->port());
        QVERIFY(proxy.listen());
        SyncOptions options = fastOptions();
        options.maxBatchOps = 1; // one op per POST: several POSTs, so the limit is hit
        std::vector<SyncClientUnderTest> clients;
        clients.push_back(openClient(nextPath(), proxy.url(), m_token, id, options));
        QTRY_VERIFY_WITH_TIMEOUT(allLive(clients), 20000);
        const QByteArray post = "POST /api/v1/drawings/retry/ops";
        if (!serverRateLimit) {
            const QByteArray body = R"({"error":"unavailable","message":"Try again later."})";
            proxy.answerInstead(post,
                                "HTTP/1.1 503 Service Unavailable\r\nRetry-After: 2\r\n"
                                "Content-Type: application/json\r\nContent-Length: " +
                                    QByteArray::number(body.size()) + "\r\n\r\n" + body,
                                2);
        }
        QStringList made;
        for (int i = 0; i < 3; ++i) {
            made.append(QStringLiteral("ra%1").arg(i));
            clients[0]->submit({Op::create(made.last(), QStringLiteral("o%1").arg(i),
                                           ObjectType::Rect, {{"w", 1}, {"h", 1}})});
        }
        verifyConverged(clients, id);
        verifyExactlyOnce(id, made);

        const QList<FaultProxy::Request> posts = proxy.requests(post);
        int refused = 0;
        for (int i = 0; i + 1 < posts.size(); ++i) {
            const FaultProxy::Request &r = posts.at(i);
            if ((r.status != 429 && r.status != 503) || r.retryAfter <= 0)
                continue;
            ++refused;
            const qint64 gap = posts.at(i + 1).atMs - r.atMs;
            QVERIFY2(gap >= r.retryAfter * 1000 - kRetryAfterSlackMs,
                     qPrintable(QStringLiteral("POST %1 answered %2 with Retry-After: %3 was "
                                               "resent after %4 ms")
                                    .arg(i)
                                    .arg(r.status)
                                    .arg(r.retryAfter)
                                    .arg(gap)));
        }
        // The check above ran on real refusals: both canned 503s, or the server's 429s.
        QVERIFY2(refused >= 2, qPrintable(QString::number(refused)));
        QCOMPARE(posts.last().status, 200);
    }

    void aDeadLinkIsDetectedByKeepaliveAndRecovers()
    {
        const QString id = QStringLiteral("dead");
        QVERIFY(createServerDrawing(url(), m_token, id));
        FaultProxy proxy(m_server->port());
        QVERIFY(proxy.listen());
        SyncOptions options = fastOptions();
        options.keepaliveIntervalMs = 100;
        options.keepaliveTimeoutMs = 600;
        options.requestTimeoutMs = 1000;
        std::vector<SyncClientUnderTest> clients;
        clients.push_back(openClient(nextPath(), url(), m_token, id));
        clients.push_back(openClient(nextPath(), proxy.url(), m_token, id, options));
        QTRY_VERIFY_WITH_TIMEOUT(allLive(clients), 20000);
        // The link dies silently: no FIN, no RST, nothing. Only the keepalive can tell.
        proxy.setBlackhole(true);
        QTRY_VERIFY_WITH_TIMEOUT(
            clients[1]->connectionState() != SyncSession::ConnectionState::Live, 20000);
        clients[1]->submit({Op::create("dl1", "a", ObjectType::Rect, {{"w", 1}, {"h", 1}})});
        clients[0]->submit({Op::create("dl2", "b", ObjectType::Rect, {{"w", 1}, {"h", 1}})});
        proxy.setBlackhole(false);
        verifyConverged(clients, id);
        verifyExactlyOnce(id, {"dl1", "dl2"});
    }

    // Long offline on two clients: what matters about "minutes" is that the reconnect
    // backoff reaches its cap and keeps retrying there, over and over, while the user keeps
    // drawing, and that nothing is lost or doubled when the server is reachable again.
    void offlineEditsOnTwoClientsConverge()
    {
        const QString id = QStringLiteral("offline");
        QVERIFY(createServerDrawing(url(), m_token, id));
        // The app's cap is 30 s (SyncOptions), so minutes offline are a few capped cycles;
        // a 1 s cap fits several capped cycles (and the climb to the cap) in seconds.
        SyncOptions options = fastOptions();
        options.backoffInitialMs = 100;
        options.backoffMaxMs = 1000;
        int capAttempt = 1; // the first attempt whose nominal delay is the cap
        for (qint64 d = options.backoffInitialMs; d < options.backoffMaxMs; d *= 2)
            ++capAttempt;
        constexpr int kCappedRetries = 5;
        constexpr int kMinRounds = 100;

        std::vector<std::unique_ptr<FaultProxy>> proxies;
        std::vector<SyncClientUnderTest> clients;
        std::vector<EditGenerator> gens;
        for (int i = 0; i < 2; ++i) {
            proxies.push_back(std::make_unique<FaultProxy>(m_server->port()));
            QVERIFY(proxies.back()->listen());
            clients.push_back(openClient(nextPath(), proxies.back()->url(), m_token, id, options));
            gens.emplace_back(QStringLiteral("off%1").arg(i), 3000 + i);
        }
        QTRY_VERIFY_WITH_TIMEOUT(allLive(clients), 20000);
        // A shared starting point, then the network goes away for both.
        clients[0]->submit({Op::create("seed", "shared", ObjectType::Rect, {{"w", 1}, {"h", 1}})});
        verifyConverged(clients, id);
        std::vector<QList<std::pair<int, int>>> retries(2); // (attempt, delay ms)
        std::vector<int> acceptedBefore;
        for (int i = 0; i < 2; ++i) {
            connect(clients[i].session.get(), &SyncSession::reconnectScheduled, this,
                    [&retries, i](int attempt, int delayMs) {
                        retries[i].append({attempt, delayMs});
                    });
            acceptedBefore.push_back(proxies[i]->connectionsAccepted());
        }
        auto cappedRetries = [&](int i) {
            return std::count_if(retries[i].begin(), retries[i].end(),
                                 [&](const auto &r) { return r.first >= capAttempt; });
        };
        for (auto &p : proxies)
            p->setRefuse(true);
        QTRY_VERIFY(clients[0]->connectionState() != SyncSession::ConnectionState::Live &&
                    clients[1]->connectionState() != SyncSession::ConnectionState::Live);

        // Edits spread over the whole offline period, the event loop running between them
        // (the sessions retry meanwhile), conflicting now and then on the shared object;
        // the cursor of the second client moves too. Offline until both sessions have
        // retried several times at the cap.
        QElapsedTimer offline;
        offline.start();
        int rounds = 0;
        while (rounds < kMinRounds || cappedRetries(0) < kCappedRetries ||
               cappedRetries(1) < kCappedRetries) {
            QVERIFY2(offline.elapsed() < 60000, "the sessions stopped retrying");
            for (int i = 0; i < 2; ++i) {
                clients[i]->submit({gens[i].next(clients[i]->replica().visible())});
                if (rounds % 20 == 0)
                    clients[i]->submit(
                        {Op::update(QStringLiteral("shared-%1-%2").arg(i).arg(rounds), "shared",
                                    {{"x", i * 1000 + rounds}})});
            }
            protocol::Presence p;
            p.cursor = QPointF(rounds, rounds);
            clients[1]->setPresence(p);
            ++rounds;
            QTest::qWait(25);
            for (const auto &c : clients)
                QVERIFY(c->connectionState() != SyncSession::ConnectionState::Live);
        }
        qInfo() << "offline for" << offline.elapsed() << "ms," << rounds << "rounds of edits,"
                << retries[0].size() << "and" << retries[1].size() << "reconnect attempts";
        for (int i = 0; i < 2; ++i) {
            // The backoff climbed to its cap and stayed there: no delay beyond it, and each
            // capped one in the cap's jitter range [max/2, max].
            for (const auto &[attempt, delayMs] : std::as_const(retries[i])) {
                QVERIFY2(delayMs <= options.backoffMaxMs, qPrintable(QString::number(delayMs)));
                if (attempt >= capAttempt)
                    QVERIFY2(delayMs >= options.backoffMaxMs / 2,
                             qPrintable(QString::number(delayMs)));
            }
            // Each attempt reached the network (the proxy refused a connection for it).
            QVERIFY(proxies[i]->connectionsAccepted() - acceptedBefore[i] >= retries[i].size());
            QCOMPARE(clients[i]->replica().confirmedRevision(), 1);
            QVERIFY(clients[i]->pendingCount() >= rounds);
        }

        for (auto &p : proxies)
            p->setRefuse(false);
        verifyConverged(clients, id);
        QStringList made;
        for (const auto &g : gens)
            made += g.madeOpIds();
        verifyExactlyOnce(id, made);
        // Presence set while offline went out once connected again: the latest one.
        QTRY_VERIFY_WITH_TIMEOUT(clients[0]->peers().size() == 1 &&
                                     clients[0]->peers().first().cursor ==
                                         QPointF(rounds - 1, rounds - 1),
                                 10000);
    }

    // Issue 16's offline outcome: an edit made offline of an object a peer deleted meanwhile
    // would vanish at the catch-up; the session says so, with the object as the user last saw
    // it and who deleted it, so that it can be put back. An edit of an object nobody deleted is
    // not reported, and nor is this user's own delete.
    void anOfflineEditOfAnObjectAPeerDeletedIsReported()
    {
        const QString id = QStringLiteral("lost");
        QVERIFY(createServerDrawing(url(), m_token, id));
        FaultProxy proxy(m_server->port());
        QVERIFY(proxy.listen());
        std::vector<SyncClientUnderTest> clients;
        clients.push_back(openClient(nextPath(), proxy.url(), m_token, id));
        clients.push_back(openClient(nextPath(), url(), m_token, id));
        QTRY_VERIFY_WITH_TIMEOUT(allLive(clients), 20000);
        SyncSession *away = clients[0].session.get();
        SyncSession *peer = clients[1].session.get();
        QVERIFY(away->submit({Op::create("c1", "box", ObjectType::Rect, {{"w", 10}, {"h", 10}}),
                              Op::create("c2", "kept", ObjectType::Rect, {{"w", 10}, {"h", 10}}),
                              Op::create("c3", "mine", ObjectType::Rect, {{"w", 10}, {"h", 10}})}));
        verifyConverged(clients, id);
        QSignalSpy lost(away, &SyncSession::editsLost);

        proxy.setRefuse(true);
        away->reconnect();
        QTRY_VERIFY(away->connectionState() != SyncSession::ConnectionState::Live);
        QVERIFY(away->submit({Op::update("u1", "box", {{"x", 50}}),
                              Op::update("u2", "kept", {{"x", 70}}),
                              Op::update("u3", "mine", {{"x", 5}}), Op::remove("d3", "mine")}));
        QVERIFY(peer->submit({Op::remove("d1", "box")}));
        QTRY_VERIFY_WITH_TIMEOUT(peer->pendingCount() == 0, 10000);
        proxy.setRefuse(false);
        verifyConverged(clients, id);
        QTRY_VERIFY_WITH_TIMEOUT(lost.count() == 1, 10000);
        const auto edits = lost.first().first().value<QList<SyncSession::LostEdit>>();
        QCOMPARE(edits.size(), 1);
        QCOMPARE(edits.first().object.id, QString("box"));
        QCOMPARE(edits.first().object.number(QLatin1String("x")), 50.0); // what the user saw
        QVERIFY(!edits.first().by.isEmpty());
        QVERIFY(edits.first().at.isValid());
        QVERIFY(!away->replica().visible().find("box"));
        QCOMPARE(away->replica().visible().find("kept")->number(QLatin1String("x")), 70.0);
        // Put back as a new object edit, it reaches the peer.
        const Object &o = edits.first().object;
        QVERIFY(away->submit({Op::create("r1", o.id, o.type, o.props)}));
        verifyConverged(clients, id);
        QCOMPARE(peer->replica().visible().find("box")->number(QLatin1String("x")), 50.0);
        QCOMPARE(lost.count(), 1);
    }

    // Issue 16's offline report, the other half: values set offline on props a peer set
    // meanwhile. This user's commit comes last, so theirs would go unseen: the session lists
    // exactly those props (not the ones only one side set, nor the same value on both).
    void offlineEditsThatReplaceAPeersValuesAreReported()
    {
        const QString id = QStringLiteral("replaced");
        QVERIFY(createServerDrawing(url(), m_token, id));
        FaultProxy proxy(m_server->port());
        QVERIFY(proxy.listen());
        std::vector<SyncClientUnderTest> clients;
        clients.push_back(openClient(nextPath(), proxy.url(), m_token, id));
        clients.push_back(openClient(nextPath(), url(), m_token, id));
        QTRY_VERIFY_WITH_TIMEOUT(allLive(clients), 20000);
        SyncSession *away = clients[0].session.get();
        SyncSession *peer = clients[1].session.get();
        QVERIFY(
            away->submit({Op::create("c1", "box", ObjectType::Rect, {{"w", 10}, {"h", 10}}),
                          Op::create("c2", "kept", ObjectType::Rect, {{"w", 10}, {"h", 10}}),
                          Op::create("c3", "other", ObjectType::Rect, {{"w", 10}, {"h", 10}})}));
        verifyConverged(clients, id);
        QSignalSpy replaced(away, &SyncSession::editsReplaced);
        // Live edits that cross are not reported: each side saw the other's at once.
        QVERIFY(peer->submit({Op::update("live", "other", {{"y", 3}})}));
        verifyConverged(clients, id);
        QCOMPARE(replaced.count(), 0);

        proxy.setRefuse(true);
        away->reconnect();
        QTRY_VERIFY(away->connectionState() != SyncSession::ConnectionState::Live);
        QVERIFY(away->submit({Op::update("u1", "box", {{"x", 50}, {"y", 5}}),
                              Op::update("u2", "kept", {{"h", 15}}),
                              Op::update("u3", "other", {{"x", 1}})}));
        QVERIFY(peer->submit({Op::update("p1", "box", {{"x", 99}, {"w", 20}}),
                              Op::update("p2", "kept", {{"h", 15}})}));
        QTRY_VERIFY_WITH_TIMEOUT(peer->pendingCount() == 0, 10000);
        proxy.setRefuse(false);
        verifyConverged(clients, id);
        QTRY_VERIFY_WITH_TIMEOUT(replaced.count() == 1, 10000);
        const auto edits = replaced.first().first().value<QList<SyncSession::ReplacedEdit>>();
        QCOMPARE(edits.size(), 1);
        QCOMPARE(edits.first().objectId, QString("box"));
        QCOMPARE(edits.first().prop, QString("x"));
        QCOMPARE(edits.first().mine.toDouble(), 50.0);
        QCOMPARE(edits.first().theirs.toDouble(), 99.0);
        QVERIFY(!edits.first().by.isEmpty());
        QVERIFY(edits.first().at.isValid());
        // Last writer wins, as the report said: the offline value, and the peer's other prop.
        const Object *box = peer->replica().visible().find("box");
        QCOMPARE(box->number(QLatin1String("x")), 50.0);
        QCOMPARE(box->number(QLatin1String("w")), 20.0);
        // "Keep theirs" is a new edit with their value, and it reaches the peer.
        QVERIFY(away->submit({Op::update("k1", "box", {{"x", edits.first().theirs}})}));
        verifyConverged(clients, id);
        QCOMPARE(peer->replica().visible().find("box")->number(QLatin1String("x")), 99.0);
        QCOMPARE(replaced.count(), 1);
    }

    // Wi-Fi to Ethernet while live: the old sockets go silent, nothing closes them. The
    // session must not wait for its keepalive (minutes here) to notice.
    void aNetworkChangeWhileLiveReconnectsAtOnce()
    {
        const QString id = QStringLiteral("netchange");
        QVERIFY(createServerDrawing(url(), m_token, id));
        FaultProxy proxy(m_server->port());
        QVERIFY(proxy.listen());
        SyncOptions options = fastOptions();
        // Neither the keepalive nor a request timeout can rescue the session within this
        // test: only networkChanged() can.
        options.keepaliveIntervalMs = 60000;
        options.keepaliveTimeoutMs = 180000;
        options.requestTimeoutMs = 180000;
        std::vector<SyncClientUnderTest> clients;
        clients.push_back(openClient(nextPath(), url(), m_token, id));
        clients.push_back(openClient(nextPath(), proxy.url(), m_token, id, options));
        QTRY_VERIFY_WITH_TIMEOUT(allLive(clients), 20000);
        QSignalSpy states(clients[1].session.get(), &SyncSession::connectionStateChanged);
        proxy.stallOpenConnections();
        clients[0]->submit({Op::create("nc1", "a", ObjectType::Rect, {{"w", 1}, {"h", 1}})});
        clients[1]->submit({Op::create("nc2", "b", ObjectType::Rect, {{"w", 1}, {"h", 1}})});
        QTRY_COMPARE(serverOpIds(url(), m_token, id), QStringList{"nc1"});
        // It cannot tell: its POST and its push channel are stuck in the dead sockets.
        QCOMPARE(clients[1]->connectionState(), SyncSession::ConnectionState::Live);
        QCOMPARE(clients[1]->pendingCount(), 1);
        clients[1]->networkChanged(); // what QNetworkInformation reports
        QVERIFY(!states.isEmpty());
        QCOMPARE(states.first().first().value<SyncSession::ConnectionState>(),
                 SyncSession::ConnectionState::Connecting);
        verifyConverged(clients, id, 20000);
        verifyExactlyOnce(id, {"nc1", "nc2"});
    }

    void revokedTokenSurfacesAsSignInAgain()
    {
        const QString id = QStringLiteral("auth");
        QVERIFY(createServerDrawing(url(), m_token, id));
        const QString token = m_server->login("alice", kPassword);
        auto c = openClient(nextPath(), url(), token, id);
        QTRY_VERIFY_WITH_TIMEOUT(c->connectionState() == SyncSession::ConnectionState::Live, 20000);
        QSignalSpy errors(c.session.get(), &SyncSession::errorOccurred);
        QCOMPARE(httpRequest(url(), "POST", "/api/v1/auth/logout", {}, token).status, 204);
        // The server closes the socket (4401) or the next call answers 401.
        c->submit({Op::create("a1", "a", ObjectType::Rect, {{"w", 1}, {"h", 1}})});
        QTRY_COMPARE_WITH_TIMEOUT(c->offlineReason(), SyncSession::OfflineReason::Unauthorized,
                                  20000);
        QCOMPARE(c->connectionState(), SyncSession::ConnectionState::Offline);
        bool sawUnauthorized = false;
        for (const auto &e : errors)
            sawUnauthorized |= e.first().toString() == u"unauthorized";
        QVERIFY(sawUnauthorized);
        QCOMPARE(c->pendingCount(), 1); // kept, not dropped
        // Signing in again and reconnecting sends it.
        c.store->saveAccount({serverKey(url()), {}, {}, m_server->login("alice", kPassword), {}});
        c->reconnect();
        QTRY_VERIFY_WITH_TIMEOUT(c->pendingCount() == 0 &&
                                     c->connectionState() == SyncSession::ConnectionState::Live,
                                 20000);
        QCOMPARE(serverOpIds(url(), m_token, id), QStringList{"a1"});
    }

    void losingEditRightsMakesTheSessionReadOnly()
    {
        const QString id = QStringLiteral("roles");
        QVERIFY(createServerDrawing(url(), m_token, id));
        QVERIFY(m_server->addUser("bob", kPassword));
        const QString bob = m_server->login("bob", kPassword);
        QCOMPARE(httpRequest(url(), "PUT", "/api/v1/drawings/roles/members/bob",
                             {{"role", "editor"}}, m_token)
                     .status,
                 200);
        auto c = openClient(nextPath(), url(), bob, id);
        QTRY_VERIFY_WITH_TIMEOUT(c->connectionState() == SyncSession::ConnectionState::Live, 20000);
        QVERIFY(!c->isReadOnly());
        QSignalSpy readOnly(c.session.get(), &SyncSession::readOnlyChanged);
        QSignalSpy errors(c.session.get(), &SyncSession::errorOccurred);
        QCOMPARE(httpRequest(url(), "PUT", "/api/v1/drawings/roles/members/bob",
                             {{"role", "viewer"}}, m_token)
                     .status,
                 200);
        c->submit({Op::create("b1", "a", ObjectType::Rect, {{"w", 1}, {"h", 1}})});
        QTRY_VERIFY_WITH_TIMEOUT(c->isReadOnly(), 20000);
        QVERIFY(readOnly.size() >= 1);
        QCOMPARE(c->pendingCount(), 1); // kept, shown, not sent; the app may discard it
        errors.clear();
        c->submit({Op::create("b2", "b", ObjectType::Rect, {{"w", 1}, {"h", 1}})});
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().first().toString(), QStringLiteral("read_only"));
        c->discardPending();
        QCOMPARE(c->pendingCount(), 0);
        QVERIFY(!c->replica().visible().contains("a"));
        QVERIFY(serverOpIds(url(), m_token, id).isEmpty());
    }

    void aViewerOpensReadOnlyAndSeesPresence()
    {
        const QString id = QStringLiteral("viewer");
        QVERIFY(createServerDrawing(url(), m_token, id));
        QVERIFY(m_server->addUser("carol", kPassword));
        QCOMPARE(httpRequest(url(), "PUT", "/api/v1/drawings/viewer/members/carol",
                             {{"role", "viewer"}}, m_token)
                     .status,
                 200);
        std::vector<SyncClientUnderTest> clients;
        clients.push_back(openClient(nextPath(), url(), m_token, id));
        clients.push_back(openClient(nextPath(), url(), m_server->login("carol", kPassword), id));
        QTRY_VERIFY_WITH_TIMEOUT(allLive(clients), 20000);
        QVERIFY(clients[1]->isReadOnly());
        protocol::Presence p;
        p.cursor = QPointF(12, 34);
        p.selection = {"x1"};
        p.previews = {Object{"pv", ObjectType::Ellipse, {{"w", 3}, {"h", 4}}}};
        clients[1]->setPresence(p); // viewers send presence too
        QTRY_COMPARE_WITH_TIMEOUT(clients[0]->peers().size(), 1, 10000);
        QTRY_VERIFY(clients[0]->peers().first().cursor == QPointF(12, 34));
        QCOMPARE(clients[0]->peers().first().selection, QStringList{"x1"});
        QCOMPARE(clients[0]->peers().first().previews.size(), 1);
        QCOMPARE(clients[0]->peers().first().user.name, QStringLiteral("carol"));
        // The viewer leaves: the peer goes away.
        clients[1].session.reset();
        QTRY_COMPARE_WITH_TIMEOUT(clients[0]->peers().size(), 0, 10000);
    }

    void aDeletedDrawingSaysNoLongerShared()
    {
        const QString id = QStringLiteral("gone");
        QVERIFY(createServerDrawing(url(), m_token, id));
        auto c = openClient(nextPath(), url(), m_token, id);
        QTRY_VERIFY_WITH_TIMEOUT(c->connectionState() == SyncSession::ConnectionState::Live, 20000);
        QCOMPARE(httpRequest(url(), "DELETE", "/api/v1/drawings/gone", {}, m_token).status, 204);
        c->submit({Op::create("d1", "a", ObjectType::Rect, {{"w", 1}, {"h", 1}})});
        QTRY_COMPARE_WITH_TIMEOUT(c->offlineReason(), SyncSession::OfflineReason::NotShared, 20000);
        QCOMPARE(c->pendingCount(), 1);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("INKBOARD_SYNC_CHILD_STORE"))
        return runKilledClientChild();
    TestSyncIntegration test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sync_integration.moc"
