#include "main_window.h"

#include "app_context.h"
#include "blob_fetcher.h"
#include "blob_store.h"
#include "client/sync_session.h"
#include "command_line.h"
#include "drawing_session.h"
#include "export_dialog.h"
#include "file_flows.h"
#include "icons.h"
#include "inkboard_file.h"
#include "logging.h"
#include "op_target.h"
#include "presence_out.h"
#include "presence_overlay.h"
#include "server_flows.h"
#include "style_panel.h"
#include "sync_state_presenter.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageReader>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QStyleFactory>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace inkboard::app {

namespace {

const char *toolIconName(canvas::ToolKind t)
{
    switch (t) {
    case canvas::ToolKind::Select:
        return "select";
    case canvas::ToolKind::Hand:
        return "hand";
    case canvas::ToolKind::Pen:
        return "pen";
    case canvas::ToolKind::Eraser:
        return "eraser";
    case canvas::ToolKind::Rect:
        return "rect";
    case canvas::ToolKind::Ellipse:
        return "ellipse";
    case canvas::ToolKind::Line:
        return "line";
    case canvas::ToolKind::Arrow:
        return "arrow";
    case canvas::ToolKind::Text:
        return "text";
    case canvas::ToolKind::Image:
        return "image";
    }
    return "select";
}

constexpr canvas::ToolKind kTools[] = {canvas::ToolKind::Select, canvas::ToolKind::Hand,
                                       canvas::ToolKind::Pen,    canvas::ToolKind::Eraser,
                                       canvas::ToolKind::Rect,   canvas::ToolKind::Ellipse,
                                       canvas::ToolKind::Line,   canvas::ToolKind::Arrow,
                                       canvas::ToolKind::Text,   canvas::ToolKind::Image};

} // namespace

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

    m_messageBar = new QFrame(central);
    m_messageBar->setObjectName(QStringLiteral("messageBar"));
    m_messageBar->setAutoFillBackground(true);
    auto *barLayout = new QHBoxLayout(m_messageBar);
    barLayout->setContentsMargins(10, 6, 6, 6);
    m_messageText = new QLabel(m_messageBar);
    m_messageText->setObjectName(QStringLiteral("messageText"));
    m_messageText->setWordWrap(true);
    m_messageText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *dismiss = new QToolButton(m_messageBar);
    dismiss->setText(QStringLiteral("✕"));
    dismiss->setAutoRaise(true);
    dismiss->setToolTip(tr("Dismiss"));
    barLayout->addWidget(m_messageText, 1);
    barLayout->addWidget(dismiss);
    connect(dismiss, &QToolButton::clicked, m_messageBar, &QWidget::hide);
    m_messageBar->hide();
    layout->addWidget(m_messageBar);

    m_canvas = new canvas::CanvasView(central);
    m_canvas->setObjectName(QStringLiteral("canvas"));
    m_canvas->setBlobStore(m_context->blobs());
    layout->addWidget(m_canvas, 1);
    m_overlay = std::make_unique<PresenceOverlay>(m_canvas);
    m_canvas->addOverlay(m_overlay.get());
    setCentralWidget(central);

    m_history = new canvas::EditHistory(this);
    connect(m_canvas, &canvas::CanvasView::opsRequested, m_history,
            [this](const OpList &ops, const QString &label, int mergeId) {
                m_history->perform(ops, label, mergeId);
            });
    connect(m_canvas, &canvas::CanvasView::message, this,
            [this](const QString &text) { showMessage(text); });

    m_files = new FileFlows(this);
    connect(m_canvas, &canvas::CanvasView::imageRequested, m_files, &FileFlows::insertImage);
    m_drawing = new DrawingSession(m_context, m_canvas, m_history, this);
    m_presence = new PresenceOut(m_canvas, m_drawing, this);
    m_blobs = new BlobFetcher(m_context, m_drawing, m_canvas, this);
    connect(m_drawing, &DrawingSession::detaching, this, [this] {
        m_overlay->setPeers({});
        m_presence->reset();
    });

    m_stylePanel = new StylePanel(m_canvas, this);
    m_styleDock = new QDockWidget(tr("Style"), this);
    m_styleDock->setObjectName(QStringLiteral("styleDock"));
    m_styleDock->setWidget(m_stylePanel);
    m_stylePanel->setMaximumWidth(340);
    m_styleDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                             QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, m_styleDock);

    buildActions();
    buildMenus();
    buildToolbar();
    buildStatusBar();
    m_servers = new ServerFlows(this, m_syncStatus);
    wireDrawing();

    connect(m_canvas, &canvas::CanvasView::toolChanged, this, [this](canvas::ToolKind t) {
        if (QAction *a = m_actions.value(QStringLiteral("tool.") + toolIconName(t)))
            a->setChecked(true);
    });
    connect(m_canvas, &canvas::CanvasView::viewChanged, this, &MainWindow::updateStatus);
    connect(m_canvas, &canvas::CanvasView::selectionChanged, this, &MainWindow::updateActions);
    connect(m_context, &AppContext::drawingsChanged, this, &MainWindow::updateTitle);

    resize(1280, 800);
    restoreSettings();
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow()
{
    m_drawing->detach();
    m_canvas->removeOverlay(m_overlay.get());
}

