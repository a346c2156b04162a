// SPDX-License-Identifier: Apache-2.0
// Touch on the real canvas widget, through QTest's touch events: two fingers pinch-zoom about
// their centre and pan, one finger draws with the pen, a second finger turns a stroke just
// begun into a pinch (no stroke committed), and in pen-only mode (set by the first tablet
// event) one finger pans.
#include "canvas_fixture.h"

#include <QPointingDevice>
#include <QTabletEvent>

using namespace inkboard;
using namespace inkboard::canvas;
using namespace inkboard::canvas::testing;

class TestCanvasTouch : public QObject
{
    Q_OBJECT

    QPointingDevice *m_touch = nullptr;

private slots:
    void initTestCase() { m_touch = QTest::createTouchDevice(); }

    void twoFingersPinchAboutTheirCentre()
    {
        CanvasFixture f;
        const QPointF centre(400, 300);
        const QPointF under = f.view.widgetToCanvas(centre);
        QTest::touchEvent(&f.view, m_touch).press(0, QPoint(300, 300)).press(1, QPoint(500, 300));
        for (int i = 1; i <= 5; ++i)
            QTest::touchEvent(&f.view, m_touch)
                .move(0, QPoint(300 - 20 * i, 300))
                .move(1, QPoint(500 + 20 * i, 300));
        QTest::touchEvent(&f.view, m_touch)
            .release(0, QPoint(200, 300))
            .release(1, QPoint(600, 300));
        QVERIFY2(std::abs(f.view.zoom() - 2.0) < 1e-6, qPrintable(QString::number(f.view.zoom())));
        const QPointF after = f.view.widgetToCanvas(centre);
        QVERIFY(QLineF(after, under).length() < 1e-6);
        QVERIFY(f.requested.isEmpty());
    }

    void twoFingersPan()
    {
        CanvasFixture f;
        const QPointF before = f.view.offset();
        QTest::touchEvent(&f.view, m_touch).press(0, QPoint(300, 300)).press(1, QPoint(400, 300));
        QTest::touchEvent(&f.view, m_touch).move(0, QPoint(350, 320)).move(1, QPoint(450, 320));
        QTest::touchEvent(&f.view, m_touch)
            .release(0, QPoint(350, 320))
            .release(1, QPoint(450, 320));
        QCOMPARE(f.view.offset(), before + QPointF(50, 20));
        QCOMPARE(f.view.zoom(), 1.0);
    }

    void oneFingerDrawsWithThePen()
    {
        CanvasFixture f;
        QTest::keyClick(&f.view, 'p');
        QTest::touchEvent(&f.view, m_touch).press(0, QPoint(100, 100));
        for (int i = 1; i <= 10; ++i)
            QTest::touchEvent(&f.view, m_touch).move(0, QPoint(100 + 10 * i, 100 + 4 * i));
        QTest::touchEvent(&f.view, m_touch).release(0, QPoint(200, 140));
        QCOMPARE(f.requested.size(), 1);
        QCOMPARE(f.requested[0][0].kind, Op::Kind::Create);
        QCOMPARE(f.requested[0][0].type, ObjectType::Stroke);
        QCOMPARE(f.doc().size(), 1);
    }

    void aSecondFingerTurnsTheStrokeIntoAPinch()
    {
        CanvasFixture f;
        QTest::keyClick(&f.view, 'p');
        QTest::touchEvent(&f.view, m_touch).press(0, QPoint(300, 300));
        QTest::touchEvent(&f.view, m_touch).move(0, QPoint(305, 300));
        QTest::touchEvent(&f.view, m_touch).move(0, QPoint(305, 300)).press(1, QPoint(505, 300));
        QTest::touchEvent(&f.view, m_touch).move(0, QPoint(205, 300)).move(1, QPoint(605, 300));
        QTest::touchEvent(&f.view, m_touch)
            .release(0, QPoint(205, 300))
            .release(1, QPoint(605, 300));
        QVERIFY(f.requested.isEmpty());
        QVERIFY(f.view.previewObjects().isEmpty());
        QVERIFY2(f.view.zoom() > 1.5, qPrintable(QString::number(f.view.zoom())));
    }

    void penOnlyModeMakesOneFingerPan()
    {
        CanvasFixture f;
        QTest::keyClick(&f.view, 'p');
        QVERIFY(!f.view.isPenOnly());
        QSignalSpy changed(&f.view, &CanvasView::penOnlyChanged);
        // The first tablet event: a pen is in use.
        const QPointF at(50, 50);
        QTabletEvent pen(QEvent::TabletMove, QPointingDevice::primaryPointingDevice(), at,
                         f.view.mapToGlobal(at), 0.5, 0, 0, 0, 0, 0, Qt::NoModifier, Qt::NoButton,
                         Qt::NoButton);
        QCoreApplication::sendEvent(&f.view, &pen);
        QVERIFY(f.view.isPenOnly());
        QCOMPARE(changed.size(), 1);
        const QPointF before = f.view.offset();
        QTest::touchEvent(&f.view, m_touch).press(0, QPoint(100, 100));
        QTest::touchEvent(&f.view, m_touch).move(0, QPoint(160, 130));
        QTest::touchEvent(&f.view, m_touch).release(0, QPoint(160, 130));
        QVERIFY(f.requested.isEmpty());
        QCOMPARE(f.view.offset(), before + QPointF(60, 30));
        // Turned off again (View → Pen Only), one finger draws.
        f.view.setPenOnly(false);
        QTest::touchEvent(&f.view, m_touch).press(0, QPoint(100, 100));
        QTest::touchEvent(&f.view, m_touch).move(0, QPoint(160, 130));
        QTest::touchEvent(&f.view, m_touch).release(0, QPoint(160, 130));
        QCOMPARE(f.requested.size(), 1);
    }
};

QTEST_MAIN(TestCanvasTouch)
#include "tst_canvas_touch.moc"
