// SPDX-License-Identifier: Apache-2.0
#include "client/sync_client.h"
#include "fault_proxy.h"
#include "sync_harness.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace inkboard;
using namespace inkboard::sync;
using namespace inkboard::test;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

// A 1x1 PNG.
const QByteArray kPng =
    QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                        "0000000d4944415478da63f8ffff3f0005fe02fea7d5a0850000000049454e44ae426082");

template<typename F> RestResult waitFor(F call)
{
    RestResult out;
    bool done = false;
    call([&](const RestResult &r) {
        out = r;
        done = true;
    });
    QElapsedTimer waited;
    waited.start();
    while (!done && waited.elapsed() < 20000)
        QTest::qWait(5);
    if (!done)
        out.status = -1; // no callback at all: a bug the comparison will show
    return out;
}

} // namespace

class TestSyncClient : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ServerFixture> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_token;

    QUrl url() const { return m_server->baseUrl(); }
    QString key() const { return sync::serverKey(url()); }

    std::unique_ptr<LocalStore> openStore(const QString &name)
    {
        QString error;
        auto store = LocalStore::open(m_dir->filePath(name), &error);
        if (!store)
            qWarning() << error;
        return store;
    }

    bool signIn(SyncClient &client, const QString &user)
    {
        const RestResult r =
            waitFor([&](auto done) { client.signIn(url(), user, kPassword, this, done); });
        return r.status == 200;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<ServerFixture>();
        QVERIFY(m_server->start());
        QVERIFY(m_server->addUser("alice", kPassword));
        QVERIFY(m_server->addUser("bob", kPassword));
        m_token = m_server->login("alice", kPassword);
    }

    void cleanup()
    {
        m_server.reset();
        m_dir.reset();
    }

    void signInStoresTheAccountAndSignOutRevokesIt()
    {
        auto store = openStore("a.db");
        BlobCache blobs(m_dir->filePath("blobs"));
        SyncClient client(store.get(), &blobs);
        const RestResult bad = waitFor(
            [&](auto done) { client.signIn(url(), "alice", "wrong password", this, done); });
        QCOMPARE(bad.status, 401);
        QVERIFY(client.accounts().isEmpty());
        QVERIFY(signIn(client, "alice"));
        const auto account = store->account(key());
        QVERIFY(account);
        QCOMPARE(account->userName, QStringLiteral("alice"));
        QVERIFY(!account->token.isEmpty());
        QVERIFY(account->expiresAt > QDateTime::currentDateTimeUtc());
        QCOMPARE(httpRequest(url(), "GET", "/api/v1/me", {}, account->token).status, 200);
        const RestResult out = waitFor([&](auto done) { client.signOut(key(), this, done); });
        QCOMPARE(out.status, 204);
        QVERIFY(!store->account(key()));
        QCOMPARE(httpRequest(url(), "GET", "/api/v1/me", {}, account->token).status, 401);
    }

    void serverInfoTellsAnInkboardServer()
    {
        auto store = openStore("a.db");
        BlobCache blobs(m_dir->filePath("blobs"));
        SyncClient client(store.get(), &blobs);
        std::optional<protocol::ServerInfo> info;
        bool done = false;
        client.serverInfo(url(), this, [&](const RestResult &, auto i) {
            info = i;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(info);
        QCOMPARE(info->api, 1);
    }

    void publishCommitsALocalDrawingInBoundedBatches()
    {
        auto store = openStore("a.db");
        BlobCache blobs(m_dir->filePath("blobs"));
        SyncClient client(store.get(), &blobs);
        QVERIFY(signIn(client, "alice"));
        const QString id = client.createLocalDrawing("Made offline");
        QVERIFY(!id.isEmpty());
        const int objects = 1200;
        const SyncOptions options = fastOptions();
        {
            std::unique_ptr<SyncSession> session(client.openSession(id, options));
            for (int i = 0; i < objects; i += 100) {
                OpList ops;
                for (int k = i; k < i + 100; ++k)
                    ops.append(Op::create(QStringLiteral("op%1").arg(k),
                                          QStringLiteral("o%1").arg(k), ObjectType::Rect,
                                          {{"w", 1}, {"h", 1}, {"x", k}}));
                session->submit(ops);
            }
            session->submit({Op::update("moved", "o0", {{"x", -5}}), Op::remove("gone", "o1")});
            QTRY_COMPARE(session->pendingCount(), 0);
            QCOMPARE(session->replica().confirmed().size(), objects - 1);
        }
        // Reopened later, it is still local; then published.
        std::unique_ptr<SyncSession> session(client.openSession(id, options));
        QVERIFY(session->isLocalOnly());
        const Document before = session->replica().visible();
        QSignalSpy published(session.get(), &SyncSession::published);
        QVERIFY(session->publish(key()));
        QCOMPARE(published.size(), 1);
        QVERIFY(!session->isLocalOnly());
        QVERIFY(session->replica().visible() == before); // nothing moves on screen
        QTRY_VERIFY_WITH_TIMEOUT(session->pendingCount() == 0 &&
                                     session->connectionState() ==
                                         SyncSession::ConnectionState::Live,
                                 60000);
        const auto snapshot = serverSnapshot(url(), m_token, id);
        QVERIFY(snapshot);
        QVERIFY(snapshot->second == before);
        // Bounded batches: more than one commit, none above the batch size.
        const HttpResult ops = httpRequest(
            url(), "GET", QStringLiteral("/api/v1/drawings/%1/ops?after=0").arg(id), {}, m_token);
        const QJsonArray commits = ops.json.value("commits").toArray();
        QVERIFY(commits.size() >= 3);
        for (const QJsonValue &c : commits)
            QVERIFY(c.toObject().value("ops").toArray().size() <= options.maxBatchOps);
        const HttpResult info =
            httpRequest(url(), "GET", QStringLiteral("/api/v1/drawings/%1").arg(id), {}, m_token);
        QCOMPARE(info.json.value("title").toString(), QStringLiteral("Made offline"));
        QCOMPARE(info.json.value("role").toString(), QStringLiteral("owner"));
    }

    void anInterruptedPublishResumesAfterARestart()
    {
        FaultProxy proxy(m_server->port());
        QVERIFY(proxy.listen());
        const QString viaProxy = sync::serverKey(proxy.url());
        auto store = openStore("a.db");
        BlobCache blobs(m_dir->filePath("blobs"));
        SyncClient client(store.get(), &blobs);
        const RestResult r =
            waitFor([&](auto done) { client.signIn(proxy.url(), "alice", kPassword, this, done); });
        QCOMPARE(r.status, 200);
        const QString id = client.createLocalDrawing("Interrupted");
        proxy.setRefuse(true); // the network goes away right when the user publishes
        {
            std::unique_ptr<SyncSession> session(client.openSession(id, fastOptions()));
            session->submit({Op::create("p1", "a", ObjectType::Rect, {{"w", 1}, {"h", 1}})});
            QTRY_COMPARE(session->pendingCount(), 0);
            QVERIFY(session->publish(viaProxy));
            session->submit({Op::update("p2", "a", {{"x", 3}})});
            QTRY_COMPARE(session->offlineReason(), SyncSession::OfflineReason::NetworkDown);
            QCOMPARE(session->pendingCount(), 2); // the create of "a", then p2
        }                                         // the app quits
        QVERIFY(store->drawing(id)->needsCreate);
        proxy.setRefuse(false);
        std::unique_ptr<SyncSession> session(client.openSession(id, fastOptions()));
        QTRY_VERIFY_WITH_TIMEOUT(session->pendingCount() == 0 &&
                                     session->connectionState() ==
                                         SyncSession::ConnectionState::Live,
                                 20000);
        QVERIFY(!store->drawing(id)->needsCreate);
        const auto snapshot = serverSnapshot(url(), m_token, id);
        QVERIFY(snapshot);
        QCOMPARE(snapshot->second.size(), 1);
        QCOMPARE(snapshot->second.find("a")->number(QLatin1String("x")), 3.0);
    }

    void publishNeedsAnAccount()
    {
        auto store = openStore("a.db");
        BlobCache blobs(m_dir->filePath("blobs"));
        SyncClient client(store.get(), &blobs);
        const QString id = client.createLocalDrawing("No account");
        std::unique_ptr<SyncSession> session(client.openSession(id, fastOptions()));
        QSignalSpy errors(session.get(), &SyncSession::errorOccurred);
        QVERIFY(!session->publish(key()));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().first().toString(), QStringLiteral("signed_out"));
        QVERIFY(session->isLocalOnly());
    }

    void drawingListMergesLocalAndServerAndASecondDeviceOpensIt()
    {
        auto storeA = openStore("a.db");
        auto storeB = openStore("b.db");
        BlobCache aBlobs(m_dir->filePath("a.blobs"));
        SyncClient a(storeA.get(), &aBlobs);
        BlobCache bBlobs(m_dir->filePath("b.blobs"));
        SyncClient b(storeB.get(), &bBlobs);
        QVERIFY(signIn(a, "alice"));
        QVERIFY(signIn(b, "alice"));
        const QString id = a.createLocalDrawing("Shared");
        const QString localOnly = b.createLocalDrawing("Only on B");
        std::unique_ptr<SyncSession> sa(a.openSession(id, fastOptions()));
        const QString hash = a.addImage(kPng, "image/png");
        QCOMPARE(hash, BlobCache::hashOf(kPng));
        sa->submit(
            {Op::create("img", "i1", ObjectType::Image, {{"blob", hash}, {"w", 1}, {"h", 1}})});
        QVERIFY(sa->publish(key()));
        QTRY_VERIFY_WITH_TIMEOUT(sa->pendingCount() == 0 &&
                                     sa->connectionState() == SyncSession::ConnectionState::Live,
                                 20000);
        // The image went up before the op that uses it.
        const HttpResult blob = httpRequest(url(), "GET", "/api/v1/blobs/" + hash, {}, m_token);
        QCOMPARE(blob.status, 200);
        QCOMPARE(blob.body, kPng);

        QList<DrawingEntry> list;
        const RestResult r = waitFor([&](auto done) {
            b.listDrawings(key(), this,
                           [&, done](const RestResult &res, const QList<DrawingEntry> &l) {
                               list = l;
                               done(res);
                           });
        });
        QCOMPARE(r.status, 200);
        QCOMPARE(list.size(), 2);
        const auto shared =
            std::find_if(list.begin(), list.end(), [&](auto &e) { return e.id == id; });
        QVERIFY(shared != list.end());
        QVERIFY(shared->onServer);
        QVERIFY(!shared->local);
        const auto mine =
            std::find_if(list.begin(), list.end(), [&](auto &e) { return e.id == localOnly; });
        QVERIFY(mine != list.end() && mine->local && !mine->onServer);

        protocol::DrawingInfo info;
        info.id = shared->id;
        info.title = shared->title;
        info.role = shared->role;
        QVERIFY(b.addServerDrawing(key(), info));
        std::unique_ptr<SyncSession> sb(b.openSession(id, fastOptions()));
        QTRY_VERIFY_WITH_TIMEOUT(sb->replica().visible().contains("i1"), 20000);
        QByteArray fetched;
        const RestResult got = waitFor([&](auto done) {
            b.fetchBlob(key(), hash, this,
                        [&, done](const RestResult &res, const QByteArray &bytes) {
                            fetched = bytes;
                            done(res);
                        });
        });
        QCOMPARE(got.status, 200);
        QCOMPARE(fetched, kPng);
        QVERIFY(b.blobCache()->contains(hash)); // cached: the next view works offline

        // Rename from B is seen in A's list; delete from A ends B's session.
        const RestResult renamed =
            waitFor([&](auto done) { b.renameDrawing(id, "Renamed", this, done); });
        QCOMPARE(renamed.status, 200);
        QCOMPARE(storeB->drawing(id)->title, QStringLiteral("Renamed"));
        const RestResult deleted = waitFor([&](auto done) { a.deleteDrawing(id, this, done); });
        QCOMPARE(deleted.status, 204);
        QVERIFY(!storeA->drawing(id));
        QTRY_COMPARE_WITH_TIMEOUT(sb->offlineReason(), SyncSession::OfflineReason::NotShared,
                                  20000);
    }

    // The bin (issue 16): a delete is a move to the bin, here and on the server, and a
    // restore brings the drawing back with the edits this computer had not sent yet.
    void deletedDrawingsGoToTheBinAndComeBackWithTheirUnsentEdits()
    {
        auto store = openStore("a.db");
        BlobCache blobs(m_dir->filePath("blobs"));
        SyncClient client(store.get(), &blobs);
        QVERIFY(signIn(client, "alice"));

        // A local-only drawing: binned here, restorable, swept after kLocalBinDays.
        const QString local = client.createLocalDrawing("Mine");
        QCOMPARE(waitFor([&](auto done) { client.deleteDrawing(local, this, done); }).status, 204);
        QVERIFY(!store->drawing(local));
        QCOMPARE(client.localBin().size(), 1);
        QCOMPARE(client.localBin().first().id, local);
        QVERIFY(!client.localBin().first().onServer);
        QCOMPARE(waitFor([&](auto done) {
                     client.restoreFromBin(client.localBin().first(), this, done);
                 }).status,
                 200);
        QVERIFY(store->drawing(local));
        QVERIFY(client.localBin().isEmpty());

        // A server drawing with an edit not yet sent.
        QVERIFY(createServerDrawing(url(), m_token, "team"));
        protocol::DrawingInfo info;
        info.id = QStringLiteral("team");
        info.title = QStringLiteral("team");
        info.role = protocol::Role::Owner;
        QVERIFY(client.addServerDrawing(key(), info));
        const Op unsent = Op::create(QStringLiteral("op-unsent"), QStringLiteral("r1"),
                                     ObjectType::Rect, {{"x", 1}, {"y", 2}, {"w", 3}, {"h", 4}});
        QVERIFY(store->appendPending(QStringLiteral("team"), {unsent}));
        QCOMPARE(waitFor([&](auto done) { client.deleteDrawing("team", this, done); }).status, 204);
        QVERIFY(!store->drawing("team"));
        QCOMPARE(httpRequest(url(), "GET", "/api/v1/drawings/team", {}, m_token).status, 404);

        QList<BinEntry> bin;
        const RestResult listed = waitFor([&](auto done) {
            client.listBin(key(), this, [&, done](const RestResult &r, const QList<BinEntry> &l) {
                bin = l;
                done(r);
            });
        });
        QCOMPARE(listed.status, 200);
        QCOMPARE(bin.size(), 1);
        QCOMPARE(bin.first().id, QStringLiteral("team"));
        QVERIFY(bin.first().local);
        QVERIFY(bin.first().onServer);
        QVERIFY(bin.first().purgeAt > bin.first().deletedAt.addDays(29));

        QCOMPARE(waitFor([&](auto done) { client.restoreFromBin(bin.first(), this, done); }).status,
                 200);
        QCOMPARE(httpRequest(url(), "GET", "/api/v1/drawings/team", {}, m_token).status, 200);
        QVERIFY(store->drawing("team"));
        const auto pending = store->loadPending("team");
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().op.opId, QStringLiteral("op-unsent"));

        // Deleted for good: gone on the server and here.
        QCOMPARE(waitFor([&](auto done) { client.deleteDrawing("team", this, done); }).status, 204);
        waitFor([&](auto done) {
            client.listBin(key(), this, [&, done](const RestResult &r, const QList<BinEntry> &l) {
                bin = l;
                done(r);
            });
        });
        QCOMPARE(bin.size(), 1);
        QCOMPARE(waitFor([&](auto done) { client.purgeFromBin(bin.first(), this, done); }).status,
                 204);
        QVERIFY(client.localBin().isEmpty());
        QCOMPARE(httpRequest(url(), "POST", "/api/v1/bin/team/restore", {}, m_token).status, 404);

        // The local sweep keeps what is younger than kLocalBinDays.
        QCOMPARE(waitFor([&](auto done) { client.deleteDrawing(local, this, done); }).status, 204);
        QCOMPARE(client.sweepLocalBin(), 0);
        QCOMPARE(client.localBin().size(), 1);
        QCOMPARE(client.sweepLocalBin(
                     QDateTime::currentDateTimeUtc().addDays(SyncClient::kLocalBinDays + 1)),
                 1);
        QVERIFY(client.localBin().isEmpty());
        QVERIFY(store->loadObjects(local).isEmpty());
    }

    void sharingWithMembers()
    {
        auto store = openStore("a.db");
        BlobCache blobs(m_dir->filePath("blobs"));
        SyncClient client(store.get(), &blobs);
        QVERIFY(signIn(client, "alice"));
        QVERIFY(createServerDrawing(url(), m_token, "team"));
        QCOMPARE(waitFor([&](auto done) {
                     client.setMember(key(), "team", "bob", protocol::Role::Editor, this, done);
                 }).status,
                 200);
        QList<protocol::Member> members;
        waitFor([&](auto done) {
            client.members(key(), "team", this,
                           [&, done](const RestResult &r, const QList<protocol::Member> &m) {
                               members = m;
                               done(r);
                           });
        });
        QCOMPARE(members.size(), 2);
        const auto bob = std::find_if(members.begin(), members.end(),
                                      [](auto &m) { return m.user.name == u"bob"; });
        QVERIFY(bob != members.end());
        QCOMPARE(bob->role, protocol::Role::Editor);
        QCOMPARE(waitFor([&](auto done) {
                     client.removeMember(key(), "team", "bob", this, done);
                 }).status,
                 204);
    }

    void presenceIsCoalescedAndTheLatestWins()
    {
        QVERIFY(createServerDrawing(url(), m_token, "pres"));
        std::vector<SyncClientUnderTest> clients;
        SyncOptions options = fastOptions();
        options.presenceRefreshMs = 600000; // no periodic resend to blur the count below
        clients.push_back(openClient(m_dir->filePath("p1.db"), url(), m_token, "pres", options));
        clients.push_back(openClient(m_dir->filePath("p2.db"), url(), m_token, "pres", options));
        QTRY_VERIFY_WITH_TIMEOUT(
            clients[0]->connectionState() == SyncSession::ConnectionState::Live &&
                clients[1]->connectionState() == SyncSession::ConnectionState::Live,
            20000);
        QSignalSpy peers(clients[1].session.get(), &SyncSession::peersChanged);
        // A drag of two objects: many pointer moves in one burst. The first goes at once,
        // the rest are coalesced into one message with the latest positions.
        for (int i = 0; i <= 100; ++i) {
            protocol::Presence p;
            p.cursor = QPointF(i, i);
            p.editing = "obj";
            p.previews = {Object{"obj", ObjectType::Rect, {{"w", 10}, {"h", 10}, {"x", i}}},
                          Object{"obj2", ObjectType::Ellipse, {{"w", 5}, {"h", 5}, {"x", -i}}}};
            clients[0]->setPresence(p);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!clients[1]->peers().isEmpty() &&
                                     clients[1]->peers().first().cursor == QPointF(100, 100),
                                 10000);
        QCOMPARE(clients[1]->peers().first().editing, QStringLiteral("obj"));
        // Both dragged objects reach the peer through the server, at their latest place.
        const QList<Object> previews = clients[1]->peers().first().previews;
        QCOMPARE(previews.size(), 2);
        QCOMPARE(previews[0].id, QStringLiteral("obj"));
        QCOMPARE(previews[0].number(QLatin1String("x")), 100.0);
        QCOMPARE(previews[1].id, QStringLiteral("obj2"));
        QCOMPARE(previews[1].number(QLatin1String("x")), -100.0);
        QCOMPARE(clients[1]->peers().first().sessionId, clients[0]->sessionId());
        // One message at once, one coalesced: not 101.
        QVERIFY2(peers.size() <= 3, qPrintable(QString::number(peers.size())));
    }

    void silentPeersExpire()
    {
        QVERIFY(createServerDrawing(url(), m_token, "quiet"));
        SyncOptions watcher = fastOptions();
        watcher.peerExpiryMs = 300;
        SyncOptions quiet = fastOptions();
        quiet.presenceRefreshMs = 600000; // says something once, then nothing
        auto a = openClient(m_dir->filePath("q1.db"), url(), m_token, "quiet", watcher);
        auto b = openClient(m_dir->filePath("q2.db"), url(), m_token, "quiet", quiet);
        QTRY_VERIFY_WITH_TIMEOUT(a->connectionState() == SyncSession::ConnectionState::Live &&
                                     b->connectionState() == SyncSession::ConnectionState::Live,
                                 20000);
        qsizetype mostPeers = 0; // the peer may come and go between two polls
        connect(a.session.get(), &SyncSession::peersChanged, this,
                [&] { mostPeers = qMax(mostPeers, a->peers().size()); });
        protocol::Presence p;
        p.cursor = QPointF(1, 2);
        b->setPresence(p);
        QTRY_COMPARE_WITH_TIMEOUT(mostPeers, 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(a->peers().size(), 0, 10000);
        QCOMPARE(b->connectionState(), SyncSession::ConnectionState::Live);
    }
};

QTEST_GUILESS_MAIN(TestSyncClient)
#include "tst_sync_client.moc"
