// SPDX-License-Identifier: Apache-2.0
// Collaboration in the app's real windows against the real inkboard-server on 127.0.0.1:0:
// two (or three) MainWindows in one process, each with its own profile, sign in, publish,
// share, see each other's edits, cursors and previews; a viewer cannot edit; the sync state
// goes offline -> syncing -> live across a server restart; undo stays per user.
#include "app_context.h"
#include "client/comment_sync.h"
#include "client/sync_session.h"
#include "command_line.h"
#include "comments/comment_thread_view.h"
#include "comments/comments_controller.h"
#include "comments/comments_panel.h"
#include "drawing_list_dialog.h"
#include "follow_controller.h"
#include "grouping.h"
#include "history/history_model.h"
#include "history/history_panel.h"
#include "history/history_source.h"
#include "http_client.h"
#include "main_window.h"
#include "message_bar.h"
#include "op_target.h"
#include "people_panel.h"
#include "presence_out.h"
#include "presence_overlay.h"
#include "scene_index.h"
#include "server_fixture.h"
#include "share_dialog.h"
#include "sign_in_dialog.h"
#include "startup.h"

#include <QBuffer>
#include <QCheckBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace inkboard;
using namespace inkboard::app;

namespace {

constexpr int kTimeout = 15000;
const QString kPassword = QStringLiteral("correct-horse-1");

void mouseMove(QWidget *w, QPointF p, Qt::MouseButtons buttons = Qt::NoButton)
{
    QMouseEvent move(QEvent::MouseMove, p, w->mapToGlobal(p), Qt::NoButton, buttons, {});
    QCoreApplication::sendEvent(w, &move);
}

QJsonObject rectProps(double x, double y)
{
    return {{QStringLiteral("x"), x},
            {QStringLiteral("y"), y},
            {QStringLiteral("w"), 80},
            {QStringLiteral("h"), 50},
            {QStringLiteral("fill_color"), QStringLiteral("#ffd54fff")}};
}

// One person: a profile folder, the app's context and a window.
struct Person
{
    QTemporaryDir dir;
    std::unique_ptr<AppContext> context;
    MainWindow *window = nullptr;

    Person()
    {
        QString error;
        context = AppContext::open(dir.path(), &error);
        QVERIFY2(context, qPrintable(error));
        sync::SyncOptions options;
        options.backoffInitialMs = 100;
        options.backoffMaxMs = 400;
        options.presenceIntervalMs = 20;
        options.ackTimeoutMs = 1000;
        context->setSyncOptions(options);
        window = new MainWindow(context.get());
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        window->openInitial({});
        window->resize(900, 640);
        window->show();
    }
    ~Person()
    {
        window->close();
        delete window;
    }
    canvas::CanvasView *canvas() const { return window->canvas(); }
    sync::SyncSession *session() const { return window->session(); }
    const Document &doc() const { return session()->replica().visible(); }

    bool signIn(const QUrl &server, const QString &user)
    {
        bool done = false;
        QString failure;
        SignInDialog::signIn(context.get(), server.toString(), user, kPassword, window,
                             [&](const QString &, const QString &error) {
                                 failure = error;
                                 done = true;
                             });
        if (!QTest::qWaitFor([&] { return done; }, kTimeout))
            return false;
        if (!failure.isEmpty())
            qWarning("sign-in failed: %s", qPrintable(failure));
        return failure.isEmpty();
    }
    QString server() const { return context->lastServer(); }
    bool isLive() const { return window->syncState() == u"live"; }
};

} // namespace

class TestCollab : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signInChecksTheServer();
    void commandLineTakesServerAndUser();
    void publishKeepsTheIdAndPeersSeeEdits();
    void commentThreadRoundTrip();
    void cursorsSelectionsAndPreviews();
    void browserListsServerDrawingsAndShares();
    void viewerCannotEdit();
    void undoAfterPeerEditIsPerUser();
    void historyNamesPeersAndRestoreSyncs();
    void boundConnectorConvergesWhenPeersMoveBothEnds();
    void followPointAndPresent();
    void groupsTravelAndSelectWholeForPeers();
    void imagesTravelAsBlobs();
    void losingEditRightsKeepsPendingEdits();
    void signInDialogAndSignOut();
    void syncStateOfflineSyncingLive();
    void cleanupTestCase();

private:
    std::unique_ptr<test::ServerFixture> m_server;
    std::unique_ptr<Person> m_alice;
    std::unique_ptr<Person> m_bob;
    QString m_drawingId;
};

void TestCollab::initTestCase()
{
    m_server = std::make_unique<test::ServerFixture>();
    QVERIFY(m_server->start());
    for (const char *name : {"alice", "bob", "carol"})
        QVERIFY(m_server->addUser(QString::fromLatin1(name), kPassword));
}

void TestCollab::cleanupTestCase()
{
    m_alice.reset();
    m_bob.reset();
    m_server.reset();
}

void TestCollab::signInChecksTheServer()
{
    Person p;
    // Not an Inkboard server: an address where nothing Inkboard answers GET /info.
    QString error;
    bool done = false;
    auto finish = [&](const QString &, const QString &e) {
        error = e;
        done = true;
    };
    const QUrl notInkboard = m_server->baseUrl().resolved(QUrl(QStringLiteral("/nothing-here")));
    SignInDialog::signIn(p.context.get(), notInkboard.toString(), QStringLiteral("alice"),
                         kPassword, p.window, finish);
    QTRY_VERIFY_WITH_TIMEOUT(done, kTimeout);
    QVERIFY2(error.contains(QLatin1String("not an Inkboard server")), qPrintable(error));

    done = false;
    SignInDialog::signIn(p.context.get(), m_server->baseUrl().toString(), QStringLiteral("alice"),
                         QStringLiteral("wrong-password"), p.window, finish);
    QTRY_VERIFY_WITH_TIMEOUT(done, kTimeout);
    QVERIFY2(error.contains(QLatin1String("Wrong user name or password")), qPrintable(error));

    QVERIFY(p.signIn(m_server->baseUrl(), QStringLiteral("alice")));
    // Remembered per server for the dialog.
    SignInDialog dialog(p.context.get(), {}, p.window);
    QCOMPARE(dialog.urlEdit()->text(), p.server());
    QCOMPARE(dialog.userEdit()->text(), QStringLiteral("alice"));
}

