// SPDX-License-Identifier: Apache-2.0
// The window's parts on their own, without a MainWindow: the open drawing's lifecycle and
// wiring (DrawingSession), the sync state as the status bar shows it for no drawing and a
// local one (SyncStatePresenter), undo and redo off while read-only (WindowActions), and the
// message bar. What needs a server is in tst_collab.
#include "app_context.h"
#include "canvas_view.h"
#include "client/sync_session.h"
#include "drawing_session.h"
#include "edit_history.h"
#include "message_bar.h"
#include "op_target.h"
#include "presence_overlay.h"
#include "sync_state_presenter.h"
#include "window_actions.h"

#include <QAction>
#include <QJsonObject>
#include <QLabel>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace inkboard;
using namespace inkboard::app;

namespace {

OpList aRect()
{
    const QJsonObject props{
        {"x", 10},          {"y", 20}, {"w", 30}, {"h", 40}, {"stroke_color", "#1e1e1eff"},
        {"stroke_width", 2}};
    return {Op::create(canvas::newId(), canvas::newId(), ObjectType::Rect, props)};
}

// One profile, a canvas and a history, wired as a window wires them.
struct Parts
{
    QTemporaryDir dir;
    std::unique_ptr<AppContext> context;
    QWidget window;
    canvas::CanvasView *canvas = nullptr;
    canvas::EditHistory *history = nullptr;
    DrawingSession *drawing = nullptr;

    Parts()
    {
        QString error;
        context = AppContext::open(dir.path(), &error);
        QVERIFY2(context, qPrintable(error));
        canvas = new canvas::CanvasView(&window);
        history = new canvas::EditHistory(&window);
        drawing = new DrawingSession(context.get(), canvas, history, &window);
    }
    ~Parts()
    {
        if (drawing)
            drawing->detach();
    }
    QString newDrawing(const QString &title)
    {
        QString error;
        const QString id = context->createDrawing(title, &error);
        if (id.isEmpty())
            qWarning() << error;
        return id;
    }
};

} // namespace

class TestWindowParts : public QObject
{
    Q_OBJECT
private slots:
    void drawingSessionWiresCanvasAndHistory();
    void openingAnotherReplacesTheSession();
    void syncStateWithoutAndWithALocalDrawing();
    void undoIsOffWhileReadOnly();
    void messageBarShowsAndHides();
};

void TestWindowParts::drawingSessionWiresCanvasAndHistory()
{
    Parts p;
    const QString id = p.newDrawing(QStringLiteral("One"));
    QVERIFY(!id.isEmpty());
    QVERIFY(p.drawing->open(id));
    QCOMPARE(p.drawing->drawingId(), id);
    sync::SyncSession *session = p.drawing->session();
    QVERIFY(session);
    QCOMPARE(p.canvas->document(), &session->replica().visible());
    QVERIFY(p.history->target());

    // An edit through the history reaches the session and comes back as the drawing's signal.
    QSignalSpy changed(p.drawing, &DrawingSession::objectsChanged);
    p.history->perform(aRect(), QStringLiteral("Rectangle"));
    QCOMPARE(session->replica().visible().size(), qsizetype(1));
    QVERIFY(changed.count() >= 1);
    QVERIFY(p.history->stack()->canUndo());

    QSignalSpy detaching(p.drawing, &DrawingSession::detaching);
    p.drawing->detach();
    QCOMPARE(detaching.count(), 1);
    QVERIFY(!p.drawing->session());
    QVERIFY(p.drawing->drawingId().isEmpty());
    QVERIFY(!p.canvas->document());
    QVERIFY(!p.history->target());
    QVERIFY(!p.history->stack()->canUndo());
}

