// SPDX-License-Identifier: Apache-2.0
// Every control of the window can be reached and used without a mouse (issue 19): what the
// toolbar offers is also in a menu (Alt and the mnemonics) or has a key, every dock can be
// shown from a menu, and the focus gets out of the canvas.
#include "app_window_fixture.h"
#include "canvas_view.h"
#include "client/sync_session.h"

#include <QContextMenuEvent>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QWidgetAction>
#include <QtTest>

using namespace inkboard;
using namespace inkboard::app;

namespace {

void collectMenuActions(const QMenu *menu, QSet<const QAction *> &out)
{
    for (QAction *a : menu->actions()) {
        out.insert(a);
        if (a->menu())
            collectMenuActions(a->menu(), out);
    }
}

QSet<const QAction *> menuActions(const QMainWindow *window)
{
    QSet<const QAction *> out;
    for (QAction *a : window->menuBar()->actions()) {
        if (a->menu())
            collectMenuActions(a->menu(), out);
    }
    return out;
}

QString nameOf(const QAction *a)
{
    return a->objectName().isEmpty() ? a->text() : a->objectName();
}

} // namespace

class TestKeyboardReach : public QObject
{
    Q_OBJECT
private slots:
    void everyToolbarActionIsInAMenuOrHasAKey();
    void everyDockCanBeShownFromTheViewMenu();
    void theFocusLeavesTheCanvas();
    void rightClickSelectsAndOffersTheEditActions();
    void theMenuKeyOpensTheMenuOnTheSelection();
};

void TestKeyboardReach::everyToolbarActionIsInAMenuOrHasAKey()
{
    QTemporaryDir dir;
    testing::AppWindowFixture w(dir.path());
    const QSet<const QAction *> inMenus = menuActions(w.window);
    QStringList unreachable;
    int checked = 0;
    for (QToolBar *bar : w.window->findChildren<QToolBar *>()) {
        for (QAction *a : bar->actions()) {
            if (a->isSeparator() || !a->isVisible() || qobject_cast<QWidgetAction *>(a))
                continue;
            ++checked;
            bool reachable = inMenus.contains(a) || !a->shortcut().isEmpty();
            // A button with a menu (the shapes): its menu's actions are what it offers.
            if (a->menu()) {
                reachable = true;
                for (QAction *inner : a->menu()->actions())
                    if (!inner->isSeparator() && !inMenus.contains(inner) &&
                        inner->shortcut().isEmpty())
                        reachable = false;
            }
            if (!reachable)
                unreachable << nameOf(a);
        }
    }
    QVERIFY(checked >= 15);
    QVERIFY2(unreachable.isEmpty(), qPrintable(unreachable.join(QStringLiteral(", "))));
}

void TestKeyboardReach::everyDockCanBeShownFromTheViewMenu()
{
    QTemporaryDir dir;
    testing::AppWindowFixture w(dir.path());
    const QSet<const QAction *> inMenus = menuActions(w.window);
    const QList<QDockWidget *> docks = w.window->findChildren<QDockWidget *>();
    QVERIFY(!docks.isEmpty());
    for (QDockWidget *dock : docks) {
        // Either its own toggle or an action of ours that shows it is in a menu.
        bool shown = inMenus.contains(dock->toggleViewAction());
        if (!shown) {
            dock->hide();
            for (const QAction *a : inMenus) {
                if (a->menu() || a->isSeparator() || !a->isEnabled() || !a->isCheckable())
                    continue;
                const bool was = a->isChecked();
                const_cast<QAction *>(a)->trigger();
                shown = dock->isVisible();
                if (a->isChecked() != was)
                    const_cast<QAction *>(a)->trigger();
                if (shown)
                    break;
            }
        }
        QVERIFY2(shown, qPrintable(dock->objectName() + QStringLiteral(" cannot be shown")));
    }
}

void TestKeyboardReach::theFocusLeavesTheCanvas()
{
    QTemporaryDir dir;
    testing::AppWindowFixture w(dir.path());
    QApplication::setActiveWindow(w.window);
    QVERIFY(QTest::qWaitForWindowActive(w.window));
    canvas::CanvasView *c = w.window->canvas();
    c->setFocus();
    QVERIFY(c->hasFocus());
    QTest::keyClick(c, Qt::Key_Tab, Qt::ControlModifier);
    QWidget *now = QApplication::focusWidget();
    QVERIFY(now);
    QVERIFY(now != c);
    QVERIFY(w.window->isAncestorOf(now));
}

