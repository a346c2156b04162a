// SPDX-License-Identifier: Apache-2.0
// Not a test: two app windows of two collaborators on the real inkboard-server, side by side,
// grabbed for docs/screenshots/ (run under xvfb-run; see tests/gui/collab_screenshot.sh).
// Alice is drawing a stroke (Bob sees its live preview) while Bob points at and selects the
// note; both windows show who is here and the sync state. Then the laser (meeting.png) and a
// comment thread on the circle (comments.png).
#include "app_context.h"
#include "client/comment_sync.h"
#include "client/sync_session.h"
#include "command_line.h"
#include "comments/comment_thread_view.h"
#include "comments/comments_controller.h"
#include "comments/comments_panel.h"
#include "follow_controller.h"
#include "main_window.h"
#include "op_target.h"
#include "presence_overlay.h"
#include "server_fixture.h"
#include "sign_in_dialog.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QJsonArray>
#include <QLineEdit>
#include <QMouseEvent>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <cstdio>

using namespace inkboard;
using namespace inkboard::app;

namespace {

const QString kPassword = QStringLiteral("correct-horse-1");

struct Person
{
    QTemporaryDir dir;
    std::unique_ptr<AppContext> context;
    MainWindow *window = nullptr;

    explicit Person(QRect geometry)
    {
        QString error;
        context = AppContext::open(dir.path(), &error);
        sync::SyncOptions options;
        options.presenceIntervalMs = 20;
        context->setSyncOptions(options);
        window = new MainWindow(context.get());
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        window->openInitial({});
        window->setGeometry(geometry);
        window->show();
    }
    ~Person() { delete window; }
    bool signIn(const QUrl &server, const QString &user)
    {
        bool done = false;
        bool ok = false;
        SignInDialog::signIn(context.get(), server.toString(), user, kPassword, window,
                             [&](const QString &, const QString &error) {
                                 ok = error.isEmpty();
                                 done = true;
                             });
        return QTest::qWaitFor([&] { return done; }, 10000) && ok;
    }
};

QJsonObject props(std::initializer_list<std::pair<const char *, QJsonValue>> list)
{
    QJsonObject o;
    for (const auto &[k, v] : list)
        o.insert(QString::fromLatin1(k), v);
    return o;
}

void move(QWidget *w, QPointF p, Qt::MouseButtons buttons)
{
    QMouseEvent e(QEvent::MouseMove, p, w->mapToGlobal(p), Qt::NoButton, buttons, {});
    QCoreApplication::sendEvent(w, &e);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    qputenv("QT_LOGGING_RULES", "inkboard.*.info=false");
    test::ServerFixture server;
    if (!server.start() || !server.addUser(QStringLiteral("alice"), kPassword) ||
        !server.addUser(QStringLiteral("bob"), kPassword)) {
        std::fprintf(stderr, "cannot start inkboard-server\n");
        return 1;
    }
    const QRect screen = QGuiApplication::primaryScreen()->geometry();
    const int half = screen.width() / 2;
    Person alice(QRect(0, 0, half, screen.height()));
    Person bob(QRect(half, 0, screen.width() - half, screen.height()));
    if (!alice.signIn(server.baseUrl(), QStringLiteral("alice")) ||
        !bob.signIn(server.baseUrl(), QStringLiteral("bob"))) {
        std::fprintf(stderr, "cannot sign in\n");
        return 1;
    }
    // Alice's drawing, published and shared with Bob.
    const OpList demo = {
        Op::create(canvas::newId(), QStringLiteral("frame"), ObjectType::Rect,
                   props({{"x", 40},
                          {"y", 40},
                          {"w", 300},
                          {"h", 170},
                          {"radius", 12},
                          {"stroke_color", "#1e1e1eff"},
                          {"fill_color", "#e0f2feff"},
                          {"stroke_width", 2}})),
        Op::create(canvas::newId(), QStringLiteral("title"), ObjectType::Text,
                   props({{"x", 64},
                          {"y", 70},
                          {"text", "Sprint plan"},
                          {"font_size", 28},
                          {"stroke_color", "#1e1e1eff"}})),
        Op::create(canvas::newId(), QStringLiteral("note"), ObjectType::Rect,
                   props({{"x", 60},
                          {"y", 260},
                          {"w", 170},
                          {"h", 110},
                          {"stroke_color", "#b45309ff"},
                          {"fill_color", "#fde68aff"},
                          {"stroke_width", 2}})),
        Op::create(canvas::newId(), QStringLiteral("note-text"), ObjectType::Text,
                   props({{"x", 76},
                          {"y", 290},
                          {"text", "Ship sync"},
                          {"font_size", 20},
                          {"stroke_color", "#1e1e1eff"}})),
        Op::create(canvas::newId(), QStringLiteral("circle"), ObjectType::Ellipse,
                   props({{"x", 290},
                          {"y", 260},
                          {"w", 120},
                          {"h", 120},
                          {"stroke_color", "#15803dff"},
                          {"fill_color", "#bbf7d0ff"},
                          {"stroke_width", 3}})),
        Op::create(canvas::newId(), QStringLiteral("arrow"), ObjectType::Arrow,
                   props({{"x", 230},
                          {"y", 315},
                          {"points", QJsonArray{0, 0, 58, 0}},
                          {"arrow_end", true},
                          {"stroke_color", "#1e1e1eff"},
                          {"stroke_width", 2}})),
    };
    alice.window->history()->perform(demo, QStringLiteral("Demo"));
    alice.window->publishTo(alice.context->lastServer());
    const QString id = alice.window->drawingId();
    if (!QTest::qWaitFor([&] { return alice.window->syncState() == u"live"; }, 10000)) {
        std::fprintf(stderr, "cannot publish\n");
        return 1;
    }
    bool shared = false;
    alice.context->client()->setMember(alice.context->lastServer(), id, QStringLiteral("bob"),
                                       protocol::Role::Editor, alice.window,
                                       [&](const sync::RestResult &r) { shared = r.ok(); });
    if (!QTest::qWaitFor([&] { return shared && alice.window->syncState() == u"live"; }, 10000)) {
        std::fprintf(stderr, "cannot publish and share (%d): %s\n", int(shared),
                     qPrintable(alice.window->syncStateText()));
        return 1;
    }
    bob.window->openServerDrawing(bob.context->lastServer(), id);
    if (!QTest::qWaitFor(
            [&] {
                return bob.window->drawingId() == id && bob.window->syncState() == u"live" &&
                       bob.window->session()->replica().visible().size() == demo.size();
            },
            10000)) {
        std::fprintf(stderr, "bob cannot open the drawing\n");
        return 1;
    }
    for (Person *p : {&alice, &bob}) {
        if (auto *dock = p->window->findChild<QDockWidget *>(QStringLiteral("styleDock")))
            dock->hide(); // more canvas in a half-screen window
    }
    QTest::qWait(300);
    for (Person *p : {&alice, &bob}) {
        p->window->canvas()->zoomReset();
        p->window->canvas()->zoomToFit();
    }

    // Bob points at the note and selects it.
    canvas::CanvasView *bc = bob.window->canvas();
    const QPointF noteCenter = bc->canvasToWidget(QPointF(145, 315));
    QTest::mouseClick(bc, Qt::LeftButton, {}, noteCenter.toPoint());
    move(bc, noteCenter + QPointF(40, 30), Qt::NoButton);

    // Alice is in the middle of a stroke: Bob sees it as a live preview.
    canvas::CanvasView *ac = alice.window->canvas();
    ac->setTool(canvas::ToolKind::Pen);
    const QPointF start = ac->canvasToWidget(QPointF(300, 60));
    QTest::mousePress(ac, Qt::LeftButton, {}, start.toPoint());
    QPointF last = start;
    for (int i = 1; i <= 40; ++i) {
        const double t = i / 40.0;
        last = ac->canvasToWidget(QPointF(300 + 140 * t, 60 + 60 * std::sin(t * 6.28) + 40 * t));
        move(ac, last, Qt::LeftButton);
        QTest::qWait(5);
    }
    if (!QTest::qWaitFor(
            [&] {
                bool preview = false, cursor = false;
                for (const auto &p : bob.window->session()->peers())
                    preview |= !p.previews.isEmpty();
                for (const auto &p : alice.window->session()->peers())
                    cursor |= p.cursor.has_value() && !p.selection.isEmpty();
                return preview && cursor;
            },
            10000))
        std::fprintf(stderr, "warning: presence did not arrive in time\n");
    QTest::qWait(500);
    QDir().mkpath(outDir);
    const QPixmap shot = QGuiApplication::primaryScreen()->grabWindow(0);
    const QString path = QDir(outDir).filePath(QStringLiteral("collaboration.png"));
    if (!shot.save(path)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 1;
    }
    std::printf("wrote %s\n", qPrintable(path));
    QTest::mouseRelease(ac, Qt::LeftButton, {}, last.toPoint());

    // meeting.png: Bob has the people panel open; Alice circles the note with the laser.
    if (QAction *people = bob.window->findChild<QAction *>(QStringLiteral("view.people")))
        people->trigger();
    ac->setTool(canvas::ToolKind::Laser);
    QString aliceSession;
    for (const auto &p : bob.window->session()->peers())
        aliceSession = p.user.name == u"alice" ? p.sessionId : aliceSession;
    const QPointF centre = ac->canvasToWidget(QPointF(145, 315));
    const double radius = 100 * ac->zoom();
    QTest::mousePress(ac, Qt::LeftButton, {}, (centre + QPointF(radius, 0)).toPoint());
    for (int i = 1; i <= 36; ++i) {
        const double a = i / 36.0 * 6.0;
        move(ac, centre + QPointF(radius * std::cos(a), radius * 0.75 * std::sin(a)),
             Qt::LeftButton);
        QTest::qWait(20);
    }
    if (!QTest::qWaitFor([&] { return bob.window->presenceOverlay()->hasLaserOf(aliceSession); },
                         5000))
        std::fprintf(stderr, "warning: the laser did not arrive in time\n");
    QTest::qWait(60);
    const QString meeting = QDir(outDir).filePath(QStringLiteral("meeting.png"));
    if (!QGuiApplication::primaryScreen()->grabWindow(0).save(meeting)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(meeting));
        return 1;
    }
    std::printf("wrote %s\n", qPrintable(meeting));
    QTest::mouseRelease(ac, Qt::LeftButton, {}, centre.toPoint());

