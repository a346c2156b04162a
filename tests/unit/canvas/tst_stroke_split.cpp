// SPDX-License-Identifier: Apache-2.0
// The stroke eraser's cut (canvas/ink/stroke_split): what the eraser passed over is gone, the
// runs left become strokes with the original's style, and the edit is one delete plus creates.
#include "ink/stroke_split.h"
#include "style.h"

#include <QJsonArray>
#include <QTest>

using namespace inkboard;
using namespace inkboard::canvas;
using namespace inkboard::canvas::ink;

namespace {

// A stroke at (x, y) along +x, `length` long, a point every `step`, pressure rising.
Object stroke(double x, double y, double length, double step, const QJsonObject &extra = {})
{
    QJsonArray pts;
    for (double d = 0; d <= length + 1e-9; d += step) {
        pts.append(d);
        pts.append(0);
        pts.append(std::round(100 * (0.2 + 0.6 * d / length)) / 100);
    }
    QJsonObject props{
        {"x", x},       {"y", y}, {"z", "a5"}, {"stroke_color", "#ff0000ff"}, {"stroke_width", 4},
        {"points", pts}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        props.insert(it.key(), it.value());
    return Object{"s1", ObjectType::Stroke, props};
}

QTransform at(const Object &o)
{
    return QTransform::fromTranslate(o.number(QLatin1String("x")), o.number(QLatin1String("y")));
}

// A piece's points in canvas coordinates.
QList<QPointF> canvasPoints(const Object &piece)
{
    const QJsonArray a = piece.props.value("points").toArray();
    QList<QPointF> out;
    for (qsizetype i = 0; i + 2 < a.size(); i += 3)
        out.append(QPointF(piece.number(QLatin1String("x")) + a[i].toDouble(),
                           piece.number(QLatin1String("y")) + a[i + 1].toDouble()));
    return out;
}

std::function<QString()> counter()
{
    auto n = std::make_shared<int>(0);
    return [n] { return QStringLiteral("id%1").arg(++*n); };
}

} // namespace

class TestStrokeSplit : public QObject
{
    Q_OBJECT
private slots:
    void cutInTheMiddleLeavesTwoStrokes();
    void cutFallsWhereTheEraserWentBetweenStoredPoints();
    void cutAtTheEndLeavesOne();
    void erasingEverythingOnlyDeletes();
    void untouchedStrokeMakesNoOps();
    void rotatedStrokeKeepsWhereItIsDrawn();
    void piecesKeepTheStoredSpacing();
};

void TestStrokeSplit::cutInTheMiddleLeavesTwoStrokes()
{
    const Object s = stroke(100, 50, 200, 10);
    StrokeCut cut(s, at(s), 1);
    QVERIFY(cut.erase(QPointF(200, 0), QPointF(200, 100), 5)); // across x = 200 (local 100)
    QVERIFY(cut.cut());
    const OpList ops = cutOps({cut}, counter());
    QCOMPARE(ops.size(), 3);
    QCOMPARE(ops[0].kind, Op::Kind::Delete);
    QCOMPARE(ops[0].id, QString("s1"));
    for (int i : {1, 2}) {
        QCOMPARE(ops[i].kind, Op::Kind::Create);
        QCOMPARE(ops[i].type, ObjectType::Stroke);
        QVERIFY(ops[i].id != "s1");
        QCOMPARE(ops[i].props.value("stroke_color").toString(), QString("#ff0000ff"));
        QCOMPARE(ops[i].props.value("z").toString(), QString("a5"));
        QCOMPARE(ops[i].props.value("points").toArray().size() % 3, 0);
    }
    const Object left{ops[1].id, ops[1].type, ops[1].props};
    const Object right{ops[2].id, ops[2].type, ops[2].props};
    const QList<QPointF> l = canvasPoints(left), r = canvasPoints(right);
    QCOMPARE(l.first(), QPointF(100, 50));
    QCOMPARE(r.last(), QPointF(300, 50));
    // Nothing within the eraser's reach is left; the cut is at its edge (samples 1 apart).
    QVERIFY(l.last().x() < 195 && l.last().x() >= 193.9);
    QVERIFY(r.first().x() > 205 && r.first().x() <= 206.1);
    // Pressure carries over: the right piece starts where the stroke's pressure was.
    const double p = ops[2].props.value("points").toArray().at(2).toDouble();
    QVERIFY(std::abs(p - (0.2 + 0.6 * 105.5 / 200)) < 0.02);
}

void TestStrokeSplit::cutFallsWhereTheEraserWentBetweenStoredPoints()
{
    // Two stored points 200 apart: the cut must not wait for the next stored point.
    const Object s = stroke(0, 0, 200, 200);
    StrokeCut cut(s, at(s), 2);
    QVERIFY(cut.erase(QPointF(100, -10), QPointF(100, 10), 4));
    const QList<Object> pieces = cut.pieces(counter());
    QCOMPARE(pieces.size(), 2);
    const QList<QPointF> l = canvasPoints(pieces[0]), r = canvasPoints(pieces[1]);
    QCOMPARE(l.size(), 2);
    QCOMPARE(r.size(), 2);
    QVERIFY(l.last().x() > 90 && l.last().x() < 96);
    QVERIFY(r.first().x() > 104 && r.first().x() < 110);
}

void TestStrokeSplit::cutAtTheEndLeavesOne()
{
    const Object s = stroke(0, 0, 100, 5);
    StrokeCut cut(s, at(s), 1);
    QVERIFY(cut.erase(QPointF(95, 0), QPointF(120, 0), 3));
    const QList<Object> pieces = cut.pieces(counter());
    QCOMPARE(pieces.size(), 1);
    QCOMPARE(canvasPoints(pieces[0]).first(), QPointF(0, 0));
    QVERIFY(canvasPoints(pieces[0]).last().x() < 92.01);
}

void TestStrokeSplit::erasingEverythingOnlyDeletes()
{
    const Object s = stroke(0, 0, 20, 5);
    StrokeCut cut(s, at(s), 1);
    QVERIFY(cut.erase(QPointF(-5, 0), QPointF(25, 0), 3));
    const OpList ops = cutOps({cut}, counter());
    QCOMPARE(ops.size(), 1);
    QCOMPARE(ops[0].kind, Op::Kind::Delete);
}

void TestStrokeSplit::untouchedStrokeMakesNoOps()
{
    const Object s = stroke(0, 0, 100, 5);
    StrokeCut cut(s, at(s), 1);
    QVERIFY(!cut.erase(QPointF(0, 50), QPointF(100, 50), 3));
    QVERIFY(!cut.cut());
    QVERIFY(cutOps({cut}, counter()).isEmpty());
}

void TestStrokeSplit::rotatedStrokeKeepsWhereItIsDrawn()
{
    const Object s = stroke(0, 0, 100, 10, {{"rotation", 90}});
    // Rotated a quarter turn about the middle (50, 0): drawn from (50, -50) to (50, 50).
    QTransform toCanvas;
    toCanvas.translate(50, 0);
    toCanvas.rotate(90);
    toCanvas.translate(-50, 0);
    StrokeCut cut(s, toCanvas, 1);
    QVERIFY(cut.erase(QPointF(40, 0), QPointF(60, 0), 3));
    const QList<Object> pieces = cut.pieces(counter());
    QCOMPARE(pieces.size(), 2);
    for (const Object &piece : pieces) {
        QVERIFY(!piece.props.contains("rotation"));
        for (const QPointF &p : canvasPoints(piece))
            QVERIFY2(std::abs(p.x() - 50) < 0.02, qPrintable(QString::number(p.x())));
    }
    QVERIFY(std::abs(canvasPoints(pieces[0]).first().y() + 50) < 0.02);
    QVERIFY(std::abs(canvasPoints(pieces[1]).last().y() - 50) < 0.02);
}

void TestStrokeSplit::piecesKeepTheStoredSpacing()
{
    // A mouse stroke's width comes from its spacing: the points added for the cut are kept
    // only at the cut.
    const Object s = stroke(0, 0, 300, 30);
    StrokeCut cut(s, at(s), 1);
    QVERIFY(cut.erase(QPointF(150, -5), QPointF(150, 5), 2));
    const QList<Object> pieces = cut.pieces(counter());
    QCOMPARE(pieces.size(), 2);
    const QList<QPointF> l = canvasPoints(pieces[0]);
    QCOMPARE(l.size(), 6); // 0, 30, …, 120, then the cut
    for (qsizetype i = 0; i + 1 < l.size(); ++i)
        QCOMPARE(l[i].x(), 30.0 * i);
}

QTEST_GUILESS_MAIN(TestStrokeSplit)
#include "tst_stroke_split.moc"
