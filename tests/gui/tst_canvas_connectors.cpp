// SPDX-License-Identifier: Apache-2.0
// Connectors in the real canvas widget, driven by QTest mouse and key events: an arrow drawn
// from one shape to another binds both ends, follows a shape that is dragged (also in the
// preview), a peer's commit and a nudge, unbinds when dragged away or when its shape is
// deleted, and undo brings the binding back. Alt draws without binding.
#include "canvas_fixture.h"
#include "connectors/binding.h"
#include "connectors/label_position.h"
#include "label_painter.h"
#include "scene_index.h"

#include <QLineF>
#include <QPlainTextEdit>

using namespace inkboard;
using namespace inkboard::canvas;
using namespace inkboard::canvas::testing;

namespace {

QList<QPointF> drawn(const CanvasView &view, const QString &id)
{
    const Object &o = view.scene().item(id)->object;
    QList<QPointF> out;
    for (const QPointF &p : pointsOf(o))
        out.append(p + QPointF(o.number(QLatin1String("x")), o.number(QLatin1String("y"))));
    return out;
}

QString arrowId(const Document &d)
{
    for (const Object &o : d.objects()) {
        if (o.type == ObjectType::Arrow)
            return o.id;
    }
    return {};
}

QString boundTo(const Document &d, const QString &id, const char *key)
{
    return d.find(id)->props.value(QLatin1String(key)).toObject().value("id").toString();
}

// Where a bound end is drawn: just off the rect's side (kBindGap plus half of each stroke).
bool offSide(double coordinate, double side)
{
    return std::abs(std::abs(coordinate - side) - (kBindGap + 2)) < 0.6;
}

// Presses at `at` and moves down 180 in six steps, the button held (the drag stays open, so
// its preview can be looked at before the release).
void pressAndMoveDown(CanvasView &view, QPointF at)
{
    QTest::mousePress(&view, Qt::LeftButton, {}, at.toPoint());
    for (int i = 1; i <= 6; ++i) {
        const QPointF p = at + QPointF(0, 30 * i);
        QMouseEvent move(QEvent::MouseMove, p, view.mapToGlobal(p), Qt::NoButton, Qt::LeftButton,
                         {});
        QCoreApplication::sendEvent(&view, &move);
    }
}

} // namespace

class TestCanvasConnectors : public QObject
{
    Q_OBJECT

private slots:
    void arrowBindsFollowsAndUnbinds()
    {
        CanvasFixture f;
        f.seed(CanvasFixture::rect("a", 100, 100, 100, 80));
        f.seed(CanvasFixture::rect("b", 400, 100, 100, 80));
        f.view.setTool(ToolKind::Arrow);
        f.drag(QPointF(150, 140), QPointF(450, 140));
        const QString c = arrowId(f.doc());
        QVERIFY(!c.isEmpty());
        QCOMPARE(boundTo(f.doc(), c, "start_bind"), QString("a"));
        QCOMPARE(boundTo(f.doc(), c, "end_bind"), QString("b"));
        QList<QPointF> pts = drawn(f.view, c);
        QVERIFY2(offSide(pts.first().x(), 200), qPrintable(QString::number(pts.first().x())));
        QVERIFY2(offSide(pts.last().x(), 400), qPrintable(QString::number(pts.last().x())));
        // What is stored is where it is drawn: a version-1 reader sees the same arrow.
        QCOMPARE(f.doc().find(c)->props.value("points"),
                 f.view.scene().item(c)->object.props.value("points"));

        // Drag b down: the preview shows the arrow following; the commit stores it.
        f.view.setTool(ToolKind::Select);
        pressAndMoveDown(f.view, QPointF(450, 140));
        QVERIFY2(f.view.previewObjects().contains(c), "the arrow follows in the preview");
        QTest::mouseRelease(&f.view, Qt::LeftButton, {}, QPoint(450, 320));
        QCOMPARE(f.doc().find("b")->number(QLatin1String("y")), 280.0);
        QCOMPARE(boundTo(f.doc(), c, "end_bind"), QString("b"));
        pts = drawn(f.view, c);
        QVERIFY2(pts.last().y() > 250, qPrintable(QString::number(pts.last().y())));
        QCOMPARE(f.doc().find(c)->props.value("points"),
                 f.view.scene().item(c)->object.props.value("points"));

        // A peer moves a: the arrow is drawn from the new place without any commit of its own.
        f.target.applyRemote({Op::update(newId(), "a", {{"x", -200}})});
        pts = drawn(f.view, c);
        QVERIFY2(offSide(pts.first().x(), -100) || pts.first().x() < -90,
                 qPrintable(QString::number(pts.first().x())));

        // Undo the move of b: the arrow is back where it was, still bound.
        f.history.stack()->undo();
        QCOMPARE(f.doc().find("b")->number(QLatin1String("y")), 100.0);
        QCOMPARE(boundTo(f.doc(), c, "end_bind"), QString("b"));

        // Delete b: the arrow stays, unbound at its last place; undo binds it again.
        const QPointF before = drawn(f.view, c).last();
        f.view.setSelection({"b"});
        QTest::keyClick(&f.view, Qt::Key_Delete);
        QVERIFY(!f.doc().find("b"));
        QVERIFY(f.doc().find(c));
        QVERIFY(!f.doc().find(c)->props.contains("end_bind"));
        QVERIFY(QLineF(drawn(f.view, c).last(), before).length() < 0.05);
        f.history.stack()->undo();
        QVERIFY(f.doc().find("b"));
        QCOMPARE(boundTo(f.doc(), c, "end_bind"), QString("b"));

        // Drag the arrow itself away: it leaves both shapes.
        f.view.setSelection({c});
        const QPointF mid = (drawn(f.view, c).first() + drawn(f.view, c).last()) / 2;
        f.drag(mid, mid + QPointF(0, 200));
        QVERIFY(!f.doc().find(c)->props.contains("start_bind"));
        QVERIFY(!f.doc().find(c)->props.contains("end_bind"));
    }

