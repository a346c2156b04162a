// SPDX-License-Identifier: Apache-2.0
// Fractional-index keys for `z` (PROTOCOL.md §2): strictly between their neighbours,
// valid as a `z` prop, short in the append and prepend cases.

#include "model/limits.h"
#include "model/prop_rules.h"
#include "model/z_order.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTest>
#include <algorithm>

using namespace inkboard;

namespace {

bool isValidZProp(const QString &key)
{
    return !validateProps(QJsonObject{{QStringLiteral("z"), key}}, PropsUse::Update, std::nullopt,
                          Limits{});
}

// Bytewise order, as PROTOCOL.md §2 compares z: must agree with QString's order.
bool bytewiseLess(const QString &a, const QString &b)
{
    return a.toLatin1() < b.toLatin1();
}

} // namespace

class ModelZOrderTest : public QObject
{
    Q_OBJECT

private slots:
    void between_data();
    void between();
    void refused_data();
    void refused();
    void randomInsertionsStayBetween();
    void appendStaysShort();
    void prependStaysShort();
    void repeatedSplitStaysOrdered();
    void keysBetweenAreOrdered_data();
    void keysBetweenAreOrdered();
    void integerBoundaries();
};

void ModelZOrderTest::between_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("expected"); // empty: only the order is checked
    QTest::newRow("first key") << ""
                               << ""
                               << "a0";
    QTest::newRow("append after a0") << "a0"
                                     << ""
                                     << "a1";
    QTest::newRow("prepend before a0") << ""
                                       << "a0"
                                       << "Zz";
    QTest::newRow("append after az grows the integer") << "az"
                                                       << ""
                                                       << "b00";
    QTest::newRow("prepend before Z0") << ""
                                       << "Z0"
                                       << "Yzz";
    QTest::newRow("between neighbours a0 a1") << "a0"
                                              << "a1"
                                              << "a0V";
    QTest::newRow("between a0 a0V") << "a0"
                                    << "a0V"
                                    << "a0G";
    QTest::newRow("between a0V a1") << "a0V"
                                    << "a1"
                                    << "a0l";
    QTest::newRow("between distant integers") << "a0"
                                              << "a5"
                                              << "";
    QTest::newRow("between fractions") << "a0G"
                                       << "a0H"
                                       << "";
    QTest::newRow("append after a fraction") << "a0V"
                                             << ""
                                             << "a1";
    QTest::newRow("prepend before a fraction") << ""
                                               << "a0V"
                                               << "a0";
    QTest::newRow("across integer lengths") << "Zz"
                                            << "a0"
                                            << "";
}

void ModelZOrderTest::between()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, expected);
    const std::optional<QString> key = keyBetween(a, b);
    QVERIFY(key);
    if (!expected.isEmpty())
        QCOMPARE(*key, expected);
    QVERIFY(isValidOrderKey(*key));
    QVERIFY(isValidZProp(*key));
    if (!a.isEmpty())
        QVERIFY2(a < *key && bytewiseLess(a, *key), qPrintable(a + " < " + *key));
    if (!b.isEmpty())
        QVERIFY2(*key < b && bytewiseLess(*key, b), qPrintable(*key + " < " + b));
}

void ModelZOrderTest::refused_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("a equals b") << "a1"
                                << "a1";
    QTest::newRow("a after b") << "a2"
                               << "a1";
    QTest::newRow("a not a key: bad head") << "0a"
                                           << "";
    QTest::newRow("b not a key: trailing zero") << ""
                                                << "a0V0";
    QTest::newRow("a not a key: too short for its head") << "b0"
                                                         << "";
    QTest::newRow("b not a key: non-digit") << ""
                                            << "a0-";
    QTest::newRow("a not a key: the smallest integer") << "A" + QString(26, u'0') << "";
}

void ModelZOrderTest::refused()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(keyBetween(a, b), std::nullopt);
}

void ModelZOrderTest::randomInsertionsStayBetween()
{
    QRandomGenerator rng(20261125);
    QStringList keys;
    int maxLength = 0;
    for (int i = 0; i < 10000; ++i) {
        const int at = int(rng.bounded(keys.size() + 1));
        const QString a = at > 0 ? keys.at(at - 1) : QString();
        const QString b = at < keys.size() ? keys.at(at) : QString();
        const std::optional<QString> key = keyBetween(a, b);
        QVERIFY2(key, qPrintable(QStringLiteral("no key between '%1' and '%2'").arg(a, b)));
        if (!a.isEmpty())
            QVERIFY2(a < *key && bytewiseLess(a, *key), qPrintable(a + " < " + *key));
        if (!b.isEmpty())
            QVERIFY2(*key < b && bytewiseLess(*key, b), qPrintable(*key + " < " + b));
        QVERIFY(isValidOrderKey(*key));
        QVERIFY2(isValidZProp(*key), qPrintable(*key));
        keys.insert(at, *key);
        maxLength = std::max(maxLength, int(key->size()));
    }
    QVERIFY(std::is_sorted(keys.begin(), keys.end()));
    QVERIFY(std::adjacent_find(keys.begin(), keys.end()) == keys.end());
    // Random positions split ever finer, but logarithmically: far from the 256 limit.
    QVERIFY2(maxLength <= 24, qPrintable(QString::number(maxLength)));
}