// --- actions ----------------------------------------------------------------------------------

QAction *MainWindow::addAction(const QString &name, const QString &text, const QKeySequence &key,
                               const std::function<void()> &slot, const QString &icon)
{
    auto *a = new QAction(text, this);
    a->setObjectName(name);
    if (!key.isEmpty())
        a->setShortcut(key);
    if (!icon.isEmpty()) {
        m_iconNames.insert(a, icon);
        a->setIcon(themedIcon(icon, palette()));
    }
    connect(a, &QAction::triggered, this, slot);
    m_actions.insert(name, a);
    QWidget::addAction(a);
    return a;
}

void MainWindow::buildActions()
{
    using K = QKeySequence;
    auto *c = m_canvas;
    addAction(QStringLiteral("file.new"), tr("&New Drawing"), K::New, [this] { newDrawing(); });
    addAction(QStringLiteral("file.newWindow"), tr("New &Window"),
              K(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] {
                  auto *w = new MainWindow(m_context);
                  w->newDrawing();
                  w->show();
              });
    addAction(
        QStringLiteral("file.drawings"), tr("&Drawings…"), K::Open, [this] { showDrawingList(); },
        QStringLiteral("drawings"));
    addAction(QStringLiteral("file.open"), tr("&Open File…"), K(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
              [this] { m_files->openDialog(); });
    addAction(QStringLiteral("file.save"), tr("&Save to File"), K::Save,
              [this] { m_files->save(); });
    addAction(QStringLiteral("file.saveAs"), tr("Save to File &As…"), K::SaveAs,
              [this] { m_files->saveAs(); });
    addAction(
        QStringLiteral("file.export"), tr("&Export…"), K(Qt::CTRL | Qt::Key_E),
        [this] { m_files->exportDialog(); }, QStringLiteral("export"));
    addAction(QStringLiteral("file.rename"), tr("&Rename Drawing…"), K(Qt::Key_F2),
              [this] { renameDrawing(); });
    addAction(QStringLiteral("file.signIn"), tr("Sign &In to a Server…"), {}, [this] {
        m_servers->signIn(m_context->lastServer(),
                          [this](const QString &server) { showDrawingBrowser(server); });
    });
    addAction(QStringLiteral("file.signOut"), tr("Sign O&ut"), {},
              [this] { m_servers->signOut(); });
    addAction(QStringLiteral("file.publish"), tr("&Publish to Server"), {},
              [this] { m_servers->publish(); });
    addAction(QStringLiteral("file.share"), tr("S&hare…"), {}, [this] { m_servers->share(); });
    addAction(QStringLiteral("file.close"), tr("&Close Window"), K::Close, [this] { close(); });
    addAction(QStringLiteral("file.quit"), tr("&Quit"), K::Quit,
              [] { QApplication::closeAllWindows(); });

    // Not QUndoStack's own actions: these are also off while the drawing is read-only, where
    // an undo would only be refused by the server and use up a step of the history.
    QUndoStack *stack = m_history->stack();
    auto *undo = new QAction(tr("&Undo"), this);
    connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
    undo->setShortcut(K::Undo);
    undo->setObjectName(QStringLiteral("edit.undo"));
    m_iconNames.insert(undo, QStringLiteral("undo"));
    auto *redo = new QAction(tr("&Redo"), this);
    connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
    for (auto signal : {&QUndoStack::canUndoChanged, &QUndoStack::canRedoChanged})
        connect(stack, signal, this, &MainWindow::updateUndoActions);
    for (auto signal : {&QUndoStack::undoTextChanged, &QUndoStack::redoTextChanged})
        connect(stack, signal, this, &MainWindow::updateUndoActions);
    redo->setShortcuts({K::Redo, K(Qt::CTRL | Qt::Key_Y)});
    redo->setObjectName(QStringLiteral("edit.redo"));
    m_iconNames.insert(redo, QStringLiteral("redo"));
    m_actions.insert(undo->objectName(), undo);
    m_actions.insert(redo->objectName(), redo);
    QWidget::addAction(undo);
    QWidget::addAction(redo);
    updateUndoActions();

    addAction(QStringLiteral("edit.cut"), tr("Cu&t"), K::Cut, [c] { c->cut(); });
    addAction(QStringLiteral("edit.copy"), tr("&Copy"), K::Copy, [c] { c->copy(); });
    addAction(QStringLiteral("edit.paste"), tr("&Paste"), K::Paste, [c] { c->paste(); });
    addAction(QStringLiteral("edit.duplicate"), tr("D&uplicate"), K(Qt::CTRL | Qt::Key_D),
              [c] { c->duplicateSelection(); });
    QAction *del = addAction(QStringLiteral("edit.delete"), tr("&Delete"), K::Delete,
                             [c] { c->deleteSelection(); });
    del->setShortcuts({K::Delete, K(Qt::Key_Backspace)});
    addAction(QStringLiteral("edit.selectAll"), tr("Select &All"), K::SelectAll,
              [c] { c->selectAll(); });
    addAction(QStringLiteral("edit.front"), tr("Bring to &Front"),
              K(Qt::CTRL | Qt::SHIFT | Qt::Key_BracketRight), [c] { c->bringToFront(); });
    addAction(QStringLiteral("edit.back"), tr("Send to &Back"),
              K(Qt::CTRL | Qt::SHIFT | Qt::Key_BracketLeft), [c] { c->sendToBack(); });
    addAction(QStringLiteral("edit.lock"), tr("&Lock / Unlock"),
              K(Qt::CTRL | Qt::SHIFT | Qt::Key_L), [c] { c->toggleLock(); });

    addAction(QStringLiteral("view.zoomIn"), tr("Zoom &In"), K::ZoomIn, [c] { c->zoomIn(); });
    addAction(QStringLiteral("view.zoomOut"), tr("Zoom &Out"), K::ZoomOut, [c] { c->zoomOut(); });
    addAction(QStringLiteral("view.zoomReset"), tr("&Actual Size"), K(Qt::SHIFT | Qt::Key_0),
              [c] { c->zoomReset(); });
    addAction(QStringLiteral("view.zoomFit"), tr("Zoom to &Fit"), K(Qt::SHIFT | Qt::Key_1),
              [c] { c->zoomToFit(); });
    addAction(QStringLiteral("view.zoomSelection"), tr("Zoom to &Selection"),
              K(Qt::SHIFT | Qt::Key_2), [c] { c->zoomToSelection(); });
    QAction *grid = addAction(
        QStringLiteral("view.grid"), tr("Show &Grid"), K(Qt::CTRL | Qt::Key_Apostrophe), [] {},
        QStringLiteral("grid"));
    grid->setCheckable(true);
    connect(grid, &QAction::toggled, c, &canvas::CanvasView::setGridVisible);
    QAction *style = m_styleDock->toggleViewAction();
    style->setText(tr("Style &Panel"));
    style->setObjectName(QStringLiteral("view.style"));
    m_actions.insert(style->objectName(), style);

    m_toolGroup = new QActionGroup(this);
    for (canvas::ToolKind t : kTools) {
        const QString icon = QString::fromLatin1(toolIconName(t));
        QAction *a = addAction(
            QStringLiteral("tool.") + icon,
            QStringLiteral("%1\t%2").arg(canvas::toolName(t)).arg(canvas::toolShortcut(t)),
            K(canvas::toolShortcut(t).unicode()), [c, t] { c->setTool(t); }, icon);
        a->setToolTip(
            QStringLiteral("%1 — %2").arg(canvas::toolName(t)).arg(canvas::toolShortcut(t)));
        if (t != canvas::ToolKind::Image) {
            a->setCheckable(true);
            m_toolGroup->addAction(a);
        }
        // Plain-key shortcuts only while the canvas (not a text field) has the keyboard.
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_canvas->addAction(a);
        QWidget::removeAction(a);
    }
    m_actions.value(QStringLiteral("tool.select"))->setChecked(true);
    // tldraw's draw key as a second pen shortcut.
    m_actions.value(QStringLiteral("tool.pen"))->setShortcuts({K(Qt::Key_P), K(Qt::Key_D)});

    addAction(QStringLiteral("help.shortcuts"), tr("&Keyboard Shortcuts"), K::HelpContents,
              [this] { showShortcuts(); });
    addAction(QStringLiteral("help.about"), tr("&About Inkboard"), {}, [this] {
        QMessageBox::about(this, tr("About Inkboard"),
                           tr("<b>Inkboard %1</b><p>A collaborative drawing app with its own "
                              "sync server.</p><p>Profile: %2</p>")
                               .arg(QCoreApplication::applicationVersion(),
                                    m_context->profileDir().toHtmlEscaped()));
    });
}

void MainWindow::buildMenus()
{
    auto a = [this](const char *name) { return m_actions.value(QString::fromLatin1(name)); };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(a("file.new"));
    file->addAction(a("file.newWindow"));
    file->addAction(a("file.drawings"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    file->addAction(a("file.open"));
    file->addAction(a("file.save"));
    file->addAction(a("file.saveAs"));
    file->addAction(a("file.export"));
    file->addSeparator();
    file->addAction(a("file.rename"));
    file->addSeparator();
    file->addAction(a("file.publish"));
    file->addAction(a("file.share"));
    file->addAction(a("file.signIn"));
    file->addAction(a("file.signOut"));
    file->addSeparator();
    file->addAction(a("file.close"));
    file->addAction(a("file.quit"));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(a("edit.undo"));
    edit->addAction(a("edit.redo"));
    edit->addSeparator();
    for (const char *n : {"edit.cut", "edit.copy", "edit.paste", "edit.duplicate", "edit.delete"})
        edit->addAction(a(n));
    edit->addSeparator();
    edit->addAction(a("edit.selectAll"));
    edit->addSeparator();
    for (const char *n : {"edit.front", "edit.back", "edit.lock"})
        edit->addAction(a(n));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (const char *n :
         {"view.zoomIn", "view.zoomOut", "view.zoomReset", "view.zoomFit", "view.zoomSelection"})
        view->addAction(a(n));
    view->addSeparator();
    view->addAction(a("view.grid"));
    view->addAction(a("view.style"));
    QMenu *appearance = view->addMenu(tr("&Appearance"));
    auto *group = new QActionGroup(this);
    const QString current = m_context->settings()
                                .value(QStringLiteral("appearance"), QStringLiteral("system"))
                                .toString();
    for (const auto &[mode, label] : {std::pair{QStringLiteral("system"), tr("Follow &System")},
                                      std::pair{QStringLiteral("light"), tr("&Light")},
                                      std::pair{QStringLiteral("dark"), tr("&Dark")}}) {
        QAction *act = appearance->addAction(label);
        act->setCheckable(true);
        act->setChecked(mode == current);
        act->setObjectName(QStringLiteral("view.appearance.") + mode);
        group->addAction(act);
        m_actions.insert(act->objectName(), act);
        connect(act, &QAction::triggered, this, [this, mode] {
            m_context->settings().setValue(QStringLiteral("appearance"), mode);
            applyAppearance(mode);
        });
    }

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    for (canvas::ToolKind t : kTools)
        tools->addAction(m_actions.value(QStringLiteral("tool.") + toolIconName(t)));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(a("help.shortcuts"));
    help->addAction(a("help.about"));
}

void MainWindow::buildToolbar()
{
    QToolBar *bar = addToolBar(tr("Tools"));
    bar->setObjectName(QStringLiteral("toolsBar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(22, 22));
    bar->addAction(m_actions.value(QStringLiteral("file.drawings")));
    bar->addSeparator();
    for (canvas::ToolKind t : kTools)
        bar->addAction(m_actions.value(QStringLiteral("tool.") + toolIconName(t)));
    bar->addSeparator();
    bar->addAction(m_actions.value(QStringLiteral("edit.undo")));
    bar->addAction(m_actions.value(QStringLiteral("edit.redo")));
    bar->addSeparator();
    bar->addAction(m_actions.value(QStringLiteral("view.grid")));
    bar->addAction(m_actions.value(QStringLiteral("file.export")));
    updateIcons();
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
        this, m_drawing, m_overlay.get(), m_actions.value(QStringLiteral("file.publish")),
        m_actions.value(QStringLiteral("file.share")),
        [this](const QString &server, const std::function<void(const QString &)> &then) {
            m_servers->signIn(server, then);
        });
    connect(m_syncStatus, &SyncStatePresenter::stateChanged, this, &MainWindow::syncStateChanged);
    connect(m_syncStatus, &SyncStatePresenter::peersChanged, this, &MainWindow::peersChanged);
    // The sync state is always visible, first in the status bar.
    statusBar()->addWidget(m_syncStatus->stateLabel());
    statusBar()->addWidget(m_syncStatus->retryButton());
    statusBar()->addWidget(m_syncStatus->peersLabel());
    statusBar()->addWidget(m_saveLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);
}

void MainWindow::updateIcons()
{
    for (auto it = m_iconNames.cbegin(); it != m_iconNames.cend(); ++it)
        it.key()->setIcon(themedIcon(it.value(), palette()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateIcons();
    QMainWindow::changeEvent(event);
}

// --- appearance and settings ------------------------------------------------------------------

void MainWindow::applyAppearance(const QString &mode)
{
    static const QPalette systemPalette = QApplication::palette();
    static const QString systemStyle = QApplication::style()->name();
    if (mode == u"dark") {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
        p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
        p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
        p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Button, QColor(0x33, 0x35, 0x3a));
        p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::Highlight, QColor(0x6d, 0x8c, 0xff));
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x35, 0x3a));
        p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
        p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8a, 0x8a));
        p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
        p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
        p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
        QApplication::setPalette(p);
    } else if (mode == u"light") {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QPalette p = QApplication::style()->standardPalette();
        p.setColor(QPalette::Highlight, QColor(0x4f, 0x46, 0xe5));
        QApplication::setPalette(p);
    } else {
        QApplication::setStyle(QStyleFactory::create(systemStyle));
        QApplication::setPalette(systemPalette);
    }
}

