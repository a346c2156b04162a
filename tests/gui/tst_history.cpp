// SPDX-License-Identifier: Apache-2.0
// The History panel (issue 16) in the real window: the timeline with its summaries, the
// scrubber showing the past read-only, Escape back to now, restore of the drawing or of a
// selection as one undo step, copy out of the past, and who changed an object.
#include "app_context.h"
#include "app_window_fixture.h"
#include "client/sync_session.h"
#include "command_line.h"
#include "history/history_model.h"
#include "history/history_panel.h"
#include "history/history_source.h"
#include "history/past_view.h"
#include "main_window.h"
#include "op_target.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QJsonDocument>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace inkboard;
using namespace inkboard::app;

namespace {

struct Window : testing::AppWindowFixture
{
    using AppWindowFixture::AppWindowFixture;
    history::HistoryPanel *panel() const { return window->historyPanel(); }
    const Document &live() const { return window->session()->replica().visible(); }
    // One gesture's ops through the canvas (its undo history, the session), committed by the
    // local echo before this returns.
    void edit(const OpList &ops)
    {
        const qint64 before = window->session()->replica().confirmedRevision();
        canvas()->requestOps(ops, QStringLiteral("test"));
        QTRY_COMPARE(window->session()->replica().confirmedRevision(), before + 1);
    }
    void openPanel()
    {
        // The shortcut is the window's: it must be the active one.
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        QTest::keyClick(window, Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(window->findChild<QDockWidget *>(QStringLiteral("historyDock"))->isVisible());
    }
};

QJsonObject box(double x, double y)
{
    return {{"x", x}, {"y", y}, {"w", 40}, {"h", 30}};
}

Op createRect(const QString &id, double x)
{
    return Op::create(canvas::newId(), id, ObjectType::Rect, box(x, 0));
}

QByteArray dump(const Document &d)
{
    return QJsonDocument(d.toJson()).toJson(QJsonDocument::Compact);
}

// The three revisions every test starts from: 1 adds a, b and a note; 2 moves a and b;
// 3 restyles a.
void drawThreeRevisions(Window &w)
{
    QJsonObject note = box(200, 0);
    note.insert("shape", "note");
    note.insert("label", "Ship it");
    w.edit({createRect("a", 0), createRect("b", 100),
            Op::create(canvas::newId(), "n", ObjectType::Rect, note)});
    w.edit({Op::update(canvas::newId(), "a", {{"x", 10}, {"y", 10}}),
            Op::update(canvas::newId(), "b", {{"x", 110}, {"y", 10}})});
    w.edit({Op::update(canvas::newId(), "a", {{"stroke_color", "#ff0000ff"}})});
}

QString rowText(const Window &w, qint64 revision)
{
    history::HistoryModel *m = w.panel()->model();
    return m->index(m->rowOf(revision)).data().toString();
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void panelListsRevisionsNewestFirstWithSummaries();
    void scrubberShowsThePastReadOnlyAndEscapeReturns();
    void editsArriveInTheOpenPanel();
    void restoreSelectionIsOneUndoStepAndKeepsLaterObjects();
    void restoreSelectionFromTheKeyboard();
    void restoreDrawingAsksFirst();
    void copyOutOfThePastPastesIntoNow();
    void whoChangedThisListsTheObjectsEditsAndJumps();
    void theLogSurvivesReopening();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestHistory::panelListsRevisionsNewestFirstWithSummaries()
{
    Window w(m_dir->path());
    drawThreeRevisions(w);
    w.openPanel();
    history::HistoryModel *m = w.panel()->model();
    QTRY_COMPARE(m->rowCount(), 4); // one session of activity: its header and three commits
    QVERIFY(m->index(0).data(history::HistoryModel::HeaderRole).toBool());
    QVERIFY(m->index(0).data().toString().contains(QStringLiteral("You")));
    QCOMPARE(m->revisionAt(1), 3);
    QCOMPARE(m->revisionAt(3), 1);
    QVERIFY2(rowText(w, 3).endsWith(QStringLiteral("You restyled a rectangle")),
             qPrintable(rowText(w, 3)));
    QVERIFY2(rowText(w, 2).endsWith(QStringLiteral("You moved 2 rectangles")),
             qPrintable(rowText(w, 2)));
    QVERIFY2(rowText(w, 1).endsWith(QStringLiteral("You added 2 rectangles and a note ‘Ship it’")),
             qPrintable(rowText(w, 1)));
    QVERIFY(m->index(1).data(Qt::DecorationRole).value<QColor>().isValid());
    // The View menu's action toggles it, and hiding it leaves the past.
    QAction *toggle = w.window->action(QStringLiteral("view.history"));
    QVERIFY(toggle && toggle->isChecked());
    // A tab beside the style panel, brought to the front.
    auto *dock = w.window->findChild<QDockWidget *>(QStringLiteral("historyDock"));
    QVERIFY(!dock->visibleRegion().isEmpty());
    QVERIFY(w.panel()->list()->isVisible());
    QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
}

void TestHistory::scrubberShowsThePastReadOnlyAndEscapeReturns()
{
    Window w(m_dir->path());
    drawThreeRevisions(w);
    w.openPanel();
    QSlider *scrubber = w.panel()->scrubber();
    QTRY_COMPARE(scrubber->maximum(), 3);
    QAction *undo = w.window->action(QStringLiteral("edit.undo"));
    QVERIFY(undo->isEnabled());

    // The keyboard: the scrubber steps back one revision at a time.
    scrubber->setFocus();
    QTest::keyClick(scrubber, Qt::Key_Left);
    QVERIFY(w.panel()->isInPast());
    QCOMPARE(w.panel()->shownRevision(), 2);
    QTest::keyClick(scrubber, Qt::Key_Left);
    QCOMPARE(w.panel()->shownRevision(), 1);
    const Document &shown = w.canvas()->visible();
    QVERIFY(&shown != &w.live());
    QCOMPARE(shown.find("a")->number(QLatin1String("x")), 0.0);
    QVERIFY(!shown.find("a")->props.contains("stroke_color"));
    QCOMPARE(w.canvas()->scene().size(), 3);
    // The revision's objects are outlined; nothing can be edited; undo is off.
    QCOMPARE(w.panel()->pastView()->highlighted(), QSet<QString>({"a", "b", "n"}));
    QVERIFY(w.canvas()->isReadOnly());
    QVERIFY(!undo->isEnabled());
    w.canvas()->setSelection({"a"});
    w.canvas()->deleteSelection();
    QVERIFY(w.live().contains("a"));
    // The live drawing has not moved.
    QCOMPARE(w.live().find("a")->number(QLatin1String("x")), 10.0);

    // Dragging: any revision, then back and forth.
    scrubber->setValue(3);
    QCOMPARE(dump(w.canvas()->visible()), dump(w.window->session()->replica().confirmed()));
    scrubber->setValue(0);
    QCOMPARE(w.canvas()->scene().size(), 0);
    scrubber->setValue(2);
    QCOMPARE(w.canvas()->visible().find("b")->number(QLatin1String("x")), 110.0);

    // Escape returns to now, editable, with undo back.
    w.canvas()->setFocus();
    QTest::keyClick(w.canvas(), Qt::Key_Escape);
    QVERIFY(!w.panel()->isInPast());
    QCOMPARE(&w.canvas()->visible(), &w.live());
    QVERIFY(!w.canvas()->isReadOnly());
    QVERIFY(undo->isEnabled());
    QCOMPARE(scrubber->value(), 3);
    // And Escape is the canvas's own again (it clears the selection).
    w.canvas()->setSelection({"a"});
    QTest::keyClick(w.canvas(), Qt::Key_Escape);
    QVERIFY(w.canvas()->selection().isEmpty());
}

void TestHistory::editsArriveInTheOpenPanel()
{
    Window w(m_dir->path());
    drawThreeRevisions(w);
    w.openPanel();
    QTRY_COMPARE(w.panel()->model()->rowCount(), 4);
    w.edit({Op::remove(canvas::newId(), "b")});
    QTRY_COMPARE(w.panel()->scrubber()->maximum(), 4);
    QCOMPARE(w.panel()->model()->revisionAt(1), 4);
    QVERIFY2(rowText(w, 4).endsWith(QStringLiteral("You deleted a rectangle")),
             qPrintable(rowText(w, 4)));
}

void TestHistory::restoreSelectionIsOneUndoStepAndKeepsLaterObjects()
{
    Window w(m_dir->path());
    drawThreeRevisions(w);
    w.edit({createRect("later", 300)}); // revision 4: an object made after the one restored
    w.openPanel();
    QTRY_COMPARE(w.panel()->scrubber()->maximum(), 4);
    QUndoStack *stack = w.window->history()->stack();
    const int steps = stack->count();

    w.panel()->showRevision(1);
    auto *restore = w.panel()->findChild<QPushButton *>(QStringLiteral("historyRestoreSelection"));
    QVERIFY(!restore->isEnabled()); // nothing selected yet
    w.canvas()->setSelection({"a"});
    QVERIFY(restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);

    QVERIFY(!w.panel()->isInPast());
    const Object *a = w.live().find("a");
    QCOMPARE(a->number(QLatin1String("x")), 0.0);
    QVERIFY(!a->props.contains("stroke_color"));
    QCOMPARE(w.live().find("b")->number(QLatin1String("x")), 110.0); // not selected: as now
    QVERIFY(w.live().contains("later"));
    QCOMPARE(w.canvas()->selection(), QSet<QString>({"a"}));
    QCOMPARE(stack->count(), steps + 1);
    // It is committed like any edit: in the log as revision 5, by this user.
    QTRY_COMPARE(w.panel()->scrubber()->maximum(), 5);
    QVERIFY2(rowText(w, 5).contains(QStringLiteral("You")), qPrintable(rowText(w, 5)));

    // One undo brings the present back.
    stack->undo();
    QCOMPARE(w.live().find("a")->number(QLatin1String("x")), 10.0);
    QCOMPARE(w.live().find("a")->string(QLatin1String("stroke_color")),
             QStringLiteral("#ff0000ff"));
}

// Every step without the mouse: the panel, back a revision, select, restore (Alt+L: Alt+S is
// View → Snap to Objects), undo.
void TestHistory::restoreSelectionFromTheKeyboard()
{
    Window w(m_dir->path());
    drawThreeRevisions(w);
    w.openPanel();
    QTRY_COMPARE(w.panel()->scrubber()->maximum(), 3);
    w.panel()->scrubber()->setFocus();
    QTest::keyClick(w.panel()->scrubber(), Qt::Key_Left);
    QTest::keyClick(w.panel()->scrubber(), Qt::Key_Left);
    QCOMPARE(w.panel()->shownRevision(), 1);
    w.canvas()->setFocus();
    w.canvas()->setSelection({"b"});
    QTest::keyClick(w.window, Qt::Key_L, Qt::AltModifier);
    // A mnemonic clicks the button a moment later (animateClick).
    QTRY_VERIFY(!w.panel()->isInPast());
    QCOMPARE(w.live().find("b")->number(QLatin1String("x")), 100.0);
    QCOMPARE(w.live().find("a")->number(QLatin1String("x")), 10.0);
    QTest::keyClick(w.canvas(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w.live().find("b")->number(QLatin1String("x")), 110.0);
}

void TestHistory::restoreDrawingAsksFirst()
{
    Window w(m_dir->path());
    drawThreeRevisions(w);
    w.edit({createRect("later", 300)});
    w.openPanel();
    QTRY_COMPARE(w.panel()->scrubber()->maximum(), 4);
    const QByteArray now = dump(w.live());

    auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QCOMPARE(box->objectName(), QStringLiteral("historyRestoreQuestion"));
            QTest::mouseClick(box->button(button), Qt::LeftButton);
        });
    };
    w.panel()->showRevision(1);
    answer(QMessageBox::Cancel);
    w.panel()->restoreDrawing();
    QVERIFY(w.panel()->isInPast());
    QCOMPARE(dump(w.live()), now);

