// SPDX-License-Identifier: Apache-2.0
// Restore from history (canvas/commands/restore): the ops that bring objects back as they were
// at a revision, and nothing else.
#include "commands/restore.h"

#include <QJsonDocument>
#include <QTest>

using namespace inkboard;
using namespace inkboard::canvas::commands;

namespace {

Object rect(const QString &id, double x, const QString &color = QStringLiteral("#000000ff"))
{
    return Object{
        id, ObjectType::Rect, {{"x", x}, {"y", 0}, {"w", 10}, {"h", 10}, {"stroke_color", color}}};
}

Document docOf(const QList<Object> &objects)
{
    Document d;
    for (const Object &o : objects)
        d.put(o);
    return d;
}

std::function<QString()> counter()
{
    auto n = std::make_shared<int>(0);
    return [n] { return QStringLiteral("r%1").arg(++*n); };
}

QByteArray dump(const Document &d)
{
    return QJsonDocument(d.toJson()).toJson(QJsonDocument::Compact);
}

} // namespace

class TestCanvasRestore : public QObject
{
    Q_OBJECT
private slots:
    void restoringASelectionBringsExactlyThoseObjectsBack();
    void restoringASelectionLeavesOthersLaterObjectsAlone();
    void restoringTheDrawingMakesItWhatItWas();
    void nothingToRestoreIsNoOps();
    void anIdReusedForAnotherTypeIsDeletedAndCreated();
};

void TestCanvasRestore::restoringASelectionBringsExactlyThoseObjectsBack()
{
    // Then: a at 0 in black, b, c. Since: a moved and restyled, b deleted, c untouched.
    const Document past = docOf({rect("a", 0), rect("b", 20), rect("c", 40)});
    Object a = rect("a", 50, QStringLiteral("#ff0000ff"));
    a.props.insert("opacity", 0.5);
    const Document now = docOf({a, rect("c", 40)});
    const OpList ops = restoreOps(now, past, {"a", "b", "c"}, counter());
    const OpList expected = {
        Op::update("r1", "a", {{"x", 0}, {"stroke_color", "#000000ff"}, {"opacity", QJsonValue()}}),
        Op::create("r2", "b", ObjectType::Rect, rect("b", 20).props),
    };
    QCOMPARE(ops, expected);
    Document after = now;
    after.apply(ops);
    QCOMPARE(dump(after), dump(past));
}

void TestCanvasRestore::restoringASelectionLeavesOthersLaterObjectsAlone()
{
    const Document past = docOf({rect("a", 0), rect("b", 20)});
    // Since then a peer added d and moved b; this user moved a.
    const Document now = docOf({rect("a", 99), rect("b", 77), rect("d", 5)});
    const OpList ops = restoreOps(now, past, {"a"}, counter());
    QCOMPARE(ops, OpList({Op::update("r1", "a", {{"x", 0}})}));
    Document after = now;
    after.apply(ops);
    QCOMPARE(dump(after), dump(docOf({rect("a", 0), rect("b", 77), rect("d", 5)})));
}

void TestCanvasRestore::restoringTheDrawingMakesItWhatItWas()
{
    const Document past = docOf({rect("a", 0), rect("b", 20)});
    const Document now = docOf({rect("a", 99), rect("d", 5), rect("e", 6)});
    const OpList ops = restoreAllOps(now, past, counter());
    Document after = now;
    after.apply(ops);
    QCOMPARE(dump(after), dump(past));
    // One op per object that differs, in the order of the ids.
    QStringList ids;
    for (const Op &op : ops)
        ids.append(op.id);
    QCOMPARE(ids, QStringList({"a", "b", "d", "e"}));
    QCOMPARE(ops.at(2).kind, Op::Kind::Delete);
}

void TestCanvasRestore::nothingToRestoreIsNoOps()
{
    const Document doc = docOf({rect("a", 0), rect("b", 20)});
    QVERIFY(restoreAllOps(doc, doc, counter()).isEmpty());
    QVERIFY(restoreOps(doc, doc, {"a"}, counter()).isEmpty());
}

void TestCanvasRestore::anIdReusedForAnotherTypeIsDeletedAndCreated()
{
    const Document past = docOf({rect("a", 0)});
    const Document now =
        docOf({Object{"a", ObjectType::Ellipse, {{"x", 1}, {"y", 1}, {"w", 2}, {"h", 2}}}});
    const OpList ops = restoreOps(now, past, {"a"}, counter());
    QCOMPARE(ops.size(), 2);
    Document after = now;
    after.apply(ops);
    QCOMPARE(dump(after), dump(past));
}

QTEST_GUILESS_MAIN(TestCanvasRestore)
#include "tst_canvas_restore.moc"
