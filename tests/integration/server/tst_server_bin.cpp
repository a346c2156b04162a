// SPDX-License-Identifier: Apache-2.0
// The bin of deleted drawings (issue 16): a delete moves the drawing to its owner's bin,
// where it is restorable, with every commit and member, until it is purged by its owner or
// by the retention sweep. To everyone else a binned drawing is gone, as version 1 has it.
#include "store_access.h"
#include "test_common.h"

using namespace inkboard::test;

namespace {

QJsonObject commitOf(const QString &opId, const QString &id, double x)
{
    return commitBody({rectOp(opId, id, x)});
}

// The ids of the caller's bin.
QStringList binIds(World &w, const QString &token)
{
    const HttpResult r = w.call("GET", "/api/v1/bin", {}, token);
    QStringList ids;
    for (const QJsonValue &d : r.json["drawings"].toArray())
        ids.append(d["id"].toString());
    return ids;
}

} // namespace

class TestServerBin : public QObject
{
    Q_OBJECT

private slots:
    void aDeletedDrawingIsGoneToEveryoneButRestorableByItsOwner()
    {
        World w;
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        QCOMPARE(w.call("POST", "/api/v1/drawings/d1/ops", commitOf("o1", "r1", 1), w.bob).status,
                 200);
        QCOMPARE(w.call("POST", "/api/v1/drawings/d1/ops", commitOf("o2", "r2", 2), w.alice).status,
                 200);
        WsClient bob;
        QVERIFY(bob.open(w.server.baseUrl(), "d1", w.bob));

        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QCOMPARE(w.call("DELETE", "/api/v1/drawings/d1", {}, w.alice).status, 204);
        QVERIFY(QTest::qWaitFor([&] { return bob.closed; }, 10000));
        QCOMPARE(bob.closeCode, 4404);
        for (const QString &token : {w.alice, w.bob, w.carol, w.dave}) {
            QCOMPARE(w.call("GET", "/api/v1/drawings/d1", {}, token).status, 404);
            QCOMPARE(w.call("GET", "/api/v1/drawings/d1/ops?after=0", {}, token).status, 404);
            QVERIFY(
                w.call("GET", "/api/v1/drawings", {}, token).json["drawings"].toArray().isEmpty());
        }
        QCOMPARE(w.call("POST", "/api/v1/drawings/d1/ops", commitOf("o3", "r3", 3), w.bob).status,
                 404);

        // Only the owner sees it in the bin; the editor, the viewer and a stranger do not.
        const HttpResult bin = w.call("GET", "/api/v1/bin", {}, w.alice);
        QCOMPARE(bin.status, 200);
        const QJsonArray entries = bin.json["drawings"].toArray();
        QCOMPARE(entries.size(), 1);
        const QJsonObject entry = entries.first().toObject();
        QCOMPARE(entry["id"].toString(), QStringLiteral("d1"));
        QCOMPARE(entry["title"].toString(), QStringLiteral("Test"));
        QCOMPARE(entry["latest_revision"].toInteger(), 2);
        const QDateTime deletedAt =
            QDateTime::fromString(entry["deleted_at"].toString(), Qt::ISODateWithMs);
        QVERIFY2(deletedAt >= before && deletedAt <= QDateTime::currentDateTimeUtc(),
                 qPrintable(entry["deleted_at"].toString()));
        QCOMPARE(QDateTime::fromString(entry["purge_at"].toString(), Qt::ISODateWithMs),
                 deletedAt.addDays(30));
        for (const QString &token : {w.bob, w.carol, w.dave})
            QVERIFY(binIds(w, token).isEmpty());
        for (const QString &token : {w.bob, w.carol, w.dave}) {
            QCOMPARE(w.call("POST", "/api/v1/bin/d1/restore", {}, token).status, 404);
            QCOMPARE(w.call("DELETE", "/api/v1/bin/d1", {}, token).status, 404);
        }

        const HttpResult restored = w.call("POST", "/api/v1/bin/d1/restore", {}, w.alice);
        QCOMPARE(restored.status, 200);
        QCOMPARE(restored.json["role"].toString(), QStringLiteral("owner"));
        QCOMPARE(restored.json["latest_revision"].toInteger(), 2);
        QVERIFY(binIds(w, w.alice).isEmpty());
        // Every commit and every member's role came back with it.
        QCOMPARE(w.allCommits(w.carol).size(), 2);
        QCOMPARE(w.call("GET", "/api/v1/drawings/d1", {}, w.carol).json["role"].toString(),
                 QStringLiteral("viewer"));
        const HttpResult next =
            w.call("POST", "/api/v1/drawings/d1/ops", commitOf("o3", "r3", 3), w.bob);
        QCOMPARE(next.status, 200);
        QCOMPARE(next.json["revision"].toInteger(), 3);
        QCOMPARE(w.call("POST", "/api/v1/drawings/d1/ops", commitOf("o3", "r3", 3), w.carol).status,
                 403);
        QCOMPARE(w.call("POST", "/api/v1/bin/d1/restore", {}, w.alice).status, 404);
    }