void MainWindow::restoreSettings()
{
    QSettings &s = m_context->settings();
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    m_actions.value(QStringLiteral("view.grid"))
        ->setChecked(s.value(QStringLiteral("view/grid"), false).toBool());
    canvas::Style style = m_canvas->style();
    style.strokeColor = s.value(QStringLiteral("style/stroke"), style.strokeColor).value<QColor>();
    style.fillColor = s.value(QStringLiteral("style/fill"), style.fillColor).value<QColor>();
    style.strokeWidth = s.value(QStringLiteral("style/width"), style.strokeWidth).toDouble();
    style.opacity = s.value(QStringLiteral("style/opacity"), style.opacity).toDouble();
    style.fontSize = s.value(QStringLiteral("style/fontSize"), style.fontSize).toDouble();
    m_canvas->setStyle(style);
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
    const canvas::Style style = m_canvas->style();
    s.setValue(QStringLiteral("style/stroke"), style.strokeColor);
    s.setValue(QStringLiteral("style/fill"), style.fillColor);
    s.setValue(QStringLiteral("style/width"), style.strokeWidth);
    s.setValue(QStringLiteral("style/opacity"), style.opacity);
    s.setValue(QStringLiteral("style/fontSize"), style.fontSize);
    m_context->syncSettings();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_canvas->commitTextEdit();
    saveSettings();
    event->accept();
}