namespace {

// Opens the canvas's context menu with `event` and returns the object names of its actions
// (and the menu's place), closing it again.
// The letter after a lone '&' of each text that has one, and those that share theirs.
QStringList mnemonicClashes(const QStringList &texts)
{
    QHash<QChar, QString> seen;
    QStringList clashes;
    for (const QString &t : texts) {
        const qsizetype at = t.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
        if (at < 0)
            continue;
        const QChar key = t.at(at + 1).toLower();
        if (seen.contains(key))
            clashes << seen.value(key) + QStringLiteral(" / ") + t;
        seen.insert(key, t);
    }
    return clashes;
}

QStringList contextMenuOf(canvas::CanvasView *c, QContextMenuEvent &event, QPoint *at = nullptr)
{
    QStringList names;
    QStringList texts;
    QTimer::singleShot(0, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *a : menu->actions()) {
            if (a->isSeparator())
                continue;
            names << (a->objectName().isEmpty() ? a->text() : a->objectName());
            texts << a->text();
        }
        // Each letter reaches one item: the menu is used from the keyboard too.
        if (const QStringList clashes = mnemonicClashes(texts); !clashes.isEmpty())
            names << QStringLiteral("clash: ") + clashes.join(QStringLiteral(", "));
        if (at)
            *at = menu->pos();
        menu->close();
    });
    QCoreApplication::sendEvent(c, &event);
    return names;
}

void addRect(testing::AppWindowFixture &w, const QString &id, int x)
{
    QVERIFY(
        w.window->session()->submit({Op::create(id + QStringLiteral("-op"), id, ObjectType::Rect,
                                                {{"x", x},
                                                 {"y", 100},
                                                 {"w", 100},
                                                 {"h", 80},
                                                 {"fill_color", "#ffe08aff"},
                                                 {"z", QStringLiteral("a") + id}})}));
}

} // namespace

void TestKeyboardReach::rightClickSelectsAndOffersTheEditActions()
{
    QTemporaryDir dir;
    testing::AppWindowFixture w(dir.path());
    addRect(w, QStringLiteral("r1"), 100);
    addRect(w, QStringLiteral("r2"), 400);
    canvas::CanvasView *c = w.window->canvas();
    c->setView(1.0, QPointF(0, 0));
    c->setSelection({QStringLiteral("r2")});

    const QPoint onR1 = c->canvasToWidget(QPointF(150, 140)).toPoint();
    QContextMenuEvent click(QContextMenuEvent::Mouse, onR1, c->mapToGlobal(onR1));
    const QStringList onObject = contextMenuOf(c, click);
    QCOMPARE(c->selection(), QSet<QString>{QStringLiteral("r1")}); // selected first
    for (const char *name :
         {"edit.cut", "edit.copy", "edit.delete", "edit.front", "edit.lock", "edit.group"})
        QVERIFY2(onObject.contains(QLatin1String(name)), qPrintable(onObject.join(u' ')));
    QVERIFY2(!onObject.join(u' ').contains(QLatin1String("clash:")),
             qPrintable(onObject.join(u' ')));
    QVERIFY(onObject.contains(QStringLiteral("contextComment")));

    // Chosen from the menu, an action acts on what the right-click selected.
    QTimer::singleShot(0, [] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        for (QAction *a : menu ? menu->actions() : QList<QAction *>{})
            if (a->objectName() == QLatin1String("edit.delete")) {
                menu->close();
                a->trigger();
            }
    });
    QContextMenuEvent again(QContextMenuEvent::Mouse, onR1, c->mapToGlobal(onR1));
    QCoreApplication::sendEvent(c, &again);
    QVERIFY(!w.window->session()->replica().visible().contains(QStringLiteral("r1")));
    QVERIFY(w.window->session()->replica().visible().contains(QStringLiteral("r2")));

    // On the empty canvas: the drawing's actions, and the selection cleared.
    const QPoint empty = c->canvasToWidget(QPointF(150, 400)).toPoint();
    QContextMenuEvent onEmpty(QContextMenuEvent::Mouse, empty, c->mapToGlobal(empty));
    const QStringList drawing = contextMenuOf(c, onEmpty);
    QVERIFY(c->selection().isEmpty());
    QVERIFY(drawing.contains(QStringLiteral("edit.paste")));
    QVERIFY(drawing.contains(QStringLiteral("edit.selectAll")));
    QVERIFY(!drawing.contains(QStringLiteral("edit.delete")));
    QVERIFY2(!drawing.join(u' ').contains(QLatin1String("clash:")), qPrintable(drawing.join(u' ')));
}

void TestKeyboardReach::theMenuKeyOpensTheMenuOnTheSelection()
{
    QTemporaryDir dir;
    testing::AppWindowFixture w(dir.path());
    addRect(w, QStringLiteral("r1"), 100);
    canvas::CanvasView *c = w.window->canvas();
    c->setView(1.0, QPointF(0, 0));
    c->setSelection({QStringLiteral("r1")});
    // The Menu key and Shift+F10 arrive as a keyboard context-menu event at the focus.
    QContextMenuEvent key(QContextMenuEvent::Keyboard, QPoint(0, 0), c->mapToGlobal(QPoint(0, 0)));
    QPoint at;
    const QStringList names = contextMenuOf(c, key, &at);
    QVERIFY(names.contains(QStringLiteral("edit.delete")));
    QCOMPARE(c->selection(), QSet<QString>{QStringLiteral("r1")});
    // On the selection's middle, not the corner the event names.
    const QPoint middle = c->mapToGlobal(c->canvasToWidget(QPointF(150, 140)).toPoint());
    QVERIFY2((at - middle).manhattanLength() < 4,
             qPrintable(QStringLiteral("%1,%2").arg(at.x()).arg(at.y())));
}

QTEST_MAIN(TestKeyboardReach)
#include "tst_keyboard_reach.moc"
