// SPDX-License-Identifier: Apache-2.0
// Several inkboard-server nodes on one PostgreSQL database, Redis fan-out between them and
// nginx in front: the real servers, started on loopback and free ports (tests/support).
// Clients spread across nodes converge; writers on different nodes get gap-free revisions;
// a node killed with SIGKILL, Redis stopped and PostgreSQL restarted in the middle of a
// write storm lose no acknowledged commit, duplicate none, and every client catches up.
#include "model/document.h"
#include "model/op_codec.h"
#include "nginx_fixture.h"
#include "pg_fixture.h"
#include "redis_fixture.h"
#include "server_fixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>
#include <QWebSocket>
#include <memory>

using namespace inkboard;
using namespace inkboard::test;

namespace {

QJsonObject rectOp(const QString &opId, double x)
{
    return {{"op_id", opId},
            {"op", "create"},
            {"id", opId},
            {"type", "rect"},
            {"props", QJsonObject{{"x", x}, {"y", 2}, {"w", 30}, {"h", 40}}}};
}

// A client's writer as PROTOCOL.md §6 has it: one POST in flight, its ops in its order,
// and a failed or unanswered POST sent again with the same op_id until it is answered.
class Writer : public QObject
{
public:
    Writer(QNetworkAccessManager *nam, QUrl base, QString token, QString drawing, QString client,
           int count)
        : m_nam(nam), m_base(std::move(base)), m_token(std::move(token)),
          m_drawing(std::move(drawing)), m_client(std::move(client)), m_count(count)
    {}

    void start() { send(); }
    void stop() { m_stopping = true; }
    bool done() const { return !m_inFlight && (m_stopping || m_next >= m_count); }

    QStringList acknowledged; // op ids, in order
    QList<qint64> revisions;
    int retries = 0;
    int conflicts = 0;

private:
    void send()
    {
        if (m_stopping || m_next >= m_count)
            return;
        const QString opId = QStringLiteral("%1-%2").arg(m_client).arg(m_next);
        const QJsonObject body{{"client_id", m_client}, {"ops", QJsonArray{rectOp(opId, m_next)}}};
        QNetworkRequest req(QUrl(m_base.toString() + "/api/v1/drawings/" + m_drawing + "/ops"));
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        req.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        req.setTransferTimeout(10000);
        m_inFlight = true;
        QNetworkReply *reply = m_nam->post(req, QJsonDocument(body).toJson(QJsonDocument::Compact));
        connect(reply, &QNetworkReply::finished, this, [this, reply, opId] {
            reply->deleteLater();
            m_inFlight = false;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (status == 200) {
                const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
                acknowledged << opId;
                revisions << json["results"][0]["revision"].toInteger();
                ++m_next;
                send();
                return;
            }
            if (status == 409) {
                ++conflicts;
                m_stopping = true;
                return;
            }
            // 502/503/504 from nginx or a node, a cut connection: the same op again.
            ++retries;
            if (!m_stopping || m_next < m_count) {
                m_inFlight = true;
                QTimer::singleShot(100, this, [this] {
                    m_inFlight = false;
                    send();
                });
            }
        });
    }

    QNetworkAccessManager *m_nam;
    QUrl m_base;
    QString m_token, m_drawing, m_client;
    int m_count;
    int m_next = 0;
    bool m_stopping = false;
    bool m_inFlight = false;
};

// A WebSocket subscriber as PROTOCOL.md §6 has it: commits in revision order, a gap filled
// through `ops?after` (counted in `gaps`), and, when asked, a reconnect after a cut.
class Subscriber : public QObject
{
public:
    Subscriber(QUrl base, QString token, QString drawing, bool reconnect)
        : m_base(std::move(base)), m_token(std::move(token)), m_drawing(std::move(drawing)),
          m_reconnect(reconnect)
    {
        connect(&m_socket, &QWebSocket::textMessageReceived, this, &Subscriber::onText);
        connect(&m_socket, &QWebSocket::disconnected, this, [this] {
            m_helloSeen = false;
            if (!m_reconnect || m_closing)
                return;
            ++reconnects;
            QTimer::singleShot(200, this, &Subscriber::open);
        });
    }
    ~Subscriber() override
    {
        m_closing = true;
        m_socket.abort();
    }

