// SPDX-License-Identifier: Apache-2.0
// Connectors bound to shapes (canvas/connectors, commands/connector_edits, pasteOps): where a
// bound end is drawn, how it follows its shape in the scene, in a drag and in commands, what
// a delete and a paste do with bindings, elbow routes and arrowheads, ends bound to other
// connectors' labels. Widget-free (labels are measured with real fonts: an offscreen
// QGuiApplication).
#include "clipboard_codec.h"
#include "commands/connector_edits.h"
#include "connectors/binding.h"
#include "connectors/elbow_route.h"
#include "connectors/follow.h"
#include "label_painter.h"
#include "scene_index.h"
#include "style.h"

#include <QJsonArray>
#include <QLineF>
#include <QTest>

using namespace inkboard;
using namespace inkboard::canvas;

namespace {

Object box(const QString &id, double x, double y, double w, double h,
           ObjectType type = ObjectType::Rect)
{
    return Object{
        id, type,
        QJsonObject{{"x", x}, {"y", y}, {"w", w}, {"h", h}, {"z", "a0"}, {"stroke_width", 2}}};
}

QJsonObject bind(const QString &id, double fx = 0.5, double fy = 0.5)
{
    return Binding{id, fx, fy}.toJson();
}

// An arrow from (x0, y0) to (x1, y1), canvas coordinates, with the given bindings.
Object arrow(const QString &id, QPointF a, QPointF b, const QJsonObject &start = {},
             const QJsonObject &end = {})
{
    QJsonObject props{{"x", a.x()},
                      {"y", a.y()},
                      {"z", "a5"},
                      {"stroke_width", 2},
                      {"points", QJsonArray{0, 0, b.x() - a.x(), b.y() - a.y()}}};
    if (!start.isEmpty())
        props.insert("start_bind", start);
    if (!end.isEmpty())
        props.insert("end_bind", end);
    return Object{id, ObjectType::Arrow, props};
}

QList<QPointF> drawnPoints(const Object &o)
{
    QList<QPointF> out;
    for (const QPointF &p : pointsOf(o))
        out.append(p + QPointF(o.number(QLatin1String("x")), o.number(QLatin1String("y"))));
    return out;
}

QList<QPointF> drawnIn(const SceneIndex &scene, const QString &id)
{
    return drawnPoints(scene.item(id)->object);
}

// The gap between a bound end and its shape's outline: kBindGap plus half of each stroke.
constexpr double kGap = kBindGap + 1 + 1;

bool near(QPointF a, QPointF b, double tolerance = 0.02)
{
    return QLineF(a, b).length() <= tolerance;
}

const Object *findIn(const QList<Object> &list, const QString &id)
{
    for (const Object &o : list) {
        if (o.id == id)
            return &o;
    }
    return nullptr;
}

QJsonObject updateOf(const OpList &ops, const QString &id)
{
    for (const Op &op : ops) {
        if (op.kind == Op::Kind::Update && op.id == id)
            return op.props;
    }
    return {};
}

Object labelled(Object connector, const QString &label)
{
    connector.props.insert("label", label);
    return connector;
}

// A connector's label box on the canvas, as the scene draws it.
QRectF labelBoxIn(const SceneIndex &scene, const QString &id)
{
    const SceneItem *item = scene.item(id);
    return item->geometry.toCanvas.mapRect(labelBox(item->object, item->geometry));
}

// Whether an end coming from `from` toward the centre of `box` stops `gap` before its edge:
// `gap` further on toward the centre lies on the edge.
bool offBox(QPointF end, QPointF from, const QRectF &box, double gap)
{
    const QLineF toCentre(from, box.center());
    const QPointF on = end + (toCentre.p2() - toCentre.p1()) * (gap / toCentre.length());
    return box.adjusted(-0.05, -0.05, 0.05, 0.05).contains(on) &&
           !box.adjusted(0.05, 0.05, -0.05, -0.05).contains(on);
}

} // namespace