// --- drawings ---------------------------------------------------------------------------------

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
    connect(m_drawing, &DrawingSession::readOnlyChanged, this, &MainWindow::updateUndoActions);
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
    sync::SyncSession *session = m_drawing->session();
    updateUndoActions();
    if (session->isReadOnly())
        showMessage(tr("View only: you can look at this drawing, but not change it."), false);
    m_blobs->fetchMissing({});
    m_context->noteRecentDrawing(id);
    updateTitle();
    m_canvas->zoomReset();
    if (session->replica().visible().size() > 0)
        m_canvas->zoomToFit();
    updateStatus();
    updateActions();
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
    if (text.isEmpty()) {
        m_messageBar->hide();
        m_messageText->clear();
        return;
    }
    qCInfo(lcApp).noquote() << "message:" << text;
    QPalette p = m_messageBar->palette();
    p.setColor(QPalette::Window, error ? QColor(0xfd, 0xe2, 0xe1) : QColor(0xe0, 0xf2, 0xfe));
    p.setColor(QPalette::WindowText, QColor(0x1e, 0x1e, 0x1e));
    m_messageBar->setPalette(p);
    m_messageText->setPalette(p);
    m_messageText->setText(text);
    m_messageBar->show();
}

QString MainWindow::message() const
{
    return m_messageBar->isVisible() || !m_messageText->text().isEmpty() ? m_messageText->text()
                                                                         : QString();
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

void MainWindow::updateActions()
{
    const bool any = !m_canvas->selection().isEmpty();
    for (const char *n : {"edit.cut", "edit.copy", "edit.duplicate", "edit.delete", "edit.front",
                          "edit.back", "edit.lock", "view.zoomSelection"})
        m_actions.value(QString::fromLatin1(n))->setEnabled(any);
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

void MainWindow::showShortcuts()
{
    QString rows;
    for (canvas::ToolKind t : kTools)
        rows += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                    .arg(canvas::toolName(t))
                    .arg(canvas::toolShortcut(t));
    rows += tr("<tr><td>Pan</td><td><b>Space</b>-drag, middle-drag, scroll</td></tr>"
               "<tr><td>Zoom</td><td><b>Ctrl</b>+wheel, pinch, <b>+</b>/<b>-</b></td></tr>"
               "<tr><td>Zoom to fit / selection / 100 %</td><td><b>Shift+1</b> / <b>Shift+2</b> / "
               "<b>Shift+0</b></td></tr>"
               "<tr><td>Nudge</td><td>arrow keys (<b>Shift</b>: 10)</td></tr>"
               "<tr><td>Keep ratio, square, 15° steps</td><td>hold <b>Shift</b></td></tr>");
    QMessageBox::information(this, tr("Keyboard Shortcuts"),
                             QStringLiteral("<table cellspacing=6>%1</table>").arg(rows));
}

// --- collaboration ----------------------------------------------------------------------------

void MainWindow::updateUndoActions()
{
    const QUndoStack *stack = m_history->stack();
    const bool readOnly = session() && session()->isReadOnly();
    QAction *undo = m_actions.value(QStringLiteral("edit.undo"));
    QAction *redo = m_actions.value(QStringLiteral("edit.redo"));
    if (!undo || !redo)
        return;
    undo->setEnabled(stack->canUndo() && !readOnly);
    redo->setEnabled(stack->canRedo() && !readOnly);
    undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
}

} // namespace inkboard::app