    void nudgingAShapeMovesItsConnector()
    {
        CanvasFixture f;
        f.seed(CanvasFixture::rect("a", 100, 100, 100, 80));
        f.view.setTool(ToolKind::Arrow);
        f.drag(QPointF(500, 140), QPointF(150, 140));
        const QString c = arrowId(f.doc());
        QCOMPARE(boundTo(f.doc(), c, "end_bind"), QString("a"));
        QVERIFY(f.doc().find(c)->props.value("start_bind").isUndefined());
        f.view.setSelection({"a"});
        QTest::keyClick(&f.view, Qt::Key_Left, Qt::ShiftModifier);
        QCOMPARE(f.doc().find("a")->number(QLatin1String("x")), 90.0);
        QVERIFY(offSide(drawn(f.view, c).last().x(), 190));
        QCOMPARE(f.doc().find(c)->props.value("points"),
                 f.view.scene().item(c)->object.props.value("points"));
    }

    void draggingAnEndRebindsOrUnbindsIt()
    {
        CanvasFixture f;
        f.seed(CanvasFixture::rect("a", 100, 100, 100, 80));
        f.seed(CanvasFixture::rect("b", 400, 100, 100, 80));
        f.seed(CanvasFixture::rect("d", 400, 400, 100, 80));
        f.view.setTool(ToolKind::Arrow);
        f.drag(QPointF(150, 140), QPointF(450, 140));
        const QString c = arrowId(f.doc());
        QCOMPARE(boundTo(f.doc(), c, "end_bind"), QString("b"));
        f.view.setSelection({c});
        // Grab the end handle and drop it on d: it binds there.
        f.drag(drawn(f.view, c).last(), QPointF(450, 430));
        QCOMPARE(boundTo(f.doc(), c, "end_bind"), QString("d"));
        QCOMPARE(boundTo(f.doc(), c, "start_bind"), QString("a"));
        QVERIFY2(drawn(f.view, c).last().y() < 400, "on d's outline, facing a");
        // Drop it on empty canvas: it is free there.
        f.drag(drawn(f.view, c).last(), QPointF(700, 300));
        QVERIFY(!f.doc().find(c)->props.contains("end_bind"));
        QVERIFY(QLineF(drawn(f.view, c).last(), QPointF(700, 300)).length() < 0.05);
        f.history.stack()->undo();
        QCOMPARE(boundTo(f.doc(), c, "end_bind"), QString("d"));
    }

