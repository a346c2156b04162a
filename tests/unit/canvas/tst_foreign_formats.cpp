// SPDX-License-Identifier: Apache-2.0
// Excalidraw and SVG files read into Inkboard objects (canvas/formats), the broken ones
// refused, and Inkboard -> Excalidraw -> Inkboard keeping every object. Data-driven over the
// files in tests/data/import.
#include "blob_store.h"
#include "connectors/binding.h"
#include "formats/bounded_read.h"
#include "formats/excalidraw_reader.h"
#include "formats/excalidraw_writer.h"
#include "formats/foreign_file.h"
#include "formats/import_result.h"
#include "formats/svg_path_data.h"
#include "formats/svg_reader.h"
#include "grouping.h"
#include "label_painter.h"
#include "model/limits.h"
#include "shape_outline.h"
#include "style.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace inkboard;
using namespace inkboard::canvas;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(INKBOARD_IMPORT_DATA "/") + name;
}

ImportResult mustRead(const QString &name)
{
    QString error;
    const auto result = ForeignFile::read(dataPath(name), &error);
    if (!result)
        qFatal("%s: %s", qPrintable(name), qPrintable(error));
    return *result;
}

// "rect:2 ellipse:1": how many of each type, in type-name order.
QString typeCounts(const QList<Object> &objects)
{
    QMap<QString, int> counts;
    for (const Object &o : objects)
        counts[objectTypeName(o.type)] += 1;
    QStringList parts;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        parts << QStringLiteral("%1:%2").arg(it.key()).arg(it.value());
    return parts.join(u' ');
}

const Object *byId(const QList<Object> &objects, const QString &id)
{
    for (const Object &o : objects) {
        if (o.id == id)
            return &o;
    }
    return nullptr;
}

bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return std::abs(a.toDouble() - b.toDouble()) < 1e-3;
    if (a.isArray() && b.isArray()) {
        const QJsonArray x = a.toArray(), y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!sameValue(x.at(i), y.at(i)))
                return false;
        }
        return true;
    }
    if (a.isObject() && b.isObject()) {
        const QJsonObject x = a.toObject(), y = b.toObject();
        if (x.keys() != y.keys())
            return false;
        for (auto it = x.constBegin(); it != x.constEnd(); ++it) {
            if (!sameValue(it.value(), y.value(it.key())))
                return false;
        }
        return true;
    }
    return a == b;
}

