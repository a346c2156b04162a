// The one reader of stored history (server/pipeline/history.h) on a real SQLite store: what
// was stored is read back, even when it no longer validates (issue 13 row 8: a rect whose
// `w` an older server let an update remove was dropped on load, so after a restart the
// server's drawing differed from every client's).

#include "pipeline/history.h"
#include "store/sql_store.h"

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
};

QTEST_GUILESS_MAIN(TestHistoryRead)
#include "tst_history_read.moc"