    void elbowConnectorsRouteAroundTheirShapes()
    {
        CanvasFixture f;
        f.seed(CanvasFixture::rect("a", 100, 100, 100, 80));
        f.seed(CanvasFixture::rect("b", 400, 300, 100, 80));
        Style style = f.view.style();
        style.route = QStringLiteral("elbow");
        f.view.setStyle(style);
        f.view.setTool(ToolKind::Arrow);
        f.drag(QPointF(150, 140), QPointF(450, 340));
        const QString c = arrowId(f.doc());
        QCOMPARE(f.doc().find(c)->string(QLatin1String("route")), QString("elbow"));
        const QList<QPointF> pts = drawn(f.view, c);
        QVERIFY2(pts.size() >= 3, "an elbow bends");
        for (qsizetype i = 1; i < pts.size(); ++i) {
            const QPointF d = pts[i] - pts[i - 1];
            QVERIFY(std::abs(d.x()) < 0.02 || std::abs(d.y()) < 0.02);
        }
        QVERIFY(offSide(pts.first().x(), 200));
        QVERIFY(offSide(pts.last().x(), 400));
        // The stored points are the whole route: a version-1 reader draws the same elbow.
        QCOMPARE(pointsOf(*f.doc().find(c)).size(), pts.size());
    }

    void aConnectorLabelIsEditedInPlaceAndDraggedAlong()
    {
        CanvasFixture f;
        f.seed(CanvasFixture::rect("a", 100, 100, 100, 80));
        f.seed(CanvasFixture::rect("b", 500, 100, 100, 80));
        f.view.setTool(ToolKind::Arrow);
        f.drag(QPointF(150, 140), QPointF(550, 140));
        const QString c = arrowId(f.doc());
        // Double-click the arrow's middle: its label editor opens; what is typed is the label.
        QTest::mouseDClick(&f.view, Qt::LeftButton, {}, QPoint(350, 140));
        QPlainTextEdit *editor = nullptr;
        for (QPlainTextEdit *e : f.view.findChildren<QPlainTextEdit *>("labelEditor")) {
            if (e->isVisible())
                editor = e;
        }
        QVERIFY(editor);
        QTest::keyClicks(editor, "yes");
        f.click(QPointF(700, 550));
        QCOMPARE(f.doc().find(c)->string(QLatin1String("label")), QString("yes"));
        QCOMPARE(f.doc().size(), 3); // no text object was made
        const SceneItem *item = f.view.scene().item(c);
        const QRectF box = item->geometry.toCanvas.mapRect(labelBox(item->object, item->geometry));
        QVERIFY2(box.contains(QPointF(350, 140)), "the label sits at the middle");
        QVERIFY2(item->geometry.bounds.contains(box), "the label is in the bounds");
        // The line stops short of the label: its middle pixel is background, not ink.
        const QRectF text = item->geometry.toCanvas.mapRect(
            labelTextRect(item->object, labelBox(item->object, item->geometry)));
        QVERIFY(!text.isEmpty());
        const QColor middle = f.view.grab().toImage().pixelColor(int(text.left()) - 2, 140);
        const QColor onLine = f.view.grab().toImage().pixelColor(int(box.left()) - 20, 140);
        QVERIFY2(onLine.lightness() < 100, qPrintable(onLine.name()));
        QVERIFY2(middle.lightness() > 200, qPrintable(middle.name()));

        // Drag the label towards the end: label_pos grows, the label stays on the path.
        f.view.setSelection({c});
        f.drag(QPointF(350, 140), QPointF(450, 160));
        const double pos = f.doc().find(c)->number(QLatin1String("label_pos"), -1);
        QVERIFY2(pos > 0.6 && pos < 0.9, qPrintable(QString::number(pos)));
        QVERIFY(f.doc().find(c)->props.contains("start_bind"));

        // Moving a shape moves the label with the path.
        auto labelCentre = [&f, &c] {
            const SceneItem *i = f.view.scene().item(c);
            return i->geometry.toCanvas.map(labelBox(i->object, i->geometry).center());
        };
        const QPointF before = labelCentre();
        f.view.setSelection({"b"});
        QTest::keyClick(&f.view, Qt::Key_Down, Qt::ShiftModifier);
        QVERIFY2(labelCentre().y() > before.y() + 1, "the label went with the path");
        f.history.stack()->undo();
        f.history.stack()->undo();
        QCOMPARE(f.doc().find(c)->number(QLatin1String("label_pos"), -1), -1.0);
    }

