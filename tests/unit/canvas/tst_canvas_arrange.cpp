// SPDX-License-Identifier: Apache-2.0
// Align, distribute and z-order steps (canvas/commands/align, z_order): widget-free; the
// tests apply the ops to the document and read the result back.
#include "commands/align.h"
#include "commands/reading_order.h"
#include "commands/z_order.h"

#include <QTest>

using namespace inkboard;
using namespace inkboard::canvas;
using commands::Align;
using commands::Axis;

namespace {

Object box(const QString &id, double x, double y, double w, double h, const QString &z,
           bool locked = false)
{
    QJsonObject props{{"x", x}, {"y", y}, {"w", w}, {"h", h}, {"z", z}};
    if (locked)
        props.insert("locked", true);
    return Object{id, ObjectType::Rect, props};
}

QRectF frameOf(const Object &o)
{
    return {o.number(QLatin1String("x")), o.number(QLatin1String("y")),
            o.number(QLatin1String("w")), o.number(QLatin1String("h"))};
}

QRectF frameIn(const Document &d, const QString &id)
{
    return frameOf(*d.find(id));
}

QStringList renderOrder(const Document &d)
{
    QStringList ids;
    for (const Object &o : d.inRenderOrder())
        ids << o.id;
    return ids;
}

// a 0..40 × 0..20, b 100..160 × 50..80, c 300..320 × 10..110, l (locked) far right.
Document spread()
{
    Document d;
    d.put(box("a", 0, 0, 40, 20, "a0"));
    d.put(box("b", 100, 50, 60, 30, "a1"));
    d.put(box("c", 300, 10, 20, 100, "a2"));
    d.put(box("l", 900, 900, 10, 10, "a3", true));
    return d;
}

const QSet<QString> kABC{"a", "b", "c"};

} // namespace

class TestCanvasArrange : public QObject
{
    Q_OBJECT
private slots:
    void tabWalksInReadingOrder()
    {
        // Two rows: p q r on the first (r a little lower, still on it), s t below.
        Document d;
        d.put(box("r", 400, 15, 50, 50, "a0"));
        d.put(box("q", 200, 0, 50, 50, "a1"));
        d.put(box("p", 0, 5, 50, 50, "a2"));
        d.put(box("t", 300, 200, 50, 50, "a3"));
        d.put(box("s", 10, 210, 50, 50, "a4"));
        const commands::BoundsOf bounds = [](const Object &o) { return frameOf(o); };
        QCOMPARE(commands::readingOrder(d, bounds), (QStringList{"p", "q", "r", "s", "t"}));
        QCOMPARE(commands::cycleSelection(d, {}, bounds, true), QString("p"));
        QCOMPARE(commands::cycleSelection(d, {}, bounds, false), QString("t"));
        QCOMPARE(commands::cycleSelection(d, {"r"}, bounds, true), QString("s"));
        QCOMPARE(commands::cycleSelection(d, {"t"}, bounds, true), QString("p"));
        QCOMPARE(commands::cycleSelection(d, {"p"}, bounds, false), QString("t"));
        QCOMPARE(commands::cycleSelection(d, {"q", "s"}, bounds, true), QString("t"));
        QCOMPARE(commands::cycleSelection(d, {"q", "s"}, bounds, false), QString("p"));
        QVERIFY(commands::cycleSelection(Document(), {}, bounds, true).isEmpty());
    }

    void alignEdgesAndCentres_data()
    {
        QTest::addColumn<int>("how");
        QTest::addColumn<QString>("edge");
        QTest::addColumn<double>("value");
        QTest::newRow("left") << int(Align::Left) << "left" << 0.0;
        QTest::newRow("right") << int(Align::Right) << "right" << 320.0;
        QTest::newRow("center") << int(Align::Center) << "cx" << 160.0;
        QTest::newRow("top") << int(Align::Top) << "top" << 0.0;
        QTest::newRow("bottom") << int(Align::Bottom) << "bottom" << 110.0;
        QTest::newRow("middle") << int(Align::Middle) << "cy" << 55.0;
    }
    void alignEdgesAndCentres()
    {
        QFETCH(int, how);
        QFETCH(QString, edge);
        QFETCH(double, value);
        Document d = spread();
        const OpList ops = commands::align(d, kABC + QSet<QString>{"l"}, frameOf, Align(how));
        for (const Op &op : ops) {
            QVERIFY(op.id != "l"); // locked: neither moved nor counted in the box
            QCOMPARE(op.kind, Op::Kind::Update);
            QCOMPARE(op.props.keys(), (QStringList{"x", "y"}));
        }
        d.apply(ops);
        for (const QString &id : kABC) {
            const QRectF r = frameIn(d, id);
            const double got = edge == "left"     ? r.left()
                               : edge == "right"  ? r.right()
                               : edge == "cx"     ? r.center().x()
                               : edge == "top"    ? r.top()
                               : edge == "bottom" ? r.bottom()
                                                  : r.center().y();
            QCOMPARE(got, value);
        }
        // Only one coordinate moves.
        const bool horizontal = how <= int(Align::Right);
        QCOMPARE(horizontal ? frameIn(d, "b").top() : frameIn(d, "b").left(),
                 horizontal ? 50.0 : 100.0);
        QCOMPARE(frameIn(d, "l"), QRectF(900, 900, 10, 10));
    }

