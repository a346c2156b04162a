// SPDX-License-Identifier: Apache-2.0
// The outline of freehand strokes (canvas/ink/stroke_outline): the width follows pressure or,
// from a mouse, speed; the ends are capped; and the canvas's geometry (what is drawn, exported
// and hit) is that outline.
#include "geometry.h"
#include "ink/pen_kind.h"
#include "ink/stroke_outline.h"

#include <QJsonArray>
#include <QTest>

using namespace inkboard;
using namespace inkboard::canvas;
using namespace inkboard::canvas::ink;

namespace {

// Points along y = 0 from x = 0 to `length`, every `step`, with pressure from `pressureAt(x)`.
QList<InkPoint> line(double length, double step, const std::function<double(double)> &pressureAt)
{
    QList<InkPoint> pts;
    for (double x = 0; x <= length + 1e-9; x += step)
        pts.append({QPointF(x, 0), pressureAt(x)});
    return pts;
}

// How much of the vertical line at `x` the outline covers, sampled every 0.02 units.
double thicknessAt(const QPainterPath &path, double x)
{
    int inside = 0;
    for (double y = -40; y <= 40; y += 0.02)
        inside += path.contains(QPointF(x, y)) ? 1 : 0;
    return inside * 0.02;
}

OutlineOptions raw(double size)
{
    OutlineOptions o;
    o.size = size;
    o.streamline = 0;
    return o;
}

// The width the options give at pressure p (the rule the outline is checked against).
double widthFor(const OutlineOptions &o, double p)
{
    return o.size * (1 - o.thinning + 2 * o.thinning * p);
}

Object strokeObject(const QJsonArray &points, const QJsonObject &extra = {})
{
    QJsonObject props{{"x", 0}, {"y", 0}, {"z", "a0"}, {"stroke_width", 8}, {"points", points}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        props.insert(it.key(), it.value());
    return Object{"s1", ObjectType::Stroke, props};
}

} // namespace

class TestStrokeOutline : public QObject
{
    Q_OBJECT
private slots:
    void widthFollowsPressure();
    void constantPressureGivesConstantWidth_data();
    void constantPressureGivesConstantWidth();
    void endsAreCapped_data();
    void endsAreCapped();
    void mouseSpeedThinsTheStroke();
    void constantPressureIsTakenForAMouse();
    void sharpTurnStaysSolid();
    void streamlinedStrokeStillEndsAtThePen();
    void geometryDrawsAndHitsTheOutline();
    void highlighterKeepsOneWidthAndSquareEnds();
};

void TestStrokeOutline::widthFollowsPressure()
{
    const OutlineOptions o = raw(8);
    const auto pressure = [](double x) { return 0.1 + 0.9 * x / 200; };
    const QPainterPath path = strokeOutline(line(200, 5, pressure), o);
    for (double x : {20.0, 100.0, 180.0})
        QVERIFY2(std::abs(thicknessAt(path, x) - widthFor(o, pressure(x))) < 0.25,
                 qPrintable(QStringLiteral("at x=%1: %2 instead of %3")
                                .arg(x)
                                .arg(thicknessAt(path, x))
                                .arg(widthFor(o, pressure(x)))));
    QVERIFY(thicknessAt(path, 180) > 1.8 * thicknessAt(path, 20));
}

void TestStrokeOutline::constantPressureGivesConstantWidth_data()
{
    QTest::addColumn<double>("pressure");
    QTest::newRow("light") << 0.2;
    QTest::newRow("middle") << 0.5;
    QTest::newRow("firm") << 0.9;
}

void TestStrokeOutline::constantPressureGivesConstantWidth()
{
    QFETCH(double, pressure);
    const OutlineOptions o = raw(6);
    const QPainterPath path = strokeOutline(line(300, 7, [=](double) { return pressure; }), o);
    for (double x : {30.0, 111.0, 150.0, 270.0})
        QVERIFY(std::abs(thicknessAt(path, x) - widthFor(o, pressure)) < 0.2);
}

void TestStrokeOutline::endsAreCapped_data()
{
    QTest::addColumn<bool>("round");
    QTest::newRow("ink: round caps") << true;
    QTest::newRow("highlighter: square ends") << false;
}

void TestStrokeOutline::endsAreCapped()
{
    QFETCH(bool, round);
    OutlineOptions o = raw(10);
    o.roundCaps = round;
    const QPainterPath path = strokeOutline(line(100, 10, [](double) { return 0.5; }), o);
    const double r = widthFor(o, 0.5) / 2;
    // A round cap reaches about one half width past each end; a square end stops there.
    QCOMPARE(path.contains(QPointF(-0.8 * r, 0)), round);
    QCOMPARE(path.contains(QPointF(100 + 0.8 * r, 0)), round);
    QVERIFY(!path.contains(QPointF(-1.2 * r, 0)));
    QVERIFY(!path.contains(QPointF(100 + 1.2 * r, 0)));
    // Just behind the start, near the side: inside the round cap, outside a square end.
    QCOMPARE(path.contains(QPointF(-0.5, 0.9 * r)), round);
    if (!round)
        QVERIFY(path.contains(QPointF(0.3, 0.95 * r))); // its corners stay square
    QVERIFY(path.contains(QPointF(1, 0)));
}

void TestStrokeOutline::mouseSpeedThinsTheStroke()
{
    // Slow for the first 100 units (samples 2 apart), then fast (samples 30 apart).
    QList<InkPoint> pts;
    for (double x = 0; x < 100; x += 2)
        pts.append({QPointF(x, 0), 0.5});
    for (double x = 100; x <= 700; x += 30)
        pts.append({QPointF(x, 0), 0.5});
    QVERIFY(hasConstantPressure(pts));
    const QList<double> simulated = simulatedPressure(pts, 4);
    QCOMPARE(simulated.size(), pts.size());
    QVERIFY(simulated[40] > simulated.last() + 0.3);
    // It eases: no jump from one sample to the next.
    for (qsizetype i = 1; i < simulated.size(); ++i)
        QVERIFY(std::abs(simulated[i] - simulated[i - 1]) < 0.25);

    OutlineOptions o = raw(4);
    o.simulatePressure = true;
    const QPainterPath path = strokeOutline(pts, o);
    QVERIFY2(
        thicknessAt(path, 80) > 1.5 * thicknessAt(path, 600),
        qPrintable(
            QStringLiteral("%1 vs %2").arg(thicknessAt(path, 80)).arg(thicknessAt(path, 600))));
    // Without simulation the same samples draw one width.
    const QPainterPath even = strokeOutline(pts, raw(4));
    QVERIFY(std::abs(thicknessAt(even, 80) - thicknessAt(even, 600)) < 0.2);
}

void TestStrokeOutline::constantPressureIsTakenForAMouse()
{
    const QList<InkPoint> mouse = line(50, 5, [](double) { return 0.5; });
    const QList<InkPoint> pen = line(50, 5, [](double x) { return x / 50; });
    const Object o = strokeObject({});
    QVERIFY(outlineOptionsOf(o, mouse).simulatePressure);
    QVERIFY(!outlineOptionsOf(o, pen).simulatePressure);
    QVERIFY(!hasConstantPressure(pen));
}

void TestStrokeOutline::sharpTurnStaysSolid()
{
    // Out along y = 0 and straight back along y = 3: a hairpin, thicker than its gap.
    QList<InkPoint> pts;
    for (double x = 0; x <= 100; x += 10)
        pts.append({QPointF(x, 0), 0.5});
    for (double x = 90; x >= 0; x -= 10)
        pts.append({QPointF(x, 3), 0.5});
    const OutlineOptions o = raw(8);
    const QPainterPath path = strokeOutline(pts, o);
    const double r = widthFor(o, 0.5) / 2;
    QVERIFY(path.contains(QPointF(100, 1)));           // the turn itself
    QVERIFY(path.contains(QPointF(100 + 0.7 * r, 0))); // rounded beyond it, not cut off
    QVERIFY(path.contains(QPointF(50, 1.5)));          // between the two runs: no hole
    QVERIFY(!path.contains(QPointF(50, 3 + 1.5 * r)));
}

void TestStrokeOutline::streamlinedStrokeStillEndsAtThePen()
{
    OutlineOptions o;
    o.size = 4;
    o.streamline = 0.8;
    QList<InkPoint> pts = line(100, 10, [](double) { return 0.5; });
    const QList<Rib> ribs = strokeRibs(pts, o);
    QCOMPARE(ribs.first().pos, pts.first().pos);
    QCOMPARE(ribs.last().pos, pts.last().pos);
    // The middle lags behind the samples it follows.
    QVERIFY(ribs.size() >= 3);
    QVERIFY(strokeOutline(pts, o).contains(QPointF(99.5, 0)));
}

void TestStrokeOutline::geometryDrawsAndHitsTheOutline()
{
    // Pressure from 0.1 at x = 0 to 1 at x = 200, stroke_width 8.
    QJsonArray pts;
    for (int x = 0; x <= 200; x += 10) {
        pts.append(x);
        pts.append(0);
        pts.append(0.1 + 0.9 * x / 200.0);
    }
    Object o = strokeObject(pts);
    o.props.insert("x", 50);
    o.props.insert("y", 50);
    const Geometry g = computeGeometry(o);
    QVERIFY(!g.fill.isEmpty());
    QCOMPARE(g.fill.fillRule(), Qt::WindingFill);
    QVERIFY(g.bounds.contains(g.toCanvas.mapRect(g.fill.boundingRect())));
    // Thick end: 5 units off the centre line is ink; thin start: it is not.
    QVERIFY(hitTest(o, g, QPointF(250, 55), 0.1));
    QVERIFY(!hitTest(o, g, QPointF(60, 55), 0.1));
    QVERIFY(hitTest(o, g, QPointF(60, 55), 3)); // within the tolerance of the outline
    QVERIFY(thicknessAt(g.fill, 190) > 2 * thicknessAt(g.fill, 10));
}

void TestStrokeOutline::highlighterKeepsOneWidthAndSquareEnds()
{
    QJsonArray pts;
    for (int x = 0; x <= 200; x += 10) {
        pts.append(x);
        pts.append(0);
        pts.append(0.1 + 0.9 * x / 200.0);
    }
    const Object o = strokeObject(pts, {{"pen", "highlighter"}, {"stroke_width", 16}});
    QVERIFY(isHighlighter(o));
    const Geometry g = computeGeometry(o);
    QVERIFY(std::abs(thicknessAt(g.fill, 20) - 16) < 0.25);
    QVERIFY(std::abs(thicknessAt(g.fill, 180) - 16) < 0.25);
    QVERIFY(!g.fill.contains(QPointF(-4, 0)));
    QVERIFY(!isHighlighter(strokeObject(pts, {{"pen", "crayon"}}))); // unknown: the ink pen
}

QTEST_MAIN(TestStrokeOutline)
#include "tst_stroke_outline.moc"