void TestWindowParts::openingAnotherReplacesTheSession()
{
    Parts p;
    const QString first = p.newDrawing(QStringLiteral("First"));
    const QString second = p.newDrawing(QStringLiteral("Second"));
    QVERIFY(p.drawing->open(first));
    QPointer<sync::SyncSession> old = p.drawing->session();
    QSignalSpy detaching(p.drawing, &DrawingSession::detaching);
    QVERIFY(p.drawing->open(second));
    QCOMPARE(detaching.count(), 1);
    QVERIFY(!old); // the first session is gone, not left running
    QCOMPARE(p.drawing->drawingId(), second);
    QCOMPARE(p.canvas->document(), &p.drawing->session()->replica().visible());
}

void TestWindowParts::syncStateWithoutAndWithALocalDrawing()
{
    Parts p;
    PresenceOverlay overlay(p.canvas);
    QAction publish(QStringLiteral("publish"));
    QAction share(QStringLiteral("share"));
    QStringList signInsAsked;
    SyncStatePresenter presenter(
        &p.window, p.drawing, &overlay, &publish, &share,
        [&](const QString &server, const auto &) { signInsAsked << server; });
    QSignalSpy states(&presenter, &SyncStatePresenter::stateChanged);

    presenter.updateState();
    QCOMPARE(presenter.state(), QStringLiteral("offline"));
    QVERIFY2(presenter.stateText().contains(QStringLiteral("No drawing")),
             qPrintable(presenter.stateText()));
    QCOMPARE(states.count(), 1);
    QVERIFY(!publish.isEnabled());
    QVERIFY(!share.isEnabled());
    QVERIFY(presenter.retryButton()->isHidden());

    QVERIFY(p.drawing->open(p.newDrawing(QStringLiteral("Local"))));
    presenter.updateState();
    QVERIFY2(presenter.stateText().contains(QStringLiteral("only on this computer")),
             qPrintable(presenter.stateText()));
    QCOMPARE(states.count(), 1); // still offline: no second signal
    QVERIFY(publish.isEnabled());
    QVERIFY(!share.isEnabled());
    QVERIFY(presenter.retryButton()->isHidden());
    QVERIFY(presenter.stateLabel()->toolTip().isEmpty());

    // Retry on a local drawing neither reconnects nor asks to sign in.
    presenter.retry();
    QVERIFY(signInsAsked.isEmpty());

    presenter.updatePeers();
    QVERIFY(presenter.peerNames().isEmpty());
    QVERIFY(presenter.peersLabel()->text().isEmpty());
}

void TestWindowParts::undoIsOffWhileReadOnly()
{
    Parts p;
    bool readOnly = false;
    WindowActions actions(&p.window, p.canvas, p.history, [&readOnly] { return readOnly; });
    actions.addEditing(new QAction(&p.window));
    QAction *undo = actions.action(QStringLiteral("edit.undo"));
    QVERIFY(undo);
    QVERIFY(!undo->isEnabled());

    QVERIFY(p.drawing->open(p.newDrawing(QStringLiteral("Undo"))));
    p.history->perform(aRect(), QStringLiteral("Rectangle"));
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo Rectangle"));

    readOnly = true;
    actions.updateUndo();
    QVERIFY(!undo->isEnabled());
    QVERIFY(!actions.action(QStringLiteral("edit.redo"))->isEnabled());
    readOnly = false;
    actions.updateUndo();
    QVERIFY(undo->isEnabled());

    // What needs a selection waits for one.
    actions.updateSelection();
    QVERIFY(!actions.action(QStringLiteral("edit.delete"))->isEnabled());
    QVERIFY(actions.action(QStringLiteral("edit.paste"))->isEnabled());
}

void TestWindowParts::messageBarShowsAndHides()
{
    QWidget parent;
    auto *bar = new MessageBar(&parent);
    parent.show();
    QVERIFY(bar->isHidden());
    QVERIFY(bar->message().isEmpty());
    bar->showMessage(QStringLiteral("Cannot open it."));
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->message(), QStringLiteral("Cannot open it."));
    bar->showMessage({});
    QVERIFY(bar->isHidden());
    QVERIFY(bar->message().isEmpty());
}

QTEST_MAIN(TestWindowParts)
#include "tst_window_parts.moc"
