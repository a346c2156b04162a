// SPDX-License-Identifier: Apache-2.0
// Exports (PNG, SVG, PDF) of the whole drawing or the selection, and the clipboard's format.
#include "canvas_fixture.h"
#include "clipboard_codec.h"
#include "exporter.h"

#include <QBuffer>
#include <QFile>
#include <QImageReader>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QXmlStreamReader>

using namespace inkboard;
using namespace inkboard::canvas;
using namespace inkboard::canvas::testing;

namespace {

// Whether a PDF's content streams (zlib, as QPdfWriter writes them) set a dash array with
// lengths in it: `[16 8 ]0 d`.
bool pdfDrawsDashes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray pdf = file.readAll();
    static const QRegularExpression dash(
        QStringLiteral("\\[[0-9. ]*[0-9][0-9. ]*\\]\\s*[0-9.]+\\s+d"));
    for (qsizetype at = pdf.indexOf("stream\n"); at >= 0; at = pdf.indexOf("stream\n", at)) {
        const qsizetype start = at + 7;
        const qsizetype end = pdf.indexOf("endstream", start);
        if (end < 0)
            break;
        // qUncompress wants the inflated size first (big-endian): an upper bound will do.
        const QByteArray content =
            qUncompress(QByteArray::fromHex("01000000") + pdf.mid(start, end - start));
        if (dash.match(QString::fromLatin1(content)).hasMatch())
            return true;
        at = end + 9; // past "endstream", whose tail reads "stream" too
    }
    return false;
}

} // namespace

class TestCanvasExport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void pngDecodesAtTheRightSize_data();
    void pngDecodesAtTheRightSize();
    void pngPixelsMatchTheDrawing();
    void anOverlayIsExportedOnlyWhenGiven();
    void svgParses();
    void svgHoldsShapeLabels();
    void exportsDrawBoundConnectorsAndTheirLabels();
    void dashesAndHatchedFills();
    void pdfStartsWithPdfHeader();
    void selectionOnlyExportsSelection();
    void emptyOrHugeExportIsRefusedWithAMessage();
    void unwritablePathIsAMessage();
    void imagesAreExported();
    void clipboardDecodeRefusesBadInput_data();
    void clipboardDecodeRefusesBadInput();
    void pasteOpsRemapIdsAndGroups();

private:
    std::unique_ptr<CanvasFixture> f;
};

void TestCanvasExport::init()
{
    f = std::make_unique<CanvasFixture>();
    Object a = CanvasFixture::rect("a", 0, 0, 100, 50);
    a.props.insert("stroke_width", 0);
    f->seed(a);
    Object b = CanvasFixture::rect("b", 200, 100, 100, 50, "a1");
    b.props.insert("stroke_width", 0);
    b.props.insert("fill_color", "#0000ffff");
    f->seed(b);
}

void TestCanvasExport::pngDecodesAtTheRightSize_data()
{
    QTest::addColumn<double>("scale");
    QTest::addColumn<bool>("transparent");
    QTest::addColumn<QSize>("size");
    // Bounds (0,0)-(300,150) padded by 1 for antialiasing, plus a 16 unit margin.
    QTest::newRow("scale 1 is one pixel per unit") << 1.0 << false << QSize(334, 184);
    QTest::newRow("scale 2 doubles the pixels") << 2.0 << false << QSize(668, 368);
    QTest::newRow("transparent keeps the size") << 1.0 << true << QSize(334, 184);
}

void TestCanvasExport::pngDecodesAtTheRightSize()
{
    QFETCH(double, scale);
    QFETCH(bool, transparent);
    QFETCH(QSize, size);
    ExportOptions o;
    o.scale = scale;
    o.transparent = transparent;
    const QString path = f->dir.path() + "/out.png";
    QString error;
    QVERIFY2(Exporter(f->view.scene(), &f->blobs).savePng(path, o, &error), qPrintable(error));
    QImageReader reader(path);
    QCOMPARE(reader.format(), QByteArray("png"));
    const QImage image = reader.read();
    QCOMPARE(image.size(), size);
    QCOMPARE(qAlpha(image.pixel(2, 2)), transparent ? 0 : 255);
}

