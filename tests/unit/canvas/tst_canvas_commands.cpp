// SPDX-License-Identifier: Apache-2.0
// canvas/commands without a widget: each command reads a Document (and the selection, z keys,
// style it is given) and returns ops; the tests apply them to the document and read the result.
#include "commands/delete.h"
#include "commands/duplicate.h"
#include "commands/insert_image.h"
#include "commands/lock.h"
#include "commands/nudge.h"
#include "commands/paste.h"
#include "commands/restyle.h"
#include "commands/selected.h"
#include "commands/text_commit.h"
#include "commands/z_order.h"
#include "model/limits.h"
#include "model/z_order.h"
#include "style_mix.h"

#include <QTest>

using namespace inkboard;
using namespace inkboard::canvas;

namespace {

Object rect(const QString &id, double x, double y, const QString &z, bool locked = false)
{
    QJsonObject props{{"x", x},
                      {"y", y},
                      {"w", 40},
                      {"h", 20},
                      {"z", z},
                      {"stroke_color", "#1e1e1eff"},
                      {"fill_color", "#00000000"},
                      {"stroke_width", 2},
                      {"opacity", 1}};
    if (locked)
        props.insert("locked", true);
    return Object{id, ObjectType::Rect, props};
}

Object text(const QString &id, const QString &content)
{
    return Object{id, ObjectType::Text,
                  QJsonObject{{"x", 0}, {"y", 0}, {"z", "a5"}, {"text", content}}};
}

// a (a0), b (a1), c (a2, locked), t (text, a5).
Document sample()
{
    Document d;
    d.put(rect("a", 10, 10, "a0"));
    d.put(rect("b", 100, 10, "a1"));
    d.put(rect("c", 200, 10, "a2", true));
    d.put(text("t", "hello"));
    return d;
}

QStringList idsOf(const OpList &ops)
{
    QStringList ids;
    for (const Op &op : ops)
        ids << op.id;
    return ids;
}

QStringList renderOrder(const Document &d)
{
    QStringList ids;
    for (const Object &o : d.inRenderOrder())
        ids << o.id;
    return ids;
}

QSet<QString> set(const QStringList &ids)
{
    return QSet<QString>(ids.begin(), ids.end());
}

} // namespace

class TestCanvasCommands : public QObject
{
    Q_OBJECT
private slots:
    void selectedObjectsAreInRenderOrder();
    void removeSkipsLocked_data();
    void removeSkipsLocked();
    void duplicateOffsetsWithFreshIdsAbove();
    void duplicateOfNothingIsNothing();
    void bringToFrontGoesAboveMax();
    void sendToBackGoesBelowMin();
    void restackWithForeignKeysDoesNothing();
    void toggleLock_data();
    void toggleLock();
    void nudgeMovesUnlockedByStep_data();
    void nudgeMovesUnlockedByStep();
    void restyleSendsOnlyChangedProps();
    void restyleOfUnchangedStyleIsNothing();
    void pasteStyleSetsEveryKeyThatDiffers();
    void mixedFieldsCountWhereTheyApply();
    void restyleForcesAMixedField();
    void pasteObjectsCentersOnPoint();
    void pasteTextIsCutToLimit();
    void insertImageFitsAndCenters_data();
    void insertImageFitsAndCenters();
    void commitText_data();
    void commitText();
};

void TestCanvasCommands::selectedObjectsAreInRenderOrder()
{
    const QList<Object> objects = commands::selectedObjects(sample(), {"t", "gone", "b", "a"});
    QStringList ids;
    for (const Object &o : objects)
        ids << o.id;
    QCOMPARE(ids, (QStringList{"a", "b", "t"}));
}

void TestCanvasCommands::removeSkipsLocked_data()
{
    QTest::addColumn<QStringList>("selection");
    QTest::addColumn<QStringList>("removed");
    QTest::newRow("unlocked") << QStringList{"a", "b"} << QStringList{"a", "b"};
    QTest::newRow("locked is kept") << QStringList{"a", "c"} << QStringList{"a"};
    QTest::newRow("only locked") << QStringList{"c"} << QStringList{};
    QTest::newRow("missing id") << QStringList{"gone"} << QStringList{};
}

void TestCanvasCommands::removeSkipsLocked()
{
    QFETCH(QStringList, selection);
    QFETCH(QStringList, removed);
    const OpList ops = commands::remove(sample(), set(selection));
    QCOMPARE(idsOf(ops), removed);
    for (const Op &op : ops)
        QCOMPARE(op.kind, Op::Kind::Delete);
}

