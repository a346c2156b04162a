#include "client/local_store.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace inkboard;
using namespace inkboard::sync;

class TestLocalStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("s%1.db").arg(++m_n)); }

    static Object rect(const QString &id, double x)
    {
        return Object{id, ObjectType::Rect,
                      QJsonObject{{"x", x}, {"y", 1}, {"w", 10}, {"h", 20}, {"z", "a0"}}};
    }

private slots:
    void createsAFreshStoreWithMode0600()
    {
        const QString path = freshPath();
        QString error;
        auto store = LocalStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        QVERIFY(!store->clientId().isEmpty());
        QVERIFY(QFile::permissions(path) & QFileDevice::ReadOwner);
        QVERIFY(QFile::permissions(path) & QFileDevice::WriteOwner);
        // Group and others may not read it, nor the WAL files next to it (tokens live here).
        QVERIFY(store->saveAccount({"http://a:1", "u", "alice", "secret", {}}));
        for (const QString &file : {path, path + "-wal", path + "-shm"}) {
            QVERIFY2(QFile::exists(file), qPrintable(file));
            const auto perms = QFile::permissions(file);
            QVERIFY2(!(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                QFileDevice::WriteGroup | QFileDevice::WriteOther)),
                     qPrintable(file));
        }
    }

    void drawingsRoundTrip()
    {
        const QString path = freshPath();
        QString clientId;
        {
            auto store = LocalStore::open(path, nullptr);
            QVERIFY(store);
            clientId = store->clientId();
            DrawingRecord d;
            d.id = QStringLiteral("d1");
            d.title = QStringLiteral("First");
            QVERIFY(store->createDrawing(d));
            d.id = QStringLiteral("d2");
            d.title = QStringLiteral("Second");
            d.serverUrl = QStringLiteral("http://127.0.0.1:1");
            d.role = QStringLiteral("editor");
            d.confirmedRevision = 7;
            QVERIFY(store->createDrawing(d));
            QVERIFY(!store->createDrawing(d)); // the id is taken
            QVERIFY(store->renameDrawing(QStringLiteral("d1"), QStringLiteral("Renamed")));
            QVERIFY(!store->renameDrawing(QStringLiteral("nope"), QStringLiteral("x")));
        }
        auto store = LocalStore::open(path, nullptr);
        QVERIFY(store);
        QCOMPARE(store->clientId(), clientId);
        QCOMPARE(store->drawings().size(), 2);
        const auto d1 = store->drawing(QStringLiteral("d1"));
        QVERIFY(d1);
        QCOMPARE(d1->title, QStringLiteral("Renamed"));
        QVERIFY(d1->serverUrl.isEmpty());
        QVERIFY(d1->createdAt.isValid());
        const auto d2 = store->drawing(QStringLiteral("d2"));
        QVERIFY(d2);
        QCOMPARE(d2->serverUrl, QStringLiteral("http://127.0.0.1:1"));
        QCOMPARE(d2->role, QStringLiteral("editor"));
        QCOMPARE(d2->confirmedRevision, 7);
        QVERIFY(store->deleteDrawing(QStringLiteral("d2")));
        QVERIFY(!store->drawing(QStringLiteral("d2")));
    }

    void objectsAndPendingRoundTrip()
    {
        const QString path = freshPath();
        {
            auto store = LocalStore::open(path, nullptr);
            QVERIFY(store->createDrawing(
                DrawingRecord::local(QStringLiteral("d"), QStringLiteral("t"))));
            QVERIFY(store->commitConfirmed(QStringLiteral("d"), 3,
                                           {rect(QStringLiteral("a"), 1), rect("b", 2)}, {}, {}));
            QVERIFY(store->appendPending(
                QStringLiteral("d"),
                {Op::update(QStringLiteral("op1"), QStringLiteral("a"), {{"x", 5}}),
                 Op::remove(QStringLiteral("op2"), QStringLiteral("b"))}));
            QVERIFY(store->appendPending(QStringLiteral("d"),
                                         {Op::create(QStringLiteral("op3"), QStringLiteral("c"),
                                                     ObjectType::Ellipse, {{"w", 1}, {"h", 1}})}));
            // A confirmed step acknowledging op1 and removing b.
            QVERIFY(store->commitConfirmed(QStringLiteral("d"), 4, {rect("a", 5)}, {"b"},
                                           {QStringLiteral("op1")}));
        }
        auto store = LocalStore::open(path, nullptr);
        QCOMPARE(store->drawing(QStringLiteral("d"))->confirmedRevision, 4);
        const QList<Object> objects = store->loadObjects(QStringLiteral("d"));
        QCOMPARE(objects.size(), 1);
        QCOMPARE(objects.first(), rect(QStringLiteral("a"), 5));
        const QList<PendingRecord> pending = store->loadPending(QStringLiteral("d"));
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.at(0).op.opId, QStringLiteral("op2"));
        QCOMPARE(pending.at(1).op.opId, QStringLiteral("op3"));
        QCOMPARE(pending.at(1).op.type, ObjectType::Ellipse);
        QVERIFY(pending.at(0).seq < pending.at(1).seq);
        QVERIFY(store->removePending(QStringLiteral("d"), {QStringLiteral("op2")}));
        QCOMPARE(store->pendingCount(QStringLiteral("d")), 1);
    }

    void snapshotReplacesConfirmed()
    {
        auto store = LocalStore::open(freshPath(), nullptr);
        QVERIFY(
            store->createDrawing(DrawingRecord::local(QStringLiteral("d"), QStringLiteral("t"))));
        QVERIFY(store->commitConfirmed("d", 1, {rect("a", 1), rect("b", 1)}, {}, {}));
        QVERIFY(store->replaceConfirmed("d", 9, {rect("c", 3)}, {}));
        const QList<Object> objects = store->loadObjects("d");
        QCOMPARE(objects.size(), 1);
        QCOMPARE(objects.first().id, QStringLiteral("c"));
        QCOMPARE(store->drawing("d")->confirmedRevision, 9);
    }

    void publishTurnsObjectsIntoCreatesBeforePending()
    {
        auto store = LocalStore::open(freshPath(), nullptr);
        QVERIFY(
            store->createDrawing(DrawingRecord::local(QStringLiteral("d"), QStringLiteral("t"))));
        QVERIFY(store->commitConfirmed("d", 5, {rect("a", 1), rect("b", 2)}, {}, {}));
        QVERIFY(store->appendPending("d", {Op::update("u1", "a", {{"x", 9}})}));
        int n = 0;
        QVERIFY(store->convertForPublish("d", QStringLiteral("http://h:1"),
                                         [&] { return QStringLiteral("p%1").arg(++n); }));
        const auto d = store->drawing("d");
        QCOMPARE(d->serverUrl, QStringLiteral("http://h:1"));
        QVERIFY(d->needsCreate);
        QCOMPARE(d->confirmedRevision, 0);
        QVERIFY(store->loadObjects("d").isEmpty());
        const QList<PendingRecord> pending = store->loadPending("d");
        QCOMPARE(pending.size(), 3);
        QCOMPARE(pending.at(0).op.kind, Op::Kind::Create);
        QCOMPARE(pending.at(1).op.kind, Op::Kind::Create);
        QCOMPARE(pending.at(2).op.opId, QStringLiteral("u1"));
    }

    void accountsRoundTrip()
    {
        const QString path = freshPath();
        {
            auto store = LocalStore::open(path, nullptr);
            QVERIFY(store->saveAccount({QStringLiteral("http://a:1"), QStringLiteral("u1"),
                                        QStringLiteral("alice"), QStringLiteral("secret"),
                                        QDateTime::currentDateTimeUtc().addDays(30)}));
        }
        auto store = LocalStore::open(path, nullptr);
        const auto account = store->account(QStringLiteral("http://a:1"));
        QVERIFY(account);
        QCOMPARE(account->userName, QStringLiteral("alice"));
        QCOMPARE(account->token, QStringLiteral("secret"));
        QVERIFY(account->expiresAt.isValid());
        QCOMPARE(store->accounts().size(), 1);
        QVERIFY(store->removeAccount(QStringLiteral("http://a:1")));
        QVERIFY(!store->account(QStringLiteral("http://a:1")));
    }

    void badFilesGiveAClearError_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("random bytes are reported as damaged")
            << QByteArray("garbage") << QStringLiteral("damaged");
        QTest::newRow("a truncated SQLite header is reported as damaged")
            << QByteArray("truncated") << QStringLiteral("damaged");
        QTest::newRow("another program's database is foreign")
            << QByteArray("foreign") << QStringLiteral("another program");
        QTest::newRow("a newer schema is refused, not downgraded")
            << QByteArray("newer") << QStringLiteral("newer Inkboard");
        QTest::newRow("a store whose marker was changed is foreign")
            << QByteArray("wrong-marker") << QStringLiteral("another program");
    }

    void badFilesGiveAClearError()
    {
        QFETCH(QByteArray, kind);
        QFETCH(QString, expected);
        const QString path = freshPath();
        if (kind == "garbage") {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QByteArray junk;
            for (int i = 0; i < 8192; ++i)
                junk.append(char((i * 7919) % 251));
            f.write(junk);
        } else if (kind == "truncated") {
            {
                auto store = LocalStore::open(path, nullptr);
                QVERIFY(store);
            }
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const QByteArray head = f.read(100);
            f.resize(0);
            f.seek(0);
            f.write(head.left(16) + QByteArray(4000, '\xff'));
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
        } else {
            if (kind == "wrong-marker" || kind == "newer") {
                auto store = LocalStore::open(path, nullptr);
                QVERIFY(store);
            }
            {
                QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "other");
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                if (kind == "foreign")
                    QVERIFY(q.exec("CREATE TABLE songs(title TEXT)"));
                else if (kind == "newer")
                    QVERIFY(q.exec("PRAGMA user_version = 99"));
                else
                    QVERIFY(q.exec("UPDATE meta SET value = 'x' WHERE key = 'format'"));
                db.close();
            }
            QSqlDatabase::removeDatabase("other");
        }
        QString error;
        auto store = LocalStore::open(path, &error);
        QVERIFY(!store);
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));
    }

    void unwritableFolderGivesAClearError()
    {
        QString error;
        auto store = LocalStore::open(QStringLiteral("/proc/inkboard/none.db"), &error);
        QVERIFY(!store);
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLocalStore)
#include "tst_local_store.moc"
