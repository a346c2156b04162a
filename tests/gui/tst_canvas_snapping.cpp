// SPDX-License-Identifier: Apache-2.0
// Snapping in the real canvas widget: a dragged shape snaps its edge to a neighbour's and
// shows a guide while dragging, Alt and the View toggle turn it off, a drawn rectangle's
// corner snaps, the grid pulls when shown, and a connector aimed near a shape's middle aims
// at it (its anchor).
#include "canvas_fixture.h"

using namespace inkboard;
using namespace inkboard::canvas;
using namespace inkboard::canvas::testing;

namespace {

void moveTo(CanvasView &view, QPointF p, Qt::KeyboardModifiers mods = {})
{
    QMouseEvent move(QEvent::MouseMove, p, view.mapToGlobal(p), Qt::NoButton, Qt::LeftButton, mods);
    QCoreApplication::sendEvent(&view, &move);
}

double x(const Document &d, const QString &id)
{
    return d.find(id)->number(QLatin1String("x"));
}

} // namespace

class TestCanvasSnapping : public QObject
{
    Q_OBJECT

private slots:
    void aDraggedShapeSnapsToItsNeighbour()
    {
        CanvasFixture f;
        f.seed(CanvasFixture::rect("a", 100, 100, 100, 80));
        f.seed(CanvasFixture::rect("b", 300, 300, 100, 80));
        // Drag b so that its left edge comes 4 px right of a's right edge (200).
        QTest::mousePress(&f.view, Qt::LeftButton, {}, QPoint(350, 340));
        for (int i = 1; i <= 5; ++i)
            moveTo(f.view, QPointF(350 - 96.0 * i / 5, 340));
        QTest::mouseRelease(&f.view, Qt::LeftButton, {}, QPoint(254, 340));
        QCOMPARE(x(f.doc(), "b"), 200.0);
        // With Alt the same drag lands where the pointer says.
        f.history.stack()->undo();
        QTest::mousePress(&f.view, Qt::LeftButton, Qt::AltModifier, QPoint(350, 340));
        for (int i = 1; i <= 5; ++i)
            moveTo(f.view, QPointF(350 - 96.0 * i / 5, 340), Qt::AltModifier);
        QTest::mouseRelease(&f.view, Qt::LeftButton, Qt::AltModifier, QPoint(254, 340));
        QCOMPARE(x(f.doc(), "b"), 204.0);
        // Turned off in the View menu: no snapping either.
        f.history.stack()->undo();
        f.view.setSnapping(false);
        f.drag(QPointF(350, 340), QPointF(254, 340));
        QCOMPARE(x(f.doc(), "b"), 204.0);
    }

    void guidesShowWhileDragging()
    {
        CanvasFixture f;
        f.seed(CanvasFixture::rect("a", 100, 100, 100, 80));
        f.seed(CanvasFixture::rect("b", 300, 300, 100, 80));
        const QImage before = f.view.grab().toImage();
        QTest::mousePress(&f.view, Qt::LeftButton, {}, QPoint(350, 340));
        for (int i = 1; i <= 5; ++i)
            moveTo(f.view, QPointF(350 - 96.0 * i / 5, 340));
        // The guide is a magenta line at x = 200 between the two shapes (y 180..300).
        const QImage during = f.view.grab().toImage();
        const int column = during.pixelColor(199, 240).red() > during.pixelColor(200, 240).red() &&
                                   during.pixelColor(199, 240).green() < 200
                               ? 199
                               : 200;
        const QColor guide = during.pixelColor(column, 240);
        QVERIFY2(guide.red() > 200 && guide.green() < 120 && guide.blue() > 120,
                 qPrintable(guide.name()));
        QVERIFY(before.pixelColor(column, 240) != guide);
        QTest::mouseRelease(&f.view, Qt::LeftButton, {}, QPoint(254, 340));
        QVERIFY(f.view.grab().toImage().pixelColor(column, 240) != guide);
    }

    void drawingSnapsCornersAndTheGrid()
    {
        CanvasFixture f;
        f.seed(CanvasFixture::rect("a", 100, 100, 100, 80));
        f.view.setTool(ToolKind::Rect);
        f.drag(QPointF(203, 303), QPointF(297, 397)); // start 3 right of a's right edge
        QString drawn;
        for (const Object &o : f.doc().objects()) {
            if (o.id != u"a")
                drawn = o.id;
        }
        QCOMPARE(x(f.doc(), drawn), 200.0);
        f.view.setGridVisible(true);
        f.view.setTool(ToolKind::Rect);
        f.drag(QPointF(503, 517), QPointF(583, 598));
        QString second;
        for (const Object &o : f.doc().objects()) {
            if (o.id != u"a" && o.id != drawn)
                second = o.id;
        }
        const Object *o = f.doc().find(second);
        QCOMPARE(o->number(QLatin1String("x")), 500.0);
        QCOMPARE(o->number(QLatin1String("y")), 520.0);
        QCOMPARE(o->number(QLatin1String("w")), 80.0);
        QCOMPARE(o->number(QLatin1String("h")), 80.0);
    }

    void connectorsAimAtAnchors()
    {
        CanvasFixture f;
        f.seed(CanvasFixture::rect("a", 100, 100, 100, 80));
        f.view.setTool(ToolKind::Arrow);
        f.drag(QPointF(500, 140), QPointF(158, 136)); // near a's middle (150, 140)
        for (const Object &o : f.doc().objects()) {
            if (o.type != ObjectType::Arrow)
                continue;
            const QJsonObject b = o.props.value("end_bind").toObject();
            QCOMPARE(b.value("fx").toDouble(), 0.5);
            QCOMPARE(b.value("fy").toDouble(), 0.5);
        }
    }
};

QTEST_MAIN(TestCanvasSnapping)
#include "tst_canvas_snapping.moc"