class TestConnectors : public QObject
{
    Q_OBJECT

private slots:
    void boundEndSitsOnTheOutlineFacingTheOtherEnd()
    {
        Document d;
        d.put(box("r", 0, 0, 100, 50));
        d.put(arrow("c", {300, 25}, {50, 25}, {}, bind("r")));
        SceneIndex scene;
        scene.reset(d);
        const QList<QPointF> pts = drawnIn(scene, "c");
        QCOMPARE(pts.size(), 2);
        QVERIFY2(near(pts.first(), {300, 25}), "a free end stays where it was drawn");
        QVERIFY2(
            near(pts.last(), {100 + kGap, 25}),
            qPrintable(QStringLiteral("end at %1,%2").arg(pts.last().x()).arg(pts.last().y())));
    }

    void boundEndFollowsItsShapeInTheScene()
    {
        Document d;
        d.put(box("r", 0, 0, 100, 50));
        d.put(arrow("c", {300, 25}, {50, 25}, {}, bind("r")));
        SceneIndex scene;
        scene.reset(d);
        QCOMPARE(scene.dependentsOf("r"), QList<QString>{"c"});
        QCOMPARE(scene.withDependents({"r"}), (QSet<QString>{"r", "c"}));
        // A remote commit moves only the shape: the connector is drawn from the binding.
        d.apply(Op::update("o1", "r", {{"y", 200}}));
        scene.update(d, {"r"});
        const QList<QPointF> pts = drawnIn(scene, "c");
        QVERIFY(near(pts.first(), {300, 25}));
        // The end points at the focus (the shape's centre, now at 50,225) from the other end.
        const QLineF toFocus(QPointF(300, 25), QPointF(50, 225));
        const QLineF drawn(QPointF(300, 25), pts.last());
        QVERIFY2(std::abs(toFocus.angleTo(drawn)) < 0.5 || std::abs(toFocus.angleTo(drawn)) > 359.5,
                 "the end lies on the way to the focus");
        QVERIFY2(
            pts.last().y() < 200 && pts.last().y() > 200 - 2 * kGap - 1,
            qPrintable(QStringLiteral("end at %1,%2").arg(pts.last().x()).arg(pts.last().y())));
        QCOMPARE(d.find("c")->props.value("points"),
                 arrow("c", {300, 25}, {50, 25}).props.value("points"));
    }

    void ellipseAndRotatedShapes()
    {
        Document d;
        d.put(box("e", 0, 0, 100, 100, ObjectType::Ellipse));
        d.put(arrow("c", {50, 300}, {50, 50}, {}, bind("e")));
        Object rotated = box("r", 400, 0, 100, 40);
        rotated.props.insert("rotation", 90); // now 40 wide, 100 high, centre 450,20
        d.put(rotated);
        d.put(arrow("k", {700, 20}, {450, 20}, {}, bind("r")));
        SceneIndex scene;
        scene.reset(d);
        const QPointF end = drawnIn(scene, "c").last();
        QVERIFY2(std::abs(QLineF(QPointF(50, 50), end).length() - (50 + kGap)) < 0.6,
                 qPrintable(QStringLiteral("end at %1,%2").arg(end.x()).arg(end.y())));
        const QPointF k = drawnIn(scene, "k").last();
        QVERIFY2(near(k, {470 + kGap, 20}, 0.05),
                 qPrintable(QStringLiteral("end at %1,%2").arg(k.x()).arg(k.y())));
    }

    void bothEndsBoundAndAFocusOffCentre()
    {
        Document d;
        d.put(box("a", 0, 0, 100, 100));
        d.put(box("b", 300, 0, 100, 100));
        d.put(arrow("c", {50, 50}, {350, 50}, bind("a"), bind("b", 0.5, 0.25)));
        SceneIndex scene;
        scene.reset(d);
        const QList<QPointF> pts = drawnIn(scene, "c");
        QVERIFY2(pts.first().x() > 100 && pts.first().x() < 100 + kGap + 0.5,
                 "the start leaves the right side of a");
        QVERIFY2(pts.last().x() < 300 && pts.last().x() > 300 - kGap - 0.5,
                 "the end meets the left side of b");
        // Aimed from a's centre at b's focus (350, 25): the end sits above the middle.
        QVERIFY(pts.last().y() < 50 && pts.last().y() > 25);
    }

    void anEndInsideItsShapeStaysAtTheFocus()
    {
        Document d;
        d.put(box("r", 0, 0, 100, 100));
        d.put(arrow("c", {20, 20}, {60, 60}, {}, bind("r", 0.6, 0.6)));
        SceneIndex scene;
        scene.reset(d);
        QVERIFY(near(drawnIn(scene, "c").last(), {60, 60}));
    }

