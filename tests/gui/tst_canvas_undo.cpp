// SPDX-License-Identifier: Apache-2.0
// Undo and redo of this user's own edits (EditHistory over QUndoStack): round trips of every
// kind of gesture, one step per gesture, and never reverting a peer's later change.
#include "canvas_fixture.h"

using namespace inkboard;
using namespace inkboard::canvas;
using namespace inkboard::canvas::testing;

class TestCanvasUndo : public QObject
{
    Q_OBJECT
private slots:
    void undoRedoRoundTrips_data();
    void undoRedoRoundTrips();
    void oneStepPerGesture();
    void copyAndPasteStyleIsOneStep();
    void undoLeavesPeersLaterValueOfTheSameProp();
    void restoredStepsUndoAsBeforeAndRespectPeers();
    void theStackKeepsTheLastFiveHundredSteps();
    void undoRestoresOnlyOwnPropsBesidePeersEdit();
    void undoOfCreateDeletesEvenAfterPeerEdit();
    void undoOfDeleteRecreatesWithSameId();
    void redoAfterPeerEditSkipsChangedProps();
    void undoIsComputedFromVisibleStateBeforeEdit();
    void refusedEditLeavesNoUndoStep();
    void canvasPerformsThroughItsOwnHistory();
};

void TestCanvasUndo::undoRedoRoundTrips_data()
{
    QTest::addColumn<QString>("gesture");
    QTest::newRow("create by the rect tool") << "create";
    QTest::newRow("move by dragging") << "move";
    QTest::newRow("resize by a handle") << "resize";
    QTest::newRow("rotate by the handle") << "rotate";
    QTest::newRow("restyle from the style") << "style";
    QTest::newRow("delete by the key") << "delete";
    QTest::newRow("reorder to front") << "front";
    QTest::newRow("one step forward") << "forward";
    QTest::newRow("align left") << "align";
    QTest::newRow("distribute") << "distribute";
    QTest::newRow("lock") << "lock";
    QTest::newRow("erase a stroke") << "erase";
    QTest::newRow("paste") << "paste";
}

void TestCanvasUndo::undoRedoRoundTrips()
{
    QFETCH(QString, gesture);
    CanvasFixture f;
    f.seed(CanvasFixture::rect("r", 100, 100, 100, 80, "a0"));
    f.seed(CanvasFixture::rect("s", 400, 300, 50, 50, "a1"));
    f.seed(Object{
        "k", ObjectType::Stroke,
        QJsonObject{{"x", 600}, {"y", 100}, {"points", QJsonArray{0, 0, 0.5, 0, 100, 0.5}}}});
    const Document before = f.doc();
    if (gesture == "create") {
        QTest::keyClick(&f.view, 'r');
        f.drag(QPointF(300, 400), QPointF(350, 450));
    } else if (gesture == "move") {
        f.drag(QPointF(150, 140), QPointF(180, 200));
    } else if (gesture == "resize") {
        f.view.setSelection({"r"});
        f.drag(QPointF(200, 180), QPointF(260, 230));
    } else if (gesture == "rotate") {
        f.view.setSelection({"r"});
        f.drag(QPointF(150, 76), QPointF(214, 140));
    } else if (gesture == "style") {
        f.view.setSelection({"r", "s"});
        Style s = f.view.style();
        s.fillColor = QColor(0xa5, 0xd8, 0xff);
        s.strokeWidth = 8;
        f.view.setStyle(s);
    } else if (gesture == "delete") {
        f.view.setSelection({"r", "s"});
        QTest::keyClick(&f.view, Qt::Key_Delete);
    } else if (gesture == "front") {
        f.view.setSelection({"r"});
        f.view.bringToFront();
    } else if (gesture == "forward") {
        f.view.setSelection({"r"});
        f.view.bringForward();
    } else if (gesture == "align") {
        f.view.setSelection({"r", "s"});
        f.view.align(commands::Align::Left);
    } else if (gesture == "distribute") {
        f.view.setSelection({"r", "s", "k"});
        f.view.distribute(commands::Axis::Vertical);
    } else if (gesture == "lock") {
        f.view.setSelection({"r"});
        f.view.toggleLock();
    } else if (gesture == "erase") {
        QTest::keyClick(&f.view, 'e');
        f.drag(QPointF(580, 150), QPointF(620, 150));
    } else if (gesture == "paste") {
        f.view.setSelection({"r", "s"});
        f.view.copy();
        f.view.paste();
    }
    QCOMPARE(f.requested.size(), 1);
    const Document after = f.doc();
    QVERIFY(!(after == before));
    QCOMPARE(f.history.stack()->count(), 1);
    f.history.stack()->undo();
    QCOMPARE(f.doc(), before);
    f.history.stack()->redo();
    QCOMPARE(f.doc(), after);
    f.history.stack()->undo();
    QCOMPARE(f.doc(), before);
}

