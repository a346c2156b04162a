// SPDX-License-Identifier: Apache-2.0
// The outlines of closed shapes (canvas/shape_outline): which points each `shape` keyword
// holds, that an unknown keyword draws as the rectangle (a newer peer's shape shows as its
// frame), and that hit tests and label boxes follow the outline.
#include "geometry.h"
#include "label_painter.h"
#include "shape_outline.h"

#include <QTest>

using namespace inkboard;
using namespace inkboard::canvas;

namespace {

// A 100 by 80 rect (or ellipse) at the origin, filled, with `shape` when given.
Object shapeObject(const QString &shape, ObjectType type = ObjectType::Rect,
                   const QJsonObject &extra = {})
{
    QJsonObject props{
        {"x", 0},    {"y", 0},           {"w", 100}, {"h", 80}, {"fill_color", "#ff0000ff"},
        {"z", "a0"}, {"stroke_width", 0}};
    if (!shape.isEmpty())
        props.insert("shape", shape);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        props.insert(it.key(), it.value());
    return Object{"s1", type, props};
}

const QRectF kFrame(0, 0, 100, 80);

} // namespace

class TestShapeOutline : public QObject
{
    Q_OBJECT
private slots:
    void containsPoint_data();
    void containsPoint();
    void shapeKindOfKeywords_data();
    void shapeKindOfKeywords();
    void onlyRectsAndEllipsesAreClosedShapes();
    void hitTestFollowsTheOutline();
    void labelBoxStaysInsideTheOutline_data();
    void labelBoxStaysInsideTheOutline();
    void noteBoundsHoldItsShadow();
};

void TestShapeOutline::containsPoint_data()
{
    QTest::addColumn<QString>("shape");
    QTest::addColumn<int>("type");
    QTest::addColumn<QJsonObject>("extra");
    QTest::addColumn<QPointF>("point");
    QTest::addColumn<bool>("inside");
    const int rect = int(ObjectType::Rect);
    const int ellipse = int(ObjectType::Ellipse);
    auto row = [&](const char *name, const QString &shape, QPointF p, bool inside, int type,
                   const QJsonObject &extra = {}) {
        QTest::newRow(name) << shape << type << extra << p << inside;
    };
    row("rectangle: a corner is inside", "rectangle", {2, 2}, true, rect);
    row("rectangle: left of the frame is outside", "rectangle", {-1, 40}, false, rect);
    row("no shape prop is the rectangle: a corner is inside", "", {98, 78}, true, rect);
    row("rectangle keeps its radius: the rounded corner is outside", "rectangle", {1, 1}, false,
        rect, {{"radius", 20}});
    row("rectangle with radius: the centre is inside", "rectangle", {50, 40}, true, rect,
        {{"radius", 20}});
    row("diamond: the centre is inside", "diamond", {50, 40}, true, rect);
    row("diamond: near the top vertex is inside", "diamond", {50, 3}, true, rect);
    row("diamond: the top-left corner of the frame is outside", "diamond", {10, 10}, false, rect);
    row("diamond: the bottom-right corner of the frame is outside", "diamond", {90, 70}, false,
        rect);
    row("triangle: above the base is inside", "triangle", {50, 70}, true, rect);
    row("triangle: below the apex is inside", "triangle", {50, 6}, true, rect);
    row("triangle: the top-left corner is outside", "triangle", {10, 10}, false, rect);
    row("triangle: the top-right corner is outside", "triangle", {90, 10}, false, rect);
    row("hexagon: the centre is inside", "hexagon", {50, 40}, true, rect);
    row("hexagon: the left vertex is inside", "hexagon", {3, 40}, true, rect);
    row("hexagon: the top-left corner is outside", "hexagon", {3, 3}, false, rect);
    row("hexagon: the bottom-right corner is outside", "hexagon", {97, 77}, false, rect);
    row("parallelogram: the top-left corner is outside", "parallelogram", {2, 2}, false, rect);
    row("parallelogram: the bottom-right corner is outside", "parallelogram", {98, 78}, false,
        rect);
    row("parallelogram: the bottom-left corner is inside", "parallelogram", {2, 78}, true, rect);
    row("parallelogram: the top-right corner is inside", "parallelogram", {98, 2}, true, rect);
    row("note: the centre is inside", "note", {50, 40}, true, rect);
    row("note: the top-right corner is inside", "note", {99, 2}, true, rect);
    row("note: the folded corner is cut off", "note", {99, 79}, false, rect);
    row("unknown keyword is the rectangle: a corner is inside", "blob_cloud", {2, 2}, true, rect);
    row("unknown keyword is the rectangle: the other corner too", "star", {98, 78}, true, rect);
    row("ellipse: the centre is inside", "", {50, 40}, true, ellipse);
    row("ellipse: a corner of its frame is outside", "", {3, 3}, false, ellipse);
    row("ellipse ignores a shape prop", "diamond", {50, 40}, true, ellipse);
}

