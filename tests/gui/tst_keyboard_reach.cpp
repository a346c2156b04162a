// SPDX-License-Identifier: Apache-2.0
// Every control of the window can be reached and used without a mouse (issue 19): what the
// toolbar offers is also in a menu (Alt and the mnemonics) or has a key, every dock can be
// shown from a menu, and the focus gets out of the canvas.
#include "app_window_fixture.h"
#include "canvas_view.h"

#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTemporaryDir>
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

QTEST_MAIN(TestKeyboardReach)
#include "tst_keyboard_reach.moc"