    void anArrowBindsToAnotherConnectorsLabelAndFollowsIt()
    {
        CanvasFixture f;
        f.seed(CanvasFixture::rect("a", 100, 100, 100, 80));
        f.seed(CanvasFixture::rect("b", 500, 100, 100, 80));
        f.view.setTool(ToolKind::Arrow);
        f.drag(QPointF(150, 140), QPointF(550, 140));
        const QString yes = arrowId(f.doc());
        f.seed(CanvasFixture::rect("note", 300, 400, 100, 60));
        f.target.applyRemote({Op::update(newId(), yes, {{"label", "yes"}})});
        auto labelOf = [&f](const QString &id) {
            const SceneItem *i = f.view.scene().item(id);
            return i->geometry.toCanvas.mapRect(labelBox(i->object, i->geometry));
        };
        const QRectF box = labelOf(yes);
        QVERIFY(box.contains(QPointF(350, 140)));

        // From the note up to the label: the end binds to the labelled arrow, below its label.
        f.view.setTool(ToolKind::Arrow);
        f.drag(QPointF(350, 430), box.center());
        QString from;
        for (const Object &o : f.doc().objects()) {
            if (o.type == ObjectType::Arrow && o.id != yes)
                from = o.id;
        }
        QVERIFY(!from.isEmpty());
        QCOMPARE(boundTo(f.doc(), from, "start_bind"), QString("note"));
        QCOMPARE(boundTo(f.doc(), from, "end_bind"), yes);
        QVERIFY2(offSide(drawn(f.view, from).last().y(), box.bottom()),
                 qPrintable(QString::number(drawn(f.view, from).last().y())));

        // Drag b down: the labelled arrow follows b, and the arrow bound to its label follows
        // the label, in the preview and in the commit.
        f.view.setTool(ToolKind::Select);
        pressAndMoveDown(f.view, QPointF(550, 140));
        QVERIFY(f.view.previewObjects().contains(yes));
        QVERIFY2(f.view.previewObjects().contains(from), "the second arrow follows the label");
        QTest::mouseRelease(&f.view, Qt::LeftButton, {}, QPoint(550, 320));
        const QRectF moved = labelOf(yes);
        QVERIFY2(moved.center().y() > box.center().y() + 50, "the label went down with b");
        auto endsAtLabel = [&f, &from, &labelOf, &yes] {
            const QPointF end = drawn(f.view, from).last();
            return labelOf(yes)
                .adjusted(-kBindGap - 3, -kBindGap - 3, kBindGap + 3, kBindGap + 3)
                .contains(end);
        };
        QVERIFY(endsAtLabel());
        QCOMPARE(f.doc().find(from)->props.value("points"),
                 f.view.scene().item(from)->object.props.value("points"));

        // A peer moves a (and stores the labelled arrow where it now draws it): both follow.
        f.target.applyRemote({Op::update(newId(), "a", {{"y", 500}})});
        QVERIFY(labelOf(yes).center().y() > moved.center().y() + 50);
        QVERIFY(endsAtLabel());

        // Deleting the labelled arrow leaves the second one where it was, unbound.
        const QPointF last = drawn(f.view, from).last();
        f.view.setSelection({yes});
        QTest::keyClick(&f.view, Qt::Key_Delete);
        QVERIFY(!f.doc().find(yes));
        QVERIFY(!f.doc().find(from)->props.contains("end_bind"));
        QVERIFY(QLineF(drawn(f.view, from).last(), last).length() < 0.05);
        f.history.stack()->undo();
        QCOMPARE(boundTo(f.doc(), from, "end_bind"), yes);
    }

    void altDrawsWithoutBinding()
    {
        CanvasFixture f;
        f.seed(CanvasFixture::rect("a", 100, 100, 100, 80));
        f.seed(CanvasFixture::rect("b", 400, 100, 100, 80));
        f.view.setTool(ToolKind::Line);
        f.drag(QPointF(150, 140), QPointF(450, 140), Qt::AltModifier);
        QString line;
        for (const Object &o : f.doc().objects()) {
            if (o.type == ObjectType::Line)
                line = o.id;
        }
        QVERIFY(!line.isEmpty());
        QVERIFY(!f.doc().find(line)->props.contains("start_bind"));
        QVERIFY(!f.doc().find(line)->props.contains("end_bind"));
        QCOMPARE(drawn(f.view, line), (QList<QPointF>{{150, 140}, {450, 140}}));
    }
};

QTEST_MAIN(TestCanvasConnectors)
#include "tst_canvas_connectors.moc"