void TestCanvasCommands::duplicateOffsetsWithFreshIdsAbove()
{
    Document d = sample();
    QStringList ids;
    const OpList ops = commands::duplicate(d, {"b", "a", "c"}, QStringLiteral("a5"), &ids);
    QCOMPARE(ops.size(), 3);
    QCOMPARE(idsOf(ops), ids);
    QCOMPARE(set(ids).size(), 3);
    for (const QString &id : ids)
        QVERIFY(!d.contains(id));
    d.apply(ops);
    // The copies keep their order (a below b below c) above everything, moved by 10, 10.
    QCOMPARE(renderOrder(d).mid(4), ids);
    const QStringList originals{"a", "b", "c"};
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const Object *copy = d.find(ids[i]);
        const Object *from = d.find(originals[i]);
        QVERIFY(copy->z() > QStringLiteral("a5"));
        QCOMPARE(copy->type, from->type);
        QCOMPARE(copy->number(QLatin1String("x")), from->number(QLatin1String("x")) + 10);
        QCOMPARE(copy->number(QLatin1String("y")), from->number(QLatin1String("y")) + 10);
        QCOMPARE(copy->props.value("w"), from->props.value("w"));
    }
    QVERIFY(d.find(ids[2])->flag(QLatin1String("locked"))); // a copy keeps the lock
}

void TestCanvasCommands::duplicateOfNothingIsNothing()
{
    QStringList ids;
    QVERIFY(commands::duplicate(sample(), {"gone"}, QStringLiteral("a5"), &ids).isEmpty());
    QVERIFY(ids.isEmpty());
}

void TestCanvasCommands::bringToFrontGoesAboveMax()
{
    Document d = sample();
    const OpList ops = commands::bringToFront(d, {"b", "a"}, QStringLiteral("a5"));
    QCOMPARE(idsOf(ops), (QStringList{"a", "b"}));
    for (const Op &op : ops) {
        QCOMPARE(op.kind, Op::Kind::Update);
        QCOMPARE(op.props.keys(), QStringList{"z"});
        QVERIFY(op.props.value("z").toString() > QStringLiteral("a5"));
    }
    d.apply(ops);
    QCOMPARE(renderOrder(d), (QStringList{"c", "t", "a", "b"}));
}

void TestCanvasCommands::sendToBackGoesBelowMin()
{
    Document d = sample();
    const OpList ops = commands::sendToBack(d, {"t", "b"}, QStringLiteral("a0"));
    QCOMPARE(ops.size(), 2);
    for (const Op &op : ops)
        QVERIFY(op.props.value("z").toString() < QStringLiteral("a0"));
    d.apply(ops);
    QCOMPARE(renderOrder(d), (QStringList{"b", "t", "a", "c"}));
}

void TestCanvasCommands::restackWithForeignKeysDoesNothing()
{
    QVERIFY(!isValidOrderKey(QStringLiteral("~~")));
    QVERIFY(commands::bringToFront(sample(), {"a"}, QStringLiteral("~~")).isEmpty());
    QVERIFY(commands::sendToBack(sample(), {"a"}, QStringLiteral("~~")).isEmpty());
    QVERIFY(commands::bringToFront(sample(), {}, QStringLiteral("a5")).isEmpty());
}

void TestCanvasCommands::toggleLock_data()
{
    QTest::addColumn<QStringList>("selection");
    QTest::addColumn<bool>("locking");
    QTest::addColumn<QStringList>("changed");
    QTest::newRow("all unlocked: lock") << QStringList{"a", "b"} << true << QStringList{"a", "b"};
    QTest::newRow("mixed: lock the rest") << QStringList{"a", "c"} << true << QStringList{"a"};
    QTest::newRow("all locked: unlock") << QStringList{"c"} << false << QStringList{"c"};
    QTest::newRow("nothing") << QStringList{} << false << QStringList{};
}

void TestCanvasCommands::toggleLock()
{
    QFETCH(QStringList, selection);
    QFETCH(bool, locking);
    QFETCH(QStringList, changed);
    Document d = sample();
    bool wasLocking = !locking;
    const OpList ops = commands::toggleLock(d, set(selection), &wasLocking);
    QCOMPARE(wasLocking, locking);
    QCOMPARE(idsOf(ops), changed);
    d.apply(ops);
    for (const QString &id : selection) {
        QCOMPARE(d.find(id)->flag(QLatin1String("locked")), locking);
        // Unlocked is the prop's absence, not false.
        QCOMPARE(d.find(id)->props.contains("locked"), locking);
    }
}