    void open()
    {
        if (m_closing)
            return;
        QString ws = m_base.toString().replace("http://", "ws://");
        m_socket.open(QUrl(ws + "/api/v1/drawings/" + m_drawing + "/ws?access_token=" + m_token));
    }
    bool live() const { return m_helloSeen; }
    qint64 last() const { return revisions.isEmpty() ? 0 : revisions.last(); }

    // ops?after=last until nothing is missing (REST is where a client catches up).
    bool catchUp(const QUrl &base)
    {
        for (int page = 0; page < 1000; ++page) {
            const HttpResult r = httpRequest(
                base, "GET",
                QStringLiteral("/api/v1/drawings/%1/ops?after=%2").arg(m_drawing).arg(last()), {},
                m_token);
            if (r.status != 200)
                return false;
            for (const QJsonValue &c : r.json["commits"].toArray())
                take(c["revision"].toInteger());
            if (!r.json["has_more"].toBool())
                return true;
        }
        return false;
    }

    QList<qint64> revisions; // every revision seen, in the order seen
    int gaps = 0;
    int reconnects = 0;

private:
    void take(qint64 revision)
    {
        if (revision == last() + 1)
            revisions << revision;
    }

    void onText(const QString &text)
    {
        const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
        const QString type = m["type"].toString();
        if (type == u"hello") {
            m_helloSeen = true;
            if (m["latest_revision"].toInteger() > last())
                catchUp(m_base);
        } else if (type == u"commit") {
            const qint64 revision = m["revision"].toInteger();
            if (revision <= last())
                return; // stale or repeated: ignored
            if (revision > last() + 1) {
                ++gaps;
                catchUp(m_base);
            }
            take(revision);
        }
    }

    QWebSocket m_socket;
    QUrl m_base;
    QString m_token, m_drawing;
    bool m_reconnect;
    bool m_closing = false;
    bool m_helloSeen = false;
};

bool isOneToN(const QList<qint64> &revisions, qint64 n)
{
    if (revisions.size() != n)
        return false;
    for (qint64 i = 0; i < n; ++i) {
        if (revisions[i] != i + 1)
            return false;
    }
    return true;
}

QString describe(const QList<qint64> &revisions)
{
    if (revisions.isEmpty())
        return QStringLiteral("none");
    return QStringLiteral("%1 revisions, first %2, last %3")
        .arg(revisions.size())
        .arg(revisions.first())
        .arg(revisions.last());
}

qint64 metricValue(const QUrl &node, const QByteArray &name, const QString &adminToken)
{
    const HttpResult r =
        httpRequest(node, "GET", QStringLiteral("/api/v1/metrics"), {}, adminToken);
    for (const QByteArray &line : r.body.split('\n')) {
        if (line.startsWith(name + ' '))
            return line.mid(name.size() + 1).toLongLong();
    }
    return -1;
}

} // namespace

class TestScaleOut : public QObject
{
    Q_OBJECT

    PgCluster pg;
    RedisServer redis;
    std::vector<std::unique_ptr<ServerFixture>> nodes;
    std::unique_ptr<NginxProxy> nginx;
    QString alice;
    QString root; // an admin: /metrics
    QNetworkAccessManager nam;

    QUrl front() const { return nginx->baseUrl(); }
    QUrl node(int i) const { return nodes[size_t(i)]->baseUrl(); }

    bool createDrawing(const QString &id)
    {
        return httpRequest(front(), "POST", "/api/v1/drawings",
                           {{"id", id}, {"title", "Scale " + id}}, alice)
                   .status == 201;
    }

    QJsonArray allCommits(const QString &drawing)
    {
        QJsonArray all;
        qint64 after = 0;
        for (;;) {
            const HttpResult r = httpRequest(
                front(), "GET",
                QStringLiteral("/api/v1/drawings/%1/ops?after=%2").arg(drawing).arg(after), {},
                alice);
            if (r.status != 200)
                return {};
            for (const QJsonValue &c : r.json["commits"].toArray()) {
                all.append(c);
                after = c["revision"].toInteger();
            }
            if (!r.json["has_more"].toBool())
                return all;
        }
    }

