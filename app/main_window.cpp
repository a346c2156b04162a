#include "main_window.h"

#include "app_context.h"
#include "blob_store.h"
#include "client/sync_session.h"
#include "command_line.h"
#include "drawing_list_dialog.h"
#include "export_dialog.h"
#include "icons.h"
#include "inkboard_file.h"
#include "logging.h"
#include "presence_overlay.h"
#include "session_target.h"
#include "share_dialog.h"
#include "sign_in_dialog.h"
#include "style_panel.h"

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

constexpr int kImportBatch = 500;

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

QString fileFilter()
{
    return QObject::tr("Inkboard drawings (*.inkboard);;All files (*)");
}

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
    // Presence out: the session coalesces it to one message per presence interval.
    connect(m_canvas, &canvas::CanvasView::cursorMoved, this, [this](QPointF at) {
        m_presence.cursor = at;
        sendPresence();
    });
    connect(
        m_canvas, &canvas::CanvasView::previewChanged, this, [this](const QList<Object> &objects) {
            m_presence.previews =
                objects.first(qMin(objects.size(), qsizetype(protocol::Presence::kMaxPreviews)));
            sendPresence();
        });
    connect(m_canvas, &canvas::CanvasView::selectionChanged, this, [this] {
        const QSet<QString> sel = m_canvas->selection();
        m_presence.selection = QStringList(sel.cbegin(), sel.cend());
        m_presence.selection.sort();
        sendPresence();
    });
    m_canvas->installEventFilter(this);
    connect(m_canvas, &canvas::CanvasView::editingChanged, this, [this](const QString &id) {
        m_presence.editing = id;
        sendPresence();
    });
    setCentralWidget(central);

    m_history = new canvas::EditHistory(this);
    m_canvas->setEditHistory(m_history);
    connect(m_canvas, &canvas::CanvasView::message, this,
            [this](const QString &text) { showMessage(text); });
    connect(m_canvas, &canvas::CanvasView::imageRequested, this, &MainWindow::insertImageDialog);

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
    detachSession();
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
              [this] { openFileDialog(); });
    addAction(QStringLiteral("file.save"), tr("&Save to File"), K::Save, [this] { saveFile(); });
    addAction(QStringLiteral("file.saveAs"), tr("Save to File &As…"), K::SaveAs,
              [this] { saveFileAs(); });
    addAction(
        QStringLiteral("file.export"), tr("&Export…"), K(Qt::CTRL | Qt::Key_E),
        [this] { exportDialog(); }, QStringLiteral("export"));
    addAction(QStringLiteral("file.rename"), tr("&Rename Drawing…"), K(Qt::Key_F2),
              [this] { renameDrawing(); });
    addAction(QStringLiteral("file.signIn"), tr("Sign &In to a Server…"), {}, [this] {
        signInDialog(m_context->lastServer(),
                     [this](const QString &server) { showDrawingBrowser(server); });
    });
    addAction(QStringLiteral("file.signOut"), tr("Sign O&ut"), {}, [this] { signOut(); });
    addAction(QStringLiteral("file.publish"), tr("&Publish to Server"), {}, [this] {
        const QString server = m_context->lastServer();
        if (server.isEmpty() || !m_context->store()->account(server)) {
            signInDialog(server, [this](const QString &s) { publishTo(s); });
            return;
        }
        publishTo(server);
    });
    addAction(QStringLiteral("file.share"), tr("S&hare…"), {}, [this] { shareDialog(); });
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
    // The sync state is always visible, first in the status bar.
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("syncState"));
    m_syncLabel->setTextFormat(Qt::RichText);
    m_retryButton = new QToolButton(this);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setAutoRaise(true);
    m_retryButton->setText(tr("Retry"));
    m_retryButton->hide();
    connect(m_retryButton, &QToolButton::clicked, this, &MainWindow::retrySync);
    m_peersLabel = new QLabel(this);
    m_peersLabel->setObjectName(QStringLiteral("peersLabel"));
    m_peersLabel->setTextFormat(Qt::RichText);
    statusBar()->addWidget(m_syncLabel);
    statusBar()->addWidget(m_retryButton);
    statusBar()->addWidget(m_peersLabel);
    statusBar()->addWidget(m_saveLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);
}