void TestCollab::commandLineTakesServerAndUser()
{
    int code = -1;
    const auto cl = CommandLine::parse({QStringLiteral("inkboard"), QStringLiteral("--server"),
                                        QStringLiteral("http://h:1"), QStringLiteral("--user"),
                                        QStringLiteral("admin"), QStringLiteral("--password-stdin"),
                                        QStringLiteral("abc-123")},
                                       &code);
    QVERIFY(cl);
    QCOMPARE(cl->server, QStringLiteral("http://h:1"));
    QCOMPARE(cl->user, QStringLiteral("admin"));
    QVERIFY(cl->passwordStdin);
    QCOMPARE(cl->drawingId, QStringLiteral("abc-123"));
    QVERIFY(!CommandLine::parse({QStringLiteral("inkboard"), QStringLiteral("--password-stdin")},
                                &code));
    QCOMPARE(code, 2);

    // The signed-in start opens the server's drawing browser.
    Person p;
    CommandLine start;
    start.server = m_server->baseUrl().toString();
    start.user = QStringLiteral("carol");
    start.passwordStdin = true;
    startWithServer(p.window, start, kPassword);
    QTRY_VERIFY_WITH_TIMEOUT(p.window->findChild<DrawingListDialog *>(), kTimeout);
    auto *browser = p.window->findChild<DrawingListDialog *>();
    QVERIFY(browser->signedIn());
    browser->close();
}

