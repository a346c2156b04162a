// SPDX-License-Identifier: Apache-2.0
// Every validation rule of PROTOCOL.md §1-2, each with a passing and a failing row.
// Row names read "<rule>: <case>"; the expected column is the error code ("" = valid).

#include "model/ids.h"
#include "model/limits.h"
#include "model/op_codec.h"
#include "model/prop_rules.h"
#include "model_test_util.h"

#include <QJsonArray>
#include <QObject>
#include <QTest>

using namespace inkboard;
using inkboard::test::json;

namespace {

// Small limits so the too_large rows stay small.
Limits testLimits()
{
    Limits l;
    l.maxPointsPerStroke = 4;
    l.maxTextChars = 16;
    l.maxOpsPerCommit = 3;
    l.maxBodyBytes = 64;
    return l;
}

const QByteArray kBlob = QByteArray(64, 'a');
const QByteArray kId64 = QByteArray(64, 'x');
const QByteArray kId65 = QByteArray(65, 'x');

QByteArray quoted(const QByteArray &s)
{
    return '"' + s + '"';
}

QByteArray create(const QByteArray &type, const QByteArray &props)
{
    return R"({"op_id":"o1","op":"create","id":"a","type":)" + quoted(type) + R"(,"props":{)" +
           props + "}}";
}

QByteArray update(const QByteArray &props)
{
    return R"({"op_id":"o1","op":"update","id":"a","props":{)" + props + "}}";
}

// A value that nests `depth` arrays and objects, alternating, around a number.
QByteArray nested(int depth)
{
    QByteArray open, close;
    for (int i = 0; i < depth; ++i) {
        open += i % 2 ? R"({"k":)" : "[";
        close.prepend(i % 2 ? '}' : ']');
    }
    return open + "1" + close;
}

QByteArray unknownKeys(int n)
{
    QByteArray out;
    for (int i = 0; i < n; ++i)
        out += (i ? "," : "") + quoted("k" + QByteArray::number(i)) + ":" + QByteArray::number(i);
    return out;
}

void addRow(const QByteArray &name, const QByteArray &op, const char *code)
{
    QTest::newRow(name.constData()) << op << QString::fromLatin1(code);
}

// A rule on a known key is checked whatever the object's type, in a create and an update.
void addPropRule(const QByteArray &name, const QByteArray &fragment, const char *code)
{
    addRow(name + " (update)", update(fragment), code);
    const bool isText = fragment.startsWith("\"text\"");
    addRow(name + " (create)",
           isText ? create("rect", R"("w":1,"h":1,)" + fragment)
                  : create("text", R"("text":"t",)" + fragment),
           code);
}

} // namespace

class ModelValidationTest : public QObject
{
    Q_OBJECT

private slots:
    void opShape_data();
    void opShape() { checkOp(); }
    void requiredProps_data();
    void requiredProps() { checkOp(); }
    void propRules_data();
    void propRules() { checkOp(); }
    void points_data();
    void points() { checkOp(); }

    void commitOps_data();
    void commitOps();
    void snapshotObject_data();
    void snapshotObject();
    void body_data();
    void body();
    void numbersOutOfDoubleRange();
    void ids_data();
    void ids();

    void errorCodesAndStatus();
    void unknownPropsPassThroughUntouched();
    void validatePropsDirectly();
    void limitsJsonRoundTrip();
    void canonicalPayloadIgnoresKeyOrder();

private:
    void opColumns();
    void checkOp();
};

void ModelValidationTest::opColumns()
{
    QTest::addColumn<QByteArray>("op");
    QTest::addColumn<QString>("code");
}

void ModelValidationTest::checkOp()
{
    QFETCH(QByteArray, op);
    QFETCH(QString, code);
    constexpr int kIndex = 7;
    const Parsed<Op> parsed = parseOp(json(op), testLimits(), kIndex);
    const ValidationError *err = errorOf(parsed);
    if (code.isEmpty()) {
        QVERIFY2(!err, err ? qPrintable(err->message) : "");
        // A valid op survives its own codec unchanged.
        const Op &value = std::get<Op>(parsed);
        const Parsed<Op> again = parseOp(value.toJson(), testLimits());
        QVERIFY(!errorOf(again));
        QCOMPARE(std::get<Op>(again), value);
        return;
    }
    QVERIFY2(err, "expected a validation error");
    QCOMPARE(err->errorCode(), code);
    QCOMPARE(err->index, kIndex);
    QVERIFY(!err->message.isEmpty());
}