void TestCanvasExport::pngPixelsMatchTheDrawing()
{
    ExportOptions o;
    o.margin = 0;
    const QImage image = Exporter(f->view.scene(), &f->blobs).toImage(o);
    // The source rect starts at (-1, -1): the padded bounds.
    QCOMPARE(QColor(image.pixel(51, 26)), QColor(Qt::red));
    QCOMPARE(QColor(image.pixel(251, 126)), QColor(Qt::blue));
    QCOMPARE(QColor(image.pixel(151, 76)), QColor(Qt::white));
}

// What the window draws over the canvas (comment markers) goes into an export only when the
// options name it.
void TestCanvasExport::anOverlayIsExportedOnlyWhenGiven()
{
    struct Square : CanvasOverlay
    {
        void paintOverlay(QPainter &painter, const QTransform &canvasToWidget) override
        {
            painter.fillRect(canvasToWidget.mapRect(QRectF(145, 70, 10, 10)), Qt::green);
        }
    } square;
    ExportOptions o;
    o.margin = 0;
    QCOMPARE(QColor(Exporter(f->view.scene(), &f->blobs).toImage(o).pixel(151, 76)),
             QColor(Qt::white));
    o.overlay = &square;
    QCOMPARE(QColor(Exporter(f->view.scene(), &f->blobs).toImage(o).pixel(151, 76)),
             QColor(Qt::green));
    o.scale = 2;
    QCOMPARE(QColor(Exporter(f->view.scene(), &f->blobs).toImage(o).pixel(302, 152)),
             QColor(Qt::green));
}

void TestCanvasExport::svgParses()
{
    const QString path = f->dir.path() + "/out.svg";
    QString error;
    QVERIFY2(Exporter(f->view.scene(), &f->blobs).saveSvg(path, {}, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int elements = 0;
    QString root;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && elements++ == 0)
            root = xml.name().toString();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(root, QString("svg"));
    QVERIFY(elements > 3);
    QSvgRenderer renderer(path);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBoxF().size(), QSizeF(334, 184));
}

