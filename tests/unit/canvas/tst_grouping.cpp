// SPDX-License-Identifier: Apache-2.0
// Groups (canvas/grouping, canvas/commands/group): how an object's groups are read, what a
// click selects at each level, grouping and ungrouping with nesting, align and distribute
// moving a group as one, and paste giving nested groups new ids. Widget-free: the ops are
// applied to a document and the result read back.
#include "clipboard_codec.h"
#include "commands/align.h"
#include "commands/group.h"
#include "grouping.h"
#include "model/limits.h"

#include <QJsonArray>
#include <QTest>

using namespace inkboard;
using namespace inkboard::canvas;

namespace {

Object box(const QString &id, double x, const QStringList &groups = {})
{
    QJsonObject props{{"x", x}, {"y", 0}, {"w", 10}, {"h", 10}, {"z", "a" + id}};
    if (!groups.isEmpty()) {
        props.insert("group", groups.first());
        props.insert("groups", QJsonArray::fromStringList(groups));
    }
    return Object{id, ObjectType::Rect, props};
}

QStringList pathIn(const Document &d, const QString &id)
{
    return groupPath(*d.find(id));
}

QRectF frameOf(const Object &o)
{
    return {o.number(QLatin1String("x")), o.number(QLatin1String("y")),
            o.number(QLatin1String("w")), o.number(QLatin1String("h"))};
}

} // namespace

class TestGrouping : public QObject
{
    Q_OBJECT
private slots:
    void pathReadsGroupsWhenTheyAgreeWithGroup()
    {
        QCOMPARE(groupPath(box("a", 0)), QStringList());
        QCOMPARE(groupPath(box("a", 0, {"g", "h"})), (QStringList{"g", "h"}));
        // A version-1 client regrouped it: `group` alone is the truth.
        Object regrouped = box("a", 0, {"g", "h"});
        regrouped.props.insert("group", "k");
        QCOMPARE(groupPath(regrouped), QStringList{"k"});
        // Written by a version-1 client: `group` only.
        Object v1{"b", ObjectType::Rect, {{"group", "g"}}};
        QCOMPARE(groupPath(v1), QStringList{"g"});
        // A `groups` left over once a version-1 client ungrouped (it nulls `group` only).
        Object ungrouped{"c", ObjectType::Rect, {{"groups", QJsonArray{"g"}}}};
        QCOMPARE(groupPath(ungrouped), QStringList());
    }

    void unitIsTheGroupOneLevelBelowTheEnteredOnes()
    {
        const Object o = box("a", 0, {"outer", "inner"});
        QCOMPARE(unitGroup(o, {}), QString("outer"));
        QCOMPARE(unitGroup(o, {"outer"}), QString("inner"));
        QCOMPARE(unitGroup(o, {"outer", "inner"}), QString());
        QCOMPARE(unitGroup(o, {"elsewhere"}), QString("outer")); // outside: the top level
        QCOMPARE(unitGroup(box("b", 0), {}), QString());
        QCOMPARE(pathTo({"outer", "inner"}, "inner"), (QStringList{"outer", "inner"}));
        QCOMPARE(pathTo({"outer", "inner"}, "outer"), QStringList{"outer"});
        QCOMPARE(pathTo({"outer"}, "x"), QStringList());
    }

    void groupingNestsAndUngroupingUnnests()
    {
        Document d;
        d.put(box("a", 0));
        d.put(box("b", 20));
        d.put(box("c", 40));
        d.apply(commands::group(d, {"a", "b"}, {}, "g1"));
        QCOMPARE(pathIn(d, "a"), QStringList{"g1"});
        QCOMPARE(pathIn(d, "b"), QStringList{"g1"});
        QCOMPARE(d.find("a")->props.value("group").toString(), QString("g1")); // v1 readers
        QCOMPARE(pathIn(d, "c"), QStringList());

        // The group and c into an outer group: g1 nests inside it.
        const OpList outer = commands::group(d, {"a", "b", "c"}, {}, "g2");
        QCOMPARE(outer.size(), 3);
        d.apply(outer);
        QCOMPARE(pathIn(d, "a"), (QStringList{"g2", "g1"}));
        QCOMPARE(pathIn(d, "c"), QStringList{"g2"});
        QCOMPARE(d.find("a")->props.value("group").toString(), QString("g2"));

        // Inside g2, grouping a's group with c nests a third level between them.
        d.apply(commands::group(d, {"a", "b", "c"}, {"g2"}, "g3"));
        QCOMPARE(pathIn(d, "a"), (QStringList{"g2", "g3", "g1"}));
        QCOMPARE(pathIn(d, "c"), (QStringList{"g2", "g3"}));

        // Ungroup at the top dissolves g2 only.
        d.apply(commands::ungroup(d, {"a", "b", "c"}, {}));
        QCOMPARE(pathIn(d, "a"), (QStringList{"g3", "g1"}));
        QCOMPARE(pathIn(d, "c"), QStringList{"g3"});
        d.apply(commands::ungroup(d, {"a", "b", "c"}, {}));
        d.apply(commands::ungroup(d, {"a", "b"}, {}));
        QCOMPARE(pathIn(d, "a"), QStringList());
        QVERIFY(!d.find("a")->props.contains("group"));
        QVERIFY(!d.find("a")->props.contains("groups"));
    }