void MainWindow::updateIcons()
{
    for (auto it = m_iconNames.cbegin(); it != m_iconNames.cend(); ++it)
        it.key()->setIcon(themedIcon(it.value(), palette()));
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // The pointer left the canvas: peers stop showing our cursor.
    if (watched == m_canvas && event->type() == QEvent::Leave && m_presence.cursor) {
        m_presence.cursor.reset();
        sendPresence();
    }
    return QMainWindow::eventFilter(watched, event);
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

void MainWindow::detachSession()
{
    m_overlay->setPeers({});
    m_presence = {};
    m_canvas->setDocument(nullptr);
    m_history->setTarget(nullptr);
    m_target.reset();
    m_session.reset();
    m_drawingId.clear();
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
    auto session =
        std::make_unique<sync::SyncSession>(m_context->store(), id, m_context->syncOptions());
    if (!session->isValid()) {
        if (error)
            *error = session->errorString();
        return false;
    }
    m_canvas->commitTextEdit();
    detachSession();
    m_session = std::move(session);
    m_session->setBlobCache(m_context->blobCache());
    m_target = std::make_unique<SessionTarget>(m_session.get());
    m_drawingId = id;
    m_canvas->setDocument(&m_session->replica().visible());
    m_history->setTarget(m_target.get());
    connect(m_session.get(), &sync::SyncSession::objectsChanged, m_canvas,
            &canvas::CanvasView::objectsChanged);
    connect(m_session.get(), &sync::SyncSession::objectsChanged, this, &MainWindow::updateStatus);
    connect(m_session.get(), &sync::SyncSession::pendingCountChanged, this,
            &MainWindow::updateStatus);
    connect(m_session.get(), &sync::SyncSession::errorOccurred, this,
            [this](const QString &code, const QString &message) {
                if (code == u"forbidden" || code == u"read_only")
                    return; // the read-only notice says it
                showMessage(message);
                updateSyncState();
            });
    connect(m_session.get(), &sync::SyncSession::readOnlyChanged, m_canvas,
            &canvas::CanvasView::setReadOnly);
    connect(m_session.get(), &sync::SyncSession::readOnlyChanged, this,
            &MainWindow::updateUndoActions);
    connect(m_session.get(), &sync::SyncSession::readOnlyChanged, this, [this](bool readOnly) {
        if (!readOnly) {
            showMessage({});
            return;
        }
        const int pending = m_session->pendingCount();
        if (pending > 0)
            showMessage(tr("You can no longer edit this drawing (its owner made you a viewer). "
                           "%n change(s) you made are kept on this computer and still shown, "
                           "but cannot be sent.",
                           nullptr, pending));
        else
            showMessage(tr("View only: you can look at this drawing, but not change it."), false);
    });
    connect(m_session.get(), &sync::SyncSession::connectionStateChanged, this,
            &MainWindow::updateSyncState);
    connect(m_session.get(), &sync::SyncSession::pendingCountChanged, this,
            &MainWindow::updateSyncState);
    connect(m_session.get(), &sync::SyncSession::sendDelayChanged, this,
            &MainWindow::updateSyncState);
    connect(m_session.get(), &sync::SyncSession::published, this, [this] {
        updateSyncState();
        sendPresence();
        emit m_context->drawingsChanged();
    });
    connect(m_session.get(), &sync::SyncSession::peersChanged, this, &MainWindow::updatePeers);
    connect(m_session.get(), &sync::SyncSession::objectsChanged, this,
            &MainWindow::fetchMissingBlobs);
    m_canvas->setReadOnly(m_session->isReadOnly());
    updateUndoActions();
    if (m_session->isReadOnly())
        showMessage(tr("View only: you can look at this drawing, but not change it."), false);
    fetchMissingBlobs({});
    m_context->noteRecentDrawing(id);
    updateTitle();
    m_canvas->zoomReset();
    if (m_session->replica().visible().size() > 0)
        m_canvas->zoomToFit();
    updateStatus();
    updateActions();
    updateSyncState();
    updatePeers();
    // Announced at once, so that the others list us as here before we move.
    sendPresence();
    qCInfo(lcApp).noquote() << "opened drawing" << id << "with"
                            << m_session->replica().visible().size() << "objects";
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
    const QString leaving = m_drawingId;
    detachSession();
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
    if (m_drawingId.isEmpty())
        newDrawing();
    if (!message.isEmpty())
        showMessage(message);
}

bool MainWindow::openFile(const QString &path, QString *error)
{
    const auto file = InkboardFile::read(path, error);
    if (!file)
        return false;
    QString why;
    if (!file->bundle.storeBlobs(m_context->blobs(), &why)) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), why);
        return false;
    }
    // The file's own id when this computer does not have that drawing yet.
    QString id = file->drawingId;
    if (id.isEmpty() || m_context->store()->drawing(id))
        id = canvas::newId();
    const QString title = file->title.isEmpty() ? QFileInfo(path).completeBaseName() : file->title;
    if (!m_context->store()->createDrawing(sync::DrawingRecord::local(id, title))) {
        if (error)
            *error = tr("Cannot open %1: %2")
                         .arg(QFileInfo(path).fileName(), m_context->store()->lastError());
        return false;
    }
    emit m_context->drawingsChanged();
    if (!openDrawing(id, error))
        return false;
    // The objects arrive as create ops through the one edit path (persisted before shown),
    // in bounded batches; they are not an undoable edit.
    OpList batch;
    for (const Object &o : file->bundle.objects) {
        batch.append(Op::create(canvas::newId(), o.id, o.type, o.props));
        if (batch.size() == kImportBatch) {
            m_session->submit(batch);
            batch.clear();
        }
    }
    if (!batch.isEmpty())
        m_session->submit(batch);
    m_context->setFileOf(id, QFileInfo(path).absoluteFilePath());
    m_context->noteRecentFile(QFileInfo(path).absoluteFilePath());
    m_canvas->zoomToFit();
    qCInfo(lcApp).noquote() << "imported" << path << "as" << id << "with"
                            << file->bundle.objects.size() << "objects";
    return true;
}