    // The log is 1..N without gaps, every op exactly once, every acknowledged op in it,
    // each writer's ops in its own order; returns N (-1 after a failed check).
    qint64 checkLog(const QString &drawing, const std::vector<std::unique_ptr<Writer>> &writers,
                    Document *replay)
    {
        const QJsonArray commits = allCommits(drawing);
        QHash<QString, int> seen;
        QHash<QString, int> lastIndex;
        for (int i = 0; i < commits.size(); ++i) {
            if (commits[i]["revision"].toInt() != i + 1) {
                qWarning("revision %d at position %d", commits[i]["revision"].toInt(), i);
                return -1;
            }
            Parsed<OpList> ops = parseOps(commits[i]["ops"], Limits());
            if (!std::holds_alternative<OpList>(ops))
                return -1;
            replay->apply(std::get<OpList>(ops));
            for (const QJsonValue &op : commits[i]["ops"].toArray()) {
                const QString opId = op["op_id"].toString();
                if (++seen[opId] != 1) {
                    qWarning("op %s committed twice", qPrintable(opId));
                    return -1;
                }
                const QString client = opId.section('-', 0, 0);
                const int index = opId.section('-', 1).toInt();
                if (index != lastIndex.value(client, -1) + 1) {
                    qWarning("op %s out of its writer's order", qPrintable(opId));
                    return -1;
                }
                lastIndex[client] = index;
            }
        }
        for (const auto &w : writers) {
            for (const QString &id : w->acknowledged) {
                if (!seen.contains(id)) {
                    qWarning("acknowledged op %s lost", qPrintable(id));
                    return -1;
                }
            }
            if (w->conflicts) {
                qWarning("a writer met op_id_conflict");
                return -1;
            }
        }
        return commits.size();
    }

    template<class List> static bool allDone(const List &list)
    {
        return std::all_of(list.begin(), list.end(), [](const auto &x) { return x->done(); });
    }

    using Subscribers = std::vector<std::unique_ptr<Subscriber>>;
    using Writers = std::vector<std::unique_ptr<Writer>>;

    // One subscriber of drawing `d` per base URL, each having had its hello.
    static bool subscribe(Subscribers *subs, const QList<QUrl> &bases, const QString &d,
                          const QString &token, bool reconnect)
    {
        for (const QUrl &base : bases) {
            subs->push_back(std::make_unique<Subscriber>(base, token, d, reconnect));
            subs->back()->open();
        }
        return QTest::qWaitFor(
            [&] {
                return std::all_of(subs->begin(), subs->end(), [](auto &s) { return s->live(); });
            },
            10000);
    }

    // `count` writers of `each` ops, spread over `bases` in turn, started.
    Writers startWriters(const QList<QUrl> &bases, const QString &d, const QString &prefix,
                         int count, int each = 1000000)
    {
        Writers writers;
        for (int i = 0; i < count; ++i) {
            writers.push_back(std::make_unique<Writer>(&nam, bases[i % bases.size()], alice, d,
                                                       prefix + QString::number(i), each));
            writers.back()->start();
        }
        return writers;
    }

    static qint64 acknowledged(const Writers &writers)
    {
        qint64 n = 0;
        for (const auto &w : writers)
            n += w->acknowledged.size();
        return n;
    }

    // Stops the writers and waits until their last POSTs are answered.
    static bool stopAll(const Writers &writers)
    {
        for (const auto &w : writers)
            w->stop();
        return QTest::qWaitFor([&] { return allDone(writers); }, 30000);
    }

    // Every subscriber, live again, has revisions 1..n in order; without gaps (pushed, not
    // caught up by REST) when `pushedOnly`.
    static void checkSubscribers(const Subscribers &subs, qint64 n, bool pushedOnly)
    {
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(subs.begin(), subs.end(),
                                   [&](auto &s) { return s->live() && s->last() >= n; });
            },
            20000));
        for (const auto &s : subs) {
            QVERIFY2(isOneToN(s->revisions, n), qPrintable(describe(s->revisions)));
            if (pushedOnly)
                QCOMPARE(s->gaps, 0);
        }
    }

    QList<QUrl> allNodes() const { return {node(0), node(1), node(2)}; }

