// SPDX-License-Identifier: Apache-2.0
// The shape and label commands (canvas/commands/set_shape, label_commit) without a widget:
// the visible document in, ops out; the tests apply them and read the result. Labels are
// measured with real fonts, so this runs with a (offscreen) QGuiApplication.
#include "commands/label_commit.h"
#include "commands/set_shape.h"
#include "geometry.h"
#include "label_painter.h"

#include <QTest>

using namespace inkboard;
using namespace inkboard::canvas;

namespace {

Object shapeObject(const QString &id, ObjectType type, const QJsonObject &extra = {})
{
    QJsonObject props{{"x", 0}, {"y", 0}, {"w", 200}, {"h", 60}, {"z", "a0"}, {"stroke_width", 2}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        props.insert(it.key(), it.value());
    return Object{id, type, props};
}

// r (a rect), d (a diamond), n (a note), e (an ellipse), l (a line), k (a locked rect).
Document sample()
{
    Document d;
    d.put(shapeObject("r", ObjectType::Rect));
    d.put(shapeObject("d", ObjectType::Rect, {{"shape", "diamond"}, {"label", "old"}}));
    d.put(shapeObject("n", ObjectType::Rect, {{"shape", "note"}, {"h", 200}}));
    d.put(shapeObject("e", ObjectType::Ellipse));
    d.put(Object{"l", ObjectType::Line, QJsonObject{{"points", QJsonArray{0, 0, 10, 10}}}});
    d.put(shapeObject("k", ObjectType::Rect, {{"locked", true}}));
    return d;
}

const QString kLong = QStringLiteral("many words that take far more lines than the shape is "
                                     "tall, so that a shape that grows must grow to hold them "
                                     "all inside its label box without spilling over");

} // namespace

class TestCanvasShapeCommands : public QObject
{
    Q_OBJECT
private slots:
    void setShape_data();
    void setShape();
    void commitLabel_data();
    void commitLabel();
    void aFirstLabelTakesTheStyle();
    void grownShapeFitsItsLabel_data();
    void grownShapeFitsItsLabel();
};

void TestCanvasShapeCommands::setShape_data()
{
    QTest::addColumn<QStringList>("selection");
    QTest::addColumn<QString>("shape");
    QTest::addColumn<QStringList>("changed");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("a rect becomes a triangle")
        << QStringList{"r"} << "triangle" << QStringList{"r"} << QJsonValue("triangle");
    QTest::newRow("only rects change: ellipses, lines and locked rects stay")
        << QStringList{"r", "e", "l", "k"} << "hexagon" << QStringList{"r"}
        << QJsonValue("hexagon");
    QTest::newRow("the rectangle removes the prop")
        << QStringList{"d", "r"} << "rectangle" << QStringList{"d"} << QJsonValue(QJsonValue::Null);
    QTest::newRow("a rect with that shape already is left alone")
        << QStringList{"d", "r"} << "diamond" << QStringList{"r"} << QJsonValue("diamond");
    QTest::newRow("nothing selected, nothing done")
        << QStringList{} << "diamond" << QStringList{} << QJsonValue();
}

void TestCanvasShapeCommands::setShape()
{
    QFETCH(QStringList, selection);
    QFETCH(QString, shape);
    QFETCH(QStringList, changed);
    QFETCH(QJsonValue, value);
    Document d = sample();
    const OpList ops =
        commands::setShape(d, QSet<QString>(selection.begin(), selection.end()), shape);
    QStringList ids;
    for (const Op &op : ops) {
        ids << op.id;
        QCOMPARE(op.kind, Op::Kind::Update);
        QCOMPARE(op.props, (QJsonObject{{"shape", value}}));
    }
    QCOMPARE(ids, changed);
    d.apply(ops);
    for (const QString &id : changed)
        QCOMPARE(d.find(id)->props.value("shape"),
                 value.isNull() ? QJsonValue(QJsonValue::Undefined) : value);
}

void TestCanvasShapeCommands::commitLabel_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("op");
    QTest::addColumn<QJsonValue>("label");
    QTest::addColumn<bool>("grows");
    QTest::newRow("a new label is one update of label")
        << "r"
        << "Start" << true << QJsonValue("Start") << false;
    QTest::newRow("an ellipse takes a label too") << "e"
                                                  << "Yes" << true << QJsonValue("Yes") << false;
    QTest::newRow("the same label is nothing") << "d"
                                               << "old" << false << QJsonValue() << false;
    QTest::newRow("an emptied label is removed with null")
        << "d"
        << "" << true << QJsonValue(QJsonValue::Null) << false;
    QTest::newRow("nothing typed on a shape without a label is nothing")
        << "r"
        << "" << false << QJsonValue() << false;
    QTest::newRow("a shape gone meanwhile is nothing") << "zz"
                                                       << "x" << false << QJsonValue() << false;
    QTest::newRow("a line takes a label (at its middle)")
        << "l"
        << "x" << true << QJsonValue("x") << false;
    QTest::newRow("long text on a rect (grow off by default) keeps h")
        << "r" << kLong << true << QJsonValue(kLong) << false;
    QTest::newRow("short text on a note keeps h") << "n"
                                                  << "milk" << true << QJsonValue("milk") << false;
    QTest::newRow("long text on a note (grow on by default) grows h")
        << "n" << kLong + kLong << true << QJsonValue(kLong + kLong) << true;
}