    void alignNeedsTwo()
    {
        QVERIFY(commands::align(spread(), {"a"}, frameOf, Align::Left).isEmpty());
        QVERIFY(commands::align(spread(), {"a", "l"}, frameOf, Align::Left).isEmpty());
        QVERIFY(commands::align(spread(), {}, frameOf, Align::Left).isEmpty());
    }

    void distributeEqualGaps()
    {
        Document d;
        d.put(box("a", 0, 0, 40, 10, "a0"));
        d.put(box("b", 50, 0, 20, 10, "a1")); // off-centre: gaps 10 and 130
        d.put(box("c", 200, 0, 40, 10, "a2"));
        d.put(box("d", 100, 300, 10, 10, "a3"));
        d.apply(commands::distribute(d, {"a", "b", "c"}, frameOf, Axis::Horizontal));
        QCOMPARE(frameIn(d, "a").left(), 0.0);
        QCOMPARE(frameIn(d, "c").left(), 200.0);
        // Span 240, sizes 100: two gaps of 70.
        QCOMPARE(frameIn(d, "b").left(), 110.0);
        QCOMPARE(frameIn(d, "b").top(), 0.0);
        QCOMPARE(frameIn(d, "d").left(), 100.0);
    }

    void distributeVertically()
    {
        Document d = spread();
        d.apply(commands::distribute(d, kABC, frameOf, Axis::Vertical));
        // By centre: a (10), c (60), b (65) → a stays at 0, b's bottom stays at 80.
        const QRectF a = frameIn(d, "a"), b = frameIn(d, "b"), c = frameIn(d, "c");
        QCOMPARE(a.top(), 0.0);
        QCOMPARE(b.bottom(), 80.0);
        QCOMPARE(c.top() - a.bottom(), b.top() - c.bottom());
    }

    void distributeNeedsThree()
    {
        QVERIFY(commands::distribute(spread(), {"a", "b"}, frameOf, Axis::Horizontal).isEmpty());
        QVERIFY(
            commands::distribute(spread(), {"a", "b", "l"}, frameOf, Axis::Horizontal).isEmpty());
    }

    // p (a0) and q (a1) overlap s; f (a3) is far away.
    void stepForwardPassesTheNextOverlappingObject()
    {
        Document d;
        d.put(box("s", 0, 0, 50, 50, "a0"));
        d.put(box("f", 500, 500, 10, 10, "a1"));
        d.put(box("p", 10, 10, 50, 50, "a2"));
        d.put(box("q", 20, 20, 50, 50, "a3"));
        const OpList ops = commands::bringForward(d, {"s"}, frameOf);
        QCOMPARE(ops.size(), 1);
        QCOMPARE(ops.first().props.keys(), QStringList{"z"});
        d.apply(ops);
        QCOMPARE(renderOrder(d), (QStringList{"f", "p", "s", "q"}));
        d.apply(commands::bringForward(d, {"s"}, frameOf));
        QCOMPARE(renderOrder(d), (QStringList{"f", "p", "q", "s"}));
        QVERIFY(commands::bringForward(d, {"s"}, frameOf).isEmpty()); // on top already
    }

    void stepBackwardKeepsTheSelectionsOrder()
    {
        Document d;
        d.put(box("u", 0, 0, 50, 50, "a0"));
        d.put(box("v", 0, 0, 50, 50, "a1"));
        d.put(box("x", 10, 10, 50, 50, "a2"));
        d.put(box("y", 10, 10, 50, 50, "a3"));
        d.apply(commands::sendBackward(d, {"x", "y"}, frameOf));
        QCOMPARE(renderOrder(d), (QStringList{"u", "x", "y", "v"}));
        d.apply(commands::sendBackward(d, {"x", "y"}, frameOf));
        QCOMPARE(renderOrder(d), (QStringList{"x", "y", "u", "v"}));
        QVERIFY(commands::sendBackward(d, {"x", "y"}, frameOf).isEmpty());
    }

    void stepWithoutOverlapTakesTheNextObject()
    {
        Document d;
        d.put(box("s", 0, 0, 10, 10, "a0"));
        d.put(box("far1", 100, 0, 10, 10, "a1"));
        d.put(box("far2", 200, 0, 10, 10, "a2"));
        d.apply(commands::bringForward(d, {"s"}, frameOf));
        QCOMPARE(renderOrder(d), (QStringList{"far1", "s", "far2"}));
    }
};

QTEST_GUILESS_MAIN(TestCanvasArrange)
#include "tst_canvas_arrange.moc"
