// SPDX-License-Identifier: Apache-2.0
// The lock audit: a locked object beside an unlocked one in the selection, and every command
// and tool of the canvas run on them. Nothing but unlocking may write to the locked object;
// the unlocked one still takes each edit (so the test sees the commands run at all).
#include "canvas_fixture.h"

#include <QMimeData>

using namespace inkboard;
using namespace inkboard::canvas;
using namespace inkboard::canvas::testing;

namespace {

constexpr const char *kLocked = "L";
constexpr const char *kFree = "U";

struct LockFixture : CanvasFixture
{
    QJsonObject lockedBefore;

    LockFixture()
    {
        Object locked = rect(kLocked, 100, 100, 100, 80, "a0");
        locked.props.insert("locked", true);
        seed(locked);
        seed(rect(kFree, 300, 100, 100, 80, "a1"));
        seed(rect("V", 500, 300, 60, 60, "a2"));
        lockedBefore = doc().find(kLocked)->props;
    }

    void selectBoth() { view.setSelection({kLocked, kFree}); }

    // Whether any op since `from` wrote to the locked object, and whether any touched U.
    bool touchedLocked(qsizetype from) const
    {
        for (qsizetype i = from; i < requested.size(); ++i) {
            for (const Op &op : requested[i]) {
                if (op.id == QLatin1String(kLocked))
                    return true;
            }
        }
        return false;
    }
    bool touchedFree(qsizetype from) const
    {
        for (qsizetype i = from; i < requested.size(); ++i) {
            for (const Op &op : requested[i]) {
                if (op.id == QLatin1String(kFree))
                    return true;
            }
        }
        return false;
    }
};

} // namespace

class TestCanvasLock : public QObject
{
    Q_OBJECT

private slots:
    void commandsLeaveTheLockedObjectAlone_data()
    {
        QTest::addColumn<int>("which");
        const char *names[] = {"nudge", "align",  "distribute", "forward",     "backward",
                               "front", "back",   "restyle",    "paste style", "shape",
                               "group", "delete", "cut"};
        for (int i = 0; i < int(std::size(names)); ++i)
            QTest::newRow(names[i]) << i;
    }

    void commandsLeaveTheLockedObjectAlone()
    {
        QFETCH(int, which);
        LockFixture f;
        f.selectBoth();
        if (which == 2) // distribute needs three
            f.view.setSelection({kLocked, kFree, "V"});
        const qsizetype from = f.requested.size();
        Style red = f.view.style();
        red.fillColor = QColor(0, 0, 255);
        switch (which) {
        case 0:
            f.view.nudge({10, 0});
            break;
        case 1:
            f.view.align(commands::Align::Bottom);
            break;
        case 2:
            f.view.setSelection({kLocked, kFree, "V"});
            f.view.distribute(commands::Axis::Vertical);
            break;
        case 3:
            f.view.bringForward();
            break;
        case 4:
            f.view.sendBackward();
            break;
        case 5:
            f.view.bringToFront();
            break;
        case 6:
            f.view.sendToBack();
            break;
        case 7:
            f.view.setStyle(red);
            break;
        case 8:
            f.view.setSelection({"V"});
            f.view.setStyle(red);
            f.view.copyStyle();
            f.selectBoth();
            f.view.pasteStyle();
            break;
        case 9:
            f.view.setShapeOfSelection(QStringLiteral("diamond"));
            break;
        case 10:
            f.view.setSelection({kLocked, kFree, "V"});
            f.view.groupSelection();
            break;
        case 11:
            f.view.deleteSelection();
            break;
        case 12:
            f.view.cut();
            break;
        }
        QVERIFY2(!f.touchedLocked(from), "an op wrote to the locked object");
        if (which != 1 && which != 2) // aligning against a locked one may leave U in place
            QVERIFY2(f.touchedFree(from), "the command did nothing at all");
        QCOMPARE(f.doc().find(kLocked)->props, f.lockedBefore);
    }

    void toolsLeaveTheLockedObjectAlone()
    {
        LockFixture f;
        // A drag on it moves nothing; its handles neither resize nor rotate it.
        f.view.setSelection({kLocked});
        f.drag(QPointF(150, 140), QPointF(250, 240));
        f.view.setSelection({kLocked});
        f.drag(QPointF(200, 180), QPointF(260, 260)); // the bottom-right handle
        // A marquee around it leaves it out.
        f.view.clearSelection();
        f.drag(QPointF(50, 50), QPointF(450, 250));
        QCOMPARE(f.view.selection(), QSet<QString>{kFree});
        // A double-click or Enter does not edit its label; the eraser passes over it.
        f.view.clearSelection();
        QTest::mouseDClick(&f.view, Qt::LeftButton, {}, QPoint(150, 140));
        QVERIFY(!f.view.isEditingText());
        f.view.setSelection({kLocked});
        QVERIFY(!f.view.editSelectedText());
        f.view.setTool(ToolKind::Eraser);
        f.drag(QPointF(90, 140), QPointF(420, 140));
        QVERIFY(!f.doc().find(kFree)); // the eraser did run
        QVERIFY2(!f.touchedLocked(0), "a tool wrote to the locked object");
        QCOMPARE(f.doc().find(kLocked)->props, f.lockedBefore);
    }

    void unlockingIsTheOneEditItTakes()
    {
        LockFixture f;
        f.view.setSelection({kLocked});
        f.view.toggleLock();
        QVERIFY(!f.doc().find(kLocked)->props.contains("locked"));
        f.view.nudge({10, 0});
        QCOMPARE(f.doc().find(kLocked)->number(QLatin1String("x")), 110.0);
    }
};

QTEST_MAIN(TestCanvasLock)
#include "tst_canvas_lock.moc"
