// SPDX-License-Identifier: Apache-2.0
// Groups in the real canvas widget: a click selects the outermost group, double-clicks go
// in a level at a time, Escape comes back out, a click elsewhere leaves; the marquee takes
// whole groups and skips locked objects; a drag moves the whole group in one undo step;
// Ctrl+G / Ctrl+Shift+G are one undo step each and leave a peer's later change alone; copy
// and paste make a new group.
#include "canvas_fixture.h"
#include "grouping.h"

#include <QMimeData>

using namespace inkboard;
using namespace inkboard::canvas;
using namespace inkboard::canvas::testing;

namespace {

Object grouped(const QString &id, double x, double y, const QStringList &groups, const QString &z)
{
    Object o = CanvasFixture::rect(id, x, y, 60, 60, z);
    o.props.insert("group", groups.first());
    o.props.insert("groups", QJsonArray::fromStringList(groups));
    return o;
}

// a and b in outer/inner, c in outer only, d on its own.
void seedNested(CanvasFixture &f)
{
    f.seed(grouped("a", 100, 100, {"outer", "inner"}, "a0"));
    f.seed(grouped("b", 200, 100, {"outer", "inner"}, "a1"));
    f.seed(grouped("c", 100, 250, {"outer"}, "a2"));
    f.seed(CanvasFixture::rect("d", 500, 400, 60, 60, "a3"));
}

using Ids = QSet<QString>;

} // namespace

class TestCanvasGroups : public QObject
{
    Q_OBJECT

private slots:
    void clicksAndDoubleClicksWalkTheNesting()
    {
        CanvasFixture f;
        seedNested(f);
        f.click(QPointF(130, 130));
        QCOMPARE(f.view.selection(), (Ids{"a", "b", "c"}));
        QTest::mouseDClick(&f.view, Qt::LeftButton, {}, QPoint(130, 130));
        QCOMPARE(f.view.enteredGroups(), QStringList{"outer"});
        QCOMPARE(f.view.selection(), (Ids{"a", "b"}));
        // Inside outer, a click on c selects c alone (it is in no group below outer).
        f.click(QPointF(130, 280));
        QCOMPARE(f.view.selection(), Ids{"c"});
        f.click(QPointF(230, 130));
        QCOMPARE(f.view.selection(), (Ids{"a", "b"}));
        QTest::mouseDClick(&f.view, Qt::LeftButton, {}, QPoint(130, 130));
        QCOMPARE(f.view.enteredGroups(), (QStringList{"outer", "inner"}));
        QCOMPARE(f.view.selection(), Ids{"a"});

        QTest::keyClick(&f.view, Qt::Key_Escape);
        QCOMPARE(f.view.selection(), (Ids{"a", "b"}));
        QCOMPARE(f.view.enteredGroups(), QStringList{"outer"});
        QTest::keyClick(&f.view, Qt::Key_Escape);
        QCOMPARE(f.view.selection(), (Ids{"a", "b", "c"}));
        QVERIFY(f.view.enteredGroups().isEmpty());
        QTest::keyClick(&f.view, Qt::Key_Escape);
        QVERIFY(f.view.selection().isEmpty());
    }

    void aClickOutsideLeavesTheGroup()
    {
        CanvasFixture f;
        seedNested(f);
        f.click(QPointF(130, 130));
        QTest::mouseDClick(&f.view, Qt::LeftButton, {}, QPoint(130, 130));
        QCOMPARE(f.view.enteredGroups(), QStringList{"outer"});
        f.click(QPointF(530, 430)); // d
        QVERIFY(f.view.enteredGroups().isEmpty());
        QCOMPARE(f.view.selection(), Ids{"d"});
        QTest::mouseDClick(&f.view, Qt::LeftButton, {}, QPoint(130, 130));
        f.click(QPointF(700, 50)); // the empty canvas
        QVERIFY(f.view.enteredGroups().isEmpty());
        QVERIFY(f.view.selection().isEmpty());
    }

    void shiftClickAddsAndRemovesWholeGroups()
    {
        CanvasFixture f;
        seedNested(f);
        f.click(QPointF(530, 430));
        f.click(QPointF(130, 280), Qt::ShiftModifier);
        QCOMPARE(f.view.selection(), (Ids{"a", "b", "c", "d"}));
        f.click(QPointF(230, 130), Qt::ShiftModifier);
        QCOMPARE(f.view.selection(), Ids{"d"});
    }

    void marqueeTakesWholeGroupsAndSkipsLocked()
    {
        CanvasFixture f;
        seedNested(f);
        Object locked = CanvasFixture::rect("l", 600, 400, 60, 60, "a4");
        locked.props.insert("locked", true);
        f.seed(locked);
        // Around a and b, not c: the outer group is not covered, so not taken.
        f.drag(QPointF(90, 90), QPointF(280, 200));
        QVERIFY(f.view.selection().isEmpty());
        // Around everything: the group and d, not the locked l.
        f.drag(QPointF(90, 90), QPointF(700, 480));
        QCOMPARE(f.view.selection(), (Ids{"a", "b", "c", "d"}));
    }