void TestCanvasUndo::oneStepPerGesture()
{
    CanvasFixture f;
    QTest::keyClick(&f.view, 'p');
    f.drag(QPointF(100, 100), QPointF(200, 200), {}, 30); // 30 moves, one stroke
    f.drag(QPointF(300, 100), QPointF(400, 200), {}, 30);
    QCOMPARE(f.history.stack()->count(), 2);
    QCOMPARE(f.doc().size(), 2);
    f.history.stack()->undo();
    QCOMPARE(f.doc().size(), 1);
}

void TestCanvasUndo::copyAndPasteStyleIsOneStep()
{
    CanvasFixture f;
    Object from = CanvasFixture::rect("from", 0, 0, 50, 50);
    from.props.insert("stroke_color", "#2f9e44ff");
    from.props.insert("stroke_width", 7);
    f.seed(from);
    f.seed(CanvasFixture::rect("a", 100, 0, 50, 50));
    f.seed(CanvasFixture::rect("b", 200, 0, 50, 50));
    QVERIFY(!f.view.hasCopiedStyle());
    f.view.pasteStyle(); // nothing copied: nothing happens
    QVERIFY(f.requested.isEmpty());
    f.view.setSelection({"from"});
    f.view.copyStyle();
    QVERIFY(f.view.hasCopiedStyle());
    f.view.setSelection({"a", "b"});
    f.view.pasteStyle();
    QCOMPARE(f.requested.size(), 1);
    for (const char *id : {"a", "b"}) {
        QCOMPARE(f.doc().find(id)->string(QLatin1String("stroke_color")), QString("#2f9e44ff"));
        QCOMPARE(f.doc().find(id)->number(QLatin1String("stroke_width")), 7.0);
    }
    QCOMPARE(f.view.style().strokeWidth, 7.0); // the next object's style too
    f.history.stack()->undo();
    for (const char *id : {"a", "b"})
        QCOMPARE(f.doc().find(id)->string(QLatin1String("stroke_color")), QString("#1e1e1eff"));
}

void TestCanvasUndo::undoLeavesPeersLaterValueOfTheSameProp()
{
    CanvasFixture f;
    f.seed(CanvasFixture::rect("r", 100, 100, 100, 80));
    f.drag(QPointF(150, 140), QPointF(200, 140)); // I move it to x = 150
    QCOMPARE(f.doc().find("r")->number(QLatin1String("x")), 150.0);
    // A peer then moves it to x = 500.
    f.target.applyRemote({Op::update(newId(), "r", {{"x", 500}, {"y", 100}})});
    f.history.stack()->undo();
    // My undo would set x back to 100, but the peer's 500 is newer: it stays.
    QCOMPARE(f.doc().find("r")->number(QLatin1String("x")), 500.0);
    QCOMPARE(f.requested.size(), 1);
}

namespace {

// What a journal would keep of an EditHistory: its steps and where undo stands.
struct Kept
{
    QList<EditHistory::Step> steps;
    qint64 firstUndone = 0;

    explicit Kept(EditHistory &h)
    {
        QObject::connect(&h, &EditHistory::stepAdded, &h,
                         [this](const EditHistory::Step &s, qint64 keepFrom) {
                             steps.removeIf([&](const EditHistory::Step &o) {
                                 return o.seq >= s.seq || o.seq < keepFrom;
                             });
                             steps.append(s);
                             firstUndone = s.seq + 1;
                         });
        QObject::connect(&h, &EditHistory::stepChanged, &h, [this](const EditHistory::Step &s) {
            for (EditHistory::Step &o : steps) {
                if (o.seq == s.seq)
                    o = s;
            }
        });
        QObject::connect(&h, &EditHistory::positionChanged, &h,
                         [this](qint64 seq) { firstUndone = seq; });
    }
};

} // namespace

