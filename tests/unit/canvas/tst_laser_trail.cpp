// SPDX-License-Identifier: Apache-2.0
// The laser pointer's trail (canvas/laser_trail): points fade out within a second, close
// points merge, the trail is capped, and a peer's trail sent as ages fades from when it was
// sent. Widget-free, with a clock the test sets.
#include "laser_trail.h"

#include <QTest>

using namespace inkboard::canvas;

class TestLaserTrail : public QObject
{
    Q_OBJECT

private slots:
    void pointsFadeWithinASecond()
    {
        LaserTrail t;
        t.add({0, 0}, 1000);
        t.add({10, 0}, 1500);
        QCOMPARE(t.aged(1600).size(), 2);
        QCOMPARE(t.aged(1600).first().ageMs, 600);
        QCOMPARE(t.aged(1600).last().ageMs, 100);
        QVERIFY(!t.prune(1999)); // the first is 999 ms old: still there
        QVERIFY(t.prune(2000));
        QCOMPARE(t.aged(2000).size(), 1);
        QCOMPARE(t.aged(2000).first().at, QPointF(10, 0));
        t.prune(2500);
        QVERIFY(t.isEmpty());
    }

    void closePointsMergeIntoTheNewest()
    {
        LaserTrail t;
        t.add({0, 0}, 0);
        t.add({5, 5}, LaserTrail::kMinSpacingMs - 1); // same sample, moved on
        QCOMPARE(t.aged(30).size(), 1);
        QCOMPARE(t.aged(30).first().at, QPointF(5, 5));
        t.add({9, 9}, LaserTrail::kMinSpacingMs);
        QCOMPARE(t.aged(30).size(), 2);
    }

    void theTrailIsCapped()
    {
        LaserTrail t;
        const int n = 3 * LaserTrail::kMaxPoints;
        for (int i = 0; i < n; ++i)
            t.add({double(i), 0}, qint64(i) * LaserTrail::kMinSpacingMs);
        // kMaxPoints samples span less than the fade: all the newest are kept, no more.
        const auto points = t.aged(qint64(n - 1) * LaserTrail::kMinSpacingMs);
        QCOMPARE(points.size(), qsizetype(LaserTrail::kMaxPoints));
        QCOMPARE(points.last().at, QPointF(n - 1, 0));
    }

    void aPeersTrailFadesFromWhenItWasSent()
    {
        LaserTrail t;
        t.setAged({{{0, 0}, 900}, {{1, 1}, 100}, {{2, 2}, 1200}}, 5000);
        // The point already faded on the sender's screen is left out.
        QCOMPARE(t.aged(5000).size(), 2);
        QCOMPARE(t.aged(5000).first().at, QPointF(0, 0));
        QCOMPARE(t.aged(5000).first().ageMs, 900);
        t.prune(5100);
        QCOMPARE(t.aged(5100).size(), 1);
        QCOMPARE(t.aged(5100).first().ageMs, 200);
        t.prune(6000);
        QVERIFY(t.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLaserTrail)
#include "tst_laser_trail.moc"