bool MainWindow::saveToFile(const QString &path, QString *error)
{
    if (!m_session) {
        if (error)
            *error = tr("No drawing is open.");
        return false;
    }
    m_canvas->commitTextEdit();
    InkboardFile file;
    file.drawingId = m_drawingId;
    file.title = drawingTitle();
    const Document &doc = m_session->replica().visible();
    file.bundle = canvas::ObjectBundle::collect(doc.inRenderOrder(), m_context->blobs());
    if (!file.write(path, error))
        return false;
    m_context->setFileOf(m_drawingId, QFileInfo(path).absoluteFilePath());
    m_context->noteRecentFile(QFileInfo(path).absoluteFilePath());
    statusBar()->showMessage(tr("Saved to %1").arg(QFileInfo(path).fileName()), 4000);
    return true;
}

bool MainWindow::exportTo(const QString &path, const canvas::ExportOptions &options, QString *error)
{
    m_canvas->commitTextEdit();
    return canvas::Exporter(m_canvas->scene(), m_context->blobs()).save(path, options, error);
}

QString MainWindow::drawingTitle() const
{
    if (m_drawingId.isEmpty())
        return {};
    const auto d = m_context->store()->drawing(m_drawingId);
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
    if (!m_session) {
        m_countLabel->clear();
        m_saveLabel->clear();
        return;
    }
    m_countLabel->setText(tr("%n object(s)", nullptr, int(m_session->replica().visible().size())));
    const int pending = m_session->pendingCount();
    if (m_session->isLocalOnly())
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
    auto *dialog = new DrawingListDialog(m_context, this, server);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString id = dialog->chosenId();
        if (id.isEmpty() || id == m_drawingId)
            return;
        QString error;
        if (!openDrawing(id, &error) && !error.isEmpty())
            showMessage(error);
    });
    dialog->open();
    return dialog;
}