void TestCanvasUndo::restoredStepsUndoAsBeforeAndRespectPeers()
{
    CanvasFixture f;
    Kept kept(f.history);
    f.seed(CanvasFixture::rect("r", 100, 100, 100, 80));
    f.seed(CanvasFixture::rect("s", 400, 100, 100, 80, "a1"));
    f.drag(QPointF(150, 140), QPointF(200, 140)); // r to x = 150
    f.view.setSelection({"s"});
    f.view.nudge(QPointF(10, 0)); // two nudges: one step
    f.view.nudge(QPointF(10, 0));
    f.view.setTool(ToolKind::Rect);
    f.drag(QPointF(100, 400), QPointF(200, 480)); // a new rect
    f.history.stack()->undo(); // the new rect is undone (redo could bring it back)
    QCOMPARE(kept.steps.size(), 3);
    QCOMPARE(kept.firstUndone, kept.steps.last().seq);
    QCOMPARE(f.doc().find("s")->number(QLatin1String("x")), 420.0);

    // A restart: a new history on the drawing as it was stored, with the steps read back.
    EditHistory restarted;
    restarted.setTarget(&f.target);
    QCOMPARE(restarted.restore(kept.steps, kept.firstUndone), 3);
    QCOMPARE(restarted.stack()->count(), 3);
    QCOMPARE(restarted.stack()->index(), 2);
    QVERIFY(restarted.stack()->canRedo());
    QCOMPARE(restarted.stack()->undoText(), f.history.stack()->undoText());
    QCOMPARE(f.doc().find("s")->number(QLatin1String("x")), 420.0); // nothing replayed
    // Meanwhile a peer moved r on.
    f.target.applyRemote(
        {Op::update(newId(), "r", {{"x", 700}}), Op::update(newId(), "s", {{"y", 5}})});
    restarted.stack()->undo(); // the nudges, as one step
    QCOMPARE(f.doc().find("s")->number(QLatin1String("x")), 400.0);
    QCOMPARE(f.doc().find("s")->number(QLatin1String("y")), 5.0); // the peer's y stays
    restarted.stack()->undo(); // my move of r: the peer's later x wins
    QCOMPARE(f.doc().find("r")->number(QLatin1String("x")), 700.0);
    restarted.stack()->redo();
    restarted.stack()->redo();
    QCOMPARE(f.doc().find("s")->number(QLatin1String("x")), 420.0);
    // And the rect undone before the restart comes back with redo.
    const qsizetype before = f.doc().size();
    restarted.stack()->redo();
    QCOMPARE(f.doc().size(), before + 1);
    // A step this build cannot read is left out, the others still work.
    QList<EditHistory::Step> damaged = kept.steps;
    damaged[1].payload = "not json";
    EditHistory again;
    again.setTarget(&f.target);
    QCOMPARE(again.restore(damaged, damaged.last().seq + 1), 2);
}

void TestCanvasUndo::theStackKeepsTheLastFiveHundredSteps()
{
    CanvasFixture f;
    Kept kept(f.history);
    f.seed(CanvasFixture::rect("r", 100, 100, 100, 80));
    for (int i = 0; i < EditHistory::kMaxSteps + 20; ++i)
        f.history.perform({Op::update(newId(), "r", {{"x", 100 + i}})}, QStringLiteral("Move"));
    QCOMPARE(f.history.stack()->count(), EditHistory::kMaxSteps);
    QCOMPARE(kept.steps.size(), qsizetype(EditHistory::kMaxSteps));
    QCOMPARE(kept.steps.first().seq, kept.steps.last().seq - EditHistory::kMaxSteps + 1);
}

void TestCanvasUndo::undoRestoresOnlyOwnPropsBesidePeersEdit()
{
    CanvasFixture f;
    f.seed(CanvasFixture::rect("r", 100, 100, 100, 80));
    f.view.setSelection({"r"});
    Style s = f.view.style();
    s.strokeColor = QColor(0xe0, 0x31, 0x31);
    f.view.setStyle(s); // mine: stroke_color
    f.target.applyRemote({Op::update(newId(), "r", {{"fill_color", "#00ff00ff"}, {"w", 300}})});
    f.history.stack()->undo();
    const Object *o = f.doc().find("r");
    QCOMPARE(o->string(QLatin1String("stroke_color")), QString("#1e1e1eff")); // mine undone
    QCOMPARE(o->string(QLatin1String("fill_color")), QString("#00ff00ff"));   // theirs kept
    QCOMPARE(o->number(QLatin1String("w")), 300.0);
}

void TestCanvasUndo::undoOfCreateDeletesEvenAfterPeerEdit()
{
    // As Figma and tldraw do: undoing my create removes the object, whoever edited it since.
    CanvasFixture f;
    QTest::keyClick(&f.view, 'r');
    f.drag(QPointF(100, 100), QPointF(200, 200));
    const QString id = f.requested[0][0].id;
    f.target.applyRemote({Op::update(newId(), id, {{"fill_color", "#00ff00ff"}})});
    f.history.stack()->undo();
    QVERIFY(!f.doc().contains(id));
    f.history.stack()->redo();
    QVERIFY(f.doc().contains(id));
}

void TestCanvasUndo::undoOfDeleteRecreatesWithSameId()
{
    CanvasFixture f;
    f.seed(CanvasFixture::rect("r", 100, 100, 100, 80));
    const Object original = *f.doc().find("r");
    f.view.setSelection({"r"});
    f.view.deleteSelection();
    QVERIFY(!f.doc().contains("r"));
    f.history.stack()->undo();
    QVERIFY(f.doc().contains("r"));
    QCOMPARE(*f.doc().find("r"), original);
    // The undo went out as a create with the same id (PROTOCOL.md §2).
    const OpList pending = f.target.replica().pendingOps();
    QCOMPARE(pending.last().kind, Op::Kind::Create);
    QCOMPARE(pending.last().id, QString("r"));
}