void TestCanvasExport::svgHoldsShapeLabels()
{
    // Labels are painted by the renderer, so every export carries them.
    Object d = CanvasFixture::rect("d", 0, 200, 160, 100, "a2");
    d.props.insert("shape", "diamond");
    d.props.insert("label", "Start here");
    f->seed(d);
    const QString path = f->dir.path() + "/labels.svg";
    QString error;
    QVERIFY2(Exporter(f->view.scene(), &f->blobs).saveSvg(path, {}, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    // Each wrapped line is a text element of its own.
    QVERIFY(svg.contains(">Start"));
    QVERIFY(svg.contains("here<"));
}

void TestCanvasExport::exportsDrawBoundConnectorsAndTheirLabels()
{
    // An arrow from a to b whose stored points are stale (a peer moved b since): exports draw
    // it from the bindings, as the window does, with its label.
    Object c{"c", ObjectType::Arrow,
             QJsonObject{{"x", 50},
                         {"y", 25},
                         {"z", "a5"},
                         {"stroke_width", 4},
                         {"stroke_color", "#000000ff"},
                         {"points", QJsonArray{0, 0, 0, 400}},
                         {"label", "flows"},
                         {"start_bind", QJsonObject{{"id", "a"}, {"fx", 0.5}, {"fy", 0.5}}},
                         {"end_bind", QJsonObject{{"id", "b"}, {"fx", 0.5}, {"fy", 0.5}}}}};
    f->seed(c);
    ExportOptions o;
    o.margin = 0;
    const QImage image = Exporter(f->view.scene(), &f->blobs).toImage(o);
    // From a's corner (100, 50) towards b's (200, 100), through (120, 60); nothing
    // where the stale points say (down to y 425, outside the export).
    QVERIFY2(image.height() < 300, "the stale end is not drawn");
    bool ink = false;
    for (int dx = -3; dx <= 3 && !ink; ++dx) {
        for (int dy = -3; dy <= 3 && !ink; ++dy)
            ink = QColor(image.pixel(1 + 120 + dx, 1 + 60 + dy)).lightness() < 80;
    }
    QVERIFY2(ink, "the arrow is drawn between the two shapes");
    const QString path = f->dir.path() + "/connectors.svg";
    QString error;
    QVERIFY2(Exporter(f->view.scene(), &f->blobs).saveSvg(path, {}, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(">flows<"));
}

void TestCanvasExport::dashesAndHatchedFills()
{
    CanvasFixture g;
    Object dashed = CanvasFixture::rect("d", 0, 0, 200, 100);
    dashed.props.insert("fill_color", "#00000000");
    dashed.props.insert("stroke_color", "#000000ff");
    dashed.props.insert("stroke_width", 4);
    dashed.props.insert("dash", "dashed");
    g.seed(dashed);
    Object hatched = CanvasFixture::rect("h", 0, 200, 200, 100, "a1");
    hatched.props.insert("stroke_width", 0);
    hatched.props.insert("fill_color", "#0000ffff");
    hatched.props.insert("fill_style", "hatch");
    g.seed(hatched);
    ExportOptions o;
    o.margin = 0;
    const QImage image = Exporter(g.view.scene(), &g.blobs).toImage(o);
    auto dark = [&image](int x, int y) { return QColor(image.pixel(x, y)).lightness() < 128; };
    auto count = [](int from, int to, const std::function<bool(int)> &is) {
        int n = 0;
        for (int i = from; i < to; ++i)
            n += is(i) ? 1 : 0;
        return n;
    };
    // Along the dashed top edge (y = 0, at pixel row 3 with the padding): ink and gaps.
    const int inked = count(10, 190, [&](int x) { return dark(x + 3, 3); });
    QVERIFY2(inked > 40 && inked < 170, qPrintable(QString::number(inked)));
    // The SVG export dashes too, drawn back with Qt's SVG renderer.
    const QString svgPath = g.dir.path() + "/dash.svg";
    QString error;
    QVERIFY2(Exporter(g.view.scene(), &g.blobs).saveSvg(svgPath, o, &error), qPrintable(error));
    QSvgRenderer renderer(svgPath);
    QVERIFY(renderer.isValid());
    QImage drawn(renderer.defaultSize(), QImage::Format_ARGB32);
    drawn.fill(Qt::white);
    {
        QPainter p(&drawn);
        renderer.render(&p);
    }
    const int inkedSvg =
        count(10, 190, [&](int x) { return QColor(drawn.pixel(x + 3, 3)).lightness() < 128; });
    QVERIFY2(inkedSvg > 40 && inkedSvg < 170, qPrintable(QString::number(inkedSvg)));
    // And the PDF: its page draws the outline with a dash array (PDF's `[on off] phase d`); an
    // export of a solid outline has none.
    const QString pdfPath = g.dir.path() + "/dash.pdf";
    QVERIFY2(Exporter(g.view.scene(), &g.blobs).savePdf(pdfPath, o, &error), qPrintable(error));
    QVERIFY(pdfDrawsDashes(pdfPath));
    CanvasFixture solid;
    Object plain = dashed;
    plain.props.remove("dash");
    solid.seed(plain);
    const QString solidPdf = solid.dir.path() + "/solid.pdf";
    QVERIFY2(Exporter(solid.view.scene(), &solid.blobs).savePdf(solidPdf, o, &error),
             qPrintable(error));
    QVERIFY(!pdfDrawsDashes(solidPdf));
    // Inside the hatched rect: blue lines and white between them, not one blue area.
    int blue = 0, white = 0;
    for (int x = 20; x < 180; ++x) {
        const QColor c(image.pixel(x + 3, 250 + 3));
        blue += c.blue() - c.red() > 60 ? 1 : 0;
        white += c.lightness() > 240 ? 1 : 0;
    }
    QVERIFY2(blue > 20 && white > 20, qPrintable(QStringLiteral("%1 %2").arg(blue).arg(white)));
    // The style writes both, and reads them back.
    Style style;
    style.dash = "dotted";
    style.fillStyle = "hatch";
    const QJsonObject props = style.toProps(ObjectType::Rect);
    QCOMPARE(props.value("dash").toString(), QString("dotted"));
    QCOMPARE(props.value("fill_style").toString(), QString("hatch"));
    const Style back = Style().merged(Object{"x", ObjectType::Rect, props});
    QCOMPARE(back.dash, QString("dotted"));
    QCOMPARE(back.fillStyle, QString("hatch"));
    QCOMPARE(penStyleOf(Object{"x", ObjectType::Rect, {{"dash", "wavy"}}}), Qt::SolidLine);
}

void TestCanvasExport::pdfStartsWithPdfHeader()
{
    const QString path = f->dir.path() + "/out.pdf";
    QString error;
    QVERIFY2(Exporter(f->view.scene(), &f->blobs).save(path, {}, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
}

void TestCanvasExport::selectionOnlyExportsSelection()
{
    ExportOptions o;
    o.only = {"b"};
    o.margin = 0;
    const QImage image = Exporter(f->view.scene(), &f->blobs).toImage(o);
    QCOMPARE(image.size(), QSize(102, 52));
    QCOMPARE(QColor(image.pixel(51, 26)), QColor(Qt::blue));
}

void TestCanvasExport::emptyOrHugeExportIsRefusedWithAMessage()
{
    ExportOptions o;
    o.only = {"missing"};
    QString error;
    QVERIFY(Exporter(f->view.scene(), &f->blobs).toImage(o, &error).isNull());
    QVERIFY(error.contains("nothing"));
    f->seed(CanvasFixture::rect("far", 100000, 100000, 10, 10));
    ExportOptions big;
    big.scale = 4;
    QVERIFY(!Exporter(f->view.scene(), &f->blobs).savePng(f->dir.path() + "/big.png", big, &error));
    QVERIFY(error.contains("on a side"));
    QVERIFY(!QFile::exists(f->dir.path() + "/big.png"));
}

void TestCanvasExport::unwritablePathIsAMessage()
{
    QString error;
    QVERIFY(!Exporter(f->view.scene(), &f->blobs).save("/nonexistent/dir/out.png", {}, &error));
    QVERIFY(error.startsWith("Cannot write"));
    QVERIFY(!Exporter(f->view.scene(), &f->blobs).save(f->dir.path() + "/out.bmp", {}, &error));
    QVERIFY(error.contains("format"));
}

void TestCanvasExport::imagesAreExported()
{
    QImage green(40, 20, QImage::Format_RGB32);
    green.fill(Qt::green);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    green.save(&buffer, "PNG");
    QString error;
    QVERIFY2(f->view.insertImage(png, QPointF(500, 500), &error), qPrintable(error));
    const QString id = *f->view.selection().begin();
    ExportOptions o;
    o.only = {id};
    o.margin = 0;
    const QImage image = Exporter(f->view.scene(), &f->blobs).toImage(o);
    QCOMPARE(QColor(image.pixel(image.width() / 2, image.height() / 2)), QColor(Qt::green));
}

void TestCanvasExport::clipboardDecodeRefusesBadInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("not JSON") << QByteArray("{{{");
    QTest::newRow("no objects list") << QByteArray(R"({"type":"inkboard/clipboard"})");
    QTest::newRow("an object the model refuses")
        << QByteArray(R"({"objects":[{"id":"a","type":"rect","props":{"w":-1,"h":1}}]})");
    QTest::newRow("an unknown type")
        << QByteArray(R"({"objects":[{"id":"a","type":"blob","props":{}}]})");
    QTest::newRow("a blob that does not match its hash") << QByteArray(
        R"({"objects":[],"blobs":{"0000000000000000000000000000000000000000000000000000000000000000":"aGVsbG8="}})");
}

void TestCanvasExport::clipboardDecodeRefusesBadInput()
{
    QFETCH(QByteArray, bytes);
    QString error;
    QVERIFY(!decodeClipboard(bytes, &error));
    QVERIFY(!error.isEmpty());
}

void TestCanvasExport::pasteOpsRemapIdsAndGroups()
{
    Object a = CanvasFixture::rect("a", 0, 0, 10, 10, "a0");
    a.props.insert("group", "g1");
    Object b = CanvasFixture::rect("b", 20, 0, 10, 10, "a1");
    b.props.insert("group", "g1");
    QStringList ids;
    const OpList ops = pasteOps({b, a}, "a5", QPointF(100, 0), &ids);
    QCOMPARE(ops.size(), 2);
    QVERIFY(!ids.contains("a") && !ids.contains("b"));
    QCOMPARE(ops[0].props.value("x").toDouble(), 100.0); // "a" first: render order is kept
    QVERIFY(ops[0].props.value("z").toString() > QString("a5"));
    QVERIFY(ops[1].props.value("z").toString() > ops[0].props.value("z").toString());
    QCOMPARE(ops[0].props.value("group"), ops[1].props.value("group"));
    QVERIFY(ops[0].props.value("group").toString() != "g1");
}

QTEST_MAIN(TestCanvasExport)
#include "tst_canvas_export.moc"