void TestCanvasShapeCommands::aFirstLabelTakesTheStyle()
{
    Document d = sample();
    const QJsonObject style{{"font_size", 30}, {"font_family", "hand"}, {"label_align", "left"}};
    // r has no label and no font: it takes the style's.
    OpList ops = commands::commitLabel(d, "r", "Start", style);
    QCOMPARE(ops.size(), 1);
    QCOMPARE(ops[0].props, (QJsonObject{{"label", "Start"},
                                        {"font_size", 30},
                                        {"font_family", "hand"},
                                        {"label_align", "left"}}));
    // d has a label already: an edit changes only the text.
    ops = commands::commitLabel(d, "d", "new", style);
    QCOMPARE(ops[0].props, (QJsonObject{{"label", "new"}}));
    // A shape's own font stays its own.
    d.put(shapeObject("f", ObjectType::Rect, {{"font_size", 12}}));
    ops = commands::commitLabel(d, "f", "x", style);
    QVERIFY(!ops[0].props.contains("font_size"));
    QCOMPARE(ops[0].props.value("font_family").toString(), QString("hand"));
}

void TestCanvasShapeCommands::commitLabel()
{
    QFETCH(QString, id);
    QFETCH(QString, text);
    QFETCH(bool, op);
    QFETCH(QJsonValue, label);
    QFETCH(bool, grows);
    Document d = sample();
    const double before = d.find(id) ? d.find(id)->number(QLatin1String("h")) : 0;
    const OpList ops = commands::commitLabel(d, id, text);
    QCOMPARE(ops.size(), op ? 1 : 0);
    if (!op)
        return;
    QCOMPARE(ops[0].kind, Op::Kind::Update);
    QCOMPARE(ops[0].id, id);
    QCOMPARE(ops[0].props.value("label"), label);
    QCOMPARE(ops[0].props.contains("h"), grows);
    d.apply(ops);
    if (grows)
        QVERIFY(d.find(id)->number(QLatin1String("h")) > before);
    else
        QCOMPARE(d.find(id)->number(QLatin1String("h")), before);
}

void TestCanvasShapeCommands::grownShapeFitsItsLabel_data()
{
    QTest::addColumn<QJsonObject>("extra");
    QTest::addColumn<int>("type");
    QTest::newRow("rectangle") << QJsonObject{{"grow", true}} << int(ObjectType::Rect);
    QTest::newRow("diamond (half its height is the box)")
        << QJsonObject{{"grow", true}, {"shape", "diamond"}} << int(ObjectType::Rect);
    QTest::newRow("triangle") << QJsonObject{{"grow", true}, {"shape", "triangle"}}
                              << int(ObjectType::Rect);
    QTest::newRow("ellipse") << QJsonObject{{"grow", true}} << int(ObjectType::Ellipse);
    QTest::newRow("note, bigger font")
        << QJsonObject{{"shape", "note"}, {"font_size", 32}} << int(ObjectType::Rect);
}

void TestCanvasShapeCommands::grownShapeFitsItsLabel()
{
    QFETCH(QJsonObject, extra);
    QFETCH(int, type);
    Document d;
    d.put(shapeObject("s", ObjectType(type), extra));
    d.apply(commands::commitLabel(d, "s", kLong));
    const Object &o = *d.find("s");
    QVERIFY(o.number(QLatin1String("h")) > 60);
    const QRectF box = labelBox(o, computeGeometry(o));
    QVERIFY2(labelTextRect(o, box).height() <= box.height() + 0.5,
             qPrintable(QStringLiteral("text %1 in a box of %2")
                            .arg(labelTextRect(o, box).height())
                            .arg(box.height())));
    // Not much more than needed either: a little less would not hold it.
    Object less = o;
    less.props.insert("h", o.number(QLatin1String("h")) - 4);
    const QRectF smaller = labelBox(less, computeGeometry(less));
    QVERIFY(labelTextRect(less, smaller).height() > smaller.height());
}

QTEST_MAIN(TestCanvasShapeCommands)
#include "tst_canvas_shape_commands.moc"