QByteArray png(int w, int h, QColor color)
{
    QImage image(w, h, QImage::Format_ARGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestForeignFormats : public QObject
{
    Q_OBJECT
private slots:
    void readsEachFile_data();
    void readsEachFile();
    void refusesBrokenFiles_data();
    void refusesBrokenFiles();
    void refusesAHundredMegabytes();
    void refusesTooManyElements();
    void excalidrawShapesKeepTheirStyle();
    void excalidrawArrowsKeepTheirBindingsAndLabels();
    void excalidrawFreedrawKeepsPressure();
    void excalidrawTextAndContainers();
    void excalidrawImagesAndGroups();
    void clipboardSceneAndSniffing();
    void svgShapesAndTransforms();
    void svgPathsTextImagesGroups();
    void svgStyleSheets();
    void svgRefusesTooManyPoints();
    void svgPathData();
    void roundTripKeepsEveryObject();
};

void TestForeignFormats::readsEachFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("types");
    QTest::addColumn<QString>("summary"); // a part of the summary, or empty: none at all
    QTest::newRow("shapes") << "shapes.excalidraw"
                            << "ellipse:1 rect:2"
                            << "";
    QTest::newRow("arrows") << "arrows.excalidraw"
                            << "arrow:3 ellipse:1 line:1 rect:1"
                            << "1 element could not be kept: 1 arrow end left unbound";
    QTest::newRow("freedraw") << "freedraw.excalidraw"
                              << "stroke:2"
                              << "";
    QTest::newRow("text") << "text.excalidraw"
                          << "rect:1 text:2"
                          << "";
    QTest::newRow("image") << "image.excalidraw"
                           << "image:1"
                           << "1 element could not be kept: 1 image without a readable picture";
    QTest::newRow("groups") << "groups.excalidraw"
                            << "ellipse:1 rect:3"
                            << "";
    QTest::newRow("unsupported") << "unsupported.excalidraw"
                                 << "rect:1"
                                 << "3 elements could not be kept: 2 embeddables, 1 iframe";
    QTest::newRow("svg shapes") << "shapes.svg"
                                << "ellipse:2 line:4 rect:3"
                                << "1 gradient or pattern fill";
    QTest::newRow("svg paths") << "path.svg"
                               << "line:4"
                               << "path fill";
    QTest::newRow("svg text") << "text.svg"
                              << "text:2"
                              << "";
    QTest::newRow("svg image") << "image.svg"
                               << "image:1"
                               << "1 linked image";
    QTest::newRow("svg classes") << "classes.svg"
                                 << "ellipse:1 rect:2"
                                 << "";
    QTest::newRow("svg groups") << "groups.svg"
                                << "ellipse:1 rect:2"
                                << "";
}

void TestForeignFormats::readsEachFile()
{
    QFETCH(QString, file);
    QFETCH(QString, types);
    QFETCH(QString, summary);
    const ImportResult result = mustRead(file);
    QCOMPARE(typeCounts(result.bundle.objects), types);
    if (summary.isEmpty())
        QCOMPARE(result.summary(), QString());
    else
        QVERIFY2(result.summary().contains(summary), qPrintable(result.summary()));
    QCOMPARE(result.invalidObject(), QString());
    // Stacked in the file's order: z keys strictly increasing.
    for (qsizetype i = 1; i < result.bundle.objects.size(); ++i)
        QVERIFY(result.bundle.objects[i - 1].z() < result.bundle.objects[i].z());
}

void TestForeignFormats::refusesBrokenFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason"); // a part of the message
    QTest::newRow("truncated") << "truncated.excalidraw"
                               << "not JSON";
    QTest::newRow("NaN") << "nan.excalidraw"
                         << "not JSON";
    QTest::newRow("wrong type") << "wrong_type.excalidraw"
                                << "element 1: \"x\" is not a number";
    QTest::newRow("wrong points") << "wrong_points.excalidraw"
                                  << "\"points\"";
    QTest::newRow("huge number") << "huge_number.excalidraw"
                                 << "\"width\" is out of range";
    QTest::newRow("not a scene") << "not_a_scene.excalidraw"
                                 << "not an Excalidraw scene";
    QTest::newRow("elements not a list") << "elements_not_list.excalidraw"
                                         << "no list of elements";
    QTest::newRow("element not an object") << "element_not_object.excalidraw"
                                           << "element 1 is not an object";
    QTest::newRow("files not an object") << "files_wrong_type.excalidraw"
                                         << "\"files\"";
    QTest::newRow("broken svg") << "broken.svg"
                                << "not a well-formed SVG";
    QTest::newRow("empty svg") << "empty.svg"
                               << "SVG";
    QTest::newRow("html as svg") << "not_svg.svg"
                                 << "<html>";
    QTest::newRow("entity expansion") << "entities.svg"
                                      << "not a well-formed SVG";
    QTest::newRow("bad path") << "bad_path.svg"
                              << "malformed";
    QTest::newRow("huge svg number") << "huge_number.svg"
                                     << "cannot keep";
    QTest::newRow("missing") << "no-such-file.excalidraw"
                             << "no-such-file.excalidraw";
}

void TestForeignFormats::refusesBrokenFiles()
{
    QFETCH(QString, file);
    QFETCH(QString, reason);
    QString error;
    const auto result = ForeignFile::read(dataPath(file), &error);
    QVERIFY(!result);
    QVERIFY2(error.startsWith(QStringLiteral("Cannot open %1").arg(file)), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestForeignFormats::refusesAHundredMegabytes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.excalidraw"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // A valid start, then 100 MB of spaces: sparse would do, but a real file is what a user has.
    QVERIFY(file.write("{\"type\":\"excalidraw\",\"elements\":[") > 0);
    const QByteArray chunk(1024 * 1024, ' ');
    for (int i = 0; i < 100; ++i)
        QVERIFY(file.write(chunk) == chunk.size());
    QVERIFY(file.write("]}") == 2);
    file.close();
    QString error;
    QVERIFY(!ForeignFile::read(path, &error));
    QVERIFY2(error.contains(QStringLiteral("larger than 64 MB")), qPrintable(error));
    // The bound is checked before reading: the bounded read says so without the bytes.
    QVERIFY(!readBoundedFile(path, ForeignLimits::kMaxBytes, &error));
    QVERIFY(readBoundedFile(path, 200LL * 1024 * 1024, &error).has_value());
}

void TestForeignFormats::refusesTooManyElements()
{
    QJsonArray elements;
    for (int i = 0; i <= ForeignLimits::kMaxElements; ++i)
        elements.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("rectangle")},
                                    {QStringLiteral("id"), QStringLiteral("r%1").arg(i)}});
    const QByteArray json =
        QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("excalidraw")},
                                  {QStringLiteral("elements"), elements}})
            .toJson();
    QString error;
    QVERIFY(!ExcalidrawReader::read(json, &error));
    QVERIFY2(error.contains(QStringLiteral("at most %1").arg(ForeignLimits::kMaxElements)),
             qPrintable(error));
    elements.removeLast();
    const QByteArray fits =
        QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("excalidraw")},
                                  {QStringLiteral("elements"), elements}})
            .toJson();
    const auto ok = ExcalidrawReader::read(fits, &error);
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(ok->bundle.objects.size(), qsizetype(ForeignLimits::kMaxElements));
}