private slots:
    void initTestCase()
    {
        nam.setProxy(QNetworkProxy::NoProxy);
        QVERIFY2(pg.start(), qPrintable(pg.log()));
        const QString db = pg.createUniqueDatabase(QStringLiteral("scale"));
        QVERIFY(!db.isEmpty());
        QVERIFY2(redis.start(), qPrintable(redis.log()));
        QList<quint16> ports;
        for (int i = 0; i < 3; ++i) {
            auto n = std::make_unique<ServerFixture>(
                QStringList{"--redis", redis.url(), "--node-id", QStringLiteral("node%1").arg(i),
                            "--commits-per-second", "0", "--snapshot-interval", "50"});
            n->useDatabase(pg.url(db));
            QVERIFY2(n->start(), qPrintable(n->serverStderr()));
            ports << n->port();
            nodes.push_back(std::move(n));
        }
        QVERIFY(nodes[0]->addUser("alice", "password1"));
        QVERIFY(nodes[2]->addUser("root", "password1", true));
        nginx = std::make_unique<NginxProxy>(ports);
        QVERIFY2(nginx->start(), qPrintable(nginx->errorLog()));
        // One account, three nodes: a token from one is good on all (they share the store).
        alice = nodes[1]->login("alice", "password1");
        QVERIFY(!alice.isEmpty());
        root = nodes[0]->login("root", "password1");
        QVERIFY(!root.isEmpty());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(httpRequest(node(i), "GET", "/api/v1/me", {}, alice).status, 200);
        QCOMPARE(httpRequest(front(), "GET", "/api/v1/me", {}, alice).status, 200);
        for (int i = 0; i < 3; ++i) {
            QVERIFY2(
                QTest::qWaitFor(
                    [&] { return metricValue(node(i), "inkboard_fanout_redis_up", root) == 1; },
                    10000),
                "a node did not connect to Redis");
        }
    }

    void cleanupTestCase()
    {
        if (nginx)
            nginx->stop();
        for (auto &n : nodes)
            QVERIFY2(n->terminate() == 0, qPrintable(n->serverStderr().right(700)));
    }

    // Writers on every node of one drawing, subscribers on every node and through nginx:
    // revisions 1..N with no gap, and every subscriber sees every commit, in order,
    // pushed (no REST catch-up needed).
    void writersOnEveryNodeConverge()
    {
        const QString d = QStringLiteral("spread");
        QVERIFY(createDrawing(d));
        Subscribers subs;
        QVERIFY(subscribe(&subs, allNodes() << front(), d, alice, false));
        const Writers writers = startWriters(allNodes(), d, QStringLiteral("w"), 6, 40);
        QVERIFY(QTest::qWaitFor([&] { return allDone(writers); }, 120000));
        for (auto &w : writers)
            QCOMPARE(w->acknowledged.size(), 40);

        Document replay;
        const qint64 n = checkLog(d, writers, &replay);
        QCOMPARE(n, 240);
        checkSubscribers(subs, n, true);
        // Every node serves the same state, equal to replaying the log through the model.
        for (int i = 0; i < 3; ++i) {
            const HttpResult snap =
                httpRequest(node(i), "GET", "/api/v1/drawings/" + d + "/snapshot", {}, alice);
            QCOMPARE(snap.json["revision"].toInteger(), n);
            QCOMPARE(snap.json["objects"].toArray(), replay.toJson());
        }
    }

    // A token signed out on one node and a member removed on one node are refused by the
    // others at once: the control message that closes their sockets there also makes each
    // node forget the tokens and roles it remembered (for up to a second otherwise).
    void accessChangesApplyOnEveryNodeAtOnce()
    {
        const QString d = QStringLiteral("access");
        QVERIFY(createDrawing(d));
        const QString token = nodes[0]->login("alice", "password1");
        QVERIFY(!token.isEmpty());
        Subscribers aliceSubs;
        QVERIFY(subscribe(&aliceSubs, {node(2)}, d, token, false));
        QCOMPARE(httpRequest(node(2), "GET", "/api/v1/me", {}, token).status, 200);
        QCOMPARE(httpRequest(node(0), "POST", "/api/v1/auth/logout", {}, token).status, 204);
        QVERIFY(QTest::qWaitFor([&] { return !aliceSubs[0]->live(); }, 5000));
        QCOMPARE(httpRequest(node(2), "GET", "/api/v1/me", {}, token).status, 401);

        const QString path = "/api/v1/drawings/" + d;
        QCOMPARE(
            httpRequest(node(0), "PUT", path + "/members/root", {{"role", "editor"}}, alice).status,
            200);
        Subscribers rootSubs;
        QVERIFY(subscribe(&rootSubs, {node(2)}, d, root, false));
        QCOMPARE(httpRequest(node(2), "GET", path, {}, root).status, 200);
        QCOMPARE(httpRequest(node(0), "DELETE", path + "/members/root", {}, alice).status, 204);
        QVERIFY(QTest::qWaitFor([&] { return !rootSubs[0]->live(); }, 5000));
        QCOMPARE(httpRequest(node(2), "GET", path, {}, root).status, 404);
    }

    // A drawing deleted on one node and made again with the same id starts from nothing on
    // every node: a node that held the old one in memory forgets it.
    void deletedAndMadeAgainOnAnotherNode()
    {
        const QString d = QStringLiteral("again");
        const QString path = "/api/v1/drawings/" + d;
        QVERIFY(createDrawing(d));
        const QJsonObject oldOps{{"client_id", "old"},
                                 {"ops", QJsonArray{rectOp("old-1", 1), rectOp("old-2", 2)}}};
        QCOMPARE(httpRequest(node(1), "POST", path + "/ops", oldOps, alice).status, 200);
        QCOMPARE(httpRequest(node(1), "GET", path + "/snapshot", {}, alice)
                     .json["objects"]
                     .toArray()
                     .size(),
                 2);
        Subscribers subs;
        QVERIFY(subscribe(&subs, {node(1)}, d, alice, false));
        QCOMPARE(httpRequest(node(0), "DELETE", path, {}, alice).status, 204);
        QVERIFY(QTest::qWaitFor([&] { return !subs[0]->live(); }, 5000)); // node 1 was told
        QVERIFY(createDrawing(d));

        const HttpResult empty = httpRequest(node(1), "GET", path + "/snapshot", {}, alice);
        QCOMPARE(empty.status, 200);
        QCOMPARE(empty.json["revision"].toInteger(), 0);
        QCOMPARE(empty.json["objects"].toArray().size(), 0);
        const QJsonObject newOps{{"client_id", "new"}, {"ops", QJsonArray{rectOp("new-1", 5)}}};
        const HttpResult committed = httpRequest(node(1), "POST", path + "/ops", newOps, alice);
        QCOMPARE(committed.status, 200);
        QCOMPARE(committed.json["revision"].toInteger(), 1);
        const QJsonArray objects =
            httpRequest(node(1), "GET", path + "/snapshot", {}, alice).json["objects"].toArray();
        QCOMPARE(objects.size(), 1);
        QCOMPARE(objects[0]["id"].toString(), QStringLiteral("new-1"));
    }

    // Redis goes away mid-storm and comes back: nodes keep committing, subscribers on every
    // node still get every commit in order (the nodes fill from the database), and the
    // nodes resubscribe by themselves.
    void redisStoppedMidStorm()
    {
        const QString d = QStringLiteral("redis");
        QVERIFY(createDrawing(d));
        Subscribers subs;
        QVERIFY(subscribe(&subs, allNodes(), d, alice, false));
        const Writers writers = startWriters(allNodes(), d, QStringLiteral("r"), 6);
        QTest::qWait(700);
        QVERIFY(redis.stop());
        QVERIFY(QTest::qWaitFor(
            [&] { return metricValue(node(0), "inkboard_fanout_redis_up", root) == 0; }, 5000));
        QTest::qWait(1500);
        const qint64 during = acknowledged(writers);
        QVERIFY2(redis.restart(), qPrintable(redis.log()));
        for (int i = 0; i < 3; ++i)
            QVERIFY(QTest::qWaitFor(
                [&] { return metricValue(node(i), "inkboard_fanout_redis_up", root) == 1; },
                15000));
        QTest::qWait(700);
        QVERIFY(stopAll(writers));
        const qint64 acked = acknowledged(writers);
        QVERIFY2(acked > during, "no commit after Redis came back");

        Document replay;
        const qint64 n = checkLog(d, writers, &replay);
        QCOMPARE(n, acked);
        checkSubscribers(subs, n, true); // the nodes filled from the database meanwhile
    }

    // The node that nginx routes a drawing to is killed with SIGKILL mid-storm: its
    // writers and subscribers go on through nginx on another node; nothing acknowledged is
    // lost, nothing doubled, and the subscribers catch up.
    void nodeKilledMidStorm()
    {
        const QString d = QStringLiteral("kill");
        QVERIFY(createDrawing(d));
        Subscribers subs;
        QVERIFY(subscribe(&subs, {front(), front()}, d, alice, true));
        QList<qint64> before;
        for (int i = 0; i < 3; ++i)
            before << metricValue(node(i), "inkboard_commits_total", root);
        const Writers writers = startWriters({front()}, d, QStringLiteral("k"), 4);
        QTest::qWait(800);
        // nginx sends every request of the drawing to one node: that is the one to kill.
        int victim = -1;
        for (int i = 0; i < 3; ++i) {
            const qint64 grew = metricValue(node(i), "inkboard_commits_total", root) - before[i];
            if (grew > 0) {
                QVERIFY2(victim < 0, "a drawing's commits went to two nodes through nginx");
                victim = i;
            }
        }
        QVERIFY(victim >= 0);
        nodes[size_t(victim)]->kill9();
        const qint64 atKill = acknowledged(writers);
        QTest::qWait(2000);
        QVERIFY(stopAll(writers));
        const qint64 acked = acknowledged(writers);
        QVERIFY2(acked > atKill, "nothing was committed through nginx after the kill");
        QVERIFY2(nodes[size_t(victim)]->restart(),
                 qPrintable(nodes[size_t(victim)]->serverStderr()));

        Document replay;
        const qint64 n = checkLog(d, writers, &replay);
        QCOMPARE(n, acked);
        checkSubscribers(subs, n, false);
        for (auto &s : subs)
            QVERIFY(s->reconnects >= 1); // it was on the killed node, and came back through nginx
    }

    // PostgreSQL restarts mid-storm: nodes answer 503 + Retry-After and /healthz says so
    // while it is down, recover by themselves, and lose nothing acknowledged.
    void postgresRestartedMidStorm()
    {
        const QString d = QStringLiteral("pg");
        QVERIFY(createDrawing(d));
        Subscribers subs;
        QVERIFY(subscribe(&subs, {front()}, d, alice, true));
        const Writers writers = startWriters({front()}, d, QStringLiteral("p"), 4);
        QTest::qWait(700);
        QVERIFY(pg.stop());
        for (int i = 0; i < 3; ++i) {
            QVERIFY(QTest::qWaitFor(
                [&] {
                    const HttpResult h = httpRequest(node(i), "GET", "/healthz");
                    return h.status == 503 && !h.header("Retry-After").isEmpty();
                },
                10000));
        }
        QTest::qWait(1000);
        int retriesDown = 0;
        for (auto &w : writers)
            retriesDown += w->retries;
        QVERIFY2(retriesDown > 0, "commits were answered while PostgreSQL was down");
        QVERIFY2(pg.start(), qPrintable(pg.log()));
        for (int i = 0; i < 3; ++i)
            QVERIFY(QTest::qWaitFor(
                [&] { return httpRequest(node(i), "GET", "/healthz").status == 200; }, 15000));
        const qint64 atRecovery = acknowledged(writers);
        QTest::qWait(1000);
        QVERIFY(stopAll(writers));
        const qint64 acked = acknowledged(writers);
        QVERIFY2(acked > atRecovery, "no commit after PostgreSQL came back");

        Document replay;
        const qint64 n = checkLog(d, writers, &replay);
        QCOMPARE(n, acked);
        checkSubscribers(subs, n, false);
    }
};

QTEST_GUILESS_MAIN(TestScaleOut)
#include "tst_scale_out.moc"
