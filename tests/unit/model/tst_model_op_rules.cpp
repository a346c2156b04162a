// SPDX-License-Identifier: Apache-2.0
// The rules an op meets against the document it lands on (model/op_rules.h): an update may not
// remove a prop its object's type requires. Rows name "<object>: <case>"; the expected
// column is the index of the refused op (-1: the commit passes).

#include "model/op_rules.h"
#include "model_test_util.h"

#include <QObject>
#include <QTest>

using namespace inkboard;

namespace {

// A rect "r", a stroke "s", a text "t" and an image "i", each with its required props and
// one optional prop.
Document world()
{
    Document doc;
    doc.apply(test::ops(R"([
        {"op_id":"c1","op":"create","id":"r","type":"rect","props":{"w":1,"h":1,"fill_color":"#ff0000ff"}},
        {"op_id":"c2","op":"create","id":"s","type":"stroke","props":{"points":[0,0,0.5],"opacity":0.5}},
        {"op_id":"c3","op":"create","id":"t","type":"text","props":{"text":"hi","font_size":12}},
        {"op_id":"c4","op":"create","id":"i","type":"image","props":{"blob":")" +
                        QByteArray(64, 'a') + R"(","w":2,"h":2,"opacity":1}}])"));
    return doc;
}

} // namespace

class TestModelOpRules : public QObject
{
    Q_OBJECT
private slots:
    void requiredProps_data()
    {
        QTest::addColumn<QByteArray>("ops");
        QTest::addColumn<int>("refused");
        auto nulling = [](const char *id, const char *key) {
            return QByteArray("{\"op_id\":\"u-") + id + key + "\",\"op\":\"update\",\"id\":\"" +
                   id + "\",\"props\":{\"" + key + "\":null}}";
        };
        QTest::newRow("rect: w removed") << "[" + nulling("r", "w") + "]" << 0;
        QTest::newRow("rect: h removed") << "[" + nulling("r", "h") + "]" << 0;
        QTest::newRow("rect: fill removed") << "[" + nulling("r", "fill_color") + "]" << -1;
        QTest::newRow("rect: w set")
            << QByteArray(R"([{"op_id":"u","op":"update","id":"r","props":{"w":5}}])") << -1;
        QTest::newRow("stroke: points removed") << "[" + nulling("s", "points") + "]" << 0;
        QTest::newRow("stroke: opacity removed") << "[" + nulling("s", "opacity") + "]" << -1;
        QTest::newRow("text: text removed") << "[" + nulling("t", "text") + "]" << 0;
        QTest::newRow("image: blob removed") << "[" + nulling("i", "blob") + "]" << 0;
        QTest::newRow("image: opacity removed") << "[" + nulling("i", "opacity") + "]" << -1;
        QTest::newRow("unknown object: anything removed") << "[" + nulling("nope", "w") + "]" << -1;
        QTest::newRow("rect: the second op of a commit")
            << "[" + nulling("r", "fill_color") + "," + nulling("r", "w") + "]" << 1;
        QTest::newRow("created in the commit: w removed after")
            << QByteArray(
                   R"([{"op_id":"n","op":"create","id":"new","type":"ellipse","props":{"w":1,"h":1}},)") +
                   nulling("new", "h") + "]"
            << 1;
        QTest::newRow("deleted in the commit: w removed after")
            << QByteArray(R"([{"op_id":"d","op":"delete","id":"r"},)") + nulling("r", "w") + "]"
            << -1;
        QTest::newRow("deleted, then created as a line: points removed")
            << QByteArray(
                   R"([{"op_id":"d","op":"delete","id":"r"},{"op_id":"n","op":"create","id":"r","type":"line","props":{"points":[0,0,1,1]}},)") +
                   nulling("r", "w") + "," + nulling("r", "points") + "]"
            << 3;
        QTest::newRow("created again while in use (ignored): w removed after")
            << QByteArray(
                   R"([{"op_id":"n","op":"create","id":"r","type":"text","props":{"text":"x"}},)") +
                   nulling("r", "w") + "]"
            << 1;
    }
    void requiredProps()
    {
        QFETCH(QByteArray, ops);
        QFETCH(int, refused);
        const std::optional<ValidationError> err = checkOpsAgainst(world(), test::ops(ops));
        if (refused < 0) {
            QVERIFY2(!err, err ? qPrintable(err->message) : "");
            return;
        }
        QVERIFY(err);
        QCOMPARE(err->index, refused);
        QCOMPARE(err->errorCode(), QStringLiteral("invalid_op"));
        QVERIFY(err->message.contains(QLatin1String("may not remove")));
    }
};

QTEST_GUILESS_MAIN(TestModelOpRules)
#include "tst_model_op_rules.moc"