void TestForeignFormats::excalidrawShapesKeepTheirStyle()
{
    const ImportResult r = mustRead(QStringLiteral("shapes.excalidraw"));
    const Object *rect = byId(r.bundle.objects, QStringLiteral("rect1"));
    QVERIFY(rect);
    QCOMPARE(rect->type, ObjectType::Rect);
    QCOMPARE(rect->number(QLatin1String("x")), 10.0);
    QCOMPARE(rect->number(QLatin1String("w")), 120.0);
    QCOMPARE(rect->number(QLatin1String("rotation")), 30.0);
    QCOMPARE(rect->string(QLatin1String("stroke_color")), QStringLiteral("#e03131ff"));
    QCOMPARE(rect->string(QLatin1String("fill_color")), QStringLiteral("#ffc9c9ff"));
    QCOMPARE(rect->string(QLatin1String("fill_style")), QStringLiteral("hatch"));
    QCOMPARE(rect->string(QLatin1String("dash")), QStringLiteral("dashed"));
    QCOMPARE(rect->number(QLatin1String("stroke_width")), 4.0);
    QCOMPARE(rect->number(QLatin1String("opacity")), 0.5);
    QCOMPARE(rect->number(QLatin1String("radius")), 20.0); // adaptive: a quarter of 80
    const Object *diamond = byId(r.bundle.objects, QStringLiteral("diamond1"));
    QVERIFY(diamond);
    QCOMPARE(shapeKindOf(*diamond), ShapeKind::Diamond);
    QCOMPARE(diamond->string(QLatin1String("dash")), QStringLiteral("dotted"));
    const Object *ellipse = byId(r.bundle.objects, QStringLiteral("ellipse1"));
    QVERIFY(ellipse);
    QCOMPARE(ellipse->type, ObjectType::Ellipse);
    QCOMPARE(strokeColorOf(*ellipse).alpha(), 0);
    QVERIFY(isLocked(*ellipse));
    QVERIFY(!byId(r.bundle.objects, QStringLiteral("gone"))); // deleted in Excalidraw
}

void TestForeignFormats::excalidrawArrowsKeepTheirBindingsAndLabels()
{
    const ImportResult r = mustRead(QStringLiteral("arrows.excalidraw"));
    const Object *arrow = byId(r.bundle.objects, QStringLiteral("arrow1"));
    QVERIFY(arrow);
    QCOMPARE(arrow->type, ObjectType::Arrow);
    const auto start = bindingOf(*arrow, End::Start);
    const auto end = bindingOf(*arrow, End::End);
    QVERIFY(start && end);
    QCOMPARE(start->id, QStringLiteral("boxA"));
    QCOMPARE(*start, (Binding{QStringLiteral("boxA"), 0.5, 0.5}));
    QCOMPARE(*end, (Binding{QStringLiteral("boxB"), 0, 0.25}));
    QCOMPARE(arrowheadOf(*arrow, false), QStringLiteral("none"));
    QCOMPARE(arrowheadOf(*arrow, true), QStringLiteral("triangle"));
    QCOMPARE(arrow->string(QLatin1String("label")), QStringLiteral("calls"));
    QCOMPARE(arrow->string(QLatin1String("font_family")), QStringLiteral("hand"));
    QCOMPARE(arrow->props.value(QLatin1String("points")).toArray(), (QJsonArray{0, 0, 190, 0}));
    // focus -0.6: aimed off the centre, at where Excalidraw drew the end (300, 10 of boxB).
    const Object *offCentre = byId(r.bundle.objects, QStringLiteral("arrow2"));
    QVERIFY(offCentre);
    const auto aimed = bindingOf(*offCentre, End::End);
    QVERIFY(aimed);
    QCOMPARE(aimed->id, QStringLiteral("boxB"));
    QCOMPARE(aimed->fx, 0.0);
    QCOMPARE(aimed->fy, 0.1667);
    QCOMPARE(bindingOf(*offCentre, End::Start)->fx, 0.5);
    const Object *line = byId(r.bundle.objects, QStringLiteral("line1"));
    QVERIFY(line);
    QCOMPARE(line->props.value(QLatin1String("points")).toArray().size(), 6);
    const Object *elbow = byId(r.bundle.objects, QStringLiteral("elbow1"));
    QVERIFY(elbow);
    QCOMPARE(elbow->string(QLatin1String("route")), QStringLiteral("elbow"));
    QCOMPARE(arrowheadOf(*elbow, false), QStringLiteral("dot"));
    QCOMPARE(arrowheadOf(*elbow, true), QStringLiteral("bar"));
    QVERIFY(!hasBinding(*elbow)); // bound to an element the scene does not have
    QVERIFY(!byId(r.bundle.objects, QStringLiteral("arrowLabel"))); // a label, not a text
}