    void aConnectorToAGoneShapeKeepsItsStoredPoints()
    {
        Document d;
        d.put(arrow("c", {0, 0}, {80, 10}, bind("gone"), bind("also-gone")));
        SceneIndex scene;
        scene.reset(d);
        QCOMPARE(drawnIn(scene, "c"), (QList<QPointF>{{0, 0}, {80, 10}}));
        QVERIFY(
            !hasLiveBinding(*d.find("c"), [&scene](const QString &id) { return scene.item(id); }));
        // The shape comes back (a peer's undo): the connector is drawn from it again.
        d.put(box("gone", 200, 0, 50, 20));
        scene.update(d, {"gone"});
        QVERIFY(drawnIn(scene, "c").first().x() > 190);
    }

    void dragShowsFollowersAndMovingAConnectorAwayUnbinds()
    {
        Document d;
        d.put(box("r", 0, 0, 100, 50));
        d.put(box("s", 0, 300, 100, 50));
        d.put(arrow("c", {300, 25}, {50, 25}, {}, bind("r")));
        d.put(arrow("both", {50, 25}, {50, 325}, bind("r"), bind("s")));
        SceneIndex scene;
        scene.reset(d);

        Object moved = scene.item("r")->object;
        moved.props.insert("x", 1000);
        const QList<Object> shown = withFollowers({moved}, scene);
        QCOMPARE(shown.size(), 3);
        const Object *c = findIn(shown, "c");
        QVERIFY(c);
        QVERIFY2(drawnPoints(*c).last().x() > 1000 - 2 * kGap - 1, "the end went with the shape");
        QVERIFY(c->props.contains("end_bind"));
        QVERIFY(findIn(shown, "both"));

        // The connector alone is dragged off: it leaves its shapes.
        Object away = scene.item("both")->object;
        away.props.insert("x", 500.0);
        const QList<Object> alone = withFollowers({away}, scene);
        QCOMPARE(alone.size(), 1);
        QVERIFY(!alone.first().props.contains("start_bind"));
        QVERIFY(!alone.first().props.contains("end_bind"));

        // Dragged with one of its shapes: that end stays bound, the other leaves.
        Object s = scene.item("s")->object;
        s.props.insert("x", 400.0);
        const QList<Object> pair = withFollowers({away, s}, scene);
        const Object *both = findIn(pair, "both");
        QVERIFY(both && !both->props.contains("start_bind") && both->props.contains("end_bind"));
    }

    void commandsStoreWhereFollowersAreDrawn()
    {
        Document d;
        d.put(box("r", 0, 0, 100, 50));
        d.put(arrow("c", {300, 25}, {50, 25}, {}, bind("r")));
        SceneIndex scene;
        scene.reset(d);
        const OpList nudge{Op::update("n1", "r", {{"x", 10}})};
        const OpList ops = commands::withConnectorEdits(nudge, d, scene);
        QCOMPARE(ops.size(), 2);
        QCOMPARE(ops.first(), nudge.first());
        const QJsonArray points = updateOf(ops, "c").value("points").toArray();
        QCOMPARE(points.size(), 4);
        QVERIFY2(std::abs(300 + points.at(2).toDouble() - (110 + kGap)) < 0.02,
                 "the stored end is where the moved shape has it");
        // Nothing bound: the ops come back as they were.
        const OpList plain{Op::update("n2", "c", {{"y", 5}})};
        Document lone;
        lone.put(arrow("c", {0, 0}, {10, 0}));
        SceneIndex loneScene;
        loneScene.reset(lone);
        QCOMPARE(commands::withConnectorEdits(plain, lone, loneScene), plain);
        // A nudged bound connector leaves its shape: the end is unbound where it is drawn.
        const OpList own =
            commands::withConnectorEdits({Op::update("n3", "c", {{"y", 35}})}, d, scene);
        QCOMPARE(own.size(), 2);
        QVERIFY(updateOf(OpList{own.last()}, "c").value("end_bind").isNull());
        QVERIFY(updateOf(OpList{own.last()}, "c").contains("end_bind"));
    }

