// SPDX-License-Identifier: Apache-2.0
#include "client/backoff.h"

#include <QTest>

using namespace inkboard::sync;

class TestBackoff : public QObject
{
    Q_OBJECT
private slots:
    void delaysDoubleWithJitterUpToTheCeiling_data()
    {
        QTest::addColumn<int>("initial");
        QTest::addColumn<int>("max");
        QTest::newRow("each delay lies in [d/2, d] with d doubling") << 100 << 100000;
        QTest::newRow("the ceiling caps d") << 100 << 800;
        QTest::newRow("a 1 ms start still grows") << 1 << 64;
    }

    void delaysDoubleWithJitterUpToTheCeiling()
    {
        QFETCH(int, initial);
        QFETCH(int, max);
        for (int run = 0; run < 50; ++run) {
            Backoff b(initial, max);
            qint64 nominal = initial;
            for (int i = 0; i < 20; ++i) {
                const qint64 d = qMin<qint64>(nominal, max);
                const int delay = b.nextDelayMs();
                QVERIFY2(
                    delay >= d / 2 && delay <= d,
                    qPrintable(QStringLiteral("%1 not in [%2, %3]").arg(delay).arg(d / 2).arg(d)));
                nominal *= 2;
            }
        }
    }

    void jitterSpreadsClientsApart()
    {
        QSet<int> seen;
        for (int i = 0; i < 50; ++i) {
            Backoff b(1000, 60000);
            b.nextDelayMs();
            seen.insert(b.nextDelayMs());
        }
        QVERIFY(seen.size() > 10);
    }

    void resetStartsOver()
    {
        Backoff b(100, 10000);
        for (int i = 0; i < 6; ++i)
            b.nextDelayMs();
        QCOMPARE(b.attempts(), 6);
        b.reset();
        QVERIFY(b.nextDelayMs() <= 100);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