void MainWindow::openFileDialog()
{
    const QString dir =
        m_context->settings()
            .value(QStringLiteral("dirs/files"),
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Drawing File"), dir, fileFilter());
    if (path.isEmpty())
        return;
    m_context->settings().setValue(QStringLiteral("dirs/files"), QFileInfo(path).absolutePath());
    QString error;
    if (!openFile(path, &error))
        showMessage(error);
}

void MainWindow::saveFile()
{
    const QString path = m_context->fileOf(m_drawingId);
    if (path.isEmpty()) {
        saveFileAs();
        return;
    }
    QString error;
    if (!saveToFile(path, &error))
        showMessage(error);
}

void MainWindow::saveFileAs()
{
    QString suggested = m_context->fileOf(m_drawingId);
    if (suggested.isEmpty())
        suggested = m_context->settings()
                        .value(QStringLiteral("dirs/files"),
                               QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                        .toString() +
                    u'/' + drawingTitle() + QStringLiteral(".inkboard");
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save Drawing to File"), suggested, fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".inkboard");
    m_context->settings().setValue(QStringLiteral("dirs/files"), QFileInfo(path).absolutePath());
    QString error;
    if (!saveToFile(path, &error))
        showMessage(error);
}

void MainWindow::exportDialog()
{
    ExportDialog dialog(!m_canvas->selection().isEmpty(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString format = dialog.format();
    const QString dir =
        m_context->settings()
            .value(QStringLiteral("dirs/export"),
                   QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
            .toString();
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export"), dir + u'/' + drawingTitle() + u'.' + format,
        tr("%1 files (*.%2)").arg(format.toUpper(), format));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().toLower() != format)
        path += u'.' + format;
    m_context->settings().setValue(QStringLiteral("dirs/export"), QFileInfo(path).absolutePath());
    QString error;
    if (exportTo(path, dialog.options(m_canvas->selection()), &error))
        statusBar()->showMessage(tr("Exported %1").arg(QFileInfo(path).fileName()), 4000);
    else
        showMessage(error);
}

void MainWindow::insertImageDialog(QPointF canvasCenter)
{
    QStringList patterns;
    for (const QByteArray &f : QImageReader::supportedImageFormats())
        patterns << QStringLiteral("*.") + QString::fromLatin1(f);
    const QString dir =
        m_context->settings()
            .value(QStringLiteral("dirs/images"),
                   QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
            .toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Insert Image"), dir, tr("Images (%1);;All files (*)").arg(patterns.join(u' ')));
    if (path.isEmpty())
        return;
    m_context->settings().setValue(QStringLiteral("dirs/images"), QFileInfo(path).absolutePath());
    QString error;
    if (!m_canvas->insertImageFile(path, &error, canvasCenter))
        showMessage(error);
}

void MainWindow::renameDrawing()
{
    if (m_drawingId.isEmpty())
        return;
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("Rename Drawing"), tr("Title:"),
                                                QLineEdit::Normal, drawingTitle(), &ok);
    if (!ok || title.trimmed().isEmpty())
        return;
    if (!m_context->store()->renameDrawing(m_drawingId, title.trimmed().left(200)))
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

void MainWindow::sendPresence()
{
    if (m_session && !m_session->isLocalOnly())
        m_session->setPresence(m_presence);
}

QString MainWindow::syncStateText() const
{
    return m_syncLabel->text();
}

void MainWindow::updateSyncState()
{
    using S = sync::SyncSession::ConnectionState;
    using R = sync::SyncSession::OfflineReason;
    QString state;
    QString text;
    QString color;
    bool retry = false;
    if (!m_session) {
        state = QStringLiteral("offline");
        text = tr("No drawing");
        color = QStringLiteral("#8a8a8a");
    } else if (m_session->isLocalOnly()) {
        state = QStringLiteral("offline");
        text = tr("Offline · only on this computer (publish to share)");
        color = QStringLiteral("#8a8a8a");
    } else if (m_session->connectionState() == S::Offline) {
        state = QStringLiteral("offline");
        QString why;
        switch (m_session->offlineReason()) {
        case R::SignedOut:
            why = tr("signed out");
            break;
        case R::Unauthorized:
            why = tr("sign-in expired, sign in again");
            break;
        case R::NotShared:
            why = tr("access removed or drawing deleted");
            break;
        case R::Conflict:
            why = tr("the id is taken on the server");
            break;
        case R::NetworkDown:
            why = tr("server unreachable, retrying");
            break;
        case R::LocalOnly:
        case R::None:
            break;
        }
        const int pending = m_session->pendingCount();
        text = why.isEmpty() ? tr("Offline") : tr("Offline · %1").arg(why);
        if (pending)
            text += tr(" · %n pending", nullptr, pending);
        color = QStringLiteral("#b42318");
        retry = true;
    } else if (m_session->connectionState() != S::Live || m_session->pendingCount() > 0) {
        state = QStringLiteral("syncing");
        text = tr("Syncing (%n pending)", nullptr, m_session->pendingCount());
        if (m_session->sendDelay() == sync::SyncSession::SendDelay::RateLimited)
            text += tr(" · rate limited, retrying");
        else if (m_session->sendDelay() == sync::SyncSession::SendDelay::ServerBusy)
            text += tr(" · server busy, retrying");
        color = QStringLiteral("#b54708");
    } else {
        state = QStringLiteral("live");
        text = tr("Live");
        color = QStringLiteral("#067647");
    }
    m_syncLabel->setText(
        QStringLiteral("<span style=\"color:%1\">●</span> %2").arg(color, text.toHtmlEscaped()));
    m_syncLabel->setToolTip(m_session && !m_session->isLocalOnly()
                                ? tr("Server: %1").arg(m_session->serverUrl())
                                : QString());
    m_retryButton->setVisible(retry);
    const bool online = m_session && !m_session->isLocalOnly();
    m_actions.value(QStringLiteral("file.publish"))->setEnabled(m_session && !online);
    m_actions.value(QStringLiteral("file.share"))
        ->setEnabled(online && m_session->role() == protocol::Role::Owner);
    if (state != m_syncState) {
        m_syncState = state;
        emit syncStateChanged(state);
    }
}

void MainWindow::retrySync()
{
    if (!m_session || m_session->isLocalOnly())
        return;
    using R = sync::SyncSession::OfflineReason;
    const R reason = m_session->offlineReason();
    if (reason == R::SignedOut || reason == R::Unauthorized) {
        QPointer<sync::SyncSession> session = m_session.get();
        signInDialog(m_session->serverUrl(), [session](const QString &) {
            if (session)
                session->reconnect();
        });
        return;
    }
    m_session->reconnect();
}

QStringList MainWindow::peerNames() const
{
    QStringList names;
    for (const protocol::Presence &p : m_overlay->peers())
        names << p.user.name;
    return names;
}

void MainWindow::updatePeers()
{
    QList<protocol::Presence> peers = m_session ? m_session->peers() : QList<protocol::Presence>();
    std::sort(peers.begin(), peers.end(), [](const auto &a, const auto &b) {
        return a.user.name == b.user.name ? a.sessionId < b.sessionId : a.user.name < b.user.name;
    });
    m_overlay->setPeers(peers);
    QStringList shown;
    QSet<QString> seen;
    for (const protocol::Presence &p : std::as_const(peers)) {
        if (seen.contains(p.user.id))
            continue;
        seen.insert(p.user.id);
        shown << QStringLiteral("<span style=\"color:%1\">●</span> %2")
                     .arg(PresenceOverlay::colorOf(p.user.id).name(), p.user.name.toHtmlEscaped());
    }
    m_peersLabel->setText(shown.isEmpty() ? QString() : tr("Here: %1").arg(shown.join(u"  ")));
    emit peersChanged();
}

void MainWindow::fetchMissingBlobs(const QSet<QString> &ids)
{
    if (!m_session || m_session->isLocalOnly())
        return;
    const Document &doc = m_session->replica().visible();
    QList<Object> images;
    if (ids.isEmpty()) {
        images = doc.inRenderOrder();
    } else {
        for (const QString &id : ids) {
            if (const Object *o = doc.find(id))
                images << *o;
        }
    }
    const QString server = m_session->serverUrl();
    for (const Object &object : std::as_const(images)) {
        const Object *o = &object;
        if (o->type != ObjectType::Image)
            continue;
        const QString hash = o->props.value(QLatin1String("blob")).toString();
        if (hash.isEmpty() || m_context->blobs()->contains(hash) || m_fetchingBlobs.contains(hash))
            continue;
        m_fetchingBlobs.insert(hash);
        const QString objectId = o->id;
        m_context->client()->fetchBlob(
            server, hash, this,
            [this, hash, objectId](const sync::RestResult &r, const QByteArray &bytes) {
                m_fetchingBlobs.remove(hash);
                if (!r.ok() && bytes.isEmpty())
                    return; // tried again on the object's next change or the next open
                QString error;
                if (m_context->blobs()->put(bytes, &error) == hash)
                    m_canvas->objectsChanged({objectId});
            });
    }
}

void MainWindow::signInDialog(const QString &server,
                              const std::function<void(const QString &)> &then)
{
    auto *dialog = new SignInDialog(m_context, server, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SignInDialog::signedIn, this, [this, then](const QString &signedIn) {
        for (MainWindow *w : m_context->windows()) {
            if (w->session() && w->session()->serverUrl() == signedIn)
                w->session()->reconnect();
        }
        if (then)
            then(signedIn);
    });
    dialog->open();
}

void MainWindow::signOut()
{
    const QString server =
        m_session && !m_session->isLocalOnly() ? m_session->serverUrl() : m_context->lastServer();
    if (server.isEmpty() || !m_context->store()->account(server)) {
        showMessage(tr("You are not signed in to a server."), false);
        return;
    }
    m_context->client()->signOut(server, this, [](const sync::RestResult &) {});
    for (MainWindow *w : m_context->windows()) {
        if (w->session() && w->session()->serverUrl() == server)
            w->session()->reconnect(); // offline: signed out; edits stay pending
    }
    showMessage(tr("Signed out of %1. Your edits stay on this computer.").arg(server), false);
}

void MainWindow::shareDialog()
{
    if (!m_session || m_session->isLocalOnly())
        return;
    auto *dialog =
        new ShareDialog(m_context, m_session->serverUrl(), m_drawingId, drawingTitle(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool MainWindow::publishTo(const QString &server)
{
    if (!m_session || !m_session->isLocalOnly())
        return false;
    if (!m_session->publish(server))
        return false;
    m_context->setLastServer(server);
    updateSyncState();
    return true;
}

void MainWindow::connectToServer(const QString &serverText, const QString &drawingId)
{
    const QUrl url = SignInDialog::parseServerUrl(serverText);
    if (!url.isValid()) {
        showMessage(tr("\"%1\" is not a server address.").arg(serverText));
        return;
    }
    const QString server = AppContext::serverKey(url);
    auto next = [this, drawingId](const QString &s) {
        if (drawingId.isEmpty())
            showDrawingBrowser(s);
        else
            openServerDrawing(s, drawingId);
    };
    if (m_context->store()->account(server)) {
        m_context->setLastServer(server);
        next(server);
        return;
    }
    signInDialog(server, next);
}

void MainWindow::openServerDrawing(const QString &server, const QString &drawingId)
{
    if (const auto d = m_context->store()->drawing(drawingId); d && d->serverUrl == server) {
        QString error;
        if (!openDrawing(drawingId, &error) && !error.isEmpty())
            showMessage(error);
        return;
    }
    m_context->client()->listDrawings(
        server, this,
        [this, server, drawingId](const sync::RestResult &r,
                                  const QList<sync::DrawingEntry> &list) {
            for (const sync::DrawingEntry &e : list) {
                if (e.id != drawingId || !e.onServer)
                    continue;
                protocol::DrawingInfo info;
                info.id = e.id;
                info.title = e.title;
                info.role = e.role;
                info.latestRevision = e.latestRevision;
                info.updatedAt = e.updatedAt;
                QString error;
                if (!e.local && !m_context->client()->addServerDrawing(server, info))
                    error = m_context->store()->lastError();
                else if (!openDrawing(drawingId, &error) && error.isEmpty())
                    error = tr("Cannot open the drawing.");
                if (!error.isEmpty())
                    showMessage(error);
                emit m_context->drawingsChanged();
                return;
            }
            showMessage(
                r.ok() ? tr("%1 has no drawing %2 shared with you.").arg(server, drawingId)
                       : tr("Cannot list the drawings of %1: %2").arg(server, r.errorMessage()));
        });
}

void MainWindow::updateUndoActions()
{
    const QUndoStack *stack = m_history->stack();
    const bool readOnly = m_session && m_session->isReadOnly();
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