    void deletingAShapeLeavesItsConnectorsUnboundWhereTheyAre()
    {
        Document d;
        d.put(box("r", 0, 200, 100, 50));
        d.put(arrow("c", {300, 25}, {50, 25}, {}, bind("r")));
        SceneIndex scene;
        scene.reset(d);
        const QPointF drawnEnd = drawnIn(scene, "c").last();
        const OpList ops = commands::detachFrom({"r"}, d, scene);
        QCOMPARE(ops.size(), 1);
        d.apply(ops);
        QVERIFY(!d.find("c")->props.contains("end_bind"));
        QVERIFY(near(drawnPoints(*d.find("c")).last(), drawnEnd));
        // Deleting the connector with its shape needs nothing more.
        QVERIFY(commands::detachFrom({"r", "c"}, d, scene).isEmpty());
    }

    void pasteRemapsBindingsAndDropsThoseLeftBehind()
    {
        const QList<Object> copied{
            box("r", 0, 0, 100, 50), box("s", 0, 300, 10, 10),
            arrow("c", {300, 25}, {50, 25}, bind("gone"), bind("r", 0.2, 0.7))};
        QStringList ids;
        const OpList ops = pasteOps(copied, "a0", {10, 10}, &ids);
        QCOMPARE(ops.size(), 3);
        const Op *c = nullptr;
        const Op *r = nullptr;
        for (const Op &op : ops) {
            if (op.type == ObjectType::Arrow)
                c = &op;
            else if (op.props.value("w").toDouble() == 100)
                r = &op;
        }
        QVERIFY(c && r);
        QVERIFY(!c->props.contains("start_bind"));
        const QJsonObject end = c->props.value("end_bind").toObject();
        QCOMPARE(end.value("id").toString(), r->id);
        QCOMPARE(end.value("fx").toDouble(), 0.2);
        QCOMPARE(end.value("fy").toDouble(), 0.7);
        QVERIFY(r->id != "r");
    }

    void elbowRoutesAreOrthogonalAndGoAroundTheirShapes()
    {
        // b is below and to the right of a, and their boxes overlap in x.
        const QRectF boxA(0, 0, 100, 60), boxB(60, 200, 100, 60);
        const ElbowEnd a{QPointF(50, 64), QPointF(0, 1), boxA};
        const ElbowEnd b{QPointF(110, 196), QPointF(0, -1), boxB};
        const QList<QPointF> route = elbowRoute(a, b);
        QVERIFY(route.size() >= 3);
        QCOMPARE(route.first(), a.point);
        QCOMPARE(route.last(), b.point);
        for (qsizetype i = 1; i < route.size(); ++i) {
            const QPointF d = route[i] - route[i - 1];
            QVERIFY2(std::abs(d.x()) < 1e-6 || std::abs(d.y()) < 1e-6,
                     "every segment is orthogonal");
            const QRectF seg =
                QRectF(route[i - 1], route[i]).normalized().adjusted(-0.01, -0.01, 0.01, 0.01);
            QVERIFY2(!seg.intersects(boxA.adjusted(1, 1, -1, -1)), "it never crosses a");
            QVERIFY2(!seg.intersects(boxB.adjusted(1, 1, -1, -1)), "it never crosses b");
        }
        // Side by side, facing away: the route goes around, not through.
        const ElbowEnd left{QPointF(96, 30), QPointF(-1, 0), QRectF(100, 0, 100, 60)};
        const ElbowEnd right{QPointF(104, 30), QPointF(1, 0), QRectF(0, 0, 100, 60)};
        const QList<QPointF> around = elbowRoute(left, right);
        for (qsizetype i = 1; i < around.size(); ++i) {
            const QRectF seg = QRectF(around[i - 1], around[i]).normalized();
            QVERIFY(!seg.intersects(QRectF(101, 1, 98, 58)));
            QVERIFY(!seg.intersects(QRectF(1, 1, 98, 58)));
        }
    }