void ModelValidationTest::opShape_data()
{
    opColumns();
    addRow("op: a JSON object", update(R"("x":1)"), "");
    addRow("op: not a JSON object", "42", "invalid_op");
    addRow("op: an array is not an op", "[1]", "invalid_op");
    addRow("op: create", create("rect", R"("w":1,"h":1)"), "");
    addRow("op: update", update(R"("x":1)"), "");
    addRow("op: delete", R"({"op_id":"o1","op":"delete","id":"a"})", "");
    addRow("op: delete needs no props", R"({"op_id":"o1","op":"delete","id":"a","props":5})", "");
    addRow("op: unknown kind", R"({"op_id":"o1","op":"move","id":"a","props":{}})", "invalid_op");
    addRow("op: kind missing", R"({"op_id":"o1","id":"a","props":{}})", "invalid_op");
    addRow("op: kind not a string", R"({"op_id":"o1","op":1,"id":"a","props":{}})", "invalid_op");
    addRow("op: kind is case sensitive", R"({"op_id":"o1","op":"Update","id":"a","props":{}})",
           "invalid_op");
    addRow("op: extra fields are ignored",
           R"({"op_id":"o1","op":"update","id":"a","props":{},"future":true})", "");

    const QByteArray del = R"({"op":"delete","id":"a","op_id":)";
    addRow("op_id: present", del + R"("o1"})", "");
    addRow("op_id: missing", R"({"op":"delete","id":"a"})", "invalid_op");
    addRow("op_id: not a string", del + "5}", "invalid_op");
    addRow("op_id: null", del + "null}", "invalid_op");
    addRow("op_id: empty", del + R"(""})", "invalid_id");
    addRow("op_id: 64 characters", del + quoted(kId64) + "}", "");
    addRow("op_id: 65 characters", del + quoted(kId65) + "}", "invalid_id");
    addRow("op_id: charset A-Za-z0-9_-", del + R"("aZ09_-"})", "");
    addRow("op_id: uuid", del + R"("7f0c4e1a-3b2d-4c5e-9f10-123456789abc"})", "");
    addRow("op_id: dot", del + R"("a.b"})", "invalid_id");
    addRow("op_id: space", del + R"("a b"})", "invalid_id");
    addRow("op_id: braces", del + R"("{7f0c}"})", "invalid_id");
    addRow("op_id: non-ASCII", del + R"("caf\u00e9"})", "invalid_id");

    const QByteArray delId = R"({"op_id":"o1","op":"delete","id":)";
    addRow("id: present", delId + R"("a"})", "");
    addRow("id: missing", R"({"op_id":"o1","op":"delete"})", "invalid_op");
    addRow("id: not a string", delId + "[]}", "invalid_op");
    addRow("id: empty", delId + R"(""})", "invalid_id");
    addRow("id: 64 characters", delId + quoted(kId64) + "}", "");
    addRow("id: 65 characters", delId + quoted(kId65) + "}", "invalid_id");
    addRow("id: slash", delId + R"("a/b"})", "invalid_id");
    addRow("id: NUL", delId + R"("a\u0000"})", "invalid_id");

    addRow("type: known", create("ellipse", R"("w":1,"h":1)"), "");
    addRow("type: unknown", create("circle", R"("w":1,"h":1)"), "invalid_op");
    addRow("type: case sensitive", create("Rect", R"("w":1,"h":1)"), "invalid_op");
    addRow("type: missing in create",
           R"({"op_id":"o1","op":"create","id":"a","props":{"w":1,"h":1}})", "invalid_op");
    addRow("type: not a string",
           R"({"op_id":"o1","op":"create","id":"a","type":1,"props":{"w":1,"h":1}})", "invalid_op");

    addRow("props: an object in create", create("text", R"("text":"")"), "");
    addRow("props: missing in create", R"({"op_id":"o1","op":"create","id":"a","type":"rect"})",
           "invalid_op");
    addRow("props: empty object in update", update(""), "");
    addRow("props: missing in update", R"({"op_id":"o1","op":"update","id":"a"})", "invalid_op");
    addRow("props: an array in update", R"({"op_id":"o1","op":"update","id":"a","props":[1]})",
           "invalid_op");
    addRow("props: null in update", R"({"op_id":"o1","op":"update","id":"a","props":null})",
           "invalid_op");

    addRow("props count: 256 in update", update(unknownKeys(256)), "");
    addRow("props count: 257 in update", update(unknownKeys(257)), "too_large");
    addRow("props count: 256 in create", create("text", R"("text":"t",)" + unknownKeys(255)), "");
    addRow("props count: 257 in create", create("text", R"("text":"t",)" + unknownKeys(256)),
           "too_large");

    addRow("prop key: 64 characters", update(quoted(kId64) + ":1"), "");
    addRow("prop key: 65 characters", update(quoted(kId65) + ":1"), "invalid_op");
    addRow("prop key: empty", update(R"("":1)"), "invalid_op");

    addRow("null: removes a key in update", update(R"("x":null,"fill_color":null)"), "");
    addRow("null: removes a required key in update", update(R"("w":null)"), "");
    addRow("null: refused in create", create("rect", R"("w":1,"h":1,"x":null)"), "invalid_op");

    // Far below the JSON parser's own limit, so that every page or frame that carries the op
    // (a few levels deeper) still parses in every client.
    addRow("prop depth: 32 levels in an unknown key (update)", update(R"("ext":)" + nested(32)),
           "");
    addRow("prop depth: 33 levels in an unknown key (update)", update(R"("ext":)" + nested(33)),
           "too_large");
    addRow("prop depth: 32 levels in an unknown key (create)",
           create("text", R"("text":"t","ext":)" + nested(32)), "");
    addRow("prop depth: 33 levels in an unknown key (create)",
           create("text", R"("text":"t","ext":)" + nested(33)), "too_large");
    addRow("prop depth: 1000 levels in an unknown key", update(R"("ext":)" + nested(1000)),
           "too_large");
    addRow("unknown prop: any JSON value passes (update)",
           update(R"("my_ext":{"nested":[1,"a",null,true]},"n":-1e300)"), "");
    addRow("unknown prop: any JSON value passes (create)",
           create("rect", R"("w":1,"h":1,"my_ext":{"nested":[1,"a",null]},"n":"s")"), "");
}