    void groupRefusesTooFewAndTooDeep()
    {
        Document d;
        d.put(box("a", 0, {"g"}));
        d.put(box("b", 20, {"g"}));
        Object locked = box("l", 40);
        locked.props.insert("locked", true);
        d.put(locked);
        commands::GroupRefusal why = commands::GroupRefusal::None;
        // One group is one unit; the locked object does not count.
        QVERIFY(commands::group(d, {"a", "b", "l"}, {}, "n", &why).isEmpty());
        QCOMPARE(why, commands::GroupRefusal::TooFew);
        QVERIFY(commands::ungroup(d, {"l"}, {}, &why).isEmpty());
        QCOMPARE(why, commands::GroupRefusal::TooFew);

        QStringList deep;
        for (int i = 0; i < Limits::kMaxGroupDepth; ++i)
            deep << QString("d%1").arg(i);
        d.put(box("x", 60, deep));
        d.put(box("y", 80));
        QVERIFY(commands::group(d, {"x", "y"}, {}, "n", &why).isEmpty());
        QCOMPARE(why, commands::GroupRefusal::TooDeep);
        deep.removeLast();
        d.put(box("x", 60, deep));
        QCOMPARE(commands::group(d, {"x", "y"}, {}, "n", &why).size(), 2);
        QCOMPARE(why, commands::GroupRefusal::None);
    }

    void alignAndDistributeMoveAGroupAsOne()
    {
        Document d;
        d.put(box("a", 0, {"g"})); // a and b: one group spanning 0..40
        d.put(box("b", 30, {"g"}));
        d.put(box("c", 100));
        d.put(box("e", 300));
        const commands::UnitOf unit = [](const Object &o) {
            const QString g = unitGroup(o, {});
            return g.isEmpty() ? "o:" + o.id : "g:" + g;
        };
        // Right edges meet at 310: the group moves by 270, keeping its inner layout.
        d.apply(commands::align(d, {"a", "b", "c", "e"}, frameOf, commands::Align::Right, unit));
        QCOMPARE(frameOf(*d.find("b")).right(), 310.0);
        QCOMPARE(frameOf(*d.find("a")).left(), 270.0);
        QCOMPARE(frameOf(*d.find("c")).right(), 310.0);

        // Three units: the group (40 wide) at 0, c at 100, e at 300 -> c in the middle gap.
        Document s;
        s.put(box("a", 0, {"g"}));
        s.put(box("b", 30, {"g"}));
        s.put(box("c", 100));
        s.put(box("e", 300));
        s.apply(commands::distribute(s, {"a", "b", "c", "e"}, frameOf, commands::Axis::Horizontal,
                                     unit));
        QCOMPARE(frameOf(*s.find("a")).left(), 0.0);
        QCOMPARE(frameOf(*s.find("b")).left(), 30.0);
        QCOMPARE(frameOf(*s.find("c")).left(), 165.0); // gaps of 125 on both sides
        QCOMPARE(frameOf(*s.find("e")).left(), 300.0);
    }

    void pasteGivesNestedGroupsNewIdsAlike()
    {
        const QList<Object> copied{box("a", 0, {"outer", "inner"}), box("b", 20, {"outer"})};
        const OpList ops = pasteOps(copied, "b", {10, 10}, nullptr);
        QCOMPARE(ops.size(), 2);
        Document d;
        d.apply(ops);
        const QStringList a = groupPath(*d.find(ops[0].id));
        const QStringList b = groupPath(*d.find(ops[1].id));
        QCOMPARE(a.size(), 2);
        QCOMPARE(b.size(), 1);
        QCOMPARE(a.first(), b.first()); // still one outer group
        QVERIFY(!a.contains("outer") && !a.contains("inner"));
        QVERIFY(a.at(0) != a.at(1));
        // A second paste is a second, separate group.
        const OpList again = pasteOps(copied, "c", {20, 20}, nullptr);
        d.apply(again);
        QVERIFY(groupPath(*d.find(again[0].id)).first() != a.first());
    }
};

QTEST_GUILESS_MAIN(TestGrouping)
#include "tst_grouping.moc"