    void elbowConnectorsLeaveTheSidesFacingEachOther()
    {
        Document d;
        d.put(box("a", 0, 0, 100, 60));
        d.put(box("b", 400, 100, 100, 60)); // further right than down: the sides face
        Object c = arrow("c", {50, 30}, {450, 130}, bind("a"), bind("b"));
        c.props.insert("route", "elbow");
        d.put(c);
        SceneIndex scene;
        scene.reset(d);
        const QList<QPointF> pts = drawnIn(scene, "c");
        QVERIFY(pts.size() >= 3);
        QVERIFY2(near(pts.first(), {100 + kGap, 30}), "out of a's right side, at its middle");
        QVERIFY2(near(pts.last(), {400 - kGap, 130}), "into b's left side, at its middle");
        // A focus on a side is an anchor: the route leaves by that side, whatever is nearer.
        d.apply(Op::update("o", "c", {{"start_bind", bind("a", 0.5, 1)}}));
        scene.update(d, {"c"});
        QVERIFY2(near(drawnIn(scene, "c").first(), {50, 60 + kGap}), "out of a's bottom");
        for (qsizetype i = 1; i < pts.size(); ++i) {
            const QPointF d = pts[i] - pts[i - 1];
            QVERIFY(std::abs(d.x()) < 0.02 || std::abs(d.y()) < 0.02);
        }
    }

    void restylingARouteStoresTheNewPath()
    {
        Document d;
        d.put(box("a", 0, 0, 100, 60));
        d.put(box("b", 400, 200, 100, 60));
        d.put(arrow("c", {50, 30}, {450, 230}, bind("a"), bind("b")));
        SceneIndex scene;
        scene.reset(d);
        const OpList restyle{Op::update("r1", "c", {{"route", "elbow"}})};
        const OpList ops = commands::withRestyledConnectors(restyle, d, scene);
        QCOMPARE(ops.size(), 2);
        const QJsonArray points = updateOf(OpList{ops.last()}, "c").value("points").toArray();
        QVERIFY2(points.size() >= 6, "the elbow's bends are stored");
        // A restyle that moves nothing adds nothing.
        const OpList colour{Op::update("r2", "c", {{"stroke_color", "#ff0000ff"}})};
        d.apply(ops);
        scene.update(d, {"c"});
        QCOMPARE(commands::withRestyledConnectors(colour, d, scene), colour);
    }

    void arrowheads()
    {
        Object a = arrow("a", {0, 0}, {100, 0});
        QCOMPARE(arrowheadOf(a, true), QString("arrow"));
        QCOMPARE(arrowheadOf(a, false), QString("none"));
        a.props.insert("arrow_start", true);
        QCOMPARE(arrowheadOf(a, false), QString("arrow"));
        a.props.insert("head_end", "triangle");
        a.props.insert("head_start", "cloud"); // a later version's head: drawn as an arrow
        QCOMPARE(arrowheadOf(a, true), QString("triangle"));
        QCOMPARE(arrowheadOf(a, false), QString("arrow"));
        QVERIFY(!computeGeometry(a).fill.isEmpty());
        a.props.insert("head_end", "none");
        a.props.insert("head_start", "none");
        const Geometry plain = computeGeometry(a);
        QVERIFY(plain.fill.isEmpty());
        a.props.insert("head_end", "dot");
        QVERIFY(computeGeometry(a).bounds.right() > plain.bounds.right());
        Object line = a;
        line.type = ObjectType::Line;
        line.props = arrow("l", {0, 0}, {10, 0}).props;
        QCOMPARE(arrowheadOf(line, true), QString("none"));
        // The style writes the version-1 flags beside the heads.
        Style style;
        style.headEnd = "bar";
        const QJsonObject props = style.toProps(ObjectType::Arrow);
        QCOMPARE(props.value("head_end").toString(), QString("bar"));
        QCOMPARE(props.value("arrow_end").toBool(), true);
        QCOMPARE(props.value("arrow_start").toBool(), false);
    }

    void bindingAtAndBindTargets()
    {
        Document d;
        d.put(box("r", 100, 100, 200, 100));
        d.put(Object{"t",
                     ObjectType::Stroke,
                     {{"x", 0}, {"y", 0}, {"points", QJsonArray{0, 0, 0.5, 10, 10, 0.5}}}});
        SceneIndex scene;
        scene.reset(d);
        const SceneItem *r = scene.item("r");
        const Binding b = bindingAt(*r, {150, 175});
        QCOMPARE(b.id, QString("r"));
        QCOMPARE(b.fx, 0.25);
        QCOMPARE(b.fy, 0.75);
        QVERIFY(near(focusPoint(*r, b), {150, 175}));
        QCOMPARE(bindTargetAt(scene, {200, 150}, 6), r); // inside an unfilled shape binds
        QCOMPARE(bindTargetAt(scene, {95, 150}, 6), r);  // just outside too
        QVERIFY(!bindTargetAt(scene, {60, 150}, 6));
        QVERIFY(!bindTargetAt(scene, {200, 150}, 6, "r"));
        QVERIFY(!bindTargetAt(scene, {5, 5}, 6)); // pen strokes never bind
    }