void ModelValidationTest::requiredProps_data()
{
    opColumns();
    const QByteArray pts2 = R"("points":[0,0,1,1])";
    const QByteArray blob = R"("blob":)" + quoted(kBlob);
    addRow("required: stroke with points", create("stroke", R"("points":[0,0,0.5])"), "");
    addRow("required: stroke without points", create("stroke", R"("x":1)"), "invalid_op");
    addRow("required: rect with w and h", create("rect", R"("w":1,"h":2)"), "");
    addRow("required: rect without w", create("rect", R"("h":1)"), "invalid_op");
    addRow("required: rect without h", create("rect", R"("w":1)"), "invalid_op");
    addRow("required: ellipse with w and h", create("ellipse", R"("w":0,"h":0)"), "");
    addRow("required: ellipse without w", create("ellipse", R"("h":1)"), "invalid_op");
    addRow("required: ellipse without h", create("ellipse", R"("w":1)"), "invalid_op");
    addRow("required: line with points", create("line", pts2), "");
    addRow("required: line without points", create("line", ""), "invalid_op");
    addRow("required: arrow with points", create("arrow", pts2), "");
    addRow("required: arrow without points", create("arrow", R"("arrow_end":true)"), "invalid_op");
    addRow("required: text with text", create("text", R"("text":"hello")"), "");
    addRow("required: text without text", create("text", R"("font_size":12)"), "invalid_op");
    addRow("required: image with blob, w, h", create("image", blob + R"(,"w":1,"h":1)"), "");
    addRow("required: image without blob", create("image", R"("w":1,"h":1)"), "invalid_op");
    addRow("required: image without w", create("image", blob + R"(,"h":1)"), "invalid_op");
    addRow("required: image without h", create("image", blob + R"(,"w":1)"), "invalid_op");
    addRow("required: none in update", update(R"("x":1)"), "");
}