    // comments.png: a thread on the circle, started by Alice, answered by Bob, open in his
    // Comments panel.
    ac->setTool(canvas::ToolKind::Select);
    if (QAction *people = bob.window->findChild<QAction *>(QStringLiteral("view.people")))
        people->trigger();
    QTest::qWait(1200); // the laser trail fades
    alice.window->comments()->startThreadAt(QPointF(390, 270), QStringLiteral("circle"));
    comments::CommentThreadView *aliceThread = alice.window->commentsPanel()->threadView();
    aliceThread->editor()->setText(QStringLiteral("Can we make this green a little darker, @bob?"));
    aliceThread->send();
    const QString thread = aliceThread->thread();
    sync::CommentSync *bobComments = bob.window->session()->comments();
    if (!QTest::qWaitFor([&] { return bobComments->comment(thread).has_value(); }, 10000)) {
        std::fprintf(stderr, "the comment did not reach bob\n");
        return 1;
    }
    bob.window->comments()->openThread(thread, true);
    alice.window->comments()->openThread(thread, true);
    comments::CommentThreadView *bobThread = bob.window->commentsPanel()->threadView();
    bobThread->editor()->setText(QStringLiteral("Sure, @alice: #15803d for the border?"));
    bobThread->send();
    if (!QTest::qWaitFor(
            [&] { return !bobComments->isQueued(thread) && bobComments->queuedCount() == 0; },
            10000))
        std::fprintf(stderr, "warning: bob's reply was not sent in time\n");
    QTest::qWait(400);
    const QString commentsShot = QDir(outDir).filePath(QStringLiteral("comments.png"));
    if (!QGuiApplication::primaryScreen()->grabWindow(0).save(commentsShot)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(commentsShot));
        return 1;
    }
    std::printf("wrote %s\n", qPrintable(commentsShot));

    // following.png: Bob follows Alice, who has moved her view to the circle and points at it
    // with the laser while the thread stays open in her Comments panel.
    if (!bob.window->follow()->follow(aliceSession)) {
        std::fprintf(stderr, "bob cannot follow alice\n");
        return 1;
    }
    ac->zoomAbout(1.4, ac->canvasToWidget(QPointF(390, 315)));
    const QPointF circle = ac->canvasToWidget(QPointF(390, 315));
    const auto sameView = [&] {
        const QPointF apart =
            bob.window->canvas()->visibleCanvasRect().center() - ac->visibleCanvasRect().center();
        return qAbs(apart.x()) + qAbs(apart.y()) < 20;
    };
    if (!QTest::qWaitFor(sameView, 5000))
        std::fprintf(stderr, "warning: bob's view did not follow in time\n");
    ac->setTool(canvas::ToolKind::Laser);
    const double r = 70 * ac->zoom();
    QTest::mousePress(ac, Qt::LeftButton, {}, (circle + QPointF(r, 0)).toPoint());
    for (int i = 1; i <= 30; ++i) {
        const double a = i / 30.0 * 5.5;
        move(ac, circle + QPointF(r * std::cos(a), r * std::sin(a)), Qt::LeftButton);
        QTest::qWait(20);
    }
    if (!QTest::qWaitFor([&] { return bob.window->presenceOverlay()->hasLaserOf(aliceSession); },
                         5000))
        std::fprintf(stderr, "warning: the laser did not arrive in time\n");
    QTest::qWait(60);
    const QString following = QDir(outDir).filePath(QStringLiteral("following.png"));
    if (!QGuiApplication::primaryScreen()->grabWindow(0).save(following)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(following));
        return 1;
    }
    std::printf("wrote %s\n", qPrintable(following));
    QTest::mouseRelease(ac, Qt::LeftButton, {}, circle.toPoint());
    return 0;
}