    void aConnectorsLabelTakesBindings()
    {
        Document d;
        d.put(labelled(arrow("b", {0, 0}, {200, 0}), "yes"));
        d.put(arrow("plain", {0, 300}, {200, 300}));
        d.put(arrow("c", {100, 200}, {100, 0}, {}, bind("b")));
        SceneIndex scene;
        scene.reset(d);
        const QRectF box = labelBoxIn(scene, "b");
        QVERIFY(box.contains(QPointF(100, 0)));
        const QPointF end = drawnIn(scene, "c").last();
        QVERIFY2(offBox(end, {100, 200}, box, kGap),
                 qPrintable(QStringLiteral("end at %1,%2 box %3,%4")
                                .arg(end.x())
                                .arg(end.y())
                                .arg(box.bottom())
                                .arg(box.top())));
        QVERIFY2(end.y() > box.bottom(), "the end stops below the label, on its way up");
        QCOMPARE(scene.dependentsOf("b"), QList<QString>{"c"});
        // Over the label binds; along the line away from it, or on a connector without a
        // label, does not.
        QCOMPARE(bindTargetAt(scene, box.center(), 6), scene.item("b"));
        QVERIFY(!bindTargetAt(scene, {10, 0}, 6));
        QVERIFY(!bindTargetAt(scene, {100, 300}, 6));
        const Binding b = bindingAt(*scene.item("b"), box.center());
        QCOMPARE(b.fx, 0.5);
        QCOMPARE(b.fy, 0.5);
        // Without its label the connector holds no binding: the end is drawn as stored.
        d.apply(Op::update("o1", "b", {{"label", QJsonValue::Null}}));
        scene.update(d, {"b"});
        QVERIFY(near(drawnIn(scene, "c").last(), {100, 0}));
    }

    void connectorsBoundThroughLabelsFollowInOrder()
    {
        // r <- c1 (labelled) <- c2 (labelled) <- ... <- c5: each bound to the previous one's
        // label. One remote move of r redraws them all, each from the one before as drawn now,
        // whatever order the scene meets them in.
        Document d;
        d.put(box("r", 0, 0, 100, 50));
        d.put(labelled(arrow("c1", {50, 400}, {50, 25}, {}, bind("r")), "one"));
        for (int i = 2; i <= 5; ++i) {
            const double x = 300.0 * i;
            d.put(labelled(arrow(QStringLiteral("c%1").arg(i), {x, 600}, {x - 300, 200}, {},
                                 bind(QStringLiteral("c%1").arg(i - 1))),
                           QStringLiteral("label %1").arg(i)));
        }
        SceneIndex scene;
        scene.reset(d);
        QCOMPARE(scene.withDependents({"r"}), (QSet<QString>{"r", "c1", "c2", "c3", "c4", "c5"}));
        auto eachOffThePrevious = [&scene](const char *when) {
            for (int i = 2; i <= 5; ++i) {
                const QList<QPointF> pts = drawnIn(scene, QStringLiteral("c%1").arg(i));
                const QPointF end = pts.last();
                const QRectF box = labelBoxIn(scene, QStringLiteral("c%1").arg(i - 1));
                QVERIFY2(offBox(end, pts.first(), box, kGap),
                         qPrintable(QStringLiteral("%1: c%2 ends at %3,%4, c%5's label at %6,%7")
                                        .arg(QLatin1String(when))
                                        .arg(i)
                                        .arg(end.x())
                                        .arg(end.y())
                                        .arg(i - 1)
                                        .arg(box.center().x())
                                        .arg(box.center().y())));
            }
        };
        eachOffThePrevious("opened");
        d.apply(Op::update("o1", "r", {{"x", 700}, {"y", 900}}));
        scene.update(d, {"r"});
        eachOffThePrevious("after a remote move");

        // A drag of r shows all five following, and commits where each is drawn.
        Object moved = scene.item("r")->object;
        moved.props.insert("x", -500);
        const QList<Object> shown = withFollowers({moved}, scene);
        QCOMPARE(shown.size(), 6);
        const OpList ops =
            commands::withConnectorEdits({Op::update("n1", "r", {{"x", -500}})}, d, scene);
        QCOMPARE(ops.size(), 6);
        for (const Op &op : ops)
            d.apply(op);
        SceneIndex fresh;
        fresh.reset(d);
        for (int i = 1; i <= 5; ++i) {
            const QString id = QStringLiteral("c%1").arg(i);
            QVERIFY2(near(drawnIn(fresh, id).last(), drawnPoints(*findIn(shown, id)).last(), 0.05),
                     qPrintable(id + QStringLiteral(": the commit stores what the drag showed")));
            // What is stored is what is drawn: a version-1 reader sees the same picture.
            QVERIFY(near(drawnPoints(*d.find(id)).last(), drawnIn(fresh, id).last(), 0.05));
        }
    }