void TestForeignFormats::excalidrawFreedrawKeepsPressure()
{
    const ImportResult r = mustRead(QStringLiteral("freedraw.excalidraw"));
    const Object *pen = byId(r.bundle.objects, QStringLiteral("pen1"));
    QVERIFY(pen);
    QCOMPARE(pen->type, ObjectType::Stroke);
    QCOMPARE(pen->props.value(QLatin1String("points")).toArray(),
             (QJsonArray{0, 0, 0.2, 10, 5, 0.5, 20, 15, 0.9, 30, 10, 0.4}));
    QCOMPARE(pen->string(QLatin1String("stroke_color")), QStringLiteral("#2f9e44ff"));
    QCOMPARE(pen->number(QLatin1String("stroke_width")), 8.5); // drawn as wide as Excalidraw
    const Object *simulated = byId(r.bundle.objects, QStringLiteral("pen2"));
    QVERIFY(simulated);
    QCOMPARE(simulated->props.value(QLatin1String("points")).toArray(),
             (QJsonArray{0, 0, 0.5, 40, 40, 0.5}));
}

void TestForeignFormats::excalidrawTextAndContainers()
{
    const ImportResult r = mustRead(QStringLiteral("text.excalidraw"));
    const Object *text = byId(r.bundle.objects, QStringLiteral("t1"));
    QVERIFY(text);
    QCOMPARE(text->string(QLatin1String("text")), QStringLiteral("Hello\nworld"));
    QCOMPARE(text->number(QLatin1String("font_size")), 28.0);
    QCOMPARE(text->string(QLatin1String("font_family")), QStringLiteral("mono"));
    QCOMPARE(text->string(QLatin1String("align")), QStringLiteral("right"));
    QCOMPARE(text->string(QLatin1String("stroke_color")), QStringLiteral("#1971c2ff"));
    const Object *box = byId(r.bundle.objects, QStringLiteral("box"));
    QVERIFY(box);
    QCOMPARE(box->string(QLatin1String("label")), QStringLiteral("In a box")); // originalText
    QCOMPARE(box->number(QLatin1String("font_size")), 16.0);
    QCOMPARE(box->string(QLatin1String("label_align")), QStringLiteral("left"));
    QCOMPARE(box->string(QLatin1String("label_valign")), QStringLiteral("top"));
    QVERIFY(!byId(r.bundle.objects, QStringLiteral("boxText")));
    const Object *orphan = byId(r.bundle.objects, QStringLiteral("orphan"));
    QVERIFY(orphan); // its container is not in the scene: a text of its own
    QCOMPARE(orphan->string(QLatin1String("font_family")), QStringLiteral("hand"));
}

