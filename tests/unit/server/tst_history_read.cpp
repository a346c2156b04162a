// SPDX-License-Identifier: Apache-2.0
// The one reader of stored history (server/pipeline/history.h) on a real SQLite store: what
// was stored is read back, even when it no longer validates (issue 13 row 8: a rect whose
// `w` an older server let an update remove was dropped on load, so after a restart the
// server's drawing differed from every client's).

#include "pipeline/history.h"
#include "store/sql_store.h"
#include "store/stored_depth.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace inkboard;
using namespace inkboard::server;

class TestHistoryRead : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqlStore> m_store;
    int m_n = 0;

private slots:
    void init()
    {
        DatabaseTarget target;
        target.sqlitePath = m_dir.filePath(QStringLiteral("h%1.db").arg(++m_n));
        m_store = std::make_unique<SqlStore>(target);
        QVERIFY2(m_store->open(), qPrintable(m_store->lastError()));
        UserRecord owner{QStringLiteral("u1"), QStringLiteral("owner"), QStringLiteral("x"), false,
                         QDateTime::currentDateTimeUtc()};
        QVERIFY(m_store->addUser(owner));
        DrawingRecord d{QStringLiteral("d"),
                        QStringLiteral("D"),
                        QDateTime::currentDateTimeUtc(),
                        QDateTime::currentDateTimeUtc(),
                        0,
                        0};
        QVERIFY(m_store->addDrawing(d, QStringLiteral("u1")));
    }

    // An older server let an update remove a rect's `w`: its log replays to a rect without
    // it, and the snapshot it wrote holds that rect. Both readings must agree.
    void anObjectThatNoLongerValidatesIsKept()
    {
        const QString d = QStringLiteral("d");
        auto commit = [](qint64 revision, const QByteArray &ops) {
            return CommitRecord{revision,
                                QStringLiteral("u1"),
                                QStringLiteral("owner"),
                                QStringLiteral("c"),
                                QDateTime::currentDateTimeUtc(),
                                ops,
                                {}};
        };
        const QList<CommitRecord> log{
            commit(
                1,
                R"([{"op_id":"a","op":"create","id":"ok","type":"rect","props":{"w":1,"h":2}},)"
                R"({"op_id":"b","op":"create","id":"narrow","type":"rect","props":{"w":3,"h":2,"x":5}}])"),
            commit(2, R"([{"op_id":"c","op":"update","id":"narrow","props":{"w":null}}])")};
        QCOMPARE(m_store->appendCommits(d, log, QDateTime::currentDateTimeUtc()), AppendResult::Ok);
        QString error;
        std::optional<StoredDocument> replayed = readSnapshot(*m_store, d, 0, &error);
        QVERIFY2(replayed, qPrintable(error));
        QCOMPARE(replay(*m_store, d, 2, *replayed), ReplayResult::Done);
        const Object *fromLog = replayed->document.find(QStringLiteral("narrow"));
        QVERIFY(fromLog);
        QVERIFY(!fromLog->props.contains(QLatin1String("w")));

        QVERIFY(m_store->addSnapshot(
            d, SnapshotRecord{
                   2, QJsonDocument(replayed->document.toJson()).toJson(QJsonDocument::Compact)}));
        const std::optional<StoredDocument> read = readSnapshot(*m_store, d, 2, &error);
        QVERIFY2(read, qPrintable(error));
        QCOMPARE(read->revision, 2);
        QVERIFY2(read->document.find(QStringLiteral("narrow")), "a rect without its w was dropped");
        QCOMPARE(read->document, replayed->document);
    }
    // The scan that decides whether a stored row needs parsing at all: brackets inside
    // strings (escaped quotes too) do not count, so a row is parsed only when it nests deep.
    void nestingDepthSkipsStrings_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("depth");
        QTest::newRow("flat") << QByteArray(R"([1,2])") << 1;
        QTest::newRow("props") << QByteArray(R"([{"props":{"a":[[1]]}}])") << 5;
        QTest::newRow("brackets in a string") << QByteArray("[\"[[[{{{\"]") << 1;
        QTest::newRow("escaped quote in a string") << QByteArray("[\"\\\"[[\",[2]]") << 2;
        QTest::newRow("escaped backslash ends a string") << QByteArray("[\"\\\\\",[[3]]]") << 3;
    }
    void nestingDepthSkipsStrings()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, depth);
        QCOMPARE(jsonNestingDepth(json), depth);
    }

    // Rows read back from the store lose only the prop values too deep to serve (stored
    // before the depth limit); a row with none is handed out byte for byte.
    void tooDeepValuesLeaveWhatIsRead()
    {
        const QString d = QStringLiteral("d");
        const int limit = Limits().maxPropDepth;
        auto deep = [](int depth) {
            QJsonValue v(1);
            for (int i = 0; i < depth; ++i)
                v = QJsonArray{v};
            return v;
        };
        auto row = [](const QJsonObject &item) {
            return QJsonDocument(QJsonArray{item}).toJson(QJsonDocument::Compact);
        };
        const QByteArray atLimit = row(QJsonObject{
            {"op_id", "a"},
            {"op", "create"},
            {"id", "r"},
            {"type", "rect"},
            {"props", QJsonObject{{"w", 1}, {"h", 2}, {"s", "[[[["}, {"ok", deep(limit)}}}});
        const QByteArray overLimit =
            row(QJsonObject{{"op_id", "b"},
                            {"op", "update"},
                            {"id", "r"},
                            {"props", QJsonObject{{"x", 3}, {"deep", deep(limit + 1)}}}});
        const QList<CommitRecord> log{CommitRecord{1,
                                                   QStringLiteral("u1"),
                                                   QStringLiteral("owner"),
                                                   QStringLiteral("c"),
                                                   QDateTime::currentDateTimeUtc(),
                                                   atLimit,
                                                   {}},
                                      CommitRecord{2,
                                                   QStringLiteral("u1"),
                                                   QStringLiteral("owner"),
                                                   QStringLiteral("c"),
                                                   QDateTime::currentDateTimeUtc(),
                                                   overLimit,
                                                   {}}};
        QCOMPARE(m_store->appendCommits(d, log, QDateTime::currentDateTimeUtc()), AppendResult::Ok);
        const auto read = m_store->commits(d, 0, 2, 10);
        QVERIFY(read && read->size() == 2);
        QCOMPARE(read->at(0).opsJson, atLimit);
        const QJsonObject op = QJsonDocument::fromJson(read->at(1).opsJson).array()[0].toObject();
        QCOMPARE(op["id"].toString(), QStringLiteral("r"));
        QCOMPARE(op["props"].toObject(), (QJsonObject{{"x", 3}}));

        QVERIFY(m_store->addSnapshot(
            d,
            SnapshotRecord{
                2, row(QJsonObject{
                       {"id", "r"},
                       {"type", "rect"},
                       {"props", QJsonObject{{"w", 1}, {"h", 2}, {"deep", deep(limit + 1)}}}})}));
        QString error;
        const std::optional<StoredDocument> base = readSnapshot(*m_store, d, 2, &error);
        QVERIFY2(base, qPrintable(error));
        const Object *r = base->document.find(QStringLiteral("r"));
        QVERIFY2(r, "the object was dropped with its value");
        QCOMPARE(r->props, (QJsonObject{{"w", 1}, {"h", 2}}));
    }
};

QTEST_GUILESS_MAIN(TestHistoryRead)
#include "tst_history_read.moc"
