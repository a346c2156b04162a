// SPDX-License-Identifier: Apache-2.0
#include "client/local_store.h"
#include "client/sync_session.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
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

    static constexpr int kObjects = 3000; // ~100 leaf pages of 4 KiB
    static constexpr int kPending = 1500; // ~50

    // A valid store whose drawing "d" spans many pages in both tables, closed (the WAL
    // checkpointed into the file, so that every row lives in the main file).
    static bool makeBigStore(const QString &path)
    {
        {
            auto store = LocalStore::open(path, nullptr);
            if (!store || !store->createDrawing(DrawingRecord::local("d", "big")))
                return false;
            QList<Object> objects;
            for (int i = 0; i < kObjects; ++i)
                objects.append(rect(QStringLiteral("obj-%1").arg(i, 5, 10, QLatin1Char('0')), i));
            if (!store->commitConfirmed("d", 1, objects, {}, {}))
                return false;
            OpList ops;
            for (int i = 0; i < kPending; ++i)
                ops.append(Op::update(QStringLiteral("pend-%1").arg(i, 5, 10, QLatin1Char('0')),
                                      QStringLiteral("obj-%1").arg(i, 5, 10, QLatin1Char('0')),
                                      {{"x", i}, {"stroke_color", "#102030ff"}}));
            if (!store->appendPending("d", ops))
                return false;
        }
        return rawExec(path, {QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")});
    }

    // Runs statements on a connection of its own (another process, as far as the store
    // can tell).
    static bool rawExec(const QString &path, const QStringList &statements)
    {
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "raw");
            db.setDatabaseName(path);
            ok = db.open();
            QSqlQuery q(db);
            for (const QString &sql : statements) {
                if (ok && !q.exec(sql)) {
                    qWarning() << sql << q.lastError().text();
                    ok = false;
                }
            }
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase("raw");
        return ok;
    }

    // The byte offset and size of a leaf page in the middle of `table`'s b-tree: from
    // SQLite's dbstat table where the library has it, else the middle one of the pages
    // that hold `marker` (text only that table's rows carry).
    static std::pair<qint64, int> middlePageOf(const QString &path, const QString &table,
                                               const QByteArray &marker)
    {
        int pageSize = 0;
        QList<qint64> pages;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "probe");
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec("PRAGMA page_size") && q.next())
                    pageSize = q.value(0).toInt();
                if (q.exec(QStringLiteral("SELECT pageno FROM dbstat WHERE name = '%1' AND "
                                          "pagetype = 'leaf' ORDER BY pageno")
                               .arg(table))) {
                    while (q.next())
                        pages.append(q.value(0).toLongLong());
                }
                q.finish();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase("probe");
        if (pageSize <= 0)
            return {-1, 0};
        if (pages.isEmpty()) { // no dbstat in this SQLite
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                return {-1, 0};
            for (qint64 n = 1; !f.atEnd(); ++n) {
                if (f.read(pageSize).contains(marker))
                    pages.append(n);
            }
        }
        if (pages.size() < 5)
            return {-1, 0}; // not "deep inside": the test would prove nothing
        return {(pages.at(pages.size() / 2) - 1) * pageSize, pageSize};
    }

    // Overwrites one page with bytes no b-tree page starts with (a bad sector, a torn write
    // by a disk that lied about flushing).
    static bool damagePage(const QString &path, std::pair<qint64, int> page)
    {
        QFile f(path);
        if (page.first < 0 || !f.open(QIODevice::ReadWrite) || !f.seek(page.first))
            return false;
        return f.write(QByteArray(page.second, '\xa5')) == page.second;
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

    // An acknowledged local edit survives power loss too (issue 13): in WAL mode, only
    // synchronous=FULL syncs the WAL at each commit. The pragma is per connection, so it
    // is read on the store's own one.
    void pendingWritesAreSyncedToDisk()
    {
        const QStringList namesBefore = QSqlDatabase::connectionNames();
        auto store = LocalStore::open(freshPath(), nullptr);
        QVERIFY(store);
        QString name;
        for (const QString &n : QSqlDatabase::connectionNames()) {
            if (!namesBefore.contains(n))
                name = n;
        }
        QVERIFY(!name.isEmpty());
        QSqlQuery q(QSqlDatabase::database(name, false));
        QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // FULL
        q.finish();
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
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

    void aStoreDamagedDeepInsideDoesNotOpen_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QByteArray>("marker");
        QTest::newRow("a damaged page in the middle of the objects table")
            << QStringLiteral("objects") << QByteArray("\"w\":10");
        QTest::newRow("a damaged page in the middle of the pending queue")
            << QStringLiteral("pending") << QByteArray("#102030ff");
    }

    // The header, the schema and the format marker are fine; one page deep inside is not.
    // Opening it must say so, not open with part of a drawing and its pending edits.
    void aStoreDamagedDeepInsideDoesNotOpen()
    {
        QFETCH(QString, table);
        QFETCH(QByteArray, marker);
        const QString path = freshPath();
        QVERIFY(makeBigStore(path));
        QVERIFY(damagePage(path, middlePageOf(path, table, marker)));
        QString error;
        auto store = LocalStore::open(path, &error);
        QVERIFY2(!store, "a damaged store opened");
        QVERIFY2(error.contains(QStringLiteral("is damaged")), qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));
    }

    void damageFoundWhileLoadingFailsTheWholeLoad_data()
    {
        QTest::addColumn<QByteArray>("kind");
        QTest::newRow("a page of the objects table damaged after the store opened")
            << QByteArray("objects-page");
        QTest::newRow("a page of the pending queue damaged after the store opened")
            << QByteArray("pending-page");
        QTest::newRow("an object row that does not parse") << QByteArray("objects-row");
        QTest::newRow("a pending op that does not parse") << QByteArray("pending-row");
    }

    // Damage the open-time check cannot have seen: the loads must report it rather than
    // return the rows before it (a scan that meets a damaged page ends like a finished one).
    void damageFoundWhileLoadingFailsTheWholeLoad()
    {
        QFETCH(QByteArray, kind);
        const QString path = freshPath();
        QVERIFY(makeBigStore(path));
        const bool objectsDamaged = kind.startsWith("objects");
        const auto page = objectsDamaged ? middlePageOf(path, "objects", "\"w\":10")
                                         : middlePageOf(path, "pending", "#102030ff");
        QString error;
        auto store = LocalStore::open(path, &error);
        QVERIFY2(store, qPrintable(error));
        if (kind.endsWith("-page")) {
            QVERIFY(damagePage(path, page));
            // The open-time check left every page in the store's cache; a write by another
            // connection makes SQLite drop that cache, so the next read meets the disk.
            QVERIFY(rawExec(path, {"INSERT INTO meta(key, value) VALUES ('poke', '1')"}));
        } else if (objectsDamaged) {
            QVERIFY(rawExec(path, {"UPDATE objects SET props = x'00ff' WHERE id = 'obj-01500'"}));
        } else {
            QVERIFY(rawExec(path, {"UPDATE pending SET op = '{\"op\":1}' WHERE seq = 700"}));
        }

        bool objectsOk = true;
        bool pendingOk = true;
        const QList<Object> objects = store->loadObjects("d", &objectsOk);
        const QString objectsError = store->lastError();
        const QList<PendingRecord> pending = store->loadPending("d", &pendingOk);
        if (objectsDamaged) {
            QVERIFY(!objectsOk);
            QVERIFY(objects.isEmpty()); // nothing rather than the rows before the damage
            QVERIFY(pendingOk);
            QCOMPARE(pending.size(), kPending);
            QCOMPARE(store->lastError(), objectsError);
        } else {
            QVERIFY(objectsOk);
            QCOMPARE(objects.size(), kObjects);
            QVERIFY(!pendingOk);
            QVERIFY(pending.isEmpty());
        }
        QVERIFY2(store->lastError().contains(QStringLiteral("is damaged")),
                 qPrintable(store->lastError()));
        QVERIFY2(store->lastError().contains(path), qPrintable(store->lastError()));

        // The session, as the app opens a drawing: invalid with that sentence, nothing shown.
        SyncSession session(store.get(), "d");
        QVERIFY2(!session.isValid(), "a damaged drawing opened");
        QVERIFY2(session.errorString().contains(QStringLiteral("is damaged")),
                 qPrintable(session.errorString()));
        QCOMPARE(session.replica().visible().size(), 0);
        QCOMPARE(session.pendingCount(), 0);

        // Publishing rewrites the queue: on a partial read it would delete what it missed.
        const qsizetype pendingBefore = store->pendingCount("d");
        QVERIFY(!store->convertForPublish("d", QStringLiteral("http://h:1"),
                                          [] { return QStringLiteral("p"); }));
        QCOMPARE(store->pendingCount("d"), pendingBefore);
        QVERIFY(!store->drawing("d")->needsCreate);
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
