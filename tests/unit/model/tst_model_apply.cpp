// SPDX-License-Identifier: Apache-2.0
// Op application (PROTOCOL.md §2): total, deterministic, with the no-op cases.

#include "model/document.h"
#include "model/op_codec.h"
#include "model_test_util.h"

#include <QJsonArray>
#include <QObject>
#include <QTest>

using namespace inkboard;
using inkboard::test::dump;
using inkboard::test::json;

class ModelApplyTest : public QObject
{
    Q_OBJECT

private slots:
    void apply_data();
    void apply();
    void applyListEqualsOneByOne();
    void sameOpsSameOrderSameDocument();
    void lastWriterWinsPerProp();
    void renderOrderByZThenId();
    void objectHelpers();
    void documentAccessors();
    void objectTypeNames();
    void opFactoriesMatchTheCodec();
};

void ModelApplyTest::apply_data()
{
    // before: ops applied first; op: the op under test; changed: its return value;
    // after: the document in its stable form (objects sorted by id).
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("op");
    QTest::addColumn<bool>("changed");
    QTest::addColumn<QByteArray>("after");

    const QByteArray createA =
        R"({"op_id":"c1","op":"create","id":"a","type":"rect","props":{"w":1,"h":2,"x":5}})";
    const QByteArray objA = R"({"id":"a","props":{"h":2,"w":1,"x":5},"type":"rect"})";
    const QByteArray deleteA = R"({"op_id":"d1","op":"delete","id":"a"})";

    QTest::newRow("create: inserts an absent object")
        << QByteArray("[]") << createA << true << "[" + objA + "]";
    QTest::newRow("create: no-op when present")
        << "[" + createA + "]"
        << QByteArray(R"({"op_id":"c2","op":"create","id":"a","type":"text","props":{"text":"x"}})")
        << false << "[" + objA + "]";
    QTest::newRow("create: keeps other objects")
        << "[" + createA + "]"
        << QByteArray(R"({"op_id":"c2","op":"create","id":"b","type":"text","props":{"text":"x"}})")
        << true << "[" + objA + R"(,{"id":"b","props":{"text":"x"},"type":"text"}])";
    QTest::newRow("create: after delete restores")
        << "[" + createA + "," + deleteA + "]" << createA << true << "[" + objA + "]";
    QTest::newRow("create: after delete takes the new type and props")
        << "[" + createA + "," + deleteA + "]"
        << QByteArray(
               R"({"op_id":"c3","op":"create","id":"a","type":"ellipse","props":{"w":3,"h":4}})")
        << true << QByteArray(R"([{"id":"a","props":{"h":4,"w":3},"type":"ellipse"}])");

    QTest::newRow("update: sets keys")
        << "[" + createA + "]"
        << QByteArray(R"({"op_id":"u1","op":"update","id":"a","props":{"x":7,"y":8}})") << true
        << QByteArray(R"([{"id":"a","props":{"h":2,"w":1,"x":7,"y":8},"type":"rect"}])");
    QTest::newRow("update: null removes a prop")
        << "[" + createA + "]"
        << QByteArray(R"({"op_id":"u1","op":"update","id":"a","props":{"x":null}})") << true
        << QByteArray(R"([{"id":"a","props":{"h":2,"w":1},"type":"rect"}])");
    QTest::newRow("update: null removes a required prop")
        << "[" + createA + "]"
        << QByteArray(R"({"op_id":"u1","op":"update","id":"a","props":{"w":null}})") << true
        << QByteArray(R"([{"id":"a","props":{"h":2,"x":5},"type":"rect"}])");
    QTest::newRow("update: null on a missing prop leaves the object")
        << "[" + createA + "]"
        << QByteArray(R"({"op_id":"u1","op":"update","id":"a","props":{"fill_color":null}})")
        << true << "[" + objA + "]";
    QTest::newRow("update: set and remove in one op")
        << "[" + createA + "]"
        << QByteArray(R"({"op_id":"u1","op":"update","id":"a","props":{"x":null,"z":"a1"}})")
        << true << QByteArray(R"([{"id":"a","props":{"h":2,"w":1,"z":"a1"},"type":"rect"}])");
    QTest::newRow("update: unknown keys are kept")
        << "[" + createA + "]"
        << QByteArray(R"({"op_id":"u1","op":"update","id":"a","props":{"ext":{"k":[1]}}})") << true
        << QByteArray(R"([{"id":"a","props":{"ext":{"k":[1]},"h":2,"w":1,"x":5},"type":"rect"}])");
    QTest::newRow("update: empty props change nothing")
        << "[" + createA + "]" << QByteArray(R"({"op_id":"u1","op":"update","id":"a","props":{}})")
        << false << "[" + objA + "]";
    QTest::newRow("update: no-op when absent")
        << "[" + createA + "]"
        << QByteArray(R"({"op_id":"u1","op":"update","id":"b","props":{"x":1}})") << false
        << "[" + objA + "]";
    QTest::newRow("update: no-op after delete")
        << "[" + createA + "," + deleteA + "]"
        << QByteArray(R"({"op_id":"u1","op":"update","id":"a","props":{"x":1}})") << false
        << QByteArray("[]");
    QTest::newRow("update: does not change the type")
        << "[" + createA + "]"
        << QByteArray(R"({"op_id":"u1","op":"update","id":"a","props":{"type":"text"}})") << true
        << QByteArray(R"([{"id":"a","props":{"h":2,"type":"text","w":1,"x":5},"type":"rect"}])");

    QTest::newRow("delete: removes a present object")
        << "[" + createA + "]" << deleteA << true << QByteArray("[]");
    QTest::newRow("delete: no-op when absent")
        << "[" + createA + "]" << QByteArray(R"({"op_id":"d1","op":"delete","id":"b"})") << false
        << "[" + objA + "]";
    QTest::newRow("delete: no-op when deleted twice")
        << "[" + createA + "," + deleteA + "]" << deleteA << false << QByteArray("[]");
    QTest::newRow("delete: no-op on an empty document")
        << QByteArray("[]") << deleteA << false << QByteArray("[]");
}