void TestCollab::publishKeepsTheIdAndPeersSeeEdits()
{
    m_alice = std::make_unique<Person>();
    m_bob = std::make_unique<Person>();
    QVERIFY(m_alice->signIn(m_server->baseUrl(), QStringLiteral("alice")));
    QVERIFY(m_bob->signIn(m_server->baseUrl(), QStringLiteral("bob")));

    // Alice draws offline first, then publishes: the id and the content are kept.
    m_drawingId = m_alice->window->drawingId();
    m_alice->window->history()->perform(
        {Op::create(canvas::newId(), QStringLiteral("r1"), ObjectType::Rect, rectProps(0, 0))},
        QStringLiteral("Rectangle"));
    QCOMPARE(m_alice->window->syncState(), QStringLiteral("offline"));
    QVERIFY(m_alice->window->publishTo(m_alice->server()));
    QTRY_VERIFY_WITH_TIMEOUT(m_alice->isLive(), kTimeout);
    QCOMPARE(m_alice->window->drawingId(), m_drawingId);
    const QString token = m_server->login(QStringLiteral("alice"), kPassword);
    const test::HttpResult snap = test::httpRequest(
        m_server->baseUrl(), "GET", QStringLiteral("/api/v1/drawings/%1/snapshot").arg(m_drawingId),
        {}, token);
    QCOMPARE(snap.status, 200);
    QCOMPARE(snap.json.value(QLatin1String("objects")).toArray().size(), 1);

    // Shared with Bob as an editor, he opens it from the server and sees the rectangle.
    bool shared = false;
    m_alice->context->client()->setMember(m_alice->server(), m_drawingId, QStringLiteral("bob"),
                                          protocol::Role::Editor, m_alice->window,
                                          [&](const sync::RestResult &r) { shared = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(shared, kTimeout);
    m_bob->window->openServerDrawing(m_bob->server(), m_drawingId);
    QTRY_COMPARE_WITH_TIMEOUT(m_bob->window->drawingId(), m_drawingId, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_bob->doc().find(QStringLiteral("r1")), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_bob->isLive(), kTimeout);

    // Bob's edit reaches Alice and the other way round.
    m_bob->window->history()->perform(
        {Op::create(canvas::newId(), QStringLiteral("b1"), ObjectType::Ellipse, rectProps(200, 0))},
        QStringLiteral("Ellipse"));
    QTRY_VERIFY_WITH_TIMEOUT(m_alice->doc().find(QStringLiteral("b1")), kTimeout);
    m_alice->window->history()->perform(
        {Op::update(canvas::newId(), QStringLiteral("b1"), {{QStringLiteral("x"), 260}})},
        QStringLiteral("Move"));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_bob->doc().find(QStringLiteral("b1"))->props.value(QLatin1String("x")).toDouble(), 260.0,
        kTimeout);
}

// A thread pinned to an object with the C tool in one window, read, answered and resolved in
// the other through the real server; resolving is no edit (undo leaves it), and once the object
// is deleted the thread stays where it was, marked.
void TestCollab::commentThreadRoundTrip()
{
    QVERIFY(m_alice && m_bob);
    Person &alice = *m_alice;
    Person &bob = *m_bob;
    QTRY_VERIFY_WITH_TIMEOUT(alice.isLive() && bob.isLive(), kTimeout);
    // A rectangle of its own, in the middle of Alice's view.
    const QPointF middle = alice.canvas()->visibleCanvasRect().center();
    alice.window->history()->perform(
        {Op::create(canvas::newId(), QStringLiteral("cr1"), ObjectType::Rect,
                    rectProps(middle.x() - 40, middle.y() - 25))},
        QStringLiteral("Rectangle"));
    QTRY_VERIFY_WITH_TIMEOUT(bob.doc().find(QStringLiteral("cr1")), kTimeout);

    // The comment tool (C: tst_canvas_tools), then a click on the rectangle: the Comments
    // dock opens on a new thread.
    alice.window->action(QStringLiteral("tool.comment"))->trigger();
    QCOMPARE(alice.canvas()->tool(), canvas::ToolKind::Comment);
    const QPoint onRect = alice.canvas()->canvasToWidget(middle).toPoint();
    QTest::mouseClick(alice.canvas(), Qt::LeftButton, {}, onRect);
    comments::CommentThreadView *aliceThread = alice.window->commentsPanel()->threadView();
    QTRY_VERIFY(aliceThread->isDrafting());
    QVERIFY(alice.window->commentsPanel()->isVisible());
    // @mentions complete from the drawing's members.
    QTRY_VERIFY_WITH_TIMEOUT(
        alice.session()->comments()->memberNames().contains(QStringLiteral("bob")), kTimeout);
    aliceThread->editor()->setText(QStringLiteral("Is this the right yellow, @bob?"));
    QTest::keyClick(aliceThread->editor(), Qt::Key_Return);
    QVERIFY(!aliceThread->isDrafting());
    const QString thread = aliceThread->thread();
    QVERIFY(!thread.isEmpty());
    const auto root = alice.session()->comments()->comment(thread);
    QVERIFY(root && root->anchor && root->anchor->object == u"cr1");
    QCOMPARE(alice.window->comments()->overlay()->markers().size(), 1);
    // Comments are not edits: nothing pending, no undo step.
    QCOMPARE(alice.session()->pendingCount(), 0);

    // Bob: the thread arrives by push; View → Comments, Enter on it, a reply.
    sync::CommentSync *bobComments = bob.session()->comments();
    QTRY_VERIFY_WITH_TIMEOUT(bobComments->comment(thread).has_value(), kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(bob.window->comments()->overlay()->markers().size(), 1, kTimeout);
    bob.window->action(QStringLiteral("view.comments"))->trigger();
    comments::CommentsPanel *bobPanel = bob.window->commentsPanel();
    QTRY_VERIFY(bobPanel->isVisible());
    QCOMPARE(bobPanel->listedThreads(), QStringList{thread});
    bobPanel->threads()->setFocus();
    bobPanel->threads()->setCurrentRow(0);
    QTest::keyClick(bobPanel->threads(), Qt::Key_Return);
    QTRY_COMPARE(bobPanel->threadView()->thread(), thread);
    QTest::keyClicks(bobPanel->threadView()->editor(), QStringLiteral("Yes, the brand one"));
    QTest::keyClick(bobPanel->threadView()->editor(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(alice.session()->comments()->comments().size(), 2, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(aliceThread->list()->count(), 2, kTimeout);

    // Bob (an editor) resolves it; Alice's list hides it until she asks for resolved ones.
    QTRY_VERIFY_WITH_TIMEOUT(!bobComments->isQueued(thread) && bobComments->queuedCount() == 0,
                             kTimeout);
    bobPanel->threadView()->toggleResolved();
    QTRY_VERIFY_WITH_TIMEOUT(alice.session()->comments()->comment(thread)->resolved, kTimeout);
    QTRY_VERIFY(alice.window->commentsPanel()->listedThreads().isEmpty());
    alice.window->commentsPanel()->showResolved()->setChecked(true);
    QCOMPARE(alice.window->commentsPanel()->listedThreads(), QStringList{thread});
    // Undo is for the drawing: it does not reopen the thread.
    QVERIFY(alice.window->history()->stack()->canUndo());
    alice.window->history()->stack()->undo();
    QTest::qWait(200);
    QVERIFY(alice.session()->comments()->comment(thread)->resolved);
    alice.window->history()->stack()->redo();

    // The object goes: the thread stays readable where the rectangle was, marked.
    const QPointF before = bob.window->comments()->placeOf(thread).at;
    alice.window->history()->perform({Op::remove(canvas::newId(), QStringLiteral("cr1"))},
                                     QStringLiteral("Delete"));
    QTRY_VERIFY_WITH_TIMEOUT(!bob.doc().find(QStringLiteral("cr1")), kTimeout);
    QTRY_VERIFY(bob.window->comments()->placeOf(thread).onDeletedObject);
    QCOMPARE(bob.window->comments()->placeOf(thread).at, before);
    bob.window->comments()->openThread(thread, true);
    QVERIFY(bobPanel->threadView()
                ->findChild<QLabel *>(QStringLiteral("commentThreadHeader"))
                ->text()
                .contains(QLatin1String("deleted object")));
    alice.canvas()->setTool(canvas::ToolKind::Select);
}

void TestCollab::cursorsSelectionsAndPreviews()
{
    QVERIFY(m_alice && m_bob);
    // Who is here.
    QTRY_VERIFY_WITH_TIMEOUT(m_bob->window->peerNames().contains(QStringLiteral("alice")),
                             kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_alice->window->peerNames().contains(QStringLiteral("bob")),
                             kTimeout);
    QCOMPARE(PresenceOverlay::colorOf(QStringLiteral("u1")),
             PresenceOverlay::colorOf(QStringLiteral("u1")));

    // Alice's cursor.
    canvas::CanvasView *c = m_alice->canvas();
    const QPointF at(300, 300);
    mouseMove(c, at);
    const QPointF canvasAt = c->widgetToCanvas(at);
    auto bobSeesAlice = [&]() -> std::optional<protocol::Presence> {
        for (const protocol::Presence &p : m_bob->window->presenceOverlay()->peers()) {
            if (p.user.name == u"alice")
                return p;
        }
        return std::nullopt;
    };
    QTRY_VERIFY_WITH_TIMEOUT(bobSeesAlice() && bobSeesAlice()->cursor &&
                                 QLineF(*bobSeesAlice()->cursor, canvasAt).length() < 0.5,
                             kTimeout);

    // Her selection is outlined on Bob's screen.
    c->selectAll();
    QTRY_VERIFY_WITH_TIMEOUT(
        bobSeesAlice() && bobSeesAlice()->selection.contains(QStringLiteral("r1")), kTimeout);

    // She drags the whole selection: Bob sees every dragged object move, not only one.
    const qsizetype dragged = c->selection().size();
    QVERIFY(dragged >= 2);
    const QPoint grab = c->canvasToWidget(QPointF(40, 25)).toPoint(); // inside r1
    QTest::mousePress(c, Qt::LeftButton, {}, grab);
    for (int i = 1; i <= 6; ++i)
        mouseMove(c, grab + QPointF(i * 5, i * 5), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(bobSeesAlice() && bobSeesAlice()->previews.size() == dragged,
                             kTimeout);
    QTest::mouseRelease(c, Qt::LeftButton, {}, grab + QPoint(30, 30));
    QTRY_VERIFY_WITH_TIMEOUT(bobSeesAlice() && bobSeesAlice()->previews.isEmpty(), kTimeout);
    c->clearSelection();

    // A stroke in progress travels as a preview, the commit when it ends.
    c->setTool(canvas::ToolKind::Pen);
    QTest::mousePress(c, Qt::LeftButton, {}, QPoint(100, 400));
    for (int i = 1; i <= 8; ++i)
        mouseMove(c, QPointF(100 + i * 15, 400 + (i % 2) * 10), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(bobSeesAlice() && bobSeesAlice()->previews.size() == 1 &&
                                 bobSeesAlice()->previews.first().type == ObjectType::Stroke,
                             kTimeout);
    const QString strokeId = bobSeesAlice()->previews.first().id;
    QTest::mouseRelease(c, Qt::LeftButton, {}, QPoint(220, 400));
    QTRY_VERIFY_WITH_TIMEOUT(m_bob->doc().find(strokeId), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(bobSeesAlice() && bobSeesAlice()->previews.isEmpty(), kTimeout);
    c->setTool(canvas::ToolKind::Select);

    // "Bob is editing" a text: Alice sees which one.
    m_alice->window->history()->perform(
        {Op::create(canvas::newId(), QStringLiteral("t1"), ObjectType::Text,
                    {{QStringLiteral("x"), 0},
                     {QStringLiteral("y"), 200},
                     {QStringLiteral("text"), QStringLiteral("Hello")}})},
        QStringLiteral("Text"));
    QTRY_VERIFY_WITH_TIMEOUT(m_bob->doc().find(QStringLiteral("t1")), kTimeout);
    m_bob->canvas()->beginTextEdit(QStringLiteral("t1"), QPointF(5, 205));
    auto aliceSeesBob = [&]() -> std::optional<protocol::Presence> {
        for (const protocol::Presence &p : m_alice->window->presenceOverlay()->peers()) {
            if (p.user.name == u"bob")
                return p;
        }
        return std::nullopt;
    };
    QTRY_VERIFY_WITH_TIMEOUT(aliceSeesBob() && aliceSeesBob()->editing == u"t1", kTimeout);
    m_bob->canvas()->commitTextEdit();
    QTRY_VERIFY_WITH_TIMEOUT(aliceSeesBob() && aliceSeesBob()->editing.isEmpty(), kTimeout);
    QVERIFY(m_bob->window->findChild<QLabel *>(QStringLiteral("peersLabel"))
                ->text()
                .contains(QLatin1String("alice")));
}

void TestCollab::browserListsServerDrawingsAndShares()
{
    QVERIFY(m_alice);
    DrawingListDialog browser(m_alice->context.get(), m_alice->window, m_alice->server());
    QSignalSpy listed(&browser, &DrawingListDialog::listed);
    QTRY_VERIFY_WITH_TIMEOUT(browser.entry(m_drawingId) && browser.entry(m_drawingId)->onServer,
                             kTimeout);
    QCOMPARE(browser.entry(m_drawingId)->role, protocol::Role::Owner);

    ShareDialog share(m_alice->context.get(), m_alice->server(), m_drawingId, QStringLiteral("t"));
    QTRY_COMPARE_WITH_TIMEOUT(share.members()->topLevelItemCount(), 2, kTimeout);
    share.share(QStringLiteral("carol"), QStringLiteral("viewer"));
    QTRY_COMPARE_WITH_TIMEOUT(share.members()->topLevelItemCount(), 3, kTimeout);
    const auto carol = share.members()->findItems(QStringLiteral("carol"), Qt::MatchExactly);
    QCOMPARE(carol.size(), 1);
    QCOMPARE(carol.first()->text(1), QStringLiteral("viewer"));

    // Carol's browser: the shared drawing is listed with her role and opens from the server;
    // her own local drawing is published from the browser and keeps its id.
    Person p;
    QVERIFY(p.signIn(m_server->baseUrl(), QStringLiteral("carol")));
    DrawingListDialog hers(p.context.get(), p.window);
    QCOMPARE(hers.server(), p.server());
    QTRY_VERIFY_WITH_TIMEOUT(hers.entry(m_drawingId), kTimeout);
    QCOMPARE(hers.entry(m_drawingId)->role, protocol::Role::Viewer);
    QVERIFY(!hers.entry(m_drawingId)->local);
    QVERIFY(hers.chooseDrawing(m_drawingId));
    QVERIFY(p.context->store()->drawing(m_drawingId));
    const QString local = p.window->drawingId();
    QVERIFY(hers.entry(local) && hers.entry(local)->serverUrl.isEmpty());
    QVERIFY(hers.publishDrawing(local));
    QTRY_VERIFY_WITH_TIMEOUT(p.isLive(), kTimeout);
    QCOMPARE(p.window->drawingId(), local);
    hers.reload();
    QTRY_VERIFY_WITH_TIMEOUT(hers.entry(local) && hers.entry(local)->onServer, kTimeout);
    QCOMPARE(hers.entry(local)->role, protocol::Role::Owner);
    // Renamed on the server by its owner.
    QVERIFY(hers.renameDrawing(local, QStringLiteral("Carol's plan")));
    QTRY_COMPARE_WITH_TIMEOUT(p.context->store()->drawing(local)->title,
                              QStringLiteral("Carol's plan"), kTimeout);
    // Deleted by its owner while the list reloads (the server's answer not in yet): gone
    // from the server and from this computer, not only from here.
    hers.reload();
    QVERIFY(!hers.entry(local)->onServer);
    QVERIFY(hers.deleteDrawing(local));
    QTRY_VERIFY_WITH_TIMEOUT(!p.context->store()->drawing(local), kTimeout);
    const QString token = m_server->login(QStringLiteral("carol"), kPassword);
    QCOMPARE(test::httpRequest(m_server->baseUrl(), "GET",
                               QStringLiteral("/api/v1/drawings/%1").arg(local), {}, token)
                 .status,
             404);
}

void TestCollab::viewerCannotEdit()
{
    Person carol;
    QVERIFY(carol.signIn(m_server->baseUrl(), QStringLiteral("carol")));
    carol.window->openServerDrawing(carol.server(), m_drawingId);
    QTRY_COMPARE_WITH_TIMEOUT(carol.window->drawingId(), m_drawingId, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(carol.isLive(), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(carol.canvas()->isReadOnly(), kTimeout);
    QVERIFY2(carol.window->message().contains(QLatin1String("View only")),
             qPrintable(carol.window->message()));
    const qsizetype before = carol.doc().size();
    carol.canvas()->setTool(canvas::ToolKind::Rect);
    QTest::mousePress(carol.canvas(), Qt::LeftButton, {}, QPoint(50, 50));
    mouseMove(carol.canvas(), QPointF(120, 120), Qt::LeftButton);
    QTest::mouseRelease(carol.canvas(), Qt::LeftButton, {}, QPoint(120, 120));
    QCOMPARE(carol.doc().size(), before);
    QCOMPARE(carol.session()->pendingCount(), 0);
    // Carol sees the others, they see her.
    QTRY_VERIFY_WITH_TIMEOUT(m_alice->window->peerNames().contains(QStringLiteral("carol")),
                             kTimeout);
}

void TestCollab::undoAfterPeerEditIsPerUser()
{
    QVERIFY(m_alice && m_bob);
    canvas::EditHistory *h = m_alice->window->history();
    h->perform(
        {Op::create(canvas::newId(), QStringLiteral("u1"), ObjectType::Rect, rectProps(500, 0))},
        QStringLiteral("Rectangle"));
    h->perform({Op::update(canvas::newId(), QStringLiteral("u1"), {{QStringLiteral("x"), 540}})},
               QStringLiteral("Move"));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_bob->doc().find(QStringLiteral("u1")) &&
            m_bob->doc().find(QStringLiteral("u1"))->props.value(QLatin1String("x")).toDouble() ==
                540,
        kTimeout);
    // Bob recolors Alice's rectangle.
    m_bob->window->history()->perform(
        {Op::update(canvas::newId(), QStringLiteral("u1"),
                    {{QStringLiteral("fill_color"), QStringLiteral("#4caf50ff")}})},
        QStringLiteral("Fill"));
    QTRY_COMPARE_WITH_TIMEOUT(m_alice->doc()
                                  .find(QStringLiteral("u1"))
                                  ->props.value(QLatin1String("fill_color"))
                                  .toString(),
                              QStringLiteral("#4caf50ff"), kTimeout);
    // Alice's undo restores only her own prop: the move, not Bob's color.
    h->stack()->undo();
    const Object *o = m_alice->doc().find(QStringLiteral("u1"));
    QVERIFY(o);
    QCOMPARE(o->props.value(QLatin1String("x")).toDouble(), 500.0);
    QCOMPARE(o->props.value(QLatin1String("fill_color")).toString(), QStringLiteral("#4caf50ff"));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_bob->doc().find(QStringLiteral("u1"))->props.value(QLatin1String("x")).toDouble() ==
                500.0 &&
            m_bob->doc()
                    .find(QStringLiteral("u1"))
                    ->props.value(QLatin1String("fill_color"))
                    .toString() == u"#4caf50ff",
        kTimeout);
    // Undoing her create after Bob's edit deletes it (as Figma and tldraw do).
    h->stack()->undo();
    QVERIFY(!m_alice->doc().find(QStringLiteral("u1")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_bob->doc().find(QStringLiteral("u1")), kTimeout);
}

// The History panel on a server drawing: the commit list (GET …/ops) with the server's
// authors, the past shown while both stay present to each other, and a restore that reaches
// the peer as a commit by the one who restored.
void TestCollab::historyNamesPeersAndRestoreSyncs()
{
    QVERIFY(m_alice && m_bob);
    m_bob->window->history()->perform(
        {Op::create(canvas::newId(), QStringLiteral("h1"), ObjectType::Rect, rectProps(700, 0))},
        QStringLiteral("Rectangle"));
    QTRY_VERIFY_WITH_TIMEOUT(m_alice->doc().contains(QStringLiteral("h1")), kTimeout);
    m_alice->window->history()->perform(
        {Op::update(canvas::newId(), QStringLiteral("h1"),
                    {{QStringLiteral("x"), 760}, {QStringLiteral("y"), 40}})},
        QStringLiteral("Move"));
    QTRY_COMPARE_WITH_TIMEOUT(m_bob->doc().find(QStringLiteral("h1"))->number(QLatin1String("x")),
                              760.0, kTimeout);

    QAction *toggle = m_alice->window->action(QStringLiteral("view.history"));
    toggle->trigger();
    history::HistoryPanel *panel = m_alice->window->historyPanel();
    const qint64 moved = m_alice->session()->replica().confirmedRevision();
    QTRY_COMPARE_WITH_TIMEOUT(panel->source()->timeline().latestRevision(), moved, kTimeout);
    history::HistoryModel *model = panel->model();
    auto text = [&](qint64 revision) {
        return model->index(model->rowOf(revision)).data().toString();
    };
    QVERIFY2(text(moved).endsWith(QStringLiteral("You moved a rectangle")),
             qPrintable(text(moved)));
    QVERIFY2(text(moved - 1).endsWith(QStringLiteral("bob added a rectangle")),
             qPrintable(text(moved - 1)));

    // Looking at the past: Bob's rectangle where he drew it; both still see each other.
    panel->showRevision(moved - 1);
    QVERIFY(panel->isInPast());
    QCOMPARE(m_alice->canvas()->visible().find(QStringLiteral("h1"))->number(QLatin1String("x")),
             700.0);
    QTest::qWait(300);
    QVERIFY(m_bob->window->peerNames().contains(QStringLiteral("alice")));
    QVERIFY(m_alice->isLive());

    // Restoring it is Alice's commit, and Bob sees the rectangle back where he drew it.
    m_alice->canvas()->setSelection({QStringLiteral("h1")});
    panel->restoreSelection();
    QVERIFY(!panel->isInPast());
    QTRY_COMPARE_WITH_TIMEOUT(m_bob->doc().find(QStringLiteral("h1"))->number(QLatin1String("x")),
                              700.0, kTimeout);
    QTRY_COMPARE_WITH_TIMEOUT(panel->source()->timeline().latestRevision(), moved + 1, kTimeout);
    QVERIFY2(text(moved + 1).endsWith(QStringLiteral("You moved a rectangle")),
             qPrintable(text(moved + 1)));
    toggle->trigger();
}

// Two peers move the two shapes of one arrow at once, each storing the arrow as it sees it:
// per-prop last-writer-wins keeps only one of those `points`, yet both screens draw the same
// arrow, attached to both shapes where they now are (the ends are derived from the bindings).
void TestCollab::followPointAndPresent()
{
    QVERIFY(m_alice && m_bob);
    QTRY_VERIFY_WITH_TIMEOUT(m_alice->isLive() && m_bob->isLive(), kTimeout);
    auto bobSeesAlice = [&]() -> std::optional<protocol::Presence> {
        for (const protocol::Presence &p : m_bob->window->presenceOverlay()->peers()) {
            if (p.user.name == u"alice")
                return p;
        }
        return std::nullopt;
    };
    canvas::CanvasView *a = m_alice->canvas();
    canvas::CanvasView *b = m_bob->canvas();
    // Alice looks elsewhere: Bob hears where.
    a->setView(1.5, QPointF(-900, -400));
    const QRectF aliceView = a->visibleCanvasRect();
    QTRY_VERIFY_WITH_TIMEOUT(
        bobSeesAlice() && bobSeesAlice()->viewport &&
            QLineF(bobSeesAlice()->viewport->center(), aliceView.center()).length() < 0.5,
        kTimeout);

    // Bob follows her from the people panel (View → People; F on her row).
    QAction *people = m_bob->window->findChild<QAction *>(QStringLiteral("view.people"));
    QVERIFY(people);
    people->trigger();
    auto *list = m_bob->window->findChild<QListWidget *>(QStringLiteral("peopleList"));
    QVERIFY(list && list->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(list->count() >= 1, kTimeout);
    int row = -1;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().startsWith(QStringLiteral("alice")))
            row = i;
    }
    QVERIFY(row >= 0);
    list->setCurrentRow(row);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_F);
    QVERIFY(!m_bob->window->follow()->followed().isEmpty());
    auto bobShows = [&](const QRectF &r) {
        return QLineF(b->visibleCanvasRect().center(), r.center()).length() < 1.0;
    };
    QTRY_VERIFY_WITH_TIMEOUT(bobShows(aliceView), kTimeout);
    // She moves on; his view goes with hers.
    a->setView(0.5, QPointF(300, 200));
    const QRectF moved = a->visibleCanvasRect();
    QTRY_VERIFY_WITH_TIMEOUT(bobShows(moved), kTimeout);
    // Bob pans himself: following stops, and her next move leaves his view alone.
    QTest::qWait(FollowController::kAnimationMs + 50);
    b->setView(b->zoom(), b->offset() + QPointF(40, 0));
    QVERIFY(m_bob->window->follow()->followed().isEmpty());
    // (Zoom and offset: the canvas itself grows as the "Following" bar goes.)
    const double ownZoom = b->zoom();
    const QPointF ownOffset = b->offset();
    a->setView(1.0, QPointF(0, 0));
    QTest::qWait(300);
    QCOMPARE(b->zoom(), ownZoom);
    QCOMPARE(b->offset(), ownOffset);

    // Alice points with the laser: Bob sees her trail, and nothing is committed.
    const qsizetype objects = m_bob->doc().size();
    a->setTool(canvas::ToolKind::Laser);
    QTest::mousePress(a, Qt::LeftButton, {}, QPoint(200, 200));
    for (int i = 1; i <= 10; ++i) {
        mouseMove(a, QPointF(200 + 10 * i, 200 + 5 * i), Qt::LeftButton);
        QTest::qWait(25);
    }
    QTest::mouseRelease(a, Qt::LeftButton, {}, QPoint(300, 250));
    const QString aliceSession = bobSeesAlice() ? bobSeesAlice()->sessionId : QString();
    QVERIFY(!aliceSession.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_bob->window->presenceOverlay()->hasLaserOf(aliceSession), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!m_bob->window->presenceOverlay()->hasLaserOf(aliceSession), kTimeout);
    QCOMPARE(m_bob->doc().size(), objects);
    a->setTool(canvas::ToolKind::Select);

    // Alice presents: Bob gets a one-click prompt, and following starts from it.
    m_alice->window->findChild<QPushButton *>(QStringLiteral("presentButton"))->click();
    QVERIFY(m_alice->window->presenceOut()->isPresenting());
    QToolButton *prompt = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (prompt = m_bob->window->findChild<QToolButton *>(QStringLiteral("messageAction"))) &&
            prompt->isVisible(),
        kTimeout);
    QVERIFY(m_bob->window->findChild<MessageBar *>()->message().contains(QStringLiteral("alice")));
    prompt->click();
    QCOMPARE(m_bob->window->follow()->followed(), aliceSession);
    QTRY_VERIFY_WITH_TIMEOUT(bobShows(a->visibleCanvasRect()), kTimeout);
    m_alice->window->findChild<QPushButton *>(QStringLiteral("presentButton"))->click();
    m_bob->window->follow()->stop();

    // A minute without input (shortened here) shows Alice as away; input brings her back.
    m_alice->window->presenceOut()->setAwayAfter(200);
    mouseMove(a, QPointF(10, 10));
    QTRY_VERIFY_WITH_TIMEOUT(bobSeesAlice() && bobSeesAlice()->away, kTimeout);
    QVERIFY(PeoplePanel::activityOf(*bobSeesAlice()) == PeoplePanel::tr("away"));
    mouseMove(a, QPointF(20, 20));
    QTRY_VERIFY_WITH_TIMEOUT(bobSeesAlice() && !bobSeesAlice()->away, kTimeout);
    m_alice->window->presenceOut()->setAwayAfter(PresenceOut::kAwayMs);
    people->trigger(); // hidden again
    auto *dock = m_bob->window->findChild<QDockWidget *>(QStringLiteral("peopleDock"));
    QVERIFY(dock && !dock->isVisible());
    // A click on "Here: …" in the status bar opens it.
    auto *here = m_bob->window->findChild<QLabel *>(QStringLiteral("peersLabel"));
    QVERIFY(here && here->text().contains(QStringLiteral("alice")));
    QTest::mouseClick(here, Qt::LeftButton, {}, QPoint(here->width() / 2, here->height() / 2));
    QTRY_VERIFY_WITH_TIMEOUT(dock->isVisible(), kTimeout);
    dock->hide();
}

void TestCollab::boundConnectorConvergesWhenPeersMoveBothEnds()
{
    QVERIFY(m_alice && m_bob);
    const QString a = QStringLiteral("k1"), b = QStringLiteral("k2"), c = QStringLiteral("k3");
    QJsonObject arrow{
        {QStringLiteral("x"), 40},
        {QStringLiteral("y"), 625},
        {QStringLiteral("points"), QJsonArray{0, 0, 400, 0}},
        {QStringLiteral("start_bind"), QJsonObject{{"id", a}, {"fx", 0.5}, {"fy", 0.5}}},
        {QStringLiteral("end_bind"), QJsonObject{{"id", b}, {"fx", 0.5}, {"fy", 0.5}}}};
    m_alice->window->history()->perform(
        {Op::create(canvas::newId(), a, ObjectType::Rect, rectProps(0, 600)),
         Op::create(canvas::newId(), b, ObjectType::Rect, rectProps(400, 600)),
         Op::create(canvas::newId(), c, ObjectType::Arrow, arrow)},
        QStringLiteral("Diagram"));
    QTRY_VERIFY_WITH_TIMEOUT(m_bob->doc().find(c), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_alice->isLive() && m_bob->isLive(), kTimeout);

    // At once: Alice moves a down, Bob moves b up, both with the arrow keys.
    m_alice->canvas()->setSelection({a});
    m_bob->canvas()->setSelection({b});
    m_alice->canvas()->nudge(QPointF(0, 100));
    m_bob->canvas()->nudge(QPointF(0, -100));
    auto settled = [&](const Person &p) {
        const Object *ra = p.doc().find(a);
        const Object *rb = p.doc().find(b);
        return ra && rb && ra->number(QLatin1String("y")) == 700 &&
               rb->number(QLatin1String("y")) == 500;
    };
    QTRY_VERIFY_WITH_TIMEOUT(settled(*m_alice) && settled(*m_bob), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_alice->isLive() && m_bob->isLive(), kTimeout);
    QCOMPARE(m_alice->doc().find(c)->props, m_bob->doc().find(c)->props);
    const Object drawnAlice = m_alice->canvas()->scene().item(c)->object;
    const Object drawnBob = m_bob->canvas()->scene().item(c)->object;
    QCOMPARE(drawnAlice.props.value(QLatin1String("points")),
             drawnBob.props.value(QLatin1String("points")));
    // Both ends are at the shapes' new places: a's right side (y 700..750), b's left (500..550).
    const QList<QPointF> pts = canvas::pointsOf(drawnAlice);
    const QPointF origin(drawnAlice.number(QLatin1String("x")),
                         drawnAlice.number(QLatin1String("y")));
    const QPointF start = pts.first() + origin, end = pts.last() + origin;
    QVERIFY2(start.x() > 80 && start.y() > 700 && start.y() < 750,
             qPrintable(QStringLiteral("%1,%2").arg(start.x()).arg(start.y())));
    QVERIFY2(end.x() < 400 && end.y() > 500 && end.y() < 550,
             qPrintable(QStringLiteral("%1,%2").arg(end.x()).arg(end.y())));
}

// Alice groups two shapes and then puts the group inside another with a third: Bob's canvas
// selects the outer group whole on a click, and Alice's undo of the outer grouping reaches him.
void TestCollab::groupsTravelAndSelectWholeForPeers()
{
    QVERIFY(m_alice && m_bob);
    const QStringList ids{QStringLiteral("g1"), QStringLiteral("g2"), QStringLiteral("g3")};
    OpList create;
    for (int i = 0; i < 3; ++i)
        create.append(
            Op::create(canvas::newId(), ids[i], ObjectType::Rect, rectProps(700 + 150 * i, 800)));
    m_alice->window->history()->perform(create, QStringLiteral("Shapes"));
    QTRY_VERIFY_WITH_TIMEOUT(m_bob->doc().find(ids[2]), kTimeout);
    canvas::CanvasView *a = m_alice->canvas();
    a->setSelection({ids[0], ids[1]});
    a->groupSelection();
    a->setSelection({ids[0], ids[1], ids[2]});
    a->groupSelection();
    const QStringList path = canvas::groupPath(*m_alice->doc().find(ids[0]));
    QCOMPARE(path.size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(m_bob->doc().find(ids[0]) &&
                                 canvas::groupPath(*m_bob->doc().find(ids[0])) == path,
                             kTimeout);
    QCOMPARE(canvas::groupPath(*m_bob->doc().find(ids[2])), QStringList{path.first()});
    const canvas::SceneItem *item = m_bob->canvas()->scene().item(ids[1]);
    QVERIFY(item);
    QCOMPARE(m_bob->canvas()->unitOf(*item), (QSet<QString>{ids[0], ids[1], ids[2]}));

    m_alice->window->history()->stack()->undo(); // the outer group
    QTRY_VERIFY_WITH_TIMEOUT(canvas::groupPath(*m_bob->doc().find(ids[0])) ==
                                     QStringList{path.last()} &&
                                 canvas::groupPath(*m_bob->doc().find(ids[2])).isEmpty(),
                             kTimeout);
    QCOMPARE(m_bob->canvas()->unitOf(*m_bob->canvas()->scene().item(ids[1])),
             (QSet<QString>{ids[0], ids[1]}));
}

void TestCollab::imagesTravelAsBlobs()
{
    QVERIFY(m_alice && m_bob);
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(QColor(0x4f, 0x46, 0xe5));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const QString hash = m_alice->context->blobs()->put(png);
    QVERIFY(!hash.isEmpty());
    QVERIFY(!m_bob->context->blobs()->contains(hash));
    m_alice->window->history()->perform(
        {Op::create(canvas::newId(), QStringLiteral("img1"), ObjectType::Image,
                    {{QStringLiteral("x"), 0},
                     {QStringLiteral("y"), 500},
                     {QStringLiteral("w"), 40},
                     {QStringLiteral("h"), 30},
                     {QStringLiteral("blob"), hash}})},
        QStringLiteral("Image"));
    // Uploaded before the op; Bob's window downloads it when the object arrives.
    QTRY_VERIFY_WITH_TIMEOUT(m_bob->doc().find(QStringLiteral("img1")), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_bob->context->blobs()->contains(hash), kTimeout);
    QCOMPARE(m_bob->context->blobs()->data(hash), png);
    QCOMPARE(m_bob->context->blobs()->image(hash).size(), QSize(40, 30));
}

void TestCollab::losingEditRightsKeepsPendingEdits()
{
    QVERIFY(m_alice && m_bob);
    bool demoted = false;
    m_alice->context->client()->setMember(m_alice->server(), m_drawingId, QStringLiteral("bob"),
                                          protocol::Role::Viewer, m_alice->window,
                                          [&](const sync::RestResult &r) { demoted = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(demoted, kTimeout);
    // Bob does not know yet (no frame of the protocol tells a session its role changed): his
    // edit is shown, then the server refuses it.
    QVERIFY(!m_bob->session()->isReadOnly());
    m_bob->window->history()->perform({Op::create(canvas::newId(), QStringLiteral("late"),
                                                  ObjectType::Rect, rectProps(300, 300))},
                                      QStringLiteral("Rectangle"));
    QVERIFY(m_bob->doc().find(QStringLiteral("late")));
    QVERIFY(m_bob->window->action(QStringLiteral("edit.undo"))->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(m_bob->canvas()->isReadOnly(), kTimeout);
    // Nothing is lost: the edit stays visible and pending, and the window says so.
    QVERIFY(m_bob->doc().find(QStringLiteral("late")));
    QCOMPARE(m_bob->session()->pendingCount(), 1);
    QVERIFY2(m_bob->window->message().contains(QLatin1String("kept on this computer")),
             qPrintable(m_bob->window->message()));
    // Undo and redo are off while read-only: the server would refuse them.
    QVERIFY(!m_bob->window->action(QStringLiteral("edit.undo"))->isEnabled());
    QVERIFY(!m_bob->window->action(QStringLiteral("edit.redo"))->isEnabled());
    QVERIFY(!m_alice->doc().find(QStringLiteral("late")));
}

void TestCollab::signInDialogAndSignOut()
{
    Person carol;
    // The dialog as a user fills it in.
    SignInDialog dialog(carol.context.get(), {}, carol.window);
    dialog.show();
    dialog.urlEdit()->setText(m_server->baseUrl().toString());
    dialog.userEdit()->setText(QStringLiteral("carol"));
    dialog.passwordEdit()->setText(kPassword);
    QSignalSpy signedIn(&dialog, &SignInDialog::signedIn);
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, kTimeout);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(carol.context->store()->account(dialog.server()));

    carol.window->openServerDrawing(dialog.server(), m_drawingId);
    QTRY_VERIFY_WITH_TIMEOUT(carol.isLive(), kTimeout);
    // Signing out takes the window offline and says why; retry is offered.
    carol.window->action(QStringLiteral("file.signOut"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(carol.window->syncState(), QStringLiteral("offline"), kTimeout);
    QVERIFY2(carol.window->syncStateText().contains(QLatin1String("signed out")),
             qPrintable(carol.window->syncStateText()));
    QVERIFY(carol.window->retryButton()->isVisible());
    QVERIFY(!carol.context->store()->account(dialog.server()));
}

void TestCollab::syncStateOfflineSyncingLive()
{
    QVERIFY(m_alice);
    QTRY_VERIFY_WITH_TIMEOUT(m_alice->isLive(), kTimeout);
    QSignalSpy states(m_alice->window, &MainWindow::syncStateChanged);
    // Stopped (SIGTERM; the server's own exit status is the server tests' business).
    const int exitCode = m_server->terminate();
    if (exitCode != 0)
        qInfo("inkboard-server exited with %d after SIGTERM: %s", exitCode,
              qPrintable(m_server->serverStderr().right(600)));
    if (m_server->isRunning())
        m_server->kill9();
    QTRY_COMPARE_WITH_TIMEOUT(m_alice->window->syncState(), QStringLiteral("offline"), kTimeout);
    QVERIFY2(m_alice->window->syncStateText().contains(QLatin1String("server unreachable")),
             qPrintable(m_alice->window->syncStateText()));
    QVERIFY(m_alice->window->retryButton()->isVisible());
    // Editing never waits for the network: the edit shows at once and is pending.
    m_alice->window->history()->perform(
        {Op::create(canvas::newId(), QStringLiteral("off1"), ObjectType::Rect, rectProps(0, 300))},
        QStringLiteral("Rectangle"));
    QVERIFY(m_alice->doc().find(QStringLiteral("off1")));
    QTRY_VERIFY_WITH_TIMEOUT(m_alice->window->syncStateText().contains(QLatin1String("1 pending")),
                             kTimeout);
    QVERIFY(m_server->restart());
    m_alice->window->retryButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_alice->isLive(), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(m_bob->doc().find(QStringLiteral("off1")), kTimeout);
    QStringList seen;
    for (const QList<QVariant> &args : std::as_const(states)) {
        const QString s = args.at(0).toString();
        if (seen.isEmpty() || seen.last() != s)
            seen << s;
    }
    const qsizetype offline = seen.indexOf(QStringLiteral("offline"));
    QVERIFY2(offline >= 0, qPrintable(seen.join(u',')));
    const qsizetype syncing = seen.indexOf(QStringLiteral("syncing"), offline);
    QVERIFY2(syncing > offline, qPrintable(seen.join(u',')));
    QVERIFY2(seen.indexOf(QStringLiteral("live"), syncing) > syncing, qPrintable(seen.join(u',')));
}

QTEST_MAIN(TestCollab)
#include "tst_collab.moc"