void TestForeignFormats::excalidrawImagesAndGroups()
{
    const ImportResult images = mustRead(QStringLiteral("image.excalidraw"));
    const Object *img = byId(images.bundle.objects, QStringLiteral("img1"));
    QVERIFY(img);
    const QString hash = img->string(QLatin1String("blob"));
    QVERIFY(images.bundle.blobs.contains(hash));
    QCOMPARE(BlobStore::hashOf(images.bundle.blobs.value(hash)), hash);
    QCOMPARE(img->number(QLatin1String("w")), 64.0);

    const ImportResult r = mustRead(QStringLiteral("groups.excalidraw"));
    const Object *g1 = byId(r.bundle.objects, QStringLiteral("g1"));
    const Object *g2 = byId(r.bundle.objects, QStringLiteral("g2"));
    const Object *g3 = byId(r.bundle.objects, QStringLiteral("g3"));
    const Object *free = byId(r.bundle.objects, QStringLiteral("free"));
    QVERIFY(g1 && g2 && g3 && free);
    // Frame outermost, then Excalidraw's groupIds from the outside in.
    QCOMPARE(groupPath(*g1), (QStringList{QStringLiteral("frame1"), QStringLiteral("outer"),
                                          QStringLiteral("inner")}));
    QCOMPARE(groupPath(*g2), groupPath(*g1));
    QCOMPARE(groupPath(*g3), (QStringList{QStringLiteral("frame1"), QStringLiteral("outer")}));
    QVERIFY(groupPath(*free).isEmpty());
}