void ModelApplyTest::apply()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, op);
    QFETCH(bool, changed);
    QFETCH(QByteArray, after);

    Document doc;
    for (const QJsonValue &v : json(before).toArray())
        doc.apply(test::op(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
    QCOMPARE(doc.apply(test::op(op)), changed);
    QCOMPARE(dump(doc), test::compact(json(after).toArray()));
}

void ModelApplyTest::applyListEqualsOneByOne()
{
    const OpList list = test::ops(R"([
        {"op_id":"1","op":"create","id":"a","type":"rect","props":{"w":1,"h":1}},
        {"op_id":"2","op":"update","id":"a","props":{"x":3}},
        {"op_id":"3","op":"create","id":"b","type":"line","props":{"points":[0,0,1,1]}},
        {"op_id":"4","op":"delete","id":"a"},
        {"op_id":"5","op":"update","id":"b","props":{"arrow_end":true}}])");
    Document all;
    all.apply(list);
    Document one;
    for (const Op &o : list)
        one.apply(o);
    QCOMPARE(all, one);
    QCOMPARE(all.size(), 1);
    QVERIFY(all.contains(QStringLiteral("b")));
}

void ModelApplyTest::sameOpsSameOrderSameDocument()
{
    // Hash iteration order must not leak into the result: build two documents whose
    // tables grew differently and compare their stable forms and equality.
    OpList list;
    for (int i = 0; i < 500; ++i) {
        list.append(Op::create(QStringLiteral("c%1").arg(i), QStringLiteral("o%1").arg(i % 97),
                               ObjectType::Rect,
                               QJsonObject{{QStringLiteral("w"), i}, {QStringLiteral("h"), 1}}));
        list.append(Op::update(QStringLiteral("u%1").arg(i), QStringLiteral("o%1").arg(i % 89),
                               QJsonObject{{QStringLiteral("x"), i}}));
        if (i % 7 == 0)
            list.append(
                Op::remove(QStringLiteral("d%1").arg(i), QStringLiteral("o%1").arg(i % 13)));
    }
    Document a;
    a.apply(list);
    Document b;
    b.reserve(4096);
    b.apply(list);
    QCOMPARE(a, b);
    QCOMPARE(dump(a), dump(b));
}

void ModelApplyTest::lastWriterWinsPerProp()
{
    Document doc;
    doc.apply(test::ops(R"([
        {"op_id":"1","op":"create","id":"a","type":"rect","props":{"w":1,"h":1}},
        {"op_id":"2","op":"update","id":"a","props":{"x":1,"fill_color":"#000000ff"}},
        {"op_id":"3","op":"update","id":"a","props":{"x":2}},
        {"op_id":"4","op":"update","id":"a","props":{"y":9}}])"));
    const Object *a = doc.find(QStringLiteral("a"));
    QVERIFY(a);
    QCOMPARE(a->number(QLatin1String("x")), 2.0);
    QCOMPARE(a->number(QLatin1String("y")), 9.0);
    QCOMPARE(a->string(QLatin1String("fill_color")), QStringLiteral("#000000ff"));
}

