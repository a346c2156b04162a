// SPDX-License-Identifier: Apache-2.0
#include "window_actions.h"

#include "canvas_view.h"
#include "edit_history.h"
#include "icons.h"
#include "language.h"
#include "shape_outline.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <algorithm>
#include <tuple>

namespace inkboard::app {

namespace {

// The rarer shapes share one toolbar button (showing the last one chosen), so that the
// toolbar stays one row wide; the Tools menu lists them all.
bool inShapesButton(canvas::ToolKind t)
{
    return t == canvas::ToolKind::Triangle || t == canvas::ToolKind::Hexagon ||
           t == canvas::ToolKind::Parallelogram;
}

} // namespace

WindowActions::WindowActions(QWidget *window, canvas::CanvasView *canvas,
                             canvas::EditHistory *history, std::function<bool()> readOnly)
    : QObject(window), m_window(window), m_canvas(canvas), m_history(history),
      m_readOnly(std::move(readOnly))
{}

QAction *WindowActions::action(const QString &name) const
{
    return m_actions.value(name);
}

void WindowActions::adopt(const QString &name, QAction *action)
{
    action->setObjectName(name);
    m_actions.insert(name, action);
    m_window->addAction(action);
}

QAction *WindowActions::add(const QString &name, const QString &text, const QKeySequence &key,
                            const std::function<void()> &slot, const QString &icon)
{
    auto *a = new QAction(text, m_window);
    a->setObjectName(name);
    if (!key.isEmpty())
        a->setShortcut(key);
    if (!icon.isEmpty()) {
        m_iconNames.insert(a, icon);
        a->setIcon(themedIcon(icon, m_window->palette()));
    }
    connect(a, &QAction::triggered, this, slot);
    m_actions.insert(name, a);
    m_window->addAction(a);
    return a;
}

void WindowActions::addEditing(QAction *stylePanel)
{
    using K = QKeySequence;
    auto *c = m_canvas;
    // Not QUndoStack's own actions: these are also off while the drawing is read-only, where
    // an undo would only be refused by the server and use up a step of the history.
    QUndoStack *stack = m_history->stack();
    auto *undo = new QAction(tr("&Undo"), m_window);
    connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
    undo->setShortcut(K::Undo);
    undo->setObjectName(QStringLiteral("edit.undo"));
    m_iconNames.insert(undo, QStringLiteral("undo"));
    auto *redo = new QAction(tr("&Redo"), m_window);
    connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
    for (auto signal : {&QUndoStack::canUndoChanged, &QUndoStack::canRedoChanged})
        connect(stack, signal, this, &WindowActions::updateUndo);
    for (auto signal : {&QUndoStack::undoTextChanged, &QUndoStack::redoTextChanged})
        connect(stack, signal, this, &WindowActions::updateUndo);
    redo->setShortcuts({K::Redo, K(Qt::CTRL | Qt::Key_Y)});
    redo->setObjectName(QStringLiteral("edit.redo"));
    m_iconNames.insert(redo, QStringLiteral("redo"));
    m_actions.insert(undo->objectName(), undo);
    m_actions.insert(redo->objectName(), redo);
    m_window->addAction(undo);
    m_window->addAction(redo);
    updateUndo();

    add(QStringLiteral("edit.cut"), tr("Cu&t"), K::Cut, [c] { c->cut(); });
    add(QStringLiteral("edit.copy"), tr("&Copy"), K::Copy, [c] { c->copy(); });
    add(QStringLiteral("edit.paste"), tr("&Paste"), K::Paste, [c] { c->paste(); });
    add(QStringLiteral("edit.duplicate"), tr("Dupl&icate"), K(Qt::CTRL | Qt::Key_D),
        [c] { c->duplicateSelection(); });
    QAction *del =
        add(QStringLiteral("edit.delete"), tr("&Delete"), K::Delete, [c] { c->deleteSelection(); });
    del->setShortcuts({K::Delete, K(Qt::Key_Backspace)});
    add(QStringLiteral("edit.selectAll"), tr("Select &All"), K::SelectAll, [c] { c->selectAll(); });
    add(QStringLiteral("edit.front"), tr("Bring to &Front"),
        K(Qt::CTRL | Qt::SHIFT | Qt::Key_BracketRight), [c] { c->bringToFront(); });
    add(QStringLiteral("edit.back"), tr("Send to &Back"),
        K(Qt::CTRL | Qt::SHIFT | Qt::Key_BracketLeft), [c] { c->sendToBack(); });
    add(QStringLiteral("edit.forward"), tr("Bring For&ward"), K(Qt::CTRL | Qt::Key_BracketRight),
        [c] { c->bringForward(); });
    add(QStringLiteral("edit.backward"), tr("Send Bac&kward"), K(Qt::CTRL | Qt::Key_BracketLeft),
        [c] { c->sendBackward(); });
    using canvas::commands::Align;
    using canvas::commands::Axis;
    const auto alignKey = [](Qt::Key k) { return K(Qt::ALT | Qt::SHIFT | k); };
    for (const auto &[name, text, k, how] :
         {std::tuple{"align.left", tr("Align &Left"), Qt::Key_A, Align::Left},
          std::tuple{"align.center", tr("Align &Centres"), Qt::Key_H, Align::Center},
          std::tuple{"align.right", tr("Align &Right"), Qt::Key_D, Align::Right},
          std::tuple{"align.top", tr("Align &Top"), Qt::Key_W, Align::Top},
          std::tuple{"align.middle", tr("Align &Middles"), Qt::Key_V, Align::Middle},
          std::tuple{"align.bottom", tr("Align &Bottom"), Qt::Key_S, Align::Bottom}}) {
        const Align a = how;
        add(QString::fromLatin1(name), text, alignKey(k), [c, a] { c->align(a); });
    }
    add(QStringLiteral("align.distributeH"), tr("Distribute &Horizontally"),
        K(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_H), [c] { c->distribute(Axis::Horizontal); });
    add(QStringLiteral("align.distributeV"), tr("Distribute &Vertically"),
        K(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_V), [c] { c->distribute(Axis::Vertical); });
    add(QStringLiteral("edit.copyStyle"), tr("Copy St&yle"), K(Qt::CTRL | Qt::ALT | Qt::Key_C),
        [c] { c->copyStyle(); });
    add(QStringLiteral("edit.pasteStyle"), tr("Pa&ste Style"), K(Qt::CTRL | Qt::ALT | Qt::Key_V),
        [c] { c->pasteStyle(); });
    add(QStringLiteral("edit.lock"), tr("L&ock / Unlock"), K(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
        [c] { c->toggleLock(); });
    add(QStringLiteral("edit.group"), tr("&Group"), K(Qt::CTRL | Qt::Key_G),
        [c] { c->groupSelection(); });
    add(QStringLiteral("edit.ungroup"), tr("U&ngroup"), K(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
        [c] { c->ungroupSelection(); });
    // The outlines a rect can take, for shapes drawn already.
    for (const auto &[shape, text] : {std::pair{canvas::shape::rectangle, tr("&Rectangle")},
                                      std::pair{canvas::shape::diamond, tr("&Diamond")},
                                      std::pair{canvas::shape::triangle, tr("&Triangle")},
                                      std::pair{canvas::shape::hexagon, tr("&Hexagon")},
                                      std::pair{canvas::shape::parallelogram, tr("&Parallelogram")},
                                      std::pair{canvas::shape::note, tr("Sticky &Note")}}) {
        const QString keyword = shape;
        add(QStringLiteral("shape.") + keyword, text, {},
            [c, keyword] { c->setShapeOfSelection(keyword); });
    }

    add(QStringLiteral("view.zoomIn"), tr("Zoom &In"), K::ZoomIn, [c] { c->zoomIn(); });
    add(QStringLiteral("view.zoomOut"), tr("Zoom &Out"), K::ZoomOut, [c] { c->zoomOut(); });
    add(QStringLiteral("view.zoomReset"), tr("&Actual Size"), K(Qt::SHIFT | Qt::Key_0),
        [c] { c->zoomReset(); });
    add(QStringLiteral("view.zoomFit"), tr("Zoom to &Fit"), K(Qt::SHIFT | Qt::Key_1),
        [c] { c->zoomToFit(); });
    add(QStringLiteral("view.zoomSelection"), tr("Zoom to &Selection"), K(Qt::SHIFT | Qt::Key_2),
        [c] { c->zoomToSelection(); });
    QAction *grid = add(
        QStringLiteral("view.grid"), tr("Show &Grid"), K(Qt::CTRL | Qt::Key_Apostrophe), [] {},
        QStringLiteral("grid"));
    grid->setCheckable(true);
    connect(grid, &QAction::toggled, c, &canvas::CanvasView::setGridVisible);
    // Snapping is on unless turned off here; Alt turns it off for one gesture.
    QAction *snap =
        add(QStringLiteral("view.snap"), tr("S&nap to Objects"), K(Qt::ALT | Qt::Key_S), [] {});
    snap->setCheckable(true);
    snap->setChecked(c->isSnapping());
    connect(snap, &QAction::toggled, c, &canvas::CanvasView::setSnapping);
    // Pen only: fingers pan and zoom, never draw (on by itself once a pen is used).
    QAction *penOnly = add(QStringLiteral("view.penOnly"), tr("Pen Only (&Touch Pans)"), {}, [] {});
    penOnly->setCheckable(true);
    penOnly->setChecked(c->isPenOnly());
    connect(penOnly, &QAction::toggled, c, &canvas::CanvasView::setPenOnly);
    connect(c, &canvas::CanvasView::penOnlyChanged, penOnly, &QAction::setChecked);
    stylePanel->setText(tr("St&yle Panel"));
    stylePanel->setObjectName(QStringLiteral("view.style"));
    m_actions.insert(stylePanel->objectName(), stylePanel);

    m_toolGroup = new QActionGroup(m_window);
    for (canvas::ToolKind t : canvas::allTools()) {
        const QString icon = QString::fromLatin1(canvas::toolId(t));
        const QChar key = canvas::toolShortcut(t);
        // The name alone: menus show the key from the shortcut, and a screen reader reads the
        // toolbar button as "Ellipse", not "Ellipse tab O".
        QAction *a = add(
            QStringLiteral("tool.") + icon, canvas::toolName(t),
            key.isNull() ? K() : K(key.unicode()), [c, t] { c->setTool(t); }, icon);
        a->setToolTip(key.isNull() ? canvas::toolName(t)
                                   : QStringLiteral("%1 — %2").arg(canvas::toolName(t)).arg(key));
        if (t != canvas::ToolKind::Image) {
            a->setCheckable(true);
            m_toolGroup->addAction(a);
        }
        // Plain-key shortcuts only while the canvas (not a text field) has the keyboard.
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_canvas->addAction(a);
        m_window->removeAction(a);
    }
    m_actions.value(QStringLiteral("tool.select"))->setChecked(true);
    // The eraser's mode, also switched by choosing the eraser again (E).
    using canvas::EraserMode;
    QAction *cuts =
        add(QStringLiteral("tool.eraserStrokes"), tr("Eraser Cuts &Strokes"), {}, [] {});
    cuts->setCheckable(true);
    cuts->setChecked(c->eraserMode() == EraserMode::Strokes);
    connect(cuts, &QAction::toggled, c,
            [c](bool on) { c->setEraserMode(on ? EraserMode::Strokes : EraserMode::Objects); });
    connect(c, &canvas::CanvasView::eraserModeChanged, cuts,
            [cuts](EraserMode mode) { cuts->setChecked(mode == EraserMode::Strokes); });
}

void WindowActions::addHistory(QAction *history)
{
    m_actions.insert(history->objectName(), history);
}

void WindowActions::addHelp(const QString &profileDir)
{
    using K = QKeySequence;
    add(QStringLiteral("help.shortcuts"), tr("&Keyboard Shortcuts"), K::HelpContents,
        [this] { showShortcuts(); });
    add(QStringLiteral("help.about"), tr("&About Inkboard"), {}, [this, profileDir] {
        QMessageBox::about(
            m_window, tr("About Inkboard"),
            tr("<b>Inkboard %1</b><p>A collaborative drawing app with its own "
               "sync server.</p><p>Licensed under the Apache License 2.0.</p>"
               "<p>Uses Qt %3 (LGPL-3) and the Comic Neue font (SIL Open Font License "
               "1.1).</p><p>Profile: %2</p>")
                .arg(QCoreApplication::applicationVersion(), profileDir.toHtmlEscaped(),
                     QString::fromLatin1(qVersion())));
    });
}

QMenu *WindowActions::buildMenus(QMenuBar *bar, const QString &appearanceMode,
                                 const QString &language)
{
    auto a = [this](const char *name) { return m_actions.value(QString::fromLatin1(name)); };
    QMenu *file = bar->addMenu(tr("&File"));
    file->addAction(a("file.new"));
    file->addAction(a("file.newWindow"));
    file->addAction(a("file.drawings"));
    QMenu *recent = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(a("file.open"));
    file->addAction(a("file.import"));
    file->addAction(a("file.save"));
    file->addAction(a("file.saveAs"));
    file->addAction(a("file.export"));
    file->addSeparator();
    file->addAction(a("file.rename"));
    file->addSeparator();
    file->addAction(a("file.publish"));
    file->addAction(a("file.share"));
    file->addAction(a("file.openLink"));
    file->addAction(a("file.signIn"));
    file->addAction(a("file.signOut"));
    file->addSeparator();
    file->addAction(a("file.close"));
    file->addAction(a("file.quit"));

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->addAction(a("edit.undo"));
    edit->addAction(a("edit.redo"));
    edit->addSeparator();
    for (const char *n : {"edit.cut", "edit.copy", "edit.paste", "edit.duplicate", "edit.delete"})
        edit->addAction(a(n));
    edit->addSeparator();
    edit->addAction(a("edit.selectAll"));
    edit->addSeparator();
    edit->addAction(a("edit.copyStyle"));
    edit->addAction(a("edit.pasteStyle"));
    edit->addSeparator();
    for (const char *n : {"edit.front", "edit.forward", "edit.backward", "edit.back", "edit.lock"})
        edit->addAction(a(n));
    edit->addSeparator();
    edit->addAction(a("edit.group"));
    edit->addAction(a("edit.ungroup"));
    QMenu *arrange = edit->addMenu(tr("A&lign and Distribute"));
    for (const char *n :
         {"align.left", "align.center", "align.right", "align.top", "align.middle", "align.bottom"})
        arrange->addAction(a(n));
    arrange->addSeparator();
    arrange->addAction(a("align.distributeH"));
    arrange->addAction(a("align.distributeV"));
    QMenu *shapes = edit->addMenu(tr("S&hape"));
    for (const QString &shape :
         {canvas::shape::rectangle, canvas::shape::diamond, canvas::shape::triangle,
          canvas::shape::hexagon, canvas::shape::parallelogram, canvas::shape::note})
        shapes->addAction(m_actions.value(QStringLiteral("shape.") + shape));

    QMenu *view = bar->addMenu(tr("&View"));
    for (const char *n :
         {"view.zoomIn", "view.zoomOut", "view.zoomReset", "view.zoomFit", "view.zoomSelection"})
        view->addAction(a(n));
    view->addSeparator();
    view->addAction(a("view.grid"));
    view->addAction(a("view.snap"));
    view->addAction(a("view.penOnly"));
    view->addAction(a("view.style"));
    if (QAction *people = a("view.people"))
        view->addAction(people);
    if (QAction *history = a("view.history"))
        view->addAction(history);
    if (QAction *comments = a("view.comments"))
        view->addAction(comments);
    QMenu *appearance = view->addMenu(tr("Appea&rance"));
    auto *group = new QActionGroup(m_window);
    for (const auto &[mode, label] : {std::pair{QStringLiteral("system"), tr("Follow &System")},
                                      std::pair{QStringLiteral("light"), tr("&Light")},
                                      std::pair{QStringLiteral("dark"), tr("&Dark")}}) {
        QAction *act = appearance->addAction(label);
        act->setCheckable(true);
        act->setChecked(mode == appearanceMode);
        act->setObjectName(QStringLiteral("view.appearance.") + mode);
        group->addAction(act);
        m_actions.insert(act->objectName(), act);
        connect(act, &QAction::triggered, this, [this, mode] { emit appearanceChosen(mode); });
    }
    // Each language by its own name, so that one who cannot read the current one finds theirs.
    QMenu *languages = view->addMenu(tr("&Language"));
    auto *languageGroup = new QActionGroup(m_window);
    QList<UiLanguage> choices{{QString(), tr("Follow &System")}};
    for (const UiLanguage &l : uiLanguages())
        choices.append({l.code, QLatin1Char('&') + l.name});
    for (const UiLanguage &l : choices) {
        QAction *act = languages->addAction(l.name);
        act->setCheckable(true);
        act->setChecked(l.code == language);
        act->setObjectName(QStringLiteral("view.language.") +
                           (l.code.isEmpty() ? QStringLiteral("system") : l.code));
        languageGroup->addAction(act);
        m_actions.insert(act->objectName(), act);
        const QString code = l.code;
        connect(act, &QAction::triggered, this, [this, code] { emit languageChosen(code); });
    }

    QMenu *tools = bar->addMenu(tr("&Tools"));
    for (canvas::ToolKind t : canvas::allTools())
        tools->addAction(m_actions.value(QStringLiteral("tool.") + canvas::toolId(t)));
    tools->addSeparator();
    tools->addAction(m_actions.value(QStringLiteral("tool.eraserStrokes")));

    QMenu *help = bar->addMenu(tr("&Help"));
    help->addAction(a("help.shortcuts"));
    help->addAction(a("help.about"));
    return recent;
}

void WindowActions::fillToolbar(QToolBar *bar)
{
    bar->setObjectName(QStringLiteral("toolsBar"));
    bar->setMovable(false);
    bar->setIconSize(QSize(22, 22));
    bar->addAction(m_actions.value(QStringLiteral("file.drawings")));
    bar->addSeparator();
    auto *shapes = new QToolButton(bar);
    shapes->setObjectName(QStringLiteral("moreShapesButton"));
    shapes->setPopupMode(QToolButton::MenuButtonPopup);
    auto *shapesMenu = new QMenu(shapes);
    for (canvas::ToolKind t : canvas::allTools()) {
        QAction *a = m_actions.value(QStringLiteral("tool.") + canvas::toolId(t));
        if (!inShapesButton(t)) {
            bar->addAction(a);
            continue;
        }
        shapesMenu->addAction(a);
        if (!shapes->defaultAction()) {
            shapes->setDefaultAction(a);
            shapes->setMenu(shapesMenu);
            bar->addWidget(shapes);
        }
    }
    m_shapesButton = shapes;
    bar->addSeparator();
    bar->addAction(m_actions.value(QStringLiteral("edit.undo")));
    bar->addAction(m_actions.value(QStringLiteral("edit.redo")));
    bar->addSeparator();
    bar->addAction(m_actions.value(QStringLiteral("view.grid")));
    bar->addAction(m_actions.value(QStringLiteral("file.export")));
    updateIcons();
}

void WindowActions::updateIcons()
{
    for (auto it = m_iconNames.cbegin(); it != m_iconNames.cend(); ++it)
        it.key()->setIcon(themedIcon(it.value(), m_window->palette()));
}

void WindowActions::checkTool(canvas::ToolKind tool)
{
    QAction *a = m_actions.value(QStringLiteral("tool.") + canvas::toolId(tool));
    if (!a)
        return;
    a->setChecked(true);
    if (m_shapesButton && inShapesButton(tool))
        m_shapesButton->setDefaultAction(a);
}

void WindowActions::updateSelection()
{
    const qsizetype count = m_canvas->selection().size();
    for (const char *n : {"edit.cut", "edit.copy", "edit.duplicate", "edit.delete", "edit.front",
                          "edit.forward", "edit.backward", "edit.back", "edit.lock", "edit.ungroup",
                          "edit.copyStyle", "edit.pasteStyle", "view.zoomSelection"})
        m_actions.value(QString::fromLatin1(n))->setEnabled(count > 0);
    for (const char *n : {"align.left", "align.center", "align.right", "align.top", "align.middle",
                          "align.bottom", "edit.group"})
        m_actions.value(QString::fromLatin1(n))->setEnabled(count >= 2);

    for (const char *n : {"align.distributeH", "align.distributeV"})
        m_actions.value(QString::fromLatin1(n))->setEnabled(count >= 3);
    const QList<const canvas::SceneItem *> items = m_canvas->selectedItems();
    const bool rects = std::any_of(items.cbegin(), items.cend(), [](const canvas::SceneItem *i) {
        return i->object.type == ObjectType::Rect;
    });
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        if (it.key().startsWith(u"shape."))
            it.value()->setEnabled(rects);
    }
}

void WindowActions::updateUndo()
{
    const QUndoStack *stack = m_history->stack();
    const bool readOnly = m_readOnly();
    QAction *undo = m_actions.value(QStringLiteral("edit.undo"));
    QAction *redo = m_actions.value(QStringLiteral("edit.redo"));
    if (!undo || !redo)
        return;
    undo->setEnabled(stack->canUndo() && !readOnly);
    redo->setEnabled(stack->canRedo() && !readOnly);
    undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
}

void WindowActions::showShortcuts()
{
    QString rows;
    for (canvas::ToolKind t : canvas::allTools()) {
        const QChar key = canvas::toolShortcut(t);
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                    .arg(canvas::toolName(t), key.isNull() ? tr("<b>Alt+T</b>, then the Tools menu")
                                                           : QStringLiteral("<b>%1</b>").arg(key));
    }
    rows += tr("<tr><td>Pan</td><td><b>Space</b>-drag, middle-drag, scroll</td></tr>"
               "<tr><td>Zoom</td><td><b>Ctrl</b>+wheel, pinch, <b>+</b>/<b>-</b></td></tr>"
               "<tr><td>Zoom to fit / selection / 100 %</td><td><b>Shift+1</b> / <b>Shift+2</b> / "
               "<b>Shift+0</b></td></tr>"
               "<tr><td>Edit the selected text or shape's label</td><td><b>Enter</b> "
               "(<b>Esc</b> or <b>Ctrl+Enter</b> ends it)</td></tr>"
               "<tr><td>Eraser: whole objects or parts of strokes</td><td><b>E</b> again</td></tr>"
               "<tr><td>Nudge</td><td>arrow keys (<b>Shift</b>: 10)</td></tr>"
               "<tr><td>Forward / backward one step</td><td><b>Ctrl+]</b> / <b>Ctrl+[</b>, "
               "<b>Ctrl+Shift+Up</b> / <b>Down</b></td></tr>"
               "<tr><td>Select the next / previous object</td><td><b>Tab</b> / "
               "<b>Shift+Tab</b></td></tr>"
               "<tr><td>Draw or move without binding or snapping</td><td>hold <b>Alt</b></td></tr>"
               "<tr><td>Snap to objects on / off</td><td><b>Alt+S</b></td></tr>"
               "<tr><td>Copy / paste style</td><td><b>Ctrl+Alt+C</b> / <b>Ctrl+Alt+V</b></td></tr>"
               "<tr><td>Align left / centres / right</td><td><b>Alt+Shift+A</b> / <b>H</b> / "
               "<b>D</b></td></tr>"
               "<tr><td>Align top / middles / bottom</td><td><b>Alt+Shift+W</b> / <b>V</b> / "
               "<b>S</b></td></tr>"
               "<tr><td>Distribute across / down</td><td><b>Ctrl+Alt+Shift+H</b> / "
               "<b>V</b></td></tr>"
               "<tr><td>Keep ratio, square, 15° steps</td><td>hold <b>Shift</b></td></tr>");
    QMessageBox::information(m_window, tr("Keyboard Shortcuts"),
                             QStringLiteral("<table cellspacing=6>%1</table>").arg(rows));
}

} // namespace inkboard::app