void ModelZOrderTest::appendStaysShort()
{
    QString last;
    for (int i = 0; i < 10000; ++i) {
        const std::optional<QString> key = keyBetween(last, QString());
        QVERIFY(key);
        QVERIFY(last.isEmpty() || last < *key);
        last = *key;
    }
    // 62 one-digit, 3844 two-digit, then three-digit integers: "c" + 3 digits.
    QVERIFY2(last.size() <= 4, qPrintable(last));
}

void ModelZOrderTest::prependStaysShort()
{
    QString first;
    for (int i = 0; i < 10000; ++i) {
        const std::optional<QString> key = keyBetween(QString(), first);
        QVERIFY(key);
        QVERIFY(first.isEmpty() || *key < first);
        first = *key;
    }
    QVERIFY2(first.size() <= 4, qPrintable(first));
}

void ModelZOrderTest::repeatedSplitStaysOrdered()
{
    // The worst case: always insert right after the same key. Keys grow, but stay ordered
    // and valid as `z` for far more inserts than a user makes at one spot.
    const QString low = QStringLiteral("a0");
    QString high = QStringLiteral("a1");
    for (int i = 0; i < 1000; ++i) {
        const std::optional<QString> key = keyBetween(low, high);
        QVERIFY(key);
        QVERIFY(low < *key && *key < high);
        QVERIFY(isValidZProp(*key));
        high = *key;
    }
}

void ModelZOrderTest::keysBetweenAreOrdered_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("maxLength");
    QTest::newRow("keysBetween: zero keys") << "a0"
                                            << "a1" << 0 << 0;
    QTest::newRow("keysBetween: one key") << "a0"
                                          << "a1" << 1 << 3;
    QTest::newRow("keysBetween: 1000 in an empty list") << ""
                                                        << "" << 1000 << 3;
    QTest::newRow("keysBetween: 1000 appended") << "a5"
                                                << "" << 1000 << 3;
    QTest::newRow("keysBetween: 1000 prepended") << ""
                                                 << "a5" << 1000 << 3;
    QTest::newRow("keysBetween: 1000 between neighbours") << "a0"
                                                          << "a1" << 1000 << 5;
}

void ModelZOrderTest::keysBetweenAreOrdered()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, n);
    QFETCH(int, maxLength);
    const std::optional<QStringList> keys = keysBetween(a, b, n);
    QVERIFY(keys);
    QCOMPARE(keys->size(), n);
    QStringList all = *keys;
    if (!a.isEmpty())
        all.prepend(a);
    if (!b.isEmpty())
        all.append(b);
    for (qsizetype i = 1; i < all.size(); ++i)
        QVERIFY2(all.at(i - 1) < all.at(i), qPrintable(all.at(i - 1) + " < " + all.at(i)));
    for (const QString &k : *keys) {
        QVERIFY(isValidOrderKey(k));
        QVERIFY2(k.size() <= maxLength, qPrintable(k));
    }
    QCOMPARE(keysBetween(QStringLiteral("a1"), QStringLiteral("a0"), 3), std::nullopt);
}

void ModelZOrderTest::integerBoundaries()
{
    // Walk across the a/Z boundary both ways.
    QCOMPARE(keyBetween(QStringLiteral("Zz"), QString()), std::optional<QString>("a0"));
    QCOMPARE(keyBetween(QString(), QStringLiteral("a0")), std::optional<QString>("Zz"));
    // Just above the smallest integer only fractions are left below.
    const QString smallest = QStringLiteral("A") + QString(26, u'0');
    const QString justAbove = QStringLiteral("A") + QString(25, u'0') + QStringLiteral("1");
    const std::optional<QString> below = keyBetween(QString(), justAbove);
    QVERIFY(below);
    QVERIFY(smallest < *below && *below < justAbove);
    QVERIFY(isValidOrderKey(*below));
    // The largest integer has no successor integer; append falls back to a fraction.
    const QString largest = QStringLiteral("z") + QString(26, u'z');
    const std::optional<QString> after = keyBetween(largest, QString());
    QVERIFY(after);
    QVERIFY(largest < *after);
}

QTEST_APPLESS_MAIN(ModelZOrderTest)
#include "tst_model_z_order.moc"