void TestCanvasUndo::redoAfterPeerEditSkipsChangedProps()
{
    CanvasFixture f;
    f.seed(CanvasFixture::rect("r", 100, 100, 100, 80));
    f.drag(QPointF(150, 140), QPointF(200, 190)); // x 150, y 150
    f.history.stack()->undo();                    // back to 100, 100
    f.target.applyRemote({Op::update(newId(), "r", {{"x", 20}})});
    f.history.stack()->redo();
    QCOMPARE(f.doc().find("r")->number(QLatin1String("x")), 20.0);  // theirs
    QCOMPARE(f.doc().find("r")->number(QLatin1String("y")), 150.0); // mine, redone
}

void TestCanvasUndo::undoIsComputedFromVisibleStateBeforeEdit()
{
    Document doc;
    doc.put(CanvasFixture::rect("r", 1, 2, 3, 4));
    const OpList ops{Op::update("o1", "r", {{"x", 10}}), Op::update("o2", "r", {{"x", 20}}),
                     Op::create("o3", "n", ObjectType::Rect, {{"w", 1}, {"h", 1}}),
                     Op::remove("o4", "n")};
    const QList<ObjectChange> changes = EditHistory::changesOf(doc, ops);
    QCOMPARE(changes.size(), 1); // created and deleted in one gesture: nothing to undo
    QCOMPARE(changes[0].before, (QJsonObject{{"x", 1}}));
    QCOMPARE(changes[0].after, (QJsonObject{{"x", 20}}));
    Document after = doc;
    after.apply(ops);
    const OpList undo = EditHistory::undoOps(after, changes);
    QCOMPARE(undo.size(), 1);
    QCOMPARE(undo[0].props, (QJsonObject{{"x", 1}}));
}

// An edit the target refuses (a full disk makes the local store refuse it) is not shown and
// leaves no undo step, not even merged into the step before it.
void TestCanvasUndo::refusedEditLeavesNoUndoStep()
{
    CanvasFixture f;
    QTest::keyClick(&f.view, 'p');
    f.drag(QPointF(100, 100), QPointF(200, 200));
    QCOMPARE(f.history.stack()->count(), 1);
    f.target.refuseNextSubmit();
    f.drag(QPointF(300, 100), QPointF(400, 200));
    QCOMPARE(f.doc().size(), 1);
    QCOMPARE(f.history.stack()->count(), 1);

    f.seed(CanvasFixture::rect("r", 100, 300, 100, 80));
    QTest::keyClick(&f.view, 'v');
    f.view.setSelection({"r"});
    const double x0 = f.doc().find("r")->number(QLatin1String("x"));
    QTest::keyClick(&f.view, Qt::Key_Right); // nudges of one object merge into one step
    const double x1 = f.doc().find("r")->number(QLatin1String("x"));
    QVERIFY(x1 > x0);
    const int steps = f.history.stack()->count();
    f.target.refuseNextSubmit();
    QTest::keyClick(&f.view, Qt::Key_Right);
    QCOMPARE(f.doc().find("r")->number(QLatin1String("x")), x1);
    QTest::keyClick(&f.view, Qt::Key_Right);
    QCOMPARE(f.history.stack()->count(), steps);
    f.history.stack()->undo();
    QCOMPARE(f.doc().find("r")->number(QLatin1String("x")), x0);
}

void TestCanvasUndo::canvasPerformsThroughItsOwnHistory()
{
    CanvasFixture f;
    f.seed(CanvasFixture::rect("r", 100, 100, 100, 80, "a0"));
    f.view.setSelection({"r"});
    // Without a history the ops are only announced: nothing is applied, no step is kept.
    f.view.setEditHistory(nullptr);
    QTest::keyClick(&f.view, Qt::Key_Right);
    QCOMPARE(f.requested.size(), 1);
    QCOMPARE(f.doc().find("r")->number(QLatin1String("x")), 100.0);
    QCOMPARE(f.history.stack()->count(), 0);
    // With it, the canvas performs them itself: applied once, one undo step.
    f.view.setEditHistory(&f.history);
    QCOMPARE(f.view.editHistory(), &f.history);
    QTest::keyClick(&f.view, Qt::Key_Right);
    QCOMPARE(f.requested.size(), 2);
    QCOMPARE(f.doc().find("r")->number(QLatin1String("x")), 101.0);
    QCOMPARE(f.history.stack()->count(), 1);
    f.history.stack()->undo();
    QCOMPARE(f.doc().find("r")->number(QLatin1String("x")), 100.0);
}

QTEST_MAIN(TestCanvasUndo)
#include "tst_canvas_undo.moc"