void TestCanvasCommands::nudgeMovesUnlockedByStep_data()
{
    QTest::addColumn<QPointF>("delta");
    QTest::newRow("right 1") << QPointF(1, 0);
    QTest::newRow("down 10") << QPointF(0, 10);
    QTest::newRow("up-left") << QPointF(-10, -1);
}

void TestCanvasCommands::nudgeMovesUnlockedByStep()
{
    QFETCH(QPointF, delta);
    Document d = sample();
    const OpList ops = commands::nudge(d, {"a", "c", "t"}, delta);
    QCOMPARE(idsOf(ops), (QStringList{"a", "t"})); // c is locked
    d.apply(ops);
    QCOMPARE(d.find("a")->number(QLatin1String("x")), 10 + delta.x());
    QCOMPARE(d.find("a")->number(QLatin1String("y")), 10 + delta.y());
    QCOMPARE(d.find("t")->number(QLatin1String("x")), delta.x());
    QCOMPARE(d.find("c")->number(QLatin1String("x")), 200.0);
}

void TestCanvasCommands::restyleSendsOnlyChangedProps()
{
    Document d = sample();
    Object red = rect("red", 0, 0, "a3");
    red.props.insert("stroke_color", "#ff0000ff");
    d.put(red);
    Style was;
    Style want = was;
    want.strokeColor = Qt::red;
    want.strokeWidth = 8;
    const OpList ops = commands::restyle(d, {"a", "red", "t"}, was, want);
    QCOMPARE(idsOf(ops), (QStringList{"a", "red", "t"}));
    // a gets both changed keys; red already has the color; the text has no stroke width.
    QCOMPARE(ops[0].props, (QJsonObject{{"stroke_color", "#ff0000ff"}, {"stroke_width", 8}}));
    QCOMPARE(ops[1].props, (QJsonObject{{"stroke_width", 8}}));
    QCOMPARE(ops[2].props, (QJsonObject{{"stroke_color", "#ff0000ff"}}));
}

void TestCanvasCommands::restyleOfUnchangedStyleIsNothing()
{
    Style s;
    QVERIFY(commands::restyle(sample(), {"a", "b", "t"}, s, s).isEmpty());
}

void TestCanvasCommands::mixedFieldsCountWhereTheyApply()
{
    using F = StyleField;
    const Document d = sample();
    const Object a = *d.find("a");
    Object wide = rect("w", 0, 0, "a6");
    wide.props.insert("stroke_width", 6);
    QCOMPARE(mixedFields({a, *d.find("b")}), StyleFields());
    QCOMPARE(mixedFields({a, wide}), StyleFields(F::StrokeWidth));
    // A text has no fill nor width: it mixes only what it has (its colour is a's too).
    Object red = text("t2", "x");
    red.props.insert("stroke_color", "#ff0000ff");
    QCOMPARE(mixedFields({a, *d.find("t")}), StyleFields());
    QCOMPARE(mixedFields({a, red}), StyleFields(F::StrokeColor));
    // A key left out reads as its default: a dash written "solid" is no mix with none.
    Object dashed = rect("d", 0, 0, "a7");
    dashed.props.insert("dash", "solid");
    QCOMPARE(mixedFields({a, dashed}), StyleFields());
    dashed.props.insert("dash", "dotted");
    QCOMPARE(mixedFields({a, dashed, wide}), F::Dash | F::StrokeWidth);
    // Arrowheads count among arrows only.
    const Object arrow{
        "ar", ObjectType::Arrow, {{"points", QJsonArray{0, 0, 10, 0}}, {"head_end", "dot"}}};
    QCOMPARE(mixedFields({a, arrow}), StyleFields());
    Object round = rect("rr", 0, 0, "a8");
    round.props.insert("radius", 12);
    QCOMPARE(mixedFields({a, round}), StyleFields(F::CornerRadius));
    QCOMPARE(mixedFields({round, *d.find("t")}), StyleFields()); // a text has no corners
    // Alignment: a text's align against a label's label_align; a shape without a label has none.
    Object centred = text("tc", "x");
    centred.props.insert("align", "center");
    Object labelled = rect("lb", 0, 0, "a9");
    labelled.props.insert("label", "Go");
    QCOMPARE(mixedFields({labelled, centred}) & F::TextAlign, StyleFields()); // both centred
    QCOMPARE(mixedFields({labelled, *d.find("t")}) & F::TextAlign, StyleFields(F::TextAlign));
    QCOMPARE(mixedFields({a, *d.find("t")}) & F::TextAlign, StyleFields());
    QCOMPARE(mixedFields({}), StyleFields());
}

