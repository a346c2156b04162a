// SPDX-License-Identifier: Apache-2.0
#include "main_window.h"

#include "app_context.h"
#include "appearance.h"
#include "blob_fetcher.h"
#include "blob_store.h"
#include "canvas_context_menu.h"
#include "client/sync_session.h"
#include "command_line.h"
#include "comments/comment_thread_view.h"
#include "comments/comments_controller.h"
#include "comments/comments_panel.h"
#include "drawing_session.h"
#include "file_flows.h"
#include "follow_controller.h"
#include "history/history_panel.h"
#include "language.h"
#include "logging.h"
#include "message_bar.h"
#include "op_target.h"
#include "people_panel.h"
#include "presence_out.h"
#include "presence_overlay.h"
#include "server_flows.h"
#include "style_panel.h"
#include "style_settings.h"
#include "sync_state_presenter.h"
#include "window_actions.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace inkboard::app {

MainWindow::MainWindow(AppContext *context, QWidget *parent)
    : QMainWindow(parent), m_context(context)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowIcon(QIcon(QStringLiteral(":/icons/inkboard.svg")));
    m_context->registerWindow(this);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_messageBar = new MessageBar(central);
    layout->addWidget(m_messageBar);

    m_canvas = new canvas::CanvasView(central);
    m_canvas->setObjectName(QStringLiteral("canvas"));
    m_canvas->setBlobStore(m_context->blobs());
    layout->addWidget(m_canvas, 1);
    m_overlay = std::make_unique<PresenceOverlay>(m_canvas);
    m_canvas->addOverlay(m_overlay.get());
    setCentralWidget(central);

    m_history = new canvas::EditHistory(this);
    m_canvas->setEditHistory(m_history);
    connect(m_canvas, &canvas::CanvasView::message, this,
            [this](const QString &text) { showMessage(text); });

    m_files = new FileFlows(this);
    connect(m_canvas, &canvas::CanvasView::imageRequested, m_files, &FileFlows::insertImage);
    m_drawing = new DrawingSession(m_context, m_canvas, m_history, this);
    m_presence = new PresenceOut(m_canvas, m_drawing, this);
    m_blobs = new BlobFetcher(m_context, m_drawing, m_canvas, this);
    m_follow = new FollowController(m_canvas, this);
    connect(m_drawing, &DrawingSession::detaching, this, [this] {
        m_overlay->setPeers({});
        m_follow->stop();
        m_presence->reset();
        m_presentersSeen.clear();
    });

    m_stylePanel = new StylePanel(m_canvas, this);
    m_styleDock = new QDockWidget(tr("Style"), this);
    m_styleDock->setObjectName(QStringLiteral("styleDock"));
    m_styleDock->setWidget(m_stylePanel);
    m_stylePanel->setMaximumWidth(340);
    m_styleDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                             QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, m_styleDock);

    m_historyPanel = new history::HistoryPanel(m_canvas, m_drawing, m_context->store(), this);
    m_historyDock = new QDockWidget(tr("History"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(m_historyPanel);
    m_historyDock->setFeatures(m_styleDock->features());
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    // A tab beside the style panel: the timeline needs the dock's height to be of use.
    tabifyDockWidget(m_styleDock, m_historyDock);
    m_historyDock->hide();
    addAction(m_historyPanel->backToNowAction());
    connect(m_historyDock, &QDockWidget::visibilityChanged, m_historyPanel, [this](bool visible) {
        m_historyPanel->setShown(visible || !m_historyDock->isHidden());
    });
    // Shown from the menu or Ctrl+Shift+H: its tab comes to the front (after the dock's own
    // handler of `triggered` has shown it; `toggled` comes before that).
    connect(m_historyDock->toggleViewAction(), &QAction::triggered, m_historyDock, [this](bool on) {
        if (on)
            m_historyDock->raise();
    });
    connect(m_historyPanel, &history::HistoryPanel::message, this,
            [this](const QString &text) { showMessage(text); });

    // Undo and redo are off while the canvas shows the past: they would edit the present.
    m_actions = new WindowActions(this, m_canvas, m_history, [this] {
        return (m_drawing->session() && m_drawing->session()->isReadOnly()) ||
               m_historyPanel->isInPast();
    });
    connect(m_historyPanel, &history::HistoryPanel::pastChanged, m_actions,
            &WindowActions::updateUndo);
    buildActions();
    buildPeople();
    buildComments();
    m_recentMenu =
        m_actions->buildMenus(menuBar(),
                              m_context->settings()
                                  .value(QStringLiteral("appearance"), QStringLiteral("system"))
                                  .toString(),
                              chosenLanguage(m_context->settings()));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    connect(m_actions, &WindowActions::appearanceChosen, this, [this](const QString &mode) {
        m_context->settings().setValue(QStringLiteral("appearance"), mode);
        applyAppearance(mode);
    });
    // Every string of every window would have to be made again: the choice applies from the
    // next start, as the message says.
    connect(m_actions, &WindowActions::languageChosen, this, [this](const QString &code) {
        setChosenLanguage(m_context->settings(), code);
        m_context->syncSettings();
        QString name;
        for (const UiLanguage &l : uiLanguages()) {
            if (l.code == code)
                name = l.name;
        }
        showMessage(name.isEmpty()
                        ? tr("Inkboard follows the system's language from its next start.")
                        : tr("Inkboard will be in %1 from its next start.").arg(name),
                    false);
    });
    QToolBar *bar = addToolBar(tr("Tools"));
    m_actions->fillToolbar(bar);
    buildStatusBar();
    m_servers = new ServerFlows(this, m_syncStatus);
    wireDrawing();

    connect(m_canvas, &canvas::CanvasView::toolChanged, m_actions, &WindowActions::checkTool);
    connect(m_canvas, &canvas::CanvasView::viewChanged, this, &MainWindow::updateStatus);
    connect(m_canvas, &canvas::CanvasView::selectionChanged, m_actions,
            &WindowActions::updateSelection);
    connect(m_context, &AppContext::drawingsChanged, this, &MainWindow::updateTitle);

    resize(1280, 800);
    restoreSettings();
    m_actions->updateSelection();
    updateStatus();
}

MainWindow::~MainWindow()
{
    m_drawing->detach();
    m_canvas->removeOverlay(m_overlay.get());
}

// --- actions ----------------------------------------------------------------------------------

void MainWindow::buildActions()
{
    using K = QKeySequence;
    m_actions->add(QStringLiteral("file.new"), tr("&New Drawing"), K::New,
                   [this] { newDrawing(); });
    m_actions->add(QStringLiteral("file.newWindow"), tr("New &Window"),
                   K(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] {
                       auto *w = new MainWindow(m_context);
                       w->newDrawing();
                       w->show();
                   });
    m_actions->add(
        QStringLiteral("file.drawings"), tr("&Drawings…"), K::Open, [this] { showDrawingList(); },
        QStringLiteral("drawings"));
    m_actions->add(QStringLiteral("file.open"), tr("&Open File…"),
                   K(Qt::CTRL | Qt::SHIFT | Qt::Key_O), [this] { m_files->openDialog(); });
    m_actions->add(QStringLiteral("file.import"), tr("Add Ob&jects from a File…"),
                   K(Qt::CTRL | Qt::SHIFT | Qt::Key_I), [this] { m_files->importDialog(); });
    m_actions->add(QStringLiteral("file.save"), tr("&Save to File"), K::Save,
                   [this] { m_files->save(); });
    m_actions->add(QStringLiteral("file.saveAs"), tr("Save to File &As…"), K::SaveAs,
                   [this] { m_files->saveAs(); });
    m_actions->add(
        QStringLiteral("file.export"), tr("&Export…"), K(Qt::CTRL | Qt::Key_E),
        [this] { m_files->exportDialog(); }, QStringLiteral("export"));
    m_actions->add(QStringLiteral("file.rename"), tr("Rena&me Drawing…"), K(Qt::Key_F2),
                   [this] { renameDrawing(); });
    m_actions->add(QStringLiteral("file.signIn"), tr("Sign &In to a Server…"), {}, [this] {
        m_servers->signIn(m_context->lastServer(),
                          [this](const QString &server) { showDrawingBrowser(server); });
    });
    m_actions->add(QStringLiteral("file.signOut"), tr("Sign O&ut"), {},
                   [this] { m_servers->signOut(); });
    m_actions->add(QStringLiteral("file.publish"), tr("&Publish to Server"), {},
                   [this] { m_servers->publish(); });
    m_actions->add(QStringLiteral("file.share"), tr("S&hare…"), {}, [this] { m_servers->share(); });
    m_actions->add(QStringLiteral("file.openLink"), tr("Open &Link…"), K(Qt::CTRL | Qt::Key_L),
                   [this] { m_servers->askForLink(); });
    m_actions->add(QStringLiteral("file.close"), tr("&Close Window"), K::Close,
                   [this] { close(); });
    m_actions->add(QStringLiteral("file.quit"), tr("&Quit"), K::Quit,
                   [] { QApplication::closeAllWindows(); });

    m_actions->addEditing(m_styleDock->toggleViewAction());
    QAction *history = m_historyDock->toggleViewAction();
    history->setText(tr("&History"));
    history->setObjectName(QStringLiteral("view.history"));
    history->setShortcut(K(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    addAction(history);
    m_actions->addHistory(history);
    m_actions->addHelp(m_context->profileDir());
}

void MainWindow::buildStatusBar()
{
    m_saveLabel = new QLabel(this);
    m_saveLabel->setObjectName(QStringLiteral("saveLabel"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    m_syncStatus = new SyncStatePresenter(
        this, m_drawing, m_overlay.get(), m_actions->action(QStringLiteral("file.publish")),
        m_actions->action(QStringLiteral("file.share")),
        [this](const QString &server, const std::function<void(const QString &)> &then) {
            m_servers->signIn(server, then);
        });
    connect(m_syncStatus, &SyncStatePresenter::stateChanged, this, &MainWindow::syncStateChanged);
    connect(m_syncStatus, &SyncStatePresenter::peersChanged, this, &MainWindow::peersUpdated);
    // "Here: …" opens the people panel.
    connect(m_syncStatus->peersLabel(), &QLabel::linkActivated, this, [this] {
        m_peopleDock->show();
        m_peopleDock->raise();
        m_peoplePanel->setFocus();
    });
    // The sync state is always visible, first in the status bar.
    statusBar()->addWidget(m_syncStatus->stateLabel());
    statusBar()->addWidget(m_syncStatus->retryButton());
    statusBar()->addWidget(m_syncStatus->peersLabel());
    statusBar()->addWidget(m_saveLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);
}

void MainWindow::buildComments()
{
    m_commentsPanel = new comments::CommentsPanel(this);
    m_commentsPanel->setObjectName(QStringLiteral("commentsPanel"));
    m_commentsDock = new QDockWidget(tr("Comments"), this);
    m_commentsDock->setObjectName(QStringLiteral("commentsDock"));
    m_commentsDock->setWidget(m_commentsPanel);
    m_commentsDock->setFeatures(m_styleDock->features());
    addDockWidget(Qt::RightDockWidgetArea, m_commentsDock);
    m_commentsDock->hide();
    QAction *toggle = m_commentsDock->toggleViewAction();
    toggle->setText(tr("&Comments"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_actions->adopt(QStringLiteral("view.comments"), toggle);
    connect(toggle, &QAction::triggered, m_commentsDock, [this](bool on) {
        if (!on)
            return;
        m_commentsDock->raise();
        m_commentsPanel->threads()->setFocus();
    });
    m_comments = new comments::CommentsController(m_canvas, m_drawing, m_commentsPanel,
                                                  m_commentsDock, this);
    new CanvasContextMenu(this, m_canvas, m_comments);
    connect(m_commentsPanel->threadView(), &comments::CommentThreadView::message, this,
            [this](const QString &text) { showMessage(text); });
}

void MainWindow::buildPeople()
{
    m_peoplePanel = new PeoplePanel(m_follow, m_presence, this);
    m_peoplePanel->setObjectName(QStringLiteral("peoplePanel"));
    m_peopleDock = new QDockWidget(tr("People"), this);
    m_peopleDock->setObjectName(QStringLiteral("peopleDock"));
    m_peopleDock->setWidget(m_peoplePanel);
    m_peopleDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                              QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, m_peopleDock);
    m_peopleDock->hide();
    QAction *toggle = m_peopleDock->toggleViewAction();
    toggle->setText(tr("&People"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_actions->adopt(QStringLiteral("view.people"), toggle);
    connect(m_peoplePanel, &PeoplePanel::message, this,
            [this](const QString &text) { showMessage(text, false); });
    connect(m_follow, &FollowController::followingChanged, this,
            [this](const QString &session, const QString &why) {
                if (!why.isEmpty()) {
                    showMessage(why, false);
                    return;
                }
                QString name;
                for (const protocol::Presence &p : m_overlay->peers()) {
                    if (p.sessionId == session)
                        name = p.user.name;
                }
                if (session.isEmpty())
                    m_messageBar->showMessage({});
                else
                    m_messageBar->showPrompt(tr("Following %1 (pan or zoom to stop)").arg(name),
                                             tr("Stop"), [this] { m_follow->stop(); });
            });
}

void MainWindow::peersUpdated()
{
    const QList<protocol::Presence> &peers = m_overlay->peers();
    m_follow->setPeers(peers);
    m_peoplePanel->setPeers(peers);
    // A presenter asks everyone to follow: one prompt per presenting session.
    for (const protocol::Presence &p : peers) {
        if (!p.presenting || m_presentersSeen.contains(p.sessionId) ||
            m_follow->followed() == p.sessionId)
            continue;
        m_presentersSeen.insert(p.sessionId);
        const QString session = p.sessionId;
        m_messageBar->showPrompt(tr("%1 asks everyone to follow them.").arg(p.user.name),
                                 tr("&Follow"), [this, session] { m_follow->follow(session); });
    }
    for (auto it = m_presentersSeen.begin(); it != m_presentersSeen.end();) {
        const bool still = std::any_of(peers.cbegin(), peers.cend(), [&it](const auto &p) {
            return p.sessionId == *it && p.presenting;
        });
        it = still ? std::next(it) : m_presentersSeen.erase(it);
    }
    emit peersChanged();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_actions->updateIcons();
    QMainWindow::changeEvent(event);
}

// --- settings ------------------------------------------------------------------------------------

void MainWindow::restoreSettings()
{
    QSettings &s = m_context->settings();
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    m_actions->action(QStringLiteral("view.grid"))
        ->setChecked(s.value(QStringLiteral("view/grid"), false).toBool());
    m_actions->action(QStringLiteral("view.snap"))
        ->setChecked(s.value(QStringLiteral("view/snap"), true).toBool());
    m_actions->action(QStringLiteral("view.penOnly"))
        ->setChecked(s.value(QStringLiteral("view/penOnly"), false).toBool());
    // The style of every tool (older settings: one for all), then each tool's own.
    m_canvas->setStyle(readStyle(s, QStringLiteral("style/"), m_canvas->style()));
    for (canvas::ToolKind tool : canvas::ToolStyles::drawingTools()) {
        const QString group = QStringLiteral("style/%1/").arg(QLatin1String(canvas::toolId(tool)));
        m_canvas->setToolStyle(tool, readStyle(s, group, m_canvas->styleOf(tool)));
    }
    m_canvas->setEraserMode(s.value(QStringLiteral("tools/eraser")).toString() == u"strokes"
                                ? canvas::EraserMode::Strokes
                                : canvas::EraserMode::Objects);
    const QString appearance =
        s.value(QStringLiteral("appearance"), QStringLiteral("system")).toString();
    if (appearance != u"system")
        applyAppearance(appearance);
}

void MainWindow::saveSettings()
{
    QSettings &s = m_context->settings();
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("view/grid"), m_canvas->gridVisible());
    s.setValue(QStringLiteral("view/snap"), m_canvas->isSnapping());
    s.setValue(QStringLiteral("view/penOnly"), m_canvas->isPenOnly());
    writeStyle(s, QStringLiteral("style/"), m_canvas->style());
    for (canvas::ToolKind tool : canvas::ToolStyles::drawingTools()) {
        writeStyle(s, QStringLiteral("style/%1/").arg(QLatin1String(canvas::toolId(tool))),
                   m_canvas->styleOf(tool));
    }
    s.setValue(QStringLiteral("tools/eraser"), m_canvas->eraserMode() == canvas::EraserMode::Strokes
                                                   ? QStringLiteral("strokes")
                                                   : QStringLiteral("objects"));
    m_context->syncSettings();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_canvas->commitTextEdit();
    saveSettings();
    event->accept();
}

// --- drawings ---------------------------------------------------------------------------------

void MainWindow::offerLostEdits(const QList<sync::SyncSession::LostEdit> &lost)
{
    // Nothing is lost silently: say what went, by whom, and offer it back (one undo step).
    const sync::SyncSession::LostEdit &first = lost.first();
    const QString who = first.by.isEmpty() ? tr("Someone") : first.by;
    const QString when = QLocale().toString(first.at.toLocalTime().time(), QLocale::ShortFormat);
    const QString text =
        tr("%n object(s) you had changed were deleted by %1 at %2, with your changes.", nullptr,
           int(lost.size()))
            .arg(who, when);
    QList<Object> objects;
    for (const sync::SyncSession::LostEdit &l : lost)
        objects.append(l.object);
    m_messageBar->showPrompt(text, tr("&Restore mine"), [this, objects] {
        OpList ops;
        const Document &now = session()->replica().visible();
        for (const Object &o : objects) {
            if (!now.find(o.id))
                ops.append(Op::create(canvas::newId(), o.id, o.type, o.props));
        }
        if (!ops.isEmpty())
            m_history->perform(ops, tr("Restore deleted objects"));
    });
}

void MainWindow::offerReplacedEdits(const QList<sync::SyncSession::ReplacedEdit> &replaced)
{
    // The peer's values would go without anyone seeing them: say whose, and offer them back.
    const sync::SyncSession::ReplacedEdit &first = replaced.first();
    QSet<QString> authors;
    QSet<QString> ids;
    for (const sync::SyncSession::ReplacedEdit &e : replaced) {
        authors.insert(e.by);
        ids.insert(e.objectId);
    }
    const QString who = first.by.isEmpty() ? tr("someone") : first.by;
    const QString when = QLocale().toString(first.at.toLocalTime().time(), QLocale::ShortFormat);
    const QString text =
        authors.size() > 1
            ? tr("%n change(s) you made offline replaced changes %1 and others made meanwhile "
                 "(from %2).",
                 nullptr, int(replaced.size()))
                  .arg(who, when)
            : tr("%n change(s) you made offline replaced changes %1 made meanwhile (at %2).",
                 nullptr, int(replaced.size()))
                  .arg(who, when);
    m_messageBar->showChoices(
        text, {{tr("&Show"),
                [this, ids] {
                    m_canvas->setSelection(ids);
                    m_canvas->zoomToSelection();
                },
                true},
               {tr("&Keep theirs"), [this, replaced] {
                    QHash<QString, QJsonObject> props;
                    const Document &now = session()->replica().visible();
                    for (const sync::SyncSession::ReplacedEdit &e : replaced) {
                        if (now.find(e.objectId))
                            props[e.objectId].insert(e.prop, e.theirs);
                    }
                    OpList ops;
                    for (auto it = props.cbegin(); it != props.cend(); ++it)
                        ops.append(Op::update(canvas::newId(), it.key(), it.value()));
                    if (!ops.isEmpty())
                        m_history->perform(ops, tr("Keep their changes"));
                }}});
}

void MainWindow::wireDrawing()
{
    // Whichever drawing is open: the canvas has heard of each change first (DrawingSession).
    connect(m_drawing, &DrawingSession::objectsChanged, this, &MainWindow::updateStatus);
    connect(m_drawing, &DrawingSession::pendingCountChanged, this, &MainWindow::updateStatus);
    connect(m_drawing, &DrawingSession::errorOccurred, this,
            [this](const QString &code, const QString &message) {
                if (code == u"forbidden" || code == u"read_only")
                    return; // the read-only notice says it
                showMessage(message);
                m_syncStatus->updateState();
            });
    connect(m_drawing, &DrawingSession::editsLost, this, &MainWindow::offerLostEdits);
    connect(m_drawing, &DrawingSession::editsReplaced, this, &MainWindow::offerReplacedEdits);
    connect(m_drawing, &DrawingSession::readOnlyChanged, m_actions, &WindowActions::updateUndo);
    connect(m_drawing, &DrawingSession::readOnlyChanged, this, [this](bool readOnly) {
        if (!readOnly) {
            showMessage({});
            return;
        }
        const int pending = session()->pendingCount();
        if (pending > 0)
            showMessage(tr("You can no longer edit this drawing (its owner made you a viewer). "
                           "%n change(s) you made are kept on this computer and still shown, "
                           "but cannot be sent.",
                           nullptr, pending));
        else
            showMessage(tr("View only: you can look at this drawing, but not change it."), false);
    });
    connect(m_drawing, &DrawingSession::connectionStateChanged, m_syncStatus,
            &SyncStatePresenter::updateState);
    connect(m_drawing, &DrawingSession::pendingCountChanged, m_syncStatus,
            &SyncStatePresenter::updateState);
    connect(m_drawing, &DrawingSession::sendDelayChanged, m_syncStatus,
            &SyncStatePresenter::updateState);
    connect(m_drawing, &DrawingSession::published, this, [this] {
        m_syncStatus->updateState();
        m_presence->send();
        emit m_context->drawingsChanged();
    });
    connect(m_drawing, &DrawingSession::peersChanged, m_syncStatus,
            &SyncStatePresenter::updatePeers);
    connect(m_drawing, &DrawingSession::objectsChanged, m_blobs, &BlobFetcher::fetchMissing);
}

bool MainWindow::openDrawing(const QString &id, QString *error)
{
    if (MainWindow *other = m_context->windowShowing(id); other && other != this) {
        other->show();
        other->raise();
        other->activateWindow();
        if (error)
            *error = tr("The drawing is open in another window.");
        return false;
    }
    if (!m_drawing->open(id, error))
        return false;
    m_historyPanel->drawingOpened();
    sync::SyncSession *session = m_drawing->session();
    m_actions->updateUndo();
    if (session->isReadOnly())
        showMessage(tr("View only: you can look at this drawing, but not change it."), false);
    m_blobs->fetchMissing({});
    m_context->noteRecentDrawing(id);
    updateTitle();
    m_canvas->zoomReset();
    if (session->replica().visible().size() > 0)
        m_canvas->zoomToFit();
    updateStatus();
    m_actions->updateSelection();
    m_syncStatus->updateState();
    m_syncStatus->updatePeers();
    // Announced at once, so that the others list us as here before we move.
    m_presence->send();
    qCInfo(lcApp).noquote() << "opened drawing" << id << "with"
                            << session->replica().visible().size() << "objects";
    return true;
}

bool MainWindow::newDrawing(const QString &title)
{
    QString error;
    const QString id = m_context->createDrawing(title.isEmpty() ? tr("Untitled") : title, &error);
    if (id.isEmpty() || !openDrawing(id, &error)) {
        showMessage(tr("Cannot create a drawing: %1").arg(error));
        return false;
    }
    return true;
}

void MainWindow::closeDrawing()
{
    const QString leaving = drawingId();
    m_drawing->detach();
    // Go on with the most recent other drawing, or a new one.
    for (const QString &id : m_context->recentDrawings()) {
        if (id != leaving && !m_context->windowShowing(id) && m_context->store()->drawing(id) &&
            openDrawing(id))
            return;
    }
    for (const sync::DrawingRecord &d : m_context->store()->drawings()) {
        if (d.id != leaving && !m_context->windowShowing(d.id) && openDrawing(d.id))
            return;
    }
    newDrawing();
}

void MainWindow::openInitial(const CommandLine &cl)
{
    QString error;
    if (!cl.file.isEmpty()) {
        if (openFile(cl.file, &error))
            return;
        showMessage(error);
    } else if (!cl.drawingId.isEmpty()) {
        if (m_context->store()->drawing(cl.drawingId) && openDrawing(cl.drawingId, &error))
            return;
        if (!cl.server.isEmpty()) {
            // It comes from the server once signed in (startWithServer); meanwhile the last one.
            const QString last =
                m_context->settings().value(QStringLiteral("recent/last")).toString();
            if (!last.isEmpty() && m_context->store()->drawing(last) && openDrawing(last))
                return;
        } else
            showMessage(error.isEmpty()
                            ? tr("There is no drawing %1 on this computer.").arg(cl.drawingId)
                            : error);
    } else {
        const QString last = m_context->settings().value(QStringLiteral("recent/last")).toString();
        if (!last.isEmpty() && m_context->store()->drawing(last) && openDrawing(last, &error))
            return;
    }
    // The most recently changed drawing, else a new one.
    QList<sync::DrawingRecord> all = m_context->store()->drawings();
    std::sort(all.begin(), all.end(),
              [](const auto &a, const auto &b) { return a.updatedAt > b.updatedAt; });
    const QString message = this->message();
    for (const auto &d : all) {
        if (openDrawing(d.id))
            break;
    }
    if (drawingId().isEmpty())
        newDrawing();
    if (!message.isEmpty())
        showMessage(message);
}

bool MainWindow::openFile(const QString &path, QString *error)
{
    return m_files->openFile(path, error);
}

bool MainWindow::saveToFile(const QString &path, QString *error)
{
    return m_files->saveToFile(path, error);
}

bool MainWindow::exportTo(const QString &path, const canvas::ExportOptions &options, QString *error)
{
    return m_files->exportTo(path, options, error);
}

QString MainWindow::syncState() const
{
    return m_syncStatus->state();
}

QString MainWindow::syncStateText() const
{
    return m_syncStatus->stateText();
}

QToolButton *MainWindow::retryButton() const
{
    return m_syncStatus->retryButton();
}

QStringList MainWindow::peerNames() const
{
    return m_syncStatus->peerNames();
}

QAction *MainWindow::action(const QString &name) const
{
    return m_actions->action(name);
}

QString MainWindow::drawingId() const
{
    return m_drawing->drawingId();
}

sync::SyncSession *MainWindow::session() const
{
    return m_drawing->session();
}

QString MainWindow::drawingTitle() const
{
    if (drawingId().isEmpty())
        return {};
    const auto d = m_context->store()->drawing(drawingId());
    return d ? d->title : QString();
}

// --- UI slots ---------------------------------------------------------------------------------

void MainWindow::showMessage(const QString &text, bool error)
{
    m_messageBar->showMessage(text, error);
}

QString MainWindow::message() const
{
    return m_messageBar->message();
}

void MainWindow::updateTitle()
{
    const QString title = drawingTitle();
    setWindowTitle(title.isEmpty() ? tr("Inkboard") : tr("%1 — Inkboard").arg(title));
}

void MainWindow::updateStatus()
{
    m_zoomLabel->setText(tr("%1 %").arg(qRound(m_canvas->zoom() * 100)));
    if (!session()) {
        m_countLabel->clear();
        m_saveLabel->clear();
        return;
    }
    m_countLabel->setText(tr("%n object(s)", nullptr, int(session()->replica().visible().size())));
    const int pending = session()->pendingCount();
    if (session()->isLocalOnly())
        m_saveLabel->setText(tr("Saved on this computer"));
    else
        m_saveLabel->setText(
            pending ? tr("Saved on this computer · %n change(s) to send", nullptr, pending)
                    : tr("Saved on this computer · in sync"));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    for (const QString &id : m_context->recentDrawings()) {
        const auto d = m_context->store()->drawing(id);
        if (!d)
            continue;
        m_recentMenu->addAction(d->title, this, [this, id] {
            QString error;
            if (!openDrawing(id, &error) && !error.isEmpty())
                showMessage(error);
        });
    }
    const QStringList files = m_context->recentFiles();
    if (!files.isEmpty())
        m_recentMenu->addSeparator();
    for (const QString &path : files) {
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            QString error;
            if (!openFile(path, &error))
                showMessage(error);
        });
    }
    if (m_recentMenu->isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
}

void MainWindow::showDrawingList()
{
    showDrawingBrowser();
}

DrawingListDialog *MainWindow::showDrawingBrowser(const QString &server)
{
    return m_servers->showDrawingBrowser(server);
}

void MainWindow::connectToServer(const QString &server, const QString &drawingId)
{
    m_servers->connectToServer(server, drawingId);
}

void MainWindow::openLink(const QString &link)
{
    m_servers->openLink(link);
}

void MainWindow::openServerDrawing(const QString &server, const QString &drawingId)
{
    m_servers->openServerDrawing(server, drawingId);
}

bool MainWindow::publishTo(const QString &server)
{
    return m_servers->publishTo(server);
}

void MainWindow::renameDrawing()
{
    if (drawingId().isEmpty())
        return;
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("Rename Drawing"), tr("Title:"),
                                                QLineEdit::Normal, drawingTitle(), &ok);
    if (!ok || title.trimmed().isEmpty())
        return;
    if (!m_context->store()->renameDrawing(drawingId(), title.trimmed().left(200)))
        showMessage(m_context->store()->lastError());
    emit m_context->drawingsChanged();
}

} // namespace inkboard::app