    void aDragMovesTheGroupInOneUndoStep()
    {
        CanvasFixture f;
        seedNested(f);
        f.drag(QPointF(130, 130), QPointF(180, 150));
        for (const auto &[id, x] : {std::pair{"a", 150.0}, {"b", 250.0}, {"c", 150.0}})
            QCOMPARE(f.doc().find(id)->number(QLatin1String("x")), x);
        QCOMPARE(f.doc().find("d")->number(QLatin1String("x")), 500.0);
        QCOMPARE(f.history.stack()->count(), 1);
        f.history.stack()->undo();
        QCOMPARE(f.doc().find("b")->number(QLatin1String("x")), 200.0);
    }

    void groupAndUngroupAreOneUndoStepEach()
    {
        CanvasFixture f;
        f.seed(CanvasFixture::rect("p", 100, 100, 60, 60, "a0"));
        f.seed(CanvasFixture::rect("q", 300, 100, 60, 60, "a1"));
        f.view.setSelection({"p", "q"});
        f.view.groupSelection();
        const QStringList path = groupPath(*f.doc().find("p"));
        QCOMPARE(path.size(), 1);
        QCOMPARE(groupPath(*f.doc().find("q")), path);
        QCOMPARE(f.history.stack()->count(), 1);
        f.view.clearSelection();
        f.click(QPointF(130, 130));
        QCOMPARE(f.view.selection(), (Ids{"p", "q"}));

        // A peer recolours q after the grouping; undoing the group keeps the colour.
        f.target.applyRemote({Op::update(newId(), "q", {{"fill_color", "#00ff00ff"}})});
        f.history.stack()->undo();
        QVERIFY(groupPath(*f.doc().find("p")).isEmpty());
        QVERIFY(groupPath(*f.doc().find("q")).isEmpty());
        QCOMPARE(f.doc().find("q")->props.value("fill_color").toString(), QString("#00ff00ff"));
        f.history.stack()->redo();
        QCOMPARE(groupPath(*f.doc().find("q")), path);

        f.view.setSelection({"p", "q"});
        f.view.ungroupSelection();
        QVERIFY(groupPath(*f.doc().find("p")).isEmpty());
        QCOMPARE(f.history.stack()->count(), 2);
        f.history.stack()->undo();
        QCOMPARE(groupPath(*f.doc().find("p")), path);
    }

    void groupingOneThingSaysWhy()
    {
        CanvasFixture f;
        f.seed(CanvasFixture::rect("p", 100, 100, 60, 60, "a0"));
        QSignalSpy messages(&f.view, &CanvasView::message);
        f.view.setSelection({"p"});
        f.view.groupSelection();
        QCOMPARE(messages.size(), 1);
        f.view.ungroupSelection();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(f.history.stack()->count(), 0);
    }

    void copyAndPasteMakeANewGroup()
    {
        CanvasFixture f;
        seedNested(f);
        f.click(QPointF(130, 130));
        std::unique_ptr<QMimeData> mime(f.view.mimeDataForSelection());
        QVERIFY(f.view.pasteMimeData(mime.get(), QPointF(400, 100)));
        const Ids pasted = f.view.selection();
        QCOMPARE(pasted.size(), 3);
        QString outer;
        for (const QString &id : pasted) {
            const QStringList path = groupPath(*f.doc().find(id));
            QVERIFY(!path.isEmpty());
            QVERIFY(path.first() != "outer");
            if (outer.isEmpty())
                outer = path.first();
            QCOMPARE(path.first(), outer);
        }
        // A click on one pasted object selects the pasted group, not the original.
        const Object *one = f.doc().find(*pasted.cbegin());
        const QPointF at(one->number(QLatin1String("x")) + 30,
                         one->number(QLatin1String("y")) + 30);
        f.view.clearSelection();
        f.click(at);
        QCOMPARE(f.view.selection(), pasted);
    }

    void aPeerDissolvingTheEnteredGroupLeavesIt()
    {
        CanvasFixture f;
        seedNested(f);
        f.click(QPointF(130, 130));
        QTest::mouseDClick(&f.view, Qt::LeftButton, {}, QPoint(130, 130));
        QCOMPARE(f.view.enteredGroups(), QStringList{"outer"});
        OpList ops;
        for (const char *id : {"a", "b", "c"})
            ops.append(Op::update(newId(), id, groupProps({})));
        f.target.applyRemote(ops);
        QVERIFY(f.view.enteredGroups().isEmpty());
    }
};

QTEST_MAIN(TestCanvasGroups)
#include "tst_canvas_groups.moc"