void TestCanvasCommands::restyleForcesAMixedField()
{
    Document d = sample();
    Object wide = rect("w", 0, 0, "a6");
    wide.props.insert("stroke_width", 6);
    d.put(wide);
    // The panel held b's width (2) and the user chose 2 for a mixed selection.
    Style was;
    was.strokeWidth = 2;
    QVERIFY(commands::restyle(d, {"b", "w"}, was, was).isEmpty());
    const OpList ops = commands::restyle(d, {"b", "w"}, was, was, StyleField::StrokeWidth);
    QCOMPARE(idsOf(ops), QStringList{"w"});
    QCOMPARE(ops.first().props, (QJsonObject{{"stroke_width", 2}}));
}

void TestCanvasCommands::pasteStyleSetsEveryKeyThatDiffers()
{
    Document d = sample();
    Object red = rect("red", 0, 0, "a3");
    red.props.insert("stroke_color", "#ff0000ff");
    red.props.insert("stroke_width", 6);
    red.props.insert("dash", "dashed");
    d.put(red);
    // Copied from red: a takes its colour, width and dash even though the panel's style
    // (the copy itself) has not changed; red itself only gets the keys it left to their
    // defaults written out (fill_style), none of the ones it holds.
    const Style copied = Style().merged(red);
    const OpList ops = commands::pasteStyle(d, {"a", "red"}, copied);
    QCOMPARE(idsOf(ops), (QStringList{"a", "red"}));
    for (const char *k : {"stroke_color", "stroke_width", "dash", "opacity"})
        QVERIFY2(!ops[1].props.contains(k), k);
    QCOMPARE(ops[0].props.value("stroke_color").toString(), QString("#ff0000ff"));
    QCOMPARE(ops[0].props.value("stroke_width").toDouble(), 6.0);
    QCOMPARE(ops[0].props.value("dash").toString(), QString("dashed"));
    QVERIFY(!ops[0].props.contains("x"));
    // restyle from the same style to itself changes nothing: paste is not a restyle.
    QVERIFY(commands::restyle(d, {"a"}, copied, copied).isEmpty());
    QVERIFY(commands::pasteStyle(d, {}, copied).isEmpty());
}

void TestCanvasCommands::pasteObjectsCentersOnPoint()
{
    Document d;
    QStringList ids;
    // Bounds of the two: (0, 0)-(140, 30) with the stroke; centered on (500, 300).
    const OpList ops = commands::pasteObjects({rect("a", 0, 0, "a0"), rect("b", 100, 10, "a1")},
                                              QPointF(500, 300), QStringLiteral("a5"), &ids);
    QCOMPARE(ops.size(), 2);
    QVERIFY(!ids.contains("a") && !ids.contains("b"));
    d.apply(ops);
    const double ax = d.find(ids[0])->number(QLatin1String("x"));
    const double bx = d.find(ids[1])->number(QLatin1String("x"));
    QCOMPARE(bx - ax, 100.0); // they keep their places relative to each other
    const double ay = d.find(ids[0])->number(QLatin1String("y"));
    QVERIFY(qAbs((ax + bx + 40) / 2 - 500) < 2);
    QVERIFY(qAbs((ay + ay + 30) / 2 - 300) < 2);
    QVERIFY(d.find(ids[0])->z() > QStringLiteral("a5"));
}

void TestCanvasCommands::pasteTextIsCutToLimit()
{
    Style style;
    style.fontSize = 32;
    QString id;
    const QString longText(Limits().maxTextChars + 5, u'x');
    const OpList ops =
        commands::pasteText(longText, QPointF(7, 8), style, QStringLiteral("a9"), &id);
    QCOMPARE(ops.size(), 1);
    QCOMPARE(ops[0].kind, Op::Kind::Create);
    QCOMPARE(ops[0].id, id);
    QCOMPARE(ops[0].type, ObjectType::Text);
    QCOMPARE(ops[0].props.value("text").toString().size(), Limits().maxTextChars);
    QCOMPARE(ops[0].props.value("x").toDouble(), 7.0);
    QCOMPARE(ops[0].props.value("y").toDouble(), 8.0);
    QCOMPARE(ops[0].props.value("z").toString(), QStringLiteral("a9"));
    QCOMPARE(ops[0].props.value("font_size").toDouble(), 32.0);
}