void TestShapeOutline::containsPoint()
{
    QFETCH(QString, shape);
    QFETCH(int, type);
    QFETCH(QJsonObject, extra);
    QFETCH(QPointF, point);
    QFETCH(bool, inside);
    const QPainterPath path = shapeOutline(shapeObject(shape, ObjectType(type), extra), kFrame);
    QVERIFY(!path.isEmpty());
    QCOMPARE(path.contains(point), inside);
}

void TestShapeOutline::shapeKindOfKeywords_data()
{
    QTest::addColumn<QString>("shape");
    QTest::addColumn<int>("kind");
    QTest::newRow("rectangle") << "rectangle" << int(ShapeKind::Rectangle);
    QTest::newRow("diamond") << "diamond" << int(ShapeKind::Diamond);
    QTest::newRow("triangle") << "triangle" << int(ShapeKind::Triangle);
    QTest::newRow("hexagon") << "hexagon" << int(ShapeKind::Hexagon);
    QTest::newRow("parallelogram") << "parallelogram" << int(ShapeKind::Parallelogram);
    QTest::newRow("note") << "note" << int(ShapeKind::Note);
    QTest::newRow("absent: rectangle") << "" << int(ShapeKind::Rectangle);
    QTest::newRow("unknown: rectangle") << "cloud" << int(ShapeKind::Rectangle);
    QTest::newRow("case matters: rectangle") << "Diamond" << int(ShapeKind::Rectangle);
}

void TestShapeOutline::shapeKindOfKeywords()
{
    QFETCH(QString, shape);
    QFETCH(int, kind);
    QCOMPARE(int(shapeKindOf(shapeObject(shape))), kind);
}

void TestShapeOutline::onlyRectsAndEllipsesAreClosedShapes()
{
    QVERIFY(isClosedShape(shapeObject("diamond")));
    QVERIFY(isClosedShape(shapeObject({}, ObjectType::Ellipse)));
    for (ObjectType t : {ObjectType::Stroke, ObjectType::Line, ObjectType::Arrow, ObjectType::Text,
                         ObjectType::Image}) {
        const Object o{"o", t, QJsonObject{{"shape", "diamond"}}};
        QVERIFY(!isClosedShape(o));
        QVERIFY(shapeOutline(o, kFrame).isEmpty());
    }
    QVERIFY(isNote(shapeObject("note")));
    QVERIFY(!isNote(shapeObject("note", ObjectType::Ellipse)));
}

void TestShapeOutline::hitTestFollowsTheOutline()
{
    // computeGeometry draws the outline, so selection and the eraser follow it.
    const Object diamond = shapeObject("diamond");
    const Geometry g = computeGeometry(diamond);
    QVERIFY(hitTest(diamond, g, {50, 40}, 0.5));
    QVERIFY(!hitTest(diamond, g, {8, 8}, 0.5));
    const Object unknown = shapeObject("cloud");
    QVERIFY(hitTest(unknown, computeGeometry(unknown), {8, 8}, 0.5));
}

void TestShapeOutline::labelBoxStaysInsideTheOutline_data()
{
    QTest::addColumn<QString>("shape");
    QTest::addColumn<int>("type");
    for (const char *s : {"rectangle", "diamond", "triangle", "hexagon", "parallelogram", "note"})
        QTest::newRow(s) << QString::fromLatin1(s) << int(ObjectType::Rect);
    QTest::newRow("ellipse") << QString() << int(ObjectType::Ellipse);
}

void TestShapeOutline::labelBoxStaysInsideTheOutline()
{
    QFETCH(QString, shape);
    QFETCH(int, type);
    const Object o = shapeObject(shape, ObjectType(type), {{"stroke_width", 2}});
    const Geometry g = computeGeometry(o);
    const QRectF box = labelBox(o, g);
    QVERIFY(box.width() > 10 && box.height() > 10);
    QVERIFY(g.frame.contains(box));
    for (QPointF corner : {box.topLeft(), box.topRight(), box.bottomLeft(), box.bottomRight()})
        QVERIFY2(g.path.contains(corner),
                 qPrintable(QStringLiteral("%1,%2 outside").arg(corner.x()).arg(corner.y())));
}

void TestShapeOutline::noteBoundsHoldItsShadow()
{
    const Object note = shapeObject("note");
    const Geometry g = computeGeometry(note);
    QVERIFY(g.bounds.contains(QRectF(kFrame).translated(kNoteShadowOffset)));
}

QTEST_GUILESS_MAIN(TestShapeOutline)
#include "tst_shape_outline.moc"