    void aRingOfLabelBindingsIsDrawnAsStored()
    {
        // Two peers bound each connector to the other's label at once: neither is drawn from
        // the other (no order-free picture exists), both as stored.
        Document d;
        d.put(labelled(arrow("a", {0, 0}, {200, 0}, {}, bind("b")), "a"));
        d.put(labelled(arrow("b", {0, 300}, {200, 300}, {}, bind("a")), "b"));
        SceneIndex scene;
        scene.reset(d);
        QVERIFY(near(drawnIn(scene, "a").last(), {200, 0}));
        QVERIFY(near(drawnIn(scene, "b").last(), {200, 300}));
        // Nor does an end bind into a ring: over c's label, b (which c is drawn from) is refused.
        Document e;
        e.put(labelled(arrow("b", {0, 0}, {200, 0}), "b"));
        e.put(labelled(arrow("c", {100, 300}, {100, 0}, {}, bind("b")), "c"));
        SceneIndex chain;
        chain.reset(e);
        const QPointF overC = labelBoxIn(chain, "c").center();
        QCOMPARE(bindTargetAt(chain, overC, 6), chain.item("c"));
        QVERIFY(!bindTargetAt(chain, overC, 6, {}, "b"));
        QVERIFY(!bindTargetAt(chain, labelBoxIn(chain, "c").center(), 6, {}, "c"));
        QVERIFY(
            dependsOn(*e.find("c"), "b", [&chain](const QString &id) { return chain.item(id); }));
        QCOMPARE(chainDepth(*e.find("c"), [&e](const QString &id) { return e.find(id); }), 1);
        QCOMPARE(chainDepth(*e.find("b"), [&e](const QString &id) { return e.find(id); }), 0);
    }

    void editingALabelStoresWhereItsFollowersAreDrawn()
    {
        Document d;
        d.put(labelled(arrow("b", {0, 0}, {400, 0}), "yes"));
        d.put(arrow("c", {350, 200}, {200, 0}, {}, bind("b", 1, 0.5)));
        SceneIndex scene;
        scene.reset(d);
        const QPointF before = drawnIn(scene, "c").last();
        // A longer label widens the box: c's end (aimed at its right side) moves out with it.
        const OpList edit{Op::update("e1", "b", {{"label", "yes, and ship it today"}})};
        const OpList ops = commands::withRestyledConnectors(edit, d, scene);
        QCOMPARE(ops.size(), 2);
        QCOMPARE(ops.first(), edit.first());
        for (const Op &op : ops)
            d.apply(op);
        scene.update(d, {"b", "c"});
        const QPointF after = drawnIn(scene, "c").last();
        QVERIFY2(after.x() > before.x() + 20, "the end went out with the wider label");
        QVERIFY(near(drawnPoints(*d.find("c")).last(), after, 0.05));
        // Moving the label along b (a preview keeping b's own ends) brings c too.
        Object slid = scene.item("b")->object;
        slid.props.insert("label_pos", 0.2);
        const QList<Object> shown = withFollowers({slid}, scene, DraggedEnds::Keep);
        QCOMPARE(shown.size(), 2);
        QVERIFY(drawnPoints(*findIn(shown, "c")).last().x() < after.x() - 100);
    }
};

QTEST_MAIN(TestConnectors)
#include "tst_connectors.moc"