    void aBinnedIdCannotBeTakenAndAPurgeFreesIt()
    {
        World w;
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        QCOMPARE(w.call("POST", "/api/v1/drawings/d1/ops", commitOf("o1", "r1", 1), w.alice).status,
                 200);
        QCOMPARE(w.call("DELETE", "/api/v1/drawings/d1", {}, w.alice).status, 204);
        // A stranger cannot start a drawing on the binned id: it would inherit its commits.
        const HttpResult taken =
            w.call("POST", "/api/v1/drawings", {{"id", "d1"}, {"title", "Other"}}, w.dave);
        QCOMPARE(taken.status, 409);
        QCOMPARE(taken.errorCode(), QStringLiteral("exists"));
        QCOMPARE(binIds(w, w.alice), QStringList{QStringLiteral("d1")});
        QCOMPARE(w.call("DELETE", "/api/v1/bin/d1", {}, w.alice).status, 204);
        QVERIFY(binIds(w, w.alice).isEmpty());
        QCOMPARE(w.call("POST", "/api/v1/bin/d1/restore", {}, w.alice).status, 404);
        QCOMPARE(w.call("DELETE", "/api/v1/bin/d1", {}, w.alice).status, 404);
        const HttpResult fresh =
            w.call("POST", "/api/v1/drawings", {{"id", "d1"}, {"title", "Fresh"}}, w.dave);
        QCOMPARE(fresh.status, 201);
        QCOMPARE(fresh.json["latest_revision"].toInteger(), 0);
        QVERIFY(w.allCommits(w.dave).isEmpty());
        // The purged op ids are gone too: the same op is a new op in the new drawing.
        const HttpResult again =
            w.call("POST", "/api/v1/drawings/d1/ops", commitOf("o1", "r1", 1), w.dave);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json["revision"].toInteger(), 1);
    }

    // A client of version 1 that deletes a drawing and makes it again with the same id gets
    // a new, empty drawing, as it did before the bin: the binned one is purged.
    void itsOwnerMakingABinnedIdAgainStartsAfresh()
    {
        World w;
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        QCOMPARE(w.call("POST", "/api/v1/drawings/d1/ops", commitOf("o1", "r1", 1), w.alice).status,
                 200);
        QCOMPARE(w.call("DELETE", "/api/v1/drawings/d1", {}, w.alice).status, 204);
        const HttpResult fresh =
            w.call("POST", "/api/v1/drawings", {{"id", "d1"}, {"title", "Fresh"}}, w.alice);
        QCOMPARE(fresh.status, 201);
        QCOMPARE(fresh.json["latest_revision"].toInteger(), 0);
        QVERIFY(w.allCommits(w.alice).isEmpty());
        QVERIFY(binIds(w, w.alice).isEmpty());
        QCOMPARE(w.call("GET", "/api/v1/drawings/d1", {}, w.bob).status, 404); // members too
    }

    void anAdminMayRestoreAndPurgeAnyBinnedDrawing()
    {
        World w;
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        QCOMPARE(w.call("DELETE", "/api/v1/drawings/d1", {}, w.alice).status, 204);
        QCOMPARE(w.call("POST", "/api/v1/bin/nothing-here/restore", {}, w.root).status, 404);
        QCOMPARE(w.call("POST", "/api/v1/bin/d1/restore", {}, w.root).status, 200);
        QCOMPARE(w.call("GET", "/api/v1/drawings/d1", {}, w.alice).json["role"].toString(),
                 QStringLiteral("owner"));
        QCOMPARE(w.call("DELETE", "/api/v1/drawings/d1", {}, w.alice).status, 204);
        QCOMPARE(w.call("DELETE", "/api/v1/bin/d1", {}, w.root).status, 204);
        QCOMPARE(w.call("POST", "/api/v1/bin/d1/restore", {}, w.alice).status, 404);
    }

    // Comments go to the bin and come back with the drawing, and their cursor numbers on, so
    // that a client paging after the cursor it had misses nothing written after the restore.
    void commentsComeBackWithTheDrawing()
    {
        World w;
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        const QJsonObject first{{"id", "c1"},
                                {"thread", QJsonValue::Null},
                                {"anchor", QJsonObject{{"x", 1}, {"y", 2}}},
                                {"text", "before"}};
        const HttpResult posted = w.call("POST", "/api/v1/drawings/d1/comments", first, w.carol);
        QCOMPARE(posted.status, 201);
        const qint64 seq = posted.json["comment"]["seq"].toInteger();
        QVERIFY(seq > 0);
        QCOMPARE(w.call("DELETE", "/api/v1/drawings/d1", {}, w.alice).status, 204);
        QCOMPARE(w.call("GET", "/api/v1/drawings/d1/comments", {}, w.carol).status, 404);
        QCOMPARE(w.call("POST", "/api/v1/bin/d1/restore", {}, w.alice).status, 200);
        const QJsonArray back =
            w.call("GET", "/api/v1/drawings/d1/comments", {}, w.carol).json["comments"].toArray();
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first()["text"].toString(), QStringLiteral("before"));
        const QJsonObject second{{"id", "c2"}, {"thread", "c1"}, {"text", "after"}};
        const HttpResult reply = w.call("POST", "/api/v1/drawings/d1/comments", second, w.bob);
        QCOMPARE(reply.status, 201);
        QVERIFY(reply.json["comment"]["seq"].toInteger() > seq);
        const QJsonArray after =
            w.call("GET", QStringLiteral("/api/v1/drawings/d1/comments?after=%1").arg(seq), {},
                   w.carol)
                .json["comments"]
                .toArray();
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first()["id"].toString(), QStringLiteral("c2"));
    }

    void badIdsAndMethodsAreRefused()
    {
        World w;
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        QCOMPARE(
            w.call("POST", "/api/v1/bin/" + QString(65, QLatin1Char('x')) + "/restore", {}, w.alice)
                .status,
            404);
        QCOMPARE(w.call("POST", "/api/v1/bin/a.b/restore", {}, w.alice).status, 404);
        QCOMPARE(w.call("GET", "/api/v1/bin", {}, {}).status, 401);
        QCOMPARE(w.call("POST", "/api/v1/bin/d1/restore", {}, {}).status, 401);
        QCOMPARE(w.call("PUT", "/api/v1/bin", {}, w.alice).status, 405);
    }

    // The sweep at start (and hourly) purges what was deleted longer ago than the retention,
    // and keeps what is younger.
    void theRetentionSweepPurgesOldDeletionsOnly()
    {
        World w({"--bin-retention-days", "7"});
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        QCOMPARE(
            w.call("POST", "/api/v1/drawings", {{"id", "d2"}, {"title", "Young"}}, w.alice).status,
            201);
        QCOMPARE(w.call("POST", "/api/v1/drawings/d1/ops", commitOf("o1", "r1", 1), w.alice).status,
                 200);
        QCOMPARE(w.call("DELETE", "/api/v1/drawings/d1", {}, w.alice).status, 204);
        QCOMPARE(w.call("DELETE", "/api/v1/drawings/d2", {}, w.alice).status, 204);
        const HttpResult bin = w.call("GET", "/api/v1/bin", {}, w.alice);
        const QJsonObject first = bin.json["drawings"].toArray().first().toObject();
        QCOMPARE(
            QDateTime::fromString(first["purge_at"].toString(), Qt::ISODateWithMs),
            QDateTime::fromString(first["deleted_at"].toString(), Qt::ISODateWithMs).addDays(7));

        QCOMPARE(w.server.terminate(), 0);
        {
            const QString db = openStore(w, QStringLiteral("age"));
            QVERIFY(!db.isEmpty());
            const qint64 eightDaysAgo =
                QDateTime::currentDateTimeUtc().addDays(-8).toMSecsSinceEpoch();
            QVERIFY(storeExec(db,
                              QStringLiteral("UPDATE bin SET deleted_at = ? WHERE drawing_id = ?"),
                              {eightDaysAgo, QStringLiteral("d1")}));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("age"));
        QVERIFY(w.server.restart());
        const QString alice = w.server.login("alice", "password1");
        QVERIFY(QTest::qWaitFor([&] { return !binIds(w, alice).contains(QStringLiteral("d1")); },
                                10000));
        QCOMPARE(binIds(w, alice), QStringList{QStringLiteral("d2")});
        QVERIFY2(w.server.serverStderr().contains(QLatin1String("purged drawing \"d1\"")),
                 qPrintable(w.server.serverStderr().right(2000)));
        // Purged with its commits: the id starts afresh.
        const HttpResult fresh =
            w.call("POST", "/api/v1/drawings", {{"id", "d1"}, {"title", "Fresh"}}, alice);
        QCOMPARE(fresh.status, 201);
        QVERIFY(w.allCommits(alice).isEmpty());
        QCOMPARE(w.call("POST", "/api/v1/bin/d2/restore", {}, alice).status, 200);
    }

    void withoutABinADeleteIsFinalAsInVersionOne()
    {
        World w({"--bin-retention-days", "0"});
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        QCOMPARE(w.call("POST", "/api/v1/drawings/d1/ops", commitOf("o1", "r1", 1), w.alice).status,
                 200);
        QCOMPARE(w.call("DELETE", "/api/v1/drawings/d1", {}, w.alice).status, 204);
        QVERIFY(binIds(w, w.alice).isEmpty());
        QCOMPARE(w.call("POST", "/api/v1/bin/d1/restore", {}, w.alice).status, 404);
        QCOMPARE(
            w.call("POST", "/api/v1/drawings", {{"id", "d1"}, {"title", "Again"}}, w.alice).status,
            201);
        QVERIFY(w.allCommits(w.alice).isEmpty());
    }

    // A removed account leaves no trace in bins: its drawings' bin entries lose it.
    void aRemovedUserNoLongerSeesTheBin()
    {
        World w;
        QVERIFY2(w.setUp(), qPrintable(w.server.serverStderr()));
        QCOMPARE(w.call("DELETE", "/api/v1/drawings/d1", {}, w.alice).status, 204);
        QCOMPARE(w.server.runCli({"user", "remove", "alice", "--data", w.server.dataDir()}), 0);
        QCOMPARE(w.server.runCli(
                     {"user", "add", "alice", "--data", w.server.dataDir(), "--password-stdin"},
                     "password1\n"),
                 0);
        const QString alice = w.server.login("alice", "password1");
        QVERIFY(!alice.isEmpty());
        QVERIFY(binIds(w, alice).isEmpty());
        QCOMPARE(w.call("POST", "/api/v1/bin/d1/restore", {}, alice).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestServerBin)
#include "tst_server_bin.moc"