void ModelValidationTest::propRules_data()
{
    opColumns();
    addPropRule("coordinate: x zero", R"("x":0)", "");
    addPropRule("coordinate: x at -1e9", R"("x":-1e9)", "");
    addPropRule("coordinate: y at 1e9", R"("y":1e9)", "");
    addPropRule("coordinate: x over 1e9", R"("x":1.5e9)", "invalid_op");
    addPropRule("coordinate: y under -1e9", R"("y":-2e9)", "invalid_op");
    addPropRule("coordinate: x a string", R"("x":"1")", "invalid_op");
    addPropRule("coordinate: y a bool", R"("y":true)", "invalid_op");
    addPropRule("coordinate: rotation degrees", R"("rotation":-370.5)", "");
    addPropRule("coordinate: rotation an object", R"("rotation":{})", "invalid_op");

    addPropRule("size: w zero", R"("w":0)", "");
    addPropRule("size: w negative", R"("w":-1)", "invalid_op");
    addPropRule("size: h fractional", R"("h":0.25)", "");
    addPropRule("size: h negative", R"("h":-0.5)", "invalid_op");
    addPropRule("size: w over 1e9", R"("w":2e9)", "invalid_op");
    addPropRule("size: w a string", R"("w":"10")", "invalid_op");
    addPropRule("size: stroke_width", R"("stroke_width":2)", "");
    addPropRule("size: stroke_width negative", R"("stroke_width":-1)", "invalid_op");
    addPropRule("size: font_size", R"("font_size":12)", "");
    addPropRule("size: font_size negative", R"("font_size":-12)", "invalid_op");
    addPropRule("size: radius", R"("radius":4)", "");
    addPropRule("size: radius negative", R"("radius":-0.001)", "invalid_op");

    addPropRule("opacity: 0", R"("opacity":0)", "");
    addPropRule("opacity: 1", R"("opacity":1)", "");
    addPropRule("opacity: 0.5", R"("opacity":0.5)", "");
    addPropRule("opacity: over 1", R"("opacity":1.01)", "invalid_op");
    addPropRule("opacity: under 0", R"("opacity":-0.01)", "invalid_op");
    addPropRule("opacity: a string", R"("opacity":"1")", "invalid_op");

    addPropRule("color: stroke_color #rrggbbaa", R"("stroke_color":"#1e1e1eff")", "");
    addPropRule("color: fill_color upper-case hex", R"("fill_color":"#FFD54FFF")", "");
    addPropRule("color: #rrggbb without alpha", R"("fill_color":"#1e1e1e")", "invalid_op");
    addPropRule("color: #rgb", R"("stroke_color":"#fff")", "invalid_op");
    addPropRule("color: 10 digits", R"("stroke_color":"#1e1e1eff0")", "invalid_op");
    addPropRule("color: without #", R"("stroke_color":"01e1e1eff")", "invalid_op");
    addPropRule("color: non-hex digit", R"("fill_color":"#1e1e1egg")", "invalid_op");
    addPropRule("color: a number", R"("fill_color":4294967295)", "invalid_op");
    addPropRule("color: a name", R"("fill_color":"red")", "invalid_op");

    addPropRule("flag: locked true", R"("locked":true)", "");
    addPropRule("flag: locked false", R"("locked":false)", "");
    addPropRule("flag: locked a string", R"("locked":"true")", "invalid_op");
    addPropRule("flag: locked a number", R"("locked":1)", "invalid_op");
    addPropRule("flag: arrow_start", R"("arrow_start":true)", "");
    addPropRule("flag: arrow_end a string", R"("arrow_end":"yes")", "invalid_op");

    addPropRule("z: fractional key", R"("z":"a0V")", "");
    addPropRule("z: printable ASCII", R"("z":"~!")", "");
    addPropRule("z: 256 characters", R"("z":)" + quoted(QByteArray(256, 'a')), "");
    addPropRule("z: 257 characters", R"("z":)" + quoted(QByteArray(257, 'a')), "invalid_op");
    addPropRule("z: empty", R"("z":"")", "invalid_op");
    addPropRule("z: space", R"("z":"a 0")", "invalid_op");
    addPropRule("z: non-ASCII", R"("z":"a\u00e9")", "invalid_op");
    addPropRule("z: a number", R"("z":5)", "invalid_op");

    addPropRule("group: an id", R"("group":"g-1")", "");
    addPropRule("group: empty", R"("group":"")", "invalid_op");
    addPropRule("group: not an id", R"("group":"a b")", "invalid_op");
    addPropRule("group: 65 characters", R"("group":)" + quoted(kId65), "invalid_op");
    addPropRule("group: a number", R"("group":3)", "invalid_op");
    addPropRule("groups: one id", R"("groups":["g-1"])", "");
    addPropRule("groups: eight levels", R"("groups":["a","b","c","d","e","f","g","h"])", "");
    addPropRule("groups: nine levels", R"("groups":["a","b","c","d","e","f","g","h","i"])",
                "invalid_op");
    addPropRule("groups: empty", R"("groups":[])", "invalid_op");
    addPropRule("groups: an id twice", R"("groups":["a","b","a"])", "invalid_op");
    addPropRule("groups: not an id", R"("groups":["a b"])", "invalid_op");
    addPropRule("groups: a string", R"("groups":"g-1")", "invalid_op");
    addPropRule("groups: a number inside", R"("groups":["a",3])", "invalid_op");

    addPropRule("text: a string", R"("text":"hello")", "");
    addPropRule("text: empty", R"("text":"")", "");
    addPropRule("text: at the limit", R"("text":)" + quoted(QByteArray(16, 't')), "");
    addPropRule("text: over the limit", R"("text":)" + quoted(QByteArray(17, 't')), "too_large");
    addPropRule("text: a number", R"("text":5)", "invalid_op");

    addPropRule("font_family: a string", R"("font_family":"DejaVu Sans")", "");
    addPropRule("font_family: 256 characters", R"("font_family":)" + quoted(QByteArray(256, 'f')),
                "");
    addPropRule("font_family: 257 characters", R"("font_family":)" + quoted(QByteArray(257, 'f')),
                "invalid_op");
    addPropRule("font_family: a number", R"("font_family":3)", "invalid_op");

    addPropRule("align: left", R"("align":"left")", "");
    addPropRule("align: center", R"("align":"center")", "");
    addPropRule("align: right", R"("align":"right")", "");
    addPropRule("align: justify", R"("align":"justify")", "invalid_op");
    addPropRule("align: a number", R"("align":1)", "invalid_op");

    addPropRule("keyword: shape diamond", R"("shape":"diamond")", "");
    addPropRule("keyword: an unknown shape passes", R"("shape":"cloud_2")", "");
    addPropRule("keyword: route elbow", R"("route":"elbow")", "");
    addPropRule("keyword: head_end triangle", R"("head_end":"triangle")", "");
    addPropRule("keyword: head_start dot", R"("head_start":"dot")", "");
    addPropRule("keyword: dash dotted", R"("dash":"dotted")", "");
    addPropRule("keyword: fill_style hatch", R"("fill_style":"hatch")", "");
    addPropRule("keyword: pen highlighter", R"("pen":"highlighter")", "");
    addPropRule("keyword: pen of a later version", R"("pen":"crayon_2")", "");
    addPropRule("keyword: pen not a word", R"("pen":"High lighter")", "invalid_op");
    addPropRule("keyword: pen a flag", R"("pen":true)", "invalid_op");
    addPropRule("keyword: 32 characters", R"("shape":)" + quoted(QByteArray(32, 'k')), "");
    addPropRule("keyword: 33 characters", R"("shape":)" + quoted(QByteArray(33, 'k')),
                "invalid_op");
    addPropRule("keyword: empty", R"("route":"")", "invalid_op");
    addPropRule("keyword: upper case", R"("head_end":"Arrow")", "invalid_op");
    addPropRule("keyword: a space", R"("dash":"dash dot")", "invalid_op");
    addPropRule("keyword: a number", R"("fill_style":1)", "invalid_op");

    addPropRule("label: a string", R"("label":"Start")", "");
    addPropRule("label: over the limit", R"("label":)" + quoted(QByteArray(17, 'l')), "too_large");
    addPropRule("label: a number", R"("label":1)", "invalid_op");
    addPropRule("label_align: right", R"("label_align":"right")", "");
    addPropRule("label_align: middle", R"("label_align":"middle")", "invalid_op");
    addPropRule("label_valign: top", R"("label_valign":"top")", "");
    addPropRule("label_valign: middle", R"("label_valign":"middle")", "");
    addPropRule("label_valign: bottom", R"("label_valign":"bottom")", "");
    addPropRule("label_valign: center", R"("label_valign":"center")", "invalid_op");
    addPropRule("label_pos: 0", R"("label_pos":0)", "");
    addPropRule("label_pos: 1", R"("label_pos":1)", "");
    addPropRule("label_pos: over 1", R"("label_pos":1.5)", "invalid_op");
    addPropRule("label_pos: a string", R"("label_pos":"0.5")", "invalid_op");
    addPropRule("flag: grow", R"("grow":true)", "");
    addPropRule("flag: grow a number", R"("grow":1)", "invalid_op");

    addPropRule("binding: id and focus", R"("start_bind":{"id":"r1","fx":0.5,"fy":0})", "");
    addPropRule("binding: end_bind, an extra scalar key",
                R"("end_bind":{"id":"r1","fx":1,"fy":1,"mode":"inside"})", "");
    addPropRule("binding: no id", R"("end_bind":{"fx":0.5,"fy":0.5})", "invalid_op");
    addPropRule("binding: id not an id", R"("end_bind":{"id":"a b","fx":0.5,"fy":0.5})",
                "invalid_op");
    addPropRule("binding: focus outside 0-1", R"("start_bind":{"id":"r1","fx":1.5,"fy":0.5})",
                "invalid_op");
    addPropRule("binding: focus missing", R"("start_bind":{"id":"r1","fx":0.5})", "invalid_op");
    addPropRule("binding: a nested value", R"("start_bind":{"id":"r1","fx":0,"fy":0,"k":[1]})",
                "invalid_op");
    addPropRule("binding: nine keys",
                R"("start_bind":{"id":"r1","fx":0,"fy":0,"a":1,"b":1,"c":1,"d":1,"e":1,"f":1})",
                "invalid_op");
    addPropRule("binding: a string", R"("start_bind":"r1")", "invalid_op");

    addPropRule("blob: lowercase sha256 hex", R"("blob":)" + quoted(kBlob), "");
    addPropRule("blob: upper-case hex", R"("blob":)" + quoted(QByteArray(64, 'A')), "invalid_op");
    addPropRule("blob: 63 digits", R"("blob":)" + quoted(QByteArray(63, 'a')), "invalid_op");
    addPropRule("blob: non-hex", R"("blob":)" + quoted(QByteArray(64, 'g')), "invalid_op");
    addPropRule("blob: a number", R"("blob":5)", "invalid_op");

    // A known key keeps its rule on any type.
    addRow("any type: blob checked on a rect", create("rect", R"("w":1,"h":1,"blob":"x")"),
           "invalid_op");
    addRow("any type: align checked on a stroke",
           create("stroke", R"("points":[0,0,1],"align":"up")"), "invalid_op");
    addRow("any type: points checked on a rect", create("rect", R"("w":1,"h":1,"points":[1])"),
           "invalid_op");
    addRow("any type: points accepted on a rect", create("rect", R"("w":1,"h":1,"points":[1,2])"),
           "");
}

void ModelValidationTest::points_data()
{
    opColumns();
    addRow("stroke points: one triple", create("stroke", R"("points":[0,0,0.5])"), "");
    addRow("stroke points: two triples", create("stroke", R"("points":[0,0,0,5,-5,1])"), "");
    addRow("stroke points: a partial triple", create("stroke", R"("points":[0,0,0.5,1])"),
           "invalid_op");
    addRow("stroke points: one pair is no point", create("stroke", R"("points":[0,0])"),
           "invalid_op");
    addRow("stroke points: empty", create("stroke", R"("points":[])"), "invalid_op");
    addRow("stroke points: pressure 1", create("stroke", R"("points":[0,0,1])"), "");
    addRow("stroke points: pressure over 1", create("stroke", R"("points":[0,0,1.5])"),
           "invalid_op");
    addRow("stroke points: pressure under 0", create("stroke", R"("points":[0,0,-0.1])"),
           "invalid_op");
    addRow("stroke points: coordinate 1e9", create("stroke", R"("points":[1e9,-1e9,0])"), "");
    addRow("stroke points: coordinate over 1e9", create("stroke", R"("points":[2e9,0,0])"),
           "invalid_op");
    addRow("stroke points: a string value", create("stroke", R"("points":["1",0,0])"),
           "invalid_op");
    addRow("stroke points: a null value", create("stroke", R"("points":[null,0,0])"), "invalid_op");
    addRow("stroke points: not an array", create("stroke", R"("points":{"x":1})"), "invalid_op");
    addRow("stroke points: at the point limit",
           create("stroke", R"("points":[0,0,0,1,1,1,2,2,0,3,3,1])"), "");
    addRow("stroke points: over the point limit",
           create("stroke", R"("points":[0,0,0,1,1,1,2,2,0,3,3,1,4,4,0])"), "too_large");

    addRow("line points: one pair", create("line", R"("points":[0,0])"), "");
    addRow("line points: pressure-free values", create("line", R"("points":[0,0,5,5])"), "");
    addRow("line points: a partial pair", create("line", R"("points":[0,0,5])"), "invalid_op");
    addRow("line points: empty", create("line", R"("points":[])"), "invalid_op");
    addRow("line points: at the point limit", create("line", R"("points":[0,0,1,1,2,2,3,3])"), "");
    addRow("line points: over the point limit", create("line", R"("points":[0,0,1,1,2,2,3,3,4,4])"),
           "too_large");
    addRow("arrow points: two pairs", create("arrow", R"("points":[0,0,10,10])"), "");
    addRow("arrow points: a partial pair", create("arrow", R"("points":[0])"), "invalid_op");

    // An update does not know the object's type: at least one point, finite coordinates.
    addRow("update points: one pair", update(R"("points":[0,0])"), "");
    addRow("update points: one triple", update(R"("points":[0,0,0.5])"), "");
    addRow("update points: one number", update(R"("points":[0])"), "invalid_op");
    addRow("update points: not finite range", update(R"("points":[0,3e9])"), "invalid_op");
    addRow("update points: over the limit",
           update(R"("points":[)" + QByteArray("0,").repeated(12) + "0]"), "too_large");
}

void ModelValidationTest::commitOps_data()
{
    QTest::addColumn<QByteArray>("ops");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("index");
    const QByteArray ok = update(R"("x":1)");
    const QByteArray bad = update(R"("x":"1")");
    const QByteArray badId = R"({"op_id":"o 1","op":"delete","id":"a"})";
    auto row = [](const char *name, const QByteArray &ops, const char *code, int index) {
        QTest::newRow(name) << ops << QString::fromLatin1(code) << index;
    };
    row("ops: one op", "[" + ok + "]", "", -1);
    row("ops: at the op limit", "[" + ok + "," + ok + "," + ok + "]", "", -1);
    row("ops: over the op limit", "[" + ok + "," + ok + "," + ok + "," + ok + "]", "too_large", -1);
    row("ops: empty", "[]", "bad_request", -1);
    row("ops: not an array", "{}", "bad_request", -1);
    row("ops: null", "null", "bad_request", -1);
    row("ops: invalid op reports its index", "[" + ok + "," + ok + "," + bad + "]", "invalid_op",
        2);
    row("ops: invalid id reports its index", "[" + ok + "," + badId + "]", "invalid_id", 1);
    row("ops: first invalid op wins", "[" + bad + "," + badId + "]", "invalid_op", 0);
}

void ModelValidationTest::commitOps()
{
    QFETCH(QByteArray, ops);
    QFETCH(QString, code);
    QFETCH(int, index);
    const Parsed<OpList> parsed = parseOps(json(ops), testLimits());
    const ValidationError *err = errorOf(parsed);
    if (code.isEmpty()) {
        QVERIFY2(!err, err ? qPrintable(err->message) : "");
        QCOMPARE(std::get<OpList>(parsed).size(), json(ops).toArray().size());
        return;
    }
    QVERIFY(err);
    QCOMPARE(err->errorCode(), code);
    QCOMPARE(err->index, index);
}

void ModelValidationTest::snapshotObject_data()
{
    QTest::addColumn<QByteArray>("object");
    QTest::addColumn<QString>("code");
    auto row = [](const char *name, const QByteArray &o, const char *code) {
        QTest::newRow(name) << o << QString::fromLatin1(code);
    };
    row("object: valid rect", R"({"id":"a","type":"rect","props":{"w":1,"h":1,"z":"a0"}})", "");
    row("object: not an object", "[]", "invalid_op");
    row("object: id missing", R"({"type":"rect","props":{"w":1,"h":1}})", "invalid_op");
    row("object: id invalid", R"({"id":"a b","type":"rect","props":{"w":1,"h":1}})", "invalid_id");
    row("object: type unknown", R"({"id":"a","type":"blob","props":{}})", "invalid_op");
    row("object: props not an object", R"({"id":"a","type":"rect","props":1})", "invalid_op");
    row("object: required prop missing", R"({"id":"a","type":"rect","props":{"w":1}})",
        "invalid_op");
    row("object: prop breaks its rule", R"({"id":"a","type":"rect","props":{"w":-1,"h":1}})",
        "invalid_op");
    row("object: null prop", R"({"id":"a","type":"rect","props":{"w":1,"h":1,"x":null}})",
        "invalid_op");
    row("object: text over limit",
        R"({"id":"a","type":"text","props":{"text":"0123456789abcdefg"}})", "too_large");
}

void ModelValidationTest::snapshotObject()
{
    QFETCH(QByteArray, object);
    QFETCH(QString, code);
    const Parsed<Object> parsed = parseObject(json(object), testLimits());
    const ValidationError *err = errorOf(parsed);
    if (code.isEmpty()) {
        QVERIFY2(!err, err ? qPrintable(err->message) : "");
        const Object &o = std::get<Object>(parsed);
        QCOMPARE(o.toJson(), json(object).toObject());
        return;
    }
    QVERIFY(err);
    QCOMPARE(err->errorCode(), code);
}

void ModelValidationTest::body_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("code");
    auto row = [](const char *name, const QByteArray &bytes, const char *code) {
        QTest::newRow(name) << bytes << QString::fromLatin1(code);
    };
    row("body: a JSON object", R"({"a":1})", "");
    row("body: an empty object", "{}", "");
    row("body: at the byte limit", R"({"a":")" + QByteArray(64 - 8, 'x') + R"("})", "");
    row("body: over the byte limit", R"({"a":")" + QByteArray(64 - 7, 'x') + R"("})", "too_large");
    row("body: empty", "", "bad_json");
    row("body: an array", "[1,2]", "bad_json");
    row("body: a string", R"("x")", "bad_json");
    row("body: truncated", R"({"a":)", "bad_json");
    row("body: trailing garbage", R"({"a":1}x)", "bad_json");
    row("body: NaN literal", R"({"a":NaN})", "bad_json");
    row("body: Infinity literal", R"({"a":Infinity})", "bad_json");
    row("body: single quotes", R"({'a':1})", "bad_json");
    row("body: deep nesting", QByteArray(40, '['), "bad_json");
}

void ModelValidationTest::body()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, code);
    const Parsed<QJsonObject> parsed = parseJsonObject(bytes, testLimits());
    const ValidationError *err = errorOf(parsed);
    if (code.isEmpty()) {
        QVERIFY2(!err, err ? qPrintable(err->message) : "");
        return;
    }
    QVERIFY(err);
    QCOMPARE(err->errorCode(), code);
    QCOMPARE(err->httpStatus(), code == u"too_large" ? 413 : 400);
}

void ModelValidationTest::numbersOutOfDoubleRange()
{
    // PROTOCOL.md §1: numbers MUST be finite; a literal beyond double range is a 400
    // whichever stage refuses it (the JSON parser or the prop rule), never a stored inf.
    for (const QByteArray &number : {QByteArray("1e400"), QByteArray("-1e400")}) {
        const QByteArray body = R"({"client_id":"c","ops":[)" + update(R"("x":)" + number) + "]}";
        const Parsed<QJsonObject> object = parseJsonObject(body, Limits{});
        if (const ValidationError *err = errorOf(object)) {
            QCOMPARE(err->httpStatus(), 400);
            continue;
        }
        const Parsed<OpList> ops =
            parseOps(std::get<QJsonObject>(object).value(QLatin1String("ops")), Limits{});
        const ValidationError *err = errorOf(ops);
        QVERIFY2(err, number.constData());
        QCOMPARE(err->httpStatus(), 400);
    }
}

void ModelValidationTest::ids_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("id");
    QTest::addColumn<bool>("username");
    QTest::addColumn<bool>("blob");
    QTest::newRow("ids: letters digits _ -") << "aZ0_-" << true << true << false;
    QTest::newRow("ids: dot only in usernames") << "a.b" << false << true << false;
    QTest::newRow("ids: empty") << "" << false << false << false;
    QTest::newRow("ids: 64 characters") << QString(64, u'a') << true << true << true;
    QTest::newRow("ids: 65 characters") << QString(65, u'a') << false << false << false;
    QTest::newRow("ids: space") << "a b" << false << false << false;
    QTest::newRow("ids: non-ASCII letter") << QStringLiteral("\u00e9") << false << false << false;
    QTest::newRow("ids: sha256 upper-case") << QString(64, u'A') << true << true << false;
    QTest::newRow("ids: sha256 digits")
        << QStringLiteral("0123456789abcdef").repeated(4) << true << true << true;
}

void ModelValidationTest::ids()
{
    QFETCH(QString, text);
    QFETCH(bool, id);
    QFETCH(bool, username);
    QFETCH(bool, blob);
    QCOMPARE(isValidId(text), id);
    QCOMPARE(isValidUsername(text), username);
    QCOMPARE(isValidBlobHash(text), blob);
}

void ModelValidationTest::errorCodesAndStatus()
{
    using Code = ValidationError::Code;
    const QList<std::tuple<Code, QString, int>> expected{
        {Code::BadJson, QStringLiteral("bad_json"), 400},
        {Code::InvalidOp, QStringLiteral("invalid_op"), 400},
        {Code::InvalidId, QStringLiteral("invalid_id"), 400},
        {Code::BadRequest, QStringLiteral("bad_request"), 400},
        {Code::TooLarge, QStringLiteral("too_large"), 413},
    };
    for (const auto &[code, name, status] : expected) {
        const ValidationError e{code, QStringLiteral("m")};
        QCOMPARE(e.errorCode(), name);
        QCOMPARE(e.httpStatus(), status);
    }
}

void ModelValidationTest::unknownPropsPassThroughUntouched()
{
    const QByteArray text =
        create("rect", R"("w":1,"h":1,"future_prop":{"deep":[1,{"x":"y"}],"n":null},"v2":-3.5)");
    const Op o = test::op(text);
    QCOMPARE(o.props.value(QLatin1String("future_prop")),
             json(R"({"deep":[1,{"x":"y"}],"n":null})"));
    QCOMPARE(o.props.value(QLatin1String("v2")).toDouble(), -3.5);
    Document doc;
    QVERIFY(doc.apply(o));
    QCOMPARE(doc.find(QStringLiteral("a"))->props, o.props);
}

void ModelValidationTest::validatePropsDirectly()
{
    const Limits limits = testLimits();
    const QJsonObject rect = json(R"({"w":1,"h":1})").toObject();
    QVERIFY(!validateProps(rect, PropsUse::Create, ObjectType::Rect, limits));
    QVERIFY(validateProps(rect, PropsUse::Create, ObjectType::Text, limits));
    // Without a type (a preview or an update), required keys are not checked.
    QVERIFY(!validateProps(QJsonObject{}, PropsUse::Create, std::nullopt, limits));
    QVERIFY(
        !validateProps(json(R"({"w":null})").toObject(), PropsUse::Update, std::nullopt, limits));
    QVERIFY(
        validateProps(json(R"({"w":null})").toObject(), PropsUse::Create, std::nullopt, limits));
    // Stored history is read back as it was accepted: a commit stored before the depth limit
    // existed still reads (only the parser's own limit applies to it).
    const QJsonObject deep = json("{\"ext\":" + nested(200) + "}").toObject();
    QVERIFY(!deep.isEmpty());
    QVERIFY(validateProps(deep, PropsUse::Update, std::nullopt, limits));
    QVERIFY(!validateProps(deep, PropsUse::Update, std::nullopt, Limits::forStoredData()));
}

void ModelValidationTest::limitsJsonRoundTrip()
{
    Limits l;
    l.maxBodyBytes = 123456;
    l.maxOpsPerCommit = 7;
    l.maxPointsPerStroke = 8;
    l.maxTextChars = 9;
    l.maxBlobBytes = 10;
    l.commitsPerSecond = 11;
    l.presencePerSecond = 12;
    const Limits back = Limits::fromJson(l.toJson());
    QCOMPARE(back.toJson(), l.toJson());
    QCOMPARE(back.maxOpsPerCommit, 7);

    // Missing or malformed fields keep their defaults.
    const Limits defaults;
    const Limits odd = Limits::fromJson(
        json(R"({"max_ops_per_commit":"5","max_text_chars":0,"max_body_bytes":-1})").toObject());
    QCOMPARE(odd.maxOpsPerCommit, defaults.maxOpsPerCommit);
    QCOMPARE(odd.maxTextChars, defaults.maxTextChars);
    QCOMPARE(odd.maxBodyBytes, defaults.maxBodyBytes);
}

void ModelValidationTest::canonicalPayloadIgnoresKeyOrder()
{
    const Op a = test::op(R"({"op_id":"o","op":"update","id":"a","props":{"x":1,"y":2}})");
    const Op b = test::op(R"({"props":{"y":2,"x":1},"id":"a","op":"update","op_id":"o"})");
    const Op c = test::op(R"({"op_id":"o","op":"update","id":"a","props":{"x":1,"y":3}})");
    QCOMPARE(a.canonicalPayload(), b.canonicalPayload());
    QVERIFY(a.canonicalPayload() != c.canonicalPayload());
}

QTEST_APPLESS_MAIN(ModelValidationTest)
#include "tst_model_validation.moc"
