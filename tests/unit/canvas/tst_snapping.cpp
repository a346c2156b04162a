// SPDX-License-Identifier: Apache-2.0
// Snapping (canvas/snapping): edges and centres, equal gaps, the grid, the threshold, and the
// guides that say why. Widget-free.
#include "snapping.h"

#include <QTest>

using namespace inkboard::canvas;

class TestSnapping : public QObject
{
    Q_OBJECT

private slots:
    void edgesAndCentresSnapWithinTheThreshold()
    {
        const SnapTargets t{{QRectF(0, 0, 100, 50)}, 6, 0};
        // Left edge 4 units right of the other's right edge: pulled onto it.
        Snap s = snapBox(QRectF(104, 200, 40, 40), t);
        QVERIFY(s.snappedX);
        QCOMPARE(s.correction.x(), -4.0);
        QVERIFY(!s.snappedY);
        QCOMPARE(s.guides.size(), 1);
        QCOMPARE(s.guides.first().x1(), 100.0);
        QCOMPARE(s.guides.first().x2(), 100.0);
        QVERIFY2(s.guides.first().y1() <= 0 && s.guides.first().y2() >= 240,
                 "the guide spans both boxes");
        // Centres: 31 + 20 = 51 against 50: snapped by -1.
        s = snapBox(QRectF(31, 300, 40, 40), t);
        QCOMPARE(s.correction.x(), -1.0);
        // Beyond the threshold nothing moves.
        s = snapBox(QRectF(110, 300, 40, 40), t);
        QVERIFY(!s.snappedX && !s.snappedY);
        QCOMPARE(s.correction, QPointF());
        QVERIFY(s.guides.isEmpty());
    }

    void theClosestMatchWins()
    {
        const SnapTargets t{{QRectF(0, 0, 100, 50), QRectF(0, 100, 103, 50)}, 6, 0};
        const Snap s = snapBox(QRectF(104, 200, 40, 40), t);
        QCOMPARE(s.correction.x(), -1.0); // to 103, not to 100
    }

    void equalGapsBetweenAndAfterNeighbours()
    {
        // a 0..100, b 300..400 on one row; a 60-wide box near the middle: gaps 70 and 70.
        const SnapTargets t{{QRectF(0, 0, 100, 50), QRectF(300, 0, 100, 50)}, 6, 0};
        Snap s = snapBox(QRectF(167, 10, 60, 30), t);
        QVERIFY(s.snappedX);
        QCOMPARE(s.correction.x(), 3.0);
        // Two gap markers of 70 (the middles line up too: that is the y axis's guide).
        QCOMPARE(std::count_if(s.guides.cbegin(), s.guides.cend(),
                               [](const QLineF &g) { return std::abs(g.length() - 70) < 1e-9; }),
                 2);
        QVERIFY(s.snappedY);
        QCOMPARE(s.correction.y(), 0.0);
        // After b, as far from b as b is from a (200): at 600.
        s = snapBox(QRectF(596, 10, 60, 30), t);
        QCOMPARE(s.correction.x(), 4.0);
        // Not on the row (no overlap across): no gap snap.
        QVERIFY(!snapBox(QRectF(596, 400, 60, 30), t).snappedX);
    }

    void gapsAreBetweenNeighboursOnly()
    {
        // a 0..100, b 300..400, c 450..550: the gaps are a-b (200) and b-c (50), not a-c.
        const SnapTargets t{
            {QRectF(0, 0, 100, 50), QRectF(300, 0, 100, 50), QRectF(450, 0, 100, 50)}, 6, 0};
        // After c by a-c's gap (350) would be 900: nothing there.
        QVERIFY(!snapBox(QRectF(897, 10, 60, 30), t).snappedX);
        // After c by b-c's gap: 600.
        const Snap s = snapBox(QRectF(603, 10, 60, 30), t);
        QVERIFY(s.snappedX);
        QCOMPARE(s.correction.x(), -3.0);
        // A column as tall as many rows shares its band with every box, and still finds them.
        QList<QRectF> many;
        for (int i = 0; i < 3000; ++i)
            many.append(QRectF((i % 50) * 160, (i / 50) * 110, 120, 70));
        const Snap column = snapBox(QRectF(8003, 0, 120, 6000), {many, 6, 0});
        QVERIFY(column.snappedX); // after the last column by the 40 gap: 8000 + 40
        QCOMPARE(column.correction.x(), -3.0);
    }

    void theGridWhenNoObjectIsNear()
    {
        const SnapTargets t{{}, 6, 20};
        const Snap s = snapPoint(QPointF(43, 78), t);
        QCOMPARE(s.correction, QPointF(-3, 2));
        QVERIFY(s.guides.isEmpty());
        QVERIFY(!snapPoint(QPointF(50, 50), t).snappedX); // 10 from both lines
        QVERIFY(!snapPoint(QPointF(43, 78), SnapTargets{{}, 6, 0}).snappedX);
        QCOMPARE(gridStep(1), 20.0);
        QCOMPARE(gridStep(0.5), 100.0);
    }
};

QTEST_GUILESS_MAIN(TestSnapping)
#include "tst_snapping.moc"
