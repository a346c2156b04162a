// SPDX-License-Identifier: Apache-2.0
// Messages from the Redis bus are checked as client input (issue 13, "Redis messages
// validated like client input"): a node relays to its clients nothing that a client could
// not parse or that is over its frame limits, and acts on no control message it would not
// have sent itself. A hostile publisher on the real Redis fixture sends them on the
// channels the node listens to, each followed by a valid presence frame as a probe: the
// client must see the probe and nothing before it.
#include "redis_fixture.h"
#include "test_common.h"

using namespace inkboard::test;

namespace {

constexpr int kMaxBodyBytes = 65536;

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray presenceFrame(const QString &session, const QJsonObject &extra = {})
{
    QJsonObject o{{"type", "presence"},
                  {"session_id", session},
                  {"user", QJsonObject{{"id", "u-remote"}, {"name", "remote"}}},
                  {"cursor", QJsonObject{{"x", 1}, {"y", 2}}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return compact(o);
}

QJsonObject commitFrame(qint64 revision, const QJsonArray &ops,
                        const QString &drawing = QStringLiteral("d1"))
{
    return {{"type", "commit"},
            {"drawing_id", drawing},
            {"revision", revision},
            {"author", QJsonObject{{"id", "u-remote"}, {"name", "remote"}}},
            {"client_id", "c-remote"},
            {"created_at", "2026-12-03T00:00:00.000Z"},
            {"ops", ops}};
}

QJsonObject commentFrame(const QString &drawing = QStringLiteral("d1"),
                         const QString &text = QStringLiteral("hello"))
{
    return {{"type", "comment"},
            {"drawing_id", drawing},
            {"comment", QJsonObject{{"id", "c-remote"},
                                    {"thread", "c-remote"},
                                    {"author", QJsonObject{{"id", "u-remote"}, {"name", "remote"}}},
                                    {"anchor", QJsonObject{{"x", 1}, {"y", 2}}},
                                    {"text", text},
                                    {"created_at", "2026-12-03T00:00:00Z"},
                                    {"updated_at", "2026-12-03T00:00:00Z"},
                                    {"seq", 1}}}};
}

QJsonValue nested(int depth)
{
    QJsonValue v = 1;
    for (int i = 0; i < depth; ++i)
        v = QJsonArray{v};
    return v;
}

// The bus's framing (fanout/redis_fanout.cpp): NODE \n KIND \n ARG \n BODY.
QByteArray busMessage(char kind, const QByteArray &arg, const QByteArray &body)
{
    return QByteArray("hostile-node\n") + kind + '\n' + arg + '\n' + body;
}

} // namespace

class TestServerFanout : public QObject
{
    Q_OBJECT

    RedisServer m_redis;

    bool publish(const QString &channel, const QByteArray &payload)
    {
        QByteArray out;
        return m_redis.cli({"PUBLISH", channel, QString::fromUtf8(payload)}, &out) == 0;
    }

    // Waits until the node listens on the drawing's channel.
    bool subscribed(const QString &channel)
    {
        return QTest::qWaitFor(
            [&] {
                QByteArray out;
                m_redis.cli({"PUBSUB", "NUMSUB", channel}, &out);
                const QList<QByteArray> lines = out.split('\n');
                return lines.size() >= 2 && lines.at(1).trimmed().toInt() >= 1;
            },
            10000);
    }

private slots:
    void initTestCase()
    {
        if (RedisServer::serverBinary().isEmpty() || RedisServer::cliBinary().isEmpty())
            QSKIP("redis-server / redis-cli are not installed (scripts/setup.sh)");
        QVERIFY(m_redis.start());
    }

    void hostileBusMessagesAreNotRelayed_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QByteArray>("payload");
        const QString d1 = QStringLiteral("inkboard:drawing:d1");
        const QString control = QStringLiteral("inkboard:control");
        QTest::newRow("commit: not JSON") << d1 << busMessage('c', "1", "{\"type\":\"commit\",");
        QTest::newRow("commit: not a commit frame")
            << d1 << busMessage('c', "1", compact({{"type", "hello"}}));
        QTest::newRow("commit: an invalid op")
            << d1
            << busMessage('c', "1",
                          compact(commitFrame(1, {QJsonObject{{"op", "create"}, {"id", "r1"}}})));
        QTest::newRow("commit: props nested past the depth limit")
            << d1
            << busMessage('c', "1",
                          compact(commitFrame(
                              1, {QJsonObject{{"op_id", "o1"},
                                              {"op", "create"},
                                              {"id", "r1"},
                                              {"type", "rect"},
                                              {"props", QJsonObject{{"x", 1},
                                                                    {"y", 2},
                                                                    {"w", 3},
                                                                    {"h", 4},
                                                                    {"deep", nested(40)}}}}})));
        QTest::newRow("commit: over the frame limit")
            << d1
            << busMessage('c', "1",
                          compact(commitFrame(
                              1, {QJsonObject{{"op_id", "o1"},
                                              {"op", "create"},
                                              {"id", "t1"},
                                              {"type", "rect"},
                                              {"props", QJsonObject{{"x", 1},
                                                                    {"y", 2},
                                                                    {"w", 3},
                                                                    {"h", 4},
                                                                    {"note", QString(kMaxBodyBytes,
                                                                                     'a')}}}}})));
        QTest::newRow("commit: another drawing's")
            << d1 << busMessage('c', "1", compact(commitFrame(1, {rectOp("o1", "r1")}, "d2")));
        QTest::newRow("commit: another revision than its frame")
            << d1 << busMessage('c', "1", compact(commitFrame(7, {rectOp("o1", "r1")})));
        QTest::newRow("presence: not JSON") << d1 << busMessage('p', "s-evil", "[[[");
        QTest::newRow("presence: of another session")
            << d1 << busMessage('p', "s-evil", presenceFrame("s-other"));
        QTest::newRow("leave: not JSON") << d1 << busMessage('l', "s-evil", "not json");
        QTest::newRow("leave: not a leave frame")
            << d1 << busMessage('l', "s-evil", presenceFrame("s-evil"));
        QTest::newRow("control: a close code no node sends")
            << control
            << busMessage('x', "",
                          compact({{"what", "drawing"},
                                   {"drawing", "d1"},
                                   {"code", 1000},
                                   {"reason", "bye"}}));
        QTest::newRow("control: not JSON") << control << busMessage('x', "", "{\"what\":");
        QTest::newRow("comment: not JSON") << d1 << busMessage('m', "", "{\"type\":\"comment\"");
        QTest::newRow("comment: another drawing's")
            << d1 << busMessage('m', "", compact(commentFrame("d2")));
        QTest::newRow("comment: not a comment frame")
            << d1 << busMessage('m', "", presenceFrame("s-evil"));
        QTest::newRow("comment: a comment without an author") << d1 << busMessage('m', "", [] {
            QJsonObject f = commentFrame();
            QJsonObject c = f["comment"].toObject();
            c.remove("author");
            f["comment"] = c;
            return compact(f);
        }());
        QTest::newRow("comment: text over 4000 characters")
            << d1 << busMessage('m', "", compact(commentFrame("d1", QString(4001, 'a'))));
    }

    void hostileBusMessagesAreNotRelayed()
    {
        QFETCH(QString, channel);
        QFETCH(QByteArray, payload);
        World w({"--redis", m_redis.url(), "--max-body-bytes", QString::number(kMaxBodyBytes)});
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        WsClient carol; // asks for comment frames, so that a hostile one would reach it
        QVERIFY(carol.open(w.server.baseUrl(), "d1", w.carol, false, "features=comments"));
        QVERIFY(subscribed("inkboard:drawing:d1"));
        QVERIFY(publish(channel, payload));
        QVERIFY(
            publish("inkboard:drawing:d1", busMessage('p', "s-probe", presenceFrame("s-probe"))));
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return carol.closed ||
                                (!carol.frames.isEmpty() &&
                                 carol.frames.last()["session_id"].toString() == u"s-probe");
                     },
                     10000),
                 "the probe never came");
        QVERIFY2(!carol.closed,
                 qPrintable(QStringLiteral("the socket was closed %1").arg(carol.closeCode)));
        QCOMPARE(carol.frames.size(), 2); // the hello and the probe, nothing between them
    }

    // Valid messages still pass: a commit frame of the drawing at the next revision.
    void aValidCommitFromAnotherNodeIsRelayed()
    {
        World w({"--redis", m_redis.url()});
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        WsClient carol;
        QVERIFY(carol.open(w.server.baseUrl(), "d1", w.carol));
        QVERIFY(subscribed("inkboard:drawing:d1"));
        QVERIFY(publish("inkboard:drawing:d1",
                        busMessage('c', "1", compact(commitFrame(1, {rectOp("o1", "r1")})))));
        QVERIFY(carol.waitFor("commit", 1));
        QCOMPARE(carol.ofType("commit").first()["revision"].toInteger(), 1);
    }

    // A comment frame from another node reaches the sockets that asked for comment frames.
    void aValidCommentFromAnotherNodeIsRelayed()
    {
        World w({"--redis", m_redis.url()});
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        WsClient carol, older;
        QVERIFY(carol.open(w.server.baseUrl(), "d1", w.carol, false, "features=comments"));
        QVERIFY(older.open(w.server.baseUrl(), "d1", w.bob));
        QVERIFY(subscribed("inkboard:drawing:d1"));
        QVERIFY(publish("inkboard:drawing:d1", busMessage('m', "", compact(commentFrame()))));
        QVERIFY(carol.waitFor("comment", 1));
        QCOMPARE(carol.ofType("comment").first()["comment"].toObject()["text"].toString(),
                 QStringLiteral("hello"));
        QVERIFY(
            publish("inkboard:drawing:d1", busMessage('p', "s-probe", presenceFrame("s-probe"))));
        QVERIFY(older.waitFor("presence", 1));
        QCOMPARE(older.ofType("comment").size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerFanout)
#include "tst_server_fanout.moc"