void TestCanvasCommands::insertImageFitsAndCenters_data()
{
    QTest::addColumn<QSize>("pixels");
    QTest::addColumn<QSizeF>("fitIn");
    QTest::addColumn<QRectF>("expected");
    QTest::newRow("small: native size")
        << QSize(64, 32) << QSizeF(800, 600) << QRectF(68, 84, 64, 32);
    QTest::newRow("wide: fits the width")
        << QSize(4000, 1000) << QSizeF(800, 600) << QRectF(-300, 0, 800, 200);
    QTest::newRow("tall: fits the height")
        << QSize(1000, 3000) << QSizeF(800, 600) << QRectF(0, -200, 200, 600);
    QTest::newRow("odd size: whole units")
        << QSize(33, 33) << QSizeF(800, 600) << QRectF(84, 84, 33, 33);
}

void TestCanvasCommands::insertImageFitsAndCenters()
{
    QFETCH(QSize, pixels);
    QFETCH(QSizeF, fitIn);
    QFETCH(QRectF, expected);
    QString id;
    const OpList ops = commands::insertImage(QStringLiteral("abc"), pixels, QPointF(100, 100),
                                             fitIn, Style(), QStringLiteral("a3"), &id);
    QCOMPARE(ops.size(), 1);
    QCOMPARE(ops[0].id, id);
    QCOMPARE(ops[0].type, ObjectType::Image);
    const QJsonObject &p = ops[0].props;
    QCOMPARE(p.value("blob").toString(), QStringLiteral("abc"));
    QCOMPARE(QRectF(p.value("x").toDouble(), p.value("y").toDouble(), p.value("w").toDouble(),
                    p.value("h").toDouble()),
             expected);
    QCOMPARE(p.value("z").toString(), QStringLiteral("a3"));
    QVERIFY(!p.contains("stroke_color")); // images have no stroke
}

void TestCanvasCommands::commitText_data()
{
    QTest::addColumn<QString>("editing");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QJsonObject>("props");
    using K = commands::TextCommit::Kind;
    QTest::newRow("new, blank") << QString() << QStringLiteral("  \n ") << int(K::None)
                                << QJsonObject();
    QTest::newRow("new") << QString() << QStringLiteral("hi\nthere") << int(K::Add)
                         << QJsonObject{{"text", "hi\nthere"}, {"x", 1.23}, {"y", 4.57}};
    QTest::newRow("unchanged") << QStringLiteral("t") << QStringLiteral("hello") << int(K::None)
                               << QJsonObject();
    QTest::newRow("changed") << QStringLiteral("t") << QStringLiteral("bye") << int(K::Edit)
                             << QJsonObject{{"text", "bye"}};
    QTest::newRow("emptied") << QStringLiteral("t") << QString() << int(K::Delete) << QJsonObject();
    QTest::newRow("gone meanwhile")
        << QStringLiteral("gone") << QStringLiteral("x") << int(K::None) << QJsonObject();
}

void TestCanvasCommands::commitText()
{
    QFETCH(QString, editing);
    QFETCH(QString, typed);
    QFETCH(int, kind);
    QFETCH(QJsonObject, props);
    using K = commands::TextCommit::Kind;
    const commands::TextCommit c = commands::commitText(
        sample(), editing, typed, QPointF(1.2345, 4.5678), Style(), QStringLiteral("a9"));
    QCOMPARE(int(c.kind), kind);
    QCOMPARE(c.ops.size(), kind == int(K::None) ? 0 : 1);
    if (c.ops.isEmpty())
        return;
    const Op &op = c.ops[0];
    switch (K(kind)) {
    case K::Add:
        QCOMPARE(op.kind, Op::Kind::Create);
        QCOMPARE(op.id, c.createdId);
        QVERIFY(!sample().contains(op.id));
        for (auto it = props.constBegin(); it != props.constEnd(); ++it)
            QCOMPARE(op.props.value(it.key()), it.value());
        QCOMPARE(op.props.value("z").toString(), QStringLiteral("a9"));
        QVERIFY(op.props.contains("font_size"));
        break;
    case K::Edit:
        QCOMPARE(op.kind, Op::Kind::Update);
        QCOMPARE(op.id, editing);
        QCOMPARE(op.props, props);
        break;
    case K::Delete:
        QCOMPARE(op.kind, Op::Kind::Delete);
        QCOMPARE(op.id, editing);
        break;
    case K::None:
        break;
    }
}

QTEST_GUILESS_MAIN(TestCanvasCommands)
#include "tst_canvas_commands.moc"