void TestForeignFormats::clipboardSceneAndSniffing()
{
    QFile file(dataPath(QStringLiteral("clipboard.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    QVERIFY(ExcalidrawReader::looksLikeScene(json));
    QVERIFY(!ExcalidrawReader::looksLikeScene("just some text about excalidraw"));
    QString error;
    const auto r = ExcalidrawReader::read(json, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(typeCounts(r->bundle.objects), QStringLiteral("ellipse:1 rect:1"));
    QCOMPARE(r->summary(), QStringLiteral("1 element could not be kept: 1 iframe"));
    QCOMPARE(groupPath(r->bundle.objects[0]), QStringList{QStringLiteral("cg")});
}

void TestForeignFormats::svgShapesAndTransforms()
{
    const ImportResult r = mustRead(QStringLiteral("shapes.svg"));
    const QList<Object> &o = r.bundle.objects;
    QCOMPARE(o[0].type, ObjectType::Rect);
    QCOMPARE(o[0].number(QLatin1String("x")), 10.0);
    QCOMPARE(o[0].number(QLatin1String("h")), 50.0);
    QCOMPARE(o[0].number(QLatin1String("radius")), 8.0);
    QCOMPARE(o[0].string(QLatin1String("fill_color")), QStringLiteral("#ff0000ff"));
    QCOMPARE(o[0].string(QLatin1String("stroke_color")), QStringLiteral("#0000ffff"));
    QCOMPARE(o[0].number(QLatin1String("stroke_width")), 3.0);
    QCOMPARE(o[1].type, ObjectType::Ellipse);
    QCOMPARE(o[1].number(QLatin1String("w")), 60.0);
    QCOMPARE(o[1].string(QLatin1String("fill_color")), QStringLiteral("#008000ff"));
    QCOMPARE(o[1].number(QLatin1String("opacity")), 0.5);
    QCOMPARE(o[2].string(QLatin1String("fill_color")), kTransparent);
    QCOMPARE(o[2].string(QLatin1String("dash")), QStringLiteral("dashed"));
    QCOMPARE(o[3].type, ObjectType::Line);
    QCOMPARE(o[3].props.value(QLatin1String("points")).toArray(), (QJsonArray{0, 0, 100, 50}));
    QCOMPARE(o[5].props.value(QLatin1String("points")).toArray().size(), 8); // closed: 4 points
    // translate + rotate: still a rect, turned, its centre where the transform puts it.
    QCOMPARE(o[6].type, ObjectType::Rect);
    QCOMPARE(o[6].number(QLatin1String("rotation")), 45.0);
    QCOMPARE(o[6].number(QLatin1String("x")) + 5, 50.0);
    QVERIFY(std::abs(o[6].number(QLatin1String("y")) + 5 - (100 + 5 * std::sqrt(2.0))) < 0.01);
    // A shear: the outline as a line.
    QCOMPARE(o[7].type, ObjectType::Line);
    // display="none" draws nothing; the gradient's rect keeps its stroke.
    QCOMPARE(o.size(), qsizetype(9));
    QCOMPARE(o[8].string(QLatin1String("fill_color")), kTransparent);
    QVERIFY2(r.summary().contains(QStringLiteral("<use>")), qPrintable(r.summary()));
}

void TestForeignFormats::svgPathsTextImagesGroups()
{
    const ImportResult paths = mustRead(QStringLiteral("path.svg"));
    const QJsonArray curve = paths.bundle.objects[0].props.value(QLatin1String("points")).toArray();
    QVERIFY2(curve.size() > 20, "curves and the arc are flattened into many points");
    QCOMPARE(paths.bundle.objects[1].props.value(QLatin1String("points")).toArray(),
             (QJsonArray{0, 0, 50, 0, 50, 50, 0, 50, 0, 0}));
    QCOMPARE(paths.bundle.objects[1].number(QLatin1String("x")), 100.0);
    QCOMPARE(paths.bundle.objects[3].string(QLatin1String("stroke_color")),
             QStringLiteral("#ff0000ff")); // fill only: drawn in its fill colour

    const ImportResult text = mustRead(QStringLiteral("text.svg"));
    QCOMPARE(text.bundle.objects[0].string(QLatin1String("text")), QStringLiteral("Hello SVG"));
    QCOMPARE(text.bundle.objects[0].number(QLatin1String("font_size")), 24.0);
    QCOMPARE(text.bundle.objects[0].string(QLatin1String("font_family")), QStringLiteral("mono"));
    QCOMPARE(text.bundle.objects[0].string(QLatin1String("stroke_color")),
             QStringLiteral("#0000ffff"));
    QVERIFY(text.bundle.objects[0].number(QLatin1String("y")) < 40); // baseline at 40
    QCOMPARE(text.bundle.objects[1].string(QLatin1String("text")), QStringLiteral("two\nlines"));
    QCOMPARE(text.bundle.objects[1].string(QLatin1String("align")), QStringLiteral("center"));

    const ImportResult image = mustRead(QStringLiteral("image.svg"));
    const Object &img = image.bundle.objects[0];
    QCOMPARE(img.number(QLatin1String("w")), 40.0);
    QVERIFY(image.bundle.blobs.contains(img.string(QLatin1String("blob"))));

    const ImportResult groups = mustRead(QStringLiteral("groups.svg"));
    const QList<Object> &g = groups.bundle.objects;
    QCOMPARE(groupPath(g[0]).size(), 1);
    QCOMPARE(groupPath(g[1]).size(), 2);
    QCOMPARE(groupPath(g[1]).first(), groupPath(g[0]).first());
    QVERIFY(groupPath(g[2]).isEmpty());
    QCOMPARE(g[0].string(QLatin1String("fill_color")), QStringLiteral("#ffff00ff")); // inherited
    QCOMPARE(g[1].number(QLatin1String("opacity")), 0.5);
    QCOMPARE(g[1].number(QLatin1String("w")), 20.0);           // scale(2) of r=5
    QCOMPARE(g[1].number(QLatin1String("stroke_width")), 4.0); // scaled too
}

void TestForeignFormats::svgStyleSheets()
{
    const ImportResult r = mustRead(QStringLiteral("classes.svg"));
    const QList<Object> &o = r.bundle.objects;
    QCOMPARE(o[0].string(QLatin1String("fill_color")), QStringLiteral("#00ff00ff"));
    QCOMPARE(o[0].string(QLatin1String("stroke_color")), QStringLiteral("#ff0000ff"));
    QCOMPARE(o[0].number(QLatin1String("stroke_width")), 5.0);
    QCOMPARE(o[1].string(QLatin1String("fill_color")), QStringLiteral("#0000ffff"));
    QCOMPARE(o[2].string(QLatin1String("fill_color")), QStringLiteral("#0000ffff"));
    QCOMPARE(o[2].string(QLatin1String("stroke_color")), QStringLiteral("#000000ff"));
}

void TestForeignFormats::svgRefusesTooManyPoints()
{
    // 20000 long curves flatten to 16 points each: over the 200000 an import may hold.
    QByteArray svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><path stroke=\"black\" d=\"M0 0";
    for (int i = 0; i < 20000; ++i)
        svg += " C 0 1000 1000 1000 1000 0 C 1000 -1000 0 -1000 0 0";
    svg += "\"/></svg>";
    QString error;
    QVERIFY(!SvgReader::read(svg, &error));
    QVERIFY2(error.contains(QStringLiteral("more than 200000 points")), qPrintable(error));
}

void TestForeignFormats::svgPathData()
{
    QVERIFY(parseSvgPathData(QStringLiteral("M0 0L10 10")));
    QVERIFY(parseSvgPathData(QStringLiteral("M0,0 10,0 10,10z")));
    const auto arc = parseSvgPathData(QStringLiteral("M0 0 a10 10 0 1 1 20 0"));
    QVERIFY(arc);
    QVERIFY(std::abs(arc->boundingRect().top() + 10) < 0.1); // a half circle above
    QVERIFY(!parseSvgPathData(QStringLiteral("M0 0 L")));
    QVERIFY(!parseSvgPathData(QStringLiteral("M0 0 X 5 5")));
    QVERIFY(!parseSvgPathData(QStringLiteral("M0 0") + QStringLiteral(" L1 1").repeated(50), 10));
}

void TestForeignFormats::roundTripKeepsEveryObject()
{
    Style style;
    style.strokeColor = QColor(0xe0, 0x31, 0x31);
    style.fillColor = QColor(0xff, 0xc9, 0xc9);
    style.dash = QStringLiteral("dashed");
    style.opacity = 0.8;
    QList<Object> objects;
    auto add = [&objects](const QString &id, ObjectType type, QJsonObject props) {
        props.insert(key::z, QStringLiteral("a%1").arg(objects.size()));
        objects.append(Object{id, type, props});
        return &objects.last();
    };
    QJsonObject rect = style.toProps(ObjectType::Rect);
    rect.insert(key::x, 10);
    rect.insert(key::y, 20);
    rect.insert(key::w, 120);
    rect.insert(key::h, 80);
    rect.insert(key::radius, 12);
    rect.insert(key::rotation, 30);
    const QJsonObject labelProps = style.labelProps();
    for (auto it = labelProps.constBegin(); it != labelProps.constEnd(); ++it)
        rect.insert(it.key(), it.value());
    rect.insert(key::label, QStringLiteral("A labelled\nbox"));
    const QJsonObject inGroups =
        groupProps({QStringLiteral("outerGroup"), QStringLiteral("innerGroup")});
    for (auto it = inGroups.constBegin(); it != inGroups.constEnd(); ++it)
        rect.insert(it.key(), it.value());
    add(QStringLiteral("box1"), ObjectType::Rect, rect);
    QJsonObject hexagon = style.toProps(ObjectType::Rect);
    hexagon.insert(key::x, 300);
    hexagon.insert(key::y, 20);
    hexagon.insert(key::w, 90);
    hexagon.insert(key::h, 70);
    hexagon.insert(key::shape, shape::hexagon);
    hexagon.insert(key::fillStyle, QStringLiteral("hatch"));
    hexagon.insert(key::group, QStringLiteral("outerGroup"));
    hexagon.insert(key::groups, QJsonArray{QStringLiteral("outerGroup")});
    add(QStringLiteral("hex1"), ObjectType::Rect, hexagon);
    QJsonObject diamond = Style().toProps(ObjectType::Rect);
    diamond.insert(key::x, 0);
    diamond.insert(key::y, 300);
    diamond.insert(key::w, 50);
    diamond.insert(key::h, 50);
    diamond.insert(key::shape, shape::diamond);
    add(QStringLiteral("dia1"), ObjectType::Rect, diamond);
    QJsonObject ellipse = Style().toProps(ObjectType::Ellipse);
    ellipse.insert(key::x, 500);
    ellipse.insert(key::y, 20);
    ellipse.insert(key::w, 60);
    ellipse.insert(key::h, 40);
    ellipse.insert(key::locked, true);
    add(QStringLiteral("ell1"), ObjectType::Ellipse, ellipse);
    Style arrowStyle;
    arrowStyle.headStart = QStringLiteral("dot");
    arrowStyle.headEnd = QStringLiteral("triangle");
    arrowStyle.dash = QStringLiteral("dotted");
    QJsonObject arrow = arrowStyle.toProps(ObjectType::Arrow);
    arrow.insert(key::x, 135);
    arrow.insert(key::y, 60);
    arrow.insert(key::points, QJsonArray{0, 0, 80, 10, 160, 0});
    arrow.insert(bindKey(End::Start), Binding{QStringLiteral("box1"), 0.5, 0.5}.toJson());
    arrow.insert(bindKey(End::End), Binding{QStringLiteral("hex1"), 0, 0.25}.toJson());
    for (auto it = labelProps.constBegin(); it != labelProps.constEnd(); ++it)
        arrow.insert(it.key(), it.value()); // a new label takes the style's (label_commit)
    arrow.insert(key::fontFamily, QStringLiteral("mono"));
    arrow.insert(key::label, QStringLiteral("flows"));
    arrow.insert(QStringLiteral("label_pos"), 0.3);
    add(QStringLiteral("arr1"), ObjectType::Arrow, arrow);
    Style elbowStyle;
    elbowStyle.route = QStringLiteral("elbow");
    QJsonObject line = elbowStyle.toProps(ObjectType::Line);
    line.insert(key::x, 0);
    line.insert(key::y, 400);
    line.insert(key::points, QJsonArray{0, 0, 0, 50, 100, 50});
    add(QStringLiteral("line1"), ObjectType::Line, line);
    QJsonObject stroke = style.toProps(ObjectType::Stroke);
    stroke.insert(key::x, 40);
    stroke.insert(key::y, 500);
    stroke.insert(key::points, QJsonArray{0, 0, 0.25, 10, 4, 0.5, 20, 12, 0.75, 31, 9, 1});
    stroke.insert(QStringLiteral("pen"), QStringLiteral("highlighter"));
    add(QStringLiteral("stroke1"), ObjectType::Stroke, stroke);
    Style serif;
    serif.fontFamily = QStringLiteral("serif");
    serif.textAlign = QStringLiteral("center");
    QJsonObject text = serif.toProps(ObjectType::Text);
    text.insert(key::x, 200);
    text.insert(key::y, 600);
    text.insert(key::text, QStringLiteral("Serif text\nover two lines"));
    text.insert(key::w, 180);
    add(QStringLiteral("text1"), ObjectType::Text, text);
    QJsonObject hand = Style().toProps(ObjectType::Text);
    hand.insert(key::fontFamily, QStringLiteral("hand"));
    hand.insert(key::x, -50.5);
    hand.insert(key::y, 650.25);
    hand.insert(key::text, QStringLiteral("hand"));
    hand.insert(key::rotation, -45);
    add(QStringLiteral("text2"), ObjectType::Text, hand);
    ObjectBundle bundle;
    const QByteArray picture = png(8, 4, Qt::blue);
    const QString hash = BlobStore::hashOf(picture);
    bundle.blobs.insert(hash, picture);
    QJsonObject image = Style().toProps(ObjectType::Image);
    image.insert(key::x, 400);
    image.insert(key::y, 400);
    image.insert(key::w, 80);
    image.insert(key::h, 40);
    image.insert(key::blob, hash);
    add(QStringLiteral("img1"), ObjectType::Image, image);
    bundle.objects = objects;

    const QByteArray file = ExcalidrawWriter::file(bundle);
    QString error;
    const auto back = ExcalidrawReader::read(file, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->summary(), QString());
    QCOMPARE(back->bundle.objects.size(), objects.size());
    QCOMPARE(back->bundle.blobs, bundle.blobs);
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const Object &was = objects[i];
        const Object &now = back->bundle.objects[i]; // the same order
        QCOMPARE(now.id, was.id);
        QCOMPARE(now.type, was.type);
        QJsonObject a = was.props, b = now.props;
        a.remove(key::z);
        b.remove(key::z);
        QCOMPARE(was.id + u':' + b.keys().join(u','), was.id + u':' + a.keys().join(u','));
        for (auto it = a.constBegin(); it != a.constEnd(); ++it) {
            QVERIFY2(
                sameValue(it.value(), b.value(it.key())),
                qPrintable(QStringLiteral("%1.%2: %3 became %4")
                               .arg(was.id, it.key(),
                                    QString::fromUtf8(QJsonDocument(QJsonArray{it.value()})
                                                          .toJson(QJsonDocument::Compact)),
                                    QString::fromUtf8(QJsonDocument(QJsonArray{b.value(it.key())})
                                                          .toJson(QJsonDocument::Compact)))));
        }
    }
    // What Excalidraw itself needs to keep the bindings and labels: the bound shapes list the
    // arrow and their text.
    const QJsonArray elements =
        QJsonDocument::fromJson(file).object().value(QLatin1String("elements")).toArray();
    QJsonObject box;
    for (const QJsonValue &e : elements) {
        if (e.toObject().value(QLatin1String("id")) == QStringLiteral("box1"))
            box = e.toObject();
    }
    const QJsonArray bound = box.value(QLatin1String("boundElements")).toArray();
    QCOMPARE(bound.size(), 2);
    QCOMPARE(box.value(QLatin1String("groupIds")).toArray(),
             (QJsonArray{QStringLiteral("innerGroup"), QStringLiteral("outerGroup")}));
}

QTEST_MAIN(TestForeignFormats)
#include "tst_foreign_formats.moc"