void ModelApplyTest::renderOrderByZThenId()
{
    Document doc;
    doc.apply(test::ops(R"([
        {"op_id":"1","op":"create","id":"b","type":"rect","props":{"w":1,"h":1,"z":"a1"}},
        {"op_id":"2","op":"create","id":"a","type":"rect","props":{"w":1,"h":1,"z":"a1"}},
        {"op_id":"3","op":"create","id":"c","type":"rect","props":{"w":1,"h":1,"z":"a0V"}},
        {"op_id":"4","op":"create","id":"d","type":"rect","props":{"w":1,"h":1}},
        {"op_id":"5","op":"create","id":"E","type":"rect","props":{"w":1,"h":1,"z":"Zz"}}])"));
    QStringList order;
    for (const Object &o : doc.inRenderOrder())
        order.append(o.id);
    // No z sorts first; "Zz" < "a0V" < "a1" bytewise; equal z ties by id.
    QCOMPARE(order, (QStringList{"d", "E", "c", "a", "b"}));
}

void ModelApplyTest::objectHelpers()
{
    const Op create = test::op(
        R"({"op_id":"1","op":"create","id":"a","type":"text","props":{"text":"hi","x":3,
            "locked":true,"z":"a0"}})");
    Document doc;
    doc.apply(create);
    const Object &o = *doc.find(QStringLiteral("a"));
    QCOMPARE(o.type, ObjectType::Text);
    QCOMPARE(o.number(QLatin1String("x")), 3.0);
    QCOMPARE(o.number(QLatin1String("y"), -1), -1.0);
    QCOMPARE(o.number(QLatin1String("text"), 4), 4.0);
    QCOMPARE(o.string(QLatin1String("text")), QStringLiteral("hi"));
    QCOMPARE(o.string(QLatin1String("x"), QStringLiteral("f")), QStringLiteral("f"));
    QVERIFY(o.flag(QLatin1String("locked")));
    QVERIFY(!o.flag(QLatin1String("arrow_end")));
    QCOMPARE(o.z(), QStringLiteral("a0"));
    QCOMPARE(o.toJson().value(QLatin1String("type")).toString(), QStringLiteral("text"));
}

void ModelApplyTest::documentAccessors()
{
    Document doc;
    QVERIFY(doc.isEmpty());
    QVERIFY(!doc.find(QStringLiteral("x")));
    const Object o{QStringLiteral("x"), ObjectType::Ellipse,
                   QJsonObject{{QStringLiteral("w"), 1}, {QStringLiteral("h"), 1}}};
    doc.put(o);
    QCOMPARE(doc.size(), 1);
    QCOMPARE(*doc.find(QStringLiteral("x")), o);
    QCOMPARE(doc.objects().size(), 1);
    doc.erase(QStringLiteral("x"));
    QVERIFY(doc.isEmpty());
    doc.put(o);
    doc.clear();
    QVERIFY(doc.isEmpty());
}

void ModelApplyTest::objectTypeNames()
{
    const QList<std::pair<ObjectType, QString>> names{
        {ObjectType::Stroke, "stroke"},   {ObjectType::Rect, "rect"},
        {ObjectType::Ellipse, "ellipse"}, {ObjectType::Line, "line"},
        {ObjectType::Arrow, "arrow"},     {ObjectType::Text, "text"},
        {ObjectType::Image, "image"}};
    for (const auto &[type, name] : names) {
        QCOMPARE(objectTypeName(type), name);
        QCOMPARE(objectTypeFromString(name), std::optional<ObjectType>(type));
    }
    QCOMPARE(objectTypeFromString(u"group"), std::nullopt);
    QCOMPARE(objectTypeFromString(u""), std::nullopt);
}

void ModelApplyTest::opFactoriesMatchTheCodec()
{
    const QJsonObject props{{QStringLiteral("w"), 1}, {QStringLiteral("h"), 2}};
    QCOMPARE(Op::create("o1", "a", ObjectType::Rect, props),
             test::op(R"({"op_id":"o1","op":"create","id":"a","type":"rect",
                          "props":{"w":1,"h":2}})"));
    QCOMPARE(Op::update("o2", "a", props),
             test::op(R"({"op_id":"o2","op":"update","id":"a","props":{"w":1,"h":2}})"));
    QCOMPARE(Op::remove("o3", "a"), test::op(R"({"op_id":"o3","op":"delete","id":"a"})"));
    const OpList list{Op::remove("o3", "a"), Op::update("o2", "a", props)};
    QCOMPARE(test::ops(test::compact(opsToJson(list))), list);
}

QTEST_APPLESS_MAIN(ModelApplyTest)
#include "tst_model_apply.moc"