    const Document then = w.canvas()->visible();
    answer(QMessageBox::Yes);
    QTest::mouseClick(w.panel()->findChild<QPushButton *>(QStringLiteral("historyRestoreAll")),
                      Qt::LeftButton);
    QVERIFY(!w.panel()->isInPast());
    QCOMPARE(dump(w.live()), dump(then)); // "later" is gone: the whole drawing as it was
    w.window->history()->stack()->undo();
    QCOMPARE(dump(w.live()), now);
}

void TestHistory::copyOutOfThePastPastesIntoNow()
{
    Window w(m_dir->path());
    drawThreeRevisions(w);
    w.edit({Op::remove(canvas::newId(), "n")});
    w.openPanel();
    QTRY_COMPARE(w.panel()->scrubber()->maximum(), 4);
    w.panel()->showRevision(1);
    w.canvas()->setSelection({"n"});
    QTest::keyClick(w.canvas(), Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(w.canvas(), Qt::Key_Escape);
    QVERIFY(!w.panel()->isInPast());
    const qsizetype before = w.live().size();
    QTest::keyClick(w.canvas(), Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(w.live().size(), before + 1);
    bool found = false;
    for (const Object &o : w.live().objects())
        found = found || o.string(QLatin1String("label")) == QStringLiteral("Ship it");
    QVERIFY(found);
    QVERIFY(!w.live().contains("n")); // a copy with a new id, the deleted one stays deleted
}

void TestHistory::whoChangedThisListsTheObjectsEditsAndJumps()
{
    Window w(m_dir->path());
    drawThreeRevisions(w);
    w.openPanel();
    QTRY_COMPARE(w.panel()->scrubber()->maximum(), 3);
    QListWidget *who = w.panel()->objectHistoryList();
    w.canvas()->setSelection({"a"});
    QCOMPARE(who->count(), 3);
    QVERIFY2(who->item(0)->text().startsWith(QStringLiteral("Restyled by You")),
             qPrintable(who->item(0)->text()));
    QVERIFY(who->item(1)->text().startsWith(QStringLiteral("Moved by You")));
    QVERIFY(who->item(2)->text().startsWith(QStringLiteral("Created by You")));
    w.canvas()->setSelection({"n"});
    QCOMPARE(who->count(), 1);
    // Enter on an edit shows the drawing at its revision.
    w.canvas()->setSelection({"a"});
    who->setFocus();
    who->setCurrentRow(1);
    QTest::keyClick(who, Qt::Key_Return);
    QVERIFY(w.panel()->isInPast());
    QCOMPARE(w.panel()->shownRevision(), 2);
}

void TestHistory::theLogSurvivesReopening()
{
    {
        Window w(m_dir->path());
        drawThreeRevisions(w);
    }
    Window w(m_dir->path());
    w.openPanel();
    QTRY_COMPARE(w.panel()->scrubber()->maximum(), 3);
    w.panel()->showRevision(2);
    QCOMPARE(w.canvas()->visible().find("a")->number(QLatin1String("x")), 10.0);
}

QTEST_MAIN(TestHistory)
#include "tst_history.moc"
