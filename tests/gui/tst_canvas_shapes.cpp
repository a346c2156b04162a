// SPDX-License-Identifier: Apache-2.0
// Shapes, labels and sticky notes on the real CanvasView, driven by QTest mouse and key events:
// the diamond and note tools, editing a closed shape's label in place (double click, Enter),
// one update op per edit (one undo step), notes that grow to hold their text.
#include "canvas_fixture.h"
#include "fonts.h"
#include "label_painter.h"
#include "renderer.h"
#include "shape_outline.h"
#include "tool_styles.h"

#include <QGraphicsProxyWidget>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QPlainTextEdit>
#include <QUndoStack>

using namespace inkboard;
using namespace inkboard::canvas;
using namespace inkboard::canvas::testing;

namespace {

// The open label editor (an ended one may linger hidden until its deleteLater).
QPlainTextEdit *labelEditor(CanvasView &view)
{
    const auto editors = view.findChildren<QPlainTextEdit *>(QStringLiteral("labelEditor"));
    for (QPlainTextEdit *editor : editors) {
        if (editor->isVisible())
            return editor;
    }
    return nullptr;
}

QString labelOf(const Document &doc, const QString &id)
{
    const Object *o = doc.find(id);
    return o ? o->string(QLatin1String("label")) : QStringLiteral("<gone>");
}

} // namespace

class TestCanvasShapes : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void diamondToolDrawsADiamondAndDoubleClickLabelsIt();
    void shapeToolsDrawTheirOutline_data();
    void shapeToolsDrawTheirOutline();
    void enterEditsTheSelectedShapesLabel();
    void enterDoesNothingWithoutOneClosedShape();
    void aTurnedShapesLabelIsEditedTurned();
    void aTurnedTextIsEditedTurned();
    void readOnlyNeverEditsALabel();
    void emptiedLabelRemovesTheProp();
    void noteToolClickDropsANoteAndTypesIntoIt();
    void noteToolDragSizesTheNote();
    void growGrowsTheNoteForLongText();
    void shapesWithoutGrowKeepTheirHeight();
    void editingHidesTheLabelNotTheShape();
    void labelStaysHiddenUntilTheEditEnds();
    void longLabelSpillsOverItsShape();
    void handFontIsBundled();
    void styleFontRestylesLabelledShapes();
    void aNewLabelTakesItsToolsFont();
};

void TestCanvasShapes::initTestCase()
{
    QVERIFY(registerBundledFonts());
}

void TestCanvasShapes::diamondToolDrawsADiamondAndDoubleClickLabelsIt()
{
    CanvasFixture f;
    QTest::keyClick(&f.view, 'd');
    QCOMPARE(f.view.tool(), ToolKind::Diamond);
    f.drag(QPointF(100, 100), QPointF(300, 250));
    QCOMPARE(f.requested.size(), 1);
    const Op create = f.requested[0][0];
    QCOMPARE(create.kind, Op::Kind::Create);
    QCOMPARE(create.type, ObjectType::Rect);
    QCOMPARE(create.props.value("shape").toString(), QString("diamond"));
    const QString id = create.id;

    // Inside the (unfilled) diamond: its label, not a new text.
    QTest::mouseDClick(&f.view, Qt::LeftButton, {}, QPoint(200, 175));
    QPlainTextEdit *editor = labelEditor(f.view);
    QVERIFY(editor);
    QVERIFY(f.view.isEditingText());
    QTest::keyClicks(editor, "Start");
    f.click(QPointF(700, 550)); // outside ends the edit
    QVERIFY(!f.view.isEditingText());
    QCOMPARE(f.requested.size(), 2);
    QCOMPARE(f.requested[1].size(), 1);
    QCOMPARE(f.requested[1][0].kind, Op::Kind::Update);
    QCOMPARE(f.requested[1][0].props, (QJsonObject{{"label", "Start"}}));
    const Object *o = f.doc().find(id);
    QVERIFY(o);
    QCOMPARE(o->string(QLatin1String("shape")), QString("diamond"));
    QCOMPARE(labelOf(f.doc(), id), QString("Start"));
    QCOMPARE(f.doc().size(), 1); // no text object was made

    // One undo step: the label goes, the diamond stays.
    f.history.stack()->undo();
    QVERIFY(f.doc().find(id));
    QVERIFY(!f.doc().find(id)->props.contains("label"));
    f.history.stack()->redo();
    QCOMPARE(labelOf(f.doc(), id), QString("Start"));
}

void TestCanvasShapes::shapeToolsDrawTheirOutline_data()
{
    QTest::addColumn<int>("tool");
    QTest::addColumn<QString>("shape");
    QTest::newRow("triangle") << int(ToolKind::Triangle) << "triangle";
    QTest::newRow("hexagon") << int(ToolKind::Hexagon) << "hexagon";
    QTest::newRow("parallelogram") << int(ToolKind::Parallelogram) << "parallelogram";
}

void TestCanvasShapes::shapeToolsDrawTheirOutline()
{
    QFETCH(int, tool);
    QFETCH(QString, shape);
    CanvasFixture f;
    f.view.setTool(ToolKind(tool));
    f.drag(QPointF(100, 100), QPointF(300, 250));
    QCOMPARE(f.requested.size(), 1);
    const Op create = f.requested[0][0];
    QCOMPARE(create.type, ObjectType::Rect);
    QCOMPARE(create.props.value("shape").toString(), shape);
    const Object *o = f.doc().find(create.id);
    QVERIFY(o);
    // The style panel and the tool's own style follow the tool that makes such a shape.
    QCOMPARE(int(ToolStyles::toolMaking(*o).value_or(ToolKind::Select)), tool);
    // Its label edits in place like any closed shape's.
    QTest::mouseDClick(&f.view, Qt::LeftButton, {}, QPoint(200, 200));
    QPlainTextEdit *editor = labelEditor(f.view);
    QVERIFY(editor);
    QTest::keyClicks(editor, "Go");
    f.click(QPointF(700, 550));
    QCOMPARE(labelOf(f.doc(), create.id), QString("Go"));
}

void TestCanvasShapes::enterEditsTheSelectedShapesLabel()
{
    CanvasFixture f;
    f.seed(CanvasFixture::rect("r1", 100, 100, 200, 100));
    f.click(QPointF(150, 150));
    QCOMPARE(f.view.selection(), QSet<QString>{"r1"});
    QTest::keyClick(&f.view, Qt::Key_Return);
    QPlainTextEdit *editor = labelEditor(f.view);
    QVERIFY(editor);
    // The editor sits over the label box, centred on the shape.
    QVERIFY(QRect(100, 100, 200, 100).contains(editor->geometry().center()));
    QTest::keyClicks(editor, "Go");
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!f.view.isEditingText());
    QCOMPARE(f.requested.size(), 1);
    QCOMPARE(f.requested[0][0].props, (QJsonObject{{"label", "Go"}}));
    QCOMPARE(labelOf(f.doc(), "r1"), QString("Go"));

    // Again: the editor holds the label; Escape ends it too.
    QTest::keyClick(&f.view, Qt::Key_Enter, Qt::KeypadModifier);
    editor = labelEditor(f.view);
    QVERIFY(editor);
    QCOMPARE(editor->toPlainText(), QString("Go"));
    QTest::keyClicks(editor, "!");
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(labelOf(f.doc(), "r1"), QString("Go!"));
    QCOMPARE(f.requested.size(), 2);
}

namespace {

// The editor of a turned object lives in a proxy inside a host view over the canvas.
QGraphicsProxyWidget *turnedEditor(CanvasView &view)
{
    const auto hosts = view.findChildren<QGraphicsView *>(QStringLiteral("turnedEditorHost"));
    for (QGraphicsView *host : hosts) {
        if (!host->isVisible())
            continue;
        for (QGraphicsItem *item : host->scene()->items()) {
            if (auto *proxy = qgraphicsitem_cast<QGraphicsProxyWidget *>(item))
                return proxy;
        }
    }
    return nullptr;
}

} // namespace

void TestCanvasShapes::aTurnedShapesLabelIsEditedTurned()
{
    CanvasFixture f;
    Object r = CanvasFixture::rect("r1", 100, 100, 200, 80);
    r.props.insert("rotation", 90);
    f.seed(r);
    // Turned a quarter about its centre (200, 140): it stands 80 wide and 200 tall.
    f.click(QPointF(200, 210));
    QCOMPARE(f.view.selection(), QSet<QString>{"r1"});
    QTest::keyClick(&f.view, Qt::Key_Return);
    QVERIFY(f.view.isEditingText());
    QVERIFY(!labelEditor(f.view)); // no upright editor
    QGraphicsProxyWidget *proxy = turnedEditor(f.view);
    QVERIFY(proxy);
    QCOMPARE(proxy->rotation(), 90.0);
    auto *editor = qobject_cast<QPlainTextEdit *>(proxy->widget());
    QVERIFY(editor);
    QCOMPARE(editor->objectName(), QString("labelEditor"));
    // The editor lies along the shape: its box on the widget is tall and narrow, centred on
    // the shape's centre.
    const QRectF onWidget = proxy->sceneBoundingRect();
    QVERIFY2(onWidget.height() > 2 * onWidget.width(),
             qPrintable(QStringLiteral("%1 x %2").arg(onWidget.width()).arg(onWidget.height())));
    QVERIFY(std::abs(onWidget.center().x() - 200) < 2);
    QVERIFY(std::abs(onWidget.center().y() - 140) < 2);
    QVERIFY(QRectF(160, 40, 80, 200).contains(onWidget));
    QTest::keyClicks(editor, "Up");
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(!f.view.isEditingText());
    QCOMPARE(labelOf(f.doc(), "r1"), QString("Up"));
    QCOMPARE(f.requested.size(), 1);
    QCOMPARE(f.requested[0][0].props, (QJsonObject{{"label", "Up"}}));
}

void TestCanvasShapes::aTurnedTextIsEditedTurned()
{
    CanvasFixture f;
    f.seed(Object{"t1", ObjectType::Text,
                  QJsonObject{{"x", 200},
                              {"y", 200},
                              {"text", "Hello"},
                              {"font_size", 20},
                              {"rotation", 30},
                              {"z", "a0"},
                              {"stroke_color", "#1e1e1eff"}}});
    const SceneItem *item = f.view.scene().item("t1");
    QVERIFY(item);
    const QPointF corner = item->geometry.toCanvas.map(item->geometry.frame.topLeft());
    QTest::mouseDClick(&f.view, Qt::LeftButton, {},
                       item->geometry.toCanvas.map(item->geometry.frame.center()).toPoint());
    QGraphicsProxyWidget *proxy = turnedEditor(f.view);
    QVERIFY(proxy);
    QCOMPARE(proxy->rotation(), 30.0);
    auto *editor = qobject_cast<QPlainTextEdit *>(proxy->widget());
    QVERIFY(editor);
    QCOMPARE(editor->toPlainText(), QString("Hello"));
    // The editor's top left corner is the drawn text's (turned) top left corner.
    const QPointF editorCorner = proxy->mapToScene(QPointF(0, 0));
    QVERIFY2(QLineF(editorCorner, corner).length() < 1.5,
             qPrintable(QStringLiteral("%1,%2 vs %3,%4")
                            .arg(editorCorner.x())
                            .arg(editorCorner.y())
                            .arg(corner.x())
                            .arg(corner.y())));
    QTest::keyClicks(editor, " there");
    f.click(QPointF(700, 550)); // a click on the canvas ends the edit
    QVERIFY(!f.view.isEditingText());
    QCOMPARE(f.doc().find("t1")->string(QLatin1String("text")), QString("Hello there"));
    QVERIFY(!turnedEditor(f.view));
}

void TestCanvasShapes::enterDoesNothingWithoutOneClosedShape()
{
    CanvasFixture f;
    f.seed(CanvasFixture::rect("r1", 100, 100, 100, 100));
    f.seed(CanvasFixture::rect("r2", 300, 100, 100, 100, "a1"));
    QTest::keyClick(&f.view, Qt::Key_Return);
    QVERIFY(!f.view.isEditingText());
    f.view.setSelection({"r1", "r2"});
    QTest::keyClick(&f.view, Qt::Key_Return);
    QVERIFY(!f.view.isEditingText());
    Object locked = CanvasFixture::rect("r3", 500, 100, 100, 100, "a2");
    locked.props.insert("locked", true);
    f.seed(locked);
    f.view.setSelection({"r3"});
    QTest::keyClick(&f.view, Qt::Key_Return);
    QVERIFY(!f.view.isEditingText());
    QVERIFY(f.requested.isEmpty());
}

void TestCanvasShapes::readOnlyNeverEditsALabel()
{
    CanvasFixture f;
    f.seed(CanvasFixture::rect("r1", 100, 100, 200, 100));
    f.view.setSelection({"r1"});
    f.view.setReadOnly(true);
    QTest::keyClick(&f.view, Qt::Key_Return);
    QVERIFY(!f.view.isEditingText());
    QTest::mouseDClick(&f.view, Qt::LeftButton, {}, QPoint(200, 150));
    QVERIFY(!f.view.isEditingText());
    QVERIFY(f.requested.isEmpty());
}

void TestCanvasShapes::emptiedLabelRemovesTheProp()
{
    CanvasFixture f;
    Object r = CanvasFixture::rect("r1", 100, 100, 200, 100);
    r.props.insert("label", "old");
    f.seed(r);
    f.view.setSelection({"r1"});
    QTest::keyClick(&f.view, Qt::Key_Return);
    QPlainTextEdit *editor = labelEditor(f.view);
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Delete);
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(f.requested.size(), 1);
    QCOMPARE(f.requested[0][0].props, (QJsonObject{{"label", QJsonValue::Null}}));
    QVERIFY(!f.doc().find("r1")->props.contains("label"));
    f.history.stack()->undo();
    QCOMPARE(labelOf(f.doc(), "r1"), QString("old"));
}

void TestCanvasShapes::noteToolClickDropsANoteAndTypesIntoIt()
{
    CanvasFixture f;
    QTest::keyClick(&f.view, 'n');
    QCOMPARE(f.view.tool(), ToolKind::Note);
    f.click(QPointF(300, 300));
    QCOMPARE(f.requested.size(), 1);
    const Op create = f.requested[0][0];
    QCOMPARE(create.kind, Op::Kind::Create);
    QCOMPARE(create.type, ObjectType::Rect);
    QCOMPARE(create.props.value("shape").toString(), QString("note"));
    QCOMPARE(create.props.value("grow").toBool(), true);
    QCOMPARE(create.props.value("fill_color").toString(), QString("#fff59dff"));
    QCOMPARE(create.props.value("x").toDouble(), 200.0); // centred on the click
    QCOMPARE(create.props.value("y").toDouble(), 200.0);
    QCOMPARE(create.props.value("w").toDouble(), 200.0);
    QCOMPARE(create.props.value("h").toDouble(), 200.0);
    QCOMPARE(create.props.value("stroke_width").toDouble(), f.view.style().strokeWidth);
    QCOMPARE(f.view.tool(), ToolKind::Select);
    QCOMPARE(f.view.selection(), QSet<QString>{create.id});

    // The label editor is open on it at once.
    QPlainTextEdit *editor = labelEditor(f.view);
    QVERIFY(editor);
    QCOMPARE(f.view.window()->focusWidget(), editor); // typing goes there
    QTest::keyClicks(editor, "Buy milk");
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(labelOf(f.doc(), create.id), QString("Buy milk"));
    QCOMPARE(f.requested.size(), 2);
    QCOMPARE(f.doc().find(create.id)->number(QLatin1String("h")), 200.0); // it fits

    // Two undo steps: the label, then the note.
    f.history.stack()->undo();
    QVERIFY(!f.doc().find(create.id)->props.contains("label"));
    f.history.stack()->undo();
    QVERIFY(!f.doc().find(create.id));
}

void TestCanvasShapes::noteToolDragSizesTheNote()
{
    CanvasFixture f;
    Style s = f.view.style();
    s.noteColor = QColor(0xb3e5fc);
    f.view.setStyle(s);
    QTest::keyClick(&f.view, 'n');
    f.drag(QPointF(100, 100), QPointF(400, 250));
    QCOMPARE(f.requested.size(), 1);
    const Op create = f.requested[0][0];
    QCOMPARE(create.props.value("shape").toString(), QString("note"));
    QCOMPARE(create.props.value("w").toDouble(), 300.0);
    QCOMPARE(create.props.value("h").toDouble(), 150.0);
    QCOMPARE(create.props.value("fill_color").toString(), QString("#b3e5fcff"));
    QVERIFY(labelEditor(f.view));
}

void TestCanvasShapes::growGrowsTheNoteForLongText()
{
    CanvasFixture f;
    QTest::keyClick(&f.view, 'n');
    f.click(QPointF(300, 300));
    QPlainTextEdit *editor = labelEditor(f.view);
    QVERIFY(editor);
    const QString text = QStringLiteral("a sticky note that holds far more words than its "
                                        "square of paper has room for, so that it grows "
                                        "downwards until every one of them fits inside it");
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(f.requested.size(), 2);
    const Op update = f.requested[1][0];
    QCOMPARE(update.props.value("label").toString(), text);
    QVERIFY(update.props.contains("h")); // the same op grows it
    const Object *note = f.doc().find(update.id);
    QVERIFY(note->number(QLatin1String("h")) > 200);
    QCOMPARE(note->number(QLatin1String("w")), 200.0);
    const Geometry g = computeGeometry(*note);
    const QRectF box = labelBox(*note, g);
    QVERIFY(labelTextRect(*note, box).height() <= box.height() + 0.5);
    // One undo step takes both back.
    f.history.stack()->undo();
    QCOMPARE(f.doc().find(update.id)->number(QLatin1String("h")), 200.0);
    QVERIFY(!f.doc().find(update.id)->props.contains("label"));
}

void TestCanvasShapes::shapesWithoutGrowKeepTheirHeight()
{
    CanvasFixture f;
    f.seed(CanvasFixture::rect("r1", 100, 100, 120, 60));
    Object grows = CanvasFixture::rect("r2", 300, 100, 120, 60, "a1");
    grows.props.insert("grow", true);
    grows.props.insert("shape", "diamond");
    f.seed(grows);
    const QString text = QStringLiteral("one two three four five six seven eight nine ten");
    for (const char *id : {"r1", "r2"}) {
        f.view.setSelection({QString::fromLatin1(id)});
        QTest::keyClick(&f.view, Qt::Key_Return);
        QPlainTextEdit *editor = labelEditor(f.view);
        QVERIFY(editor);
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Escape);
    }
    QCOMPARE(f.doc().find("r1")->number(QLatin1String("h")), 60.0); // grow is off for rects
    QCOMPARE(labelOf(f.doc(), "r1"), text);
    QVERIFY(f.doc().find("r2")->number(QLatin1String("h")) > 60); // grow=true on a diamond
}

void TestCanvasShapes::editingHidesTheLabelNotTheShape()
{
    // What the drawing layer is given while the label editor is open: the shape without its
    // label.
    Object r = CanvasFixture::rect("r1", 0, 0, 200, 100);
    r.props.insert("fill_color", "#ffffffff");
    r.props.insert("stroke_width", 0);
    r.props.insert("label", "MMMMMM");
    r.props.insert("font_size", 40);
    r.props.insert("stroke_color", "#000000ff");
    SceneIndex scene;
    Document doc;
    doc.put(r);
    scene.reset(doc);
    const Renderer renderer;
    auto darkPixels = [&](const QSet<QString> &hidden) {
        QImage image(200, 100, QImage::Format_ARGB32);
        image.fill(Qt::red);
        QPainter p(&image);
        renderer.paintItems(p, scene.allInRenderOrder(), QTransform(), hidden);
        p.end();
        int dark = 0, white = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                dark += c.lightness() < 100;
                white += c == Qt::white;
            }
        }
        return std::pair{dark, white};
    };
    const auto [shown, fillShown] = darkPixels({});
    const auto [hidden, fillHidden] = darkPixels({hiddenLabelKey("r1")});
    QVERIFY(shown > 200);
    QCOMPARE(hidden, 0);
    QVERIFY(fillHidden > 15000); // the fill is still there
    QVERIFY(fillShown < fillHidden);
}

void TestCanvasShapes::labelStaysHiddenUntilTheEditEnds()
{
    // The double click's last release ends a (null) gesture of the select tool: the label
    // under the editor must stay hidden all the same.
    CanvasFixture f;
    Object r = CanvasFixture::rect("r1", 100, 100, 300, 150);
    r.props.insert("fill_color", "#ffffffff");
    r.props.insert("label", "MMMMMM");
    r.props.insert("font_size", 40);
    r.props.insert("stroke_color", "#000000ff");
    f.seed(r);
    auto darkInside = [&f] {
        // The canvas alone, without the editor over it.
        QImage image(f.view.size(), QImage::Format_ARGB32);
        f.view.render(&image, {}, {}, QWidget::DrawWindowBackground);
        int dark = 0;
        for (int y = 120; y < 230; ++y) {
            for (int x = 120; x < 380; ++x)
                dark += image.pixelColor(x, y).lightness() < 100;
        }
        return dark;
    };
    QVERIFY(darkInside() > 200);
    // As a window system sends a double click: click, press, double click, release.
    const QPoint at(250, 175);
    f.click(at);
    QTest::mousePress(&f.view, Qt::LeftButton, {}, at);
    QTest::mouseDClick(&f.view, Qt::LeftButton, {}, at);
    QTest::mouseRelease(&f.view, Qt::LeftButton, {}, at);
    QVERIFY(labelEditor(f.view));
    QCOMPARE(darkInside(), 0);
    QTest::keyClick(labelEditor(f.view), Qt::Key_Escape);
    QVERIFY(darkInside() > 200);
}

void TestCanvasShapes::longLabelSpillsOverItsShape()
{
    // A label taller than its shape (grow off) is drawn whole, over the shape's edges, and the
    // object's bounds hold it (so it is repainted and exported whole).
    Object r = CanvasFixture::rect("r1", 0, 80, 200, 40);
    r.props.insert("stroke_width", 0);
    r.props.insert("fill_color", "#ffffffff");
    r.props.insert("stroke_color", "#000000ff");
    r.props.insert("label", "one\ntwo\nthree");
    const Geometry g = computeGeometry(r);
    QVERIFY(g.bounds.top() < 70);
    QVERIFY(g.bounds.bottom() > 130);
    QImage image(200, 200, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    Renderer().paint(p, r, g, QTransform());
    p.end();
    int darkAbove = 0;
    for (int y = 0; y < 78; ++y) {
        for (int x = 0; x < 200; ++x)
            darkAbove += image.pixelColor(x, y).lightness() < 100;
    }
    QVERIFY(darkAbove > 20);
}

void TestCanvasShapes::handFontIsBundled()
{
    // `hand` is Comic Neue from the resources, whatever the machine has installed.
    const Object o{"t", ObjectType::Text, QJsonObject{{"font_family", "hand"}, {"text", "x"}}};
    QCOMPARE(QFontInfo(fontOf(o)).family(), QString("Comic Neue"));
    QCOMPARE(fontFamilyFor("sans"), QString("DejaVu Sans"));
    QCOMPARE(fontFamilyFor("mono"), QString("DejaVu Sans Mono"));
    QCOMPARE(fontFamilyFor("serif"), QString("DejaVu Serif"));
    QCOMPARE(fontFamilyFor("Liberation Serif"), QString("Liberation Serif"));
}

void TestCanvasShapes::styleFontRestylesLabelledShapes()
{
    // The style panel's font and size reach a shape's label as they reach a text: one restyle,
    // one undo step; a shape without a label takes no font props.
    CanvasFixture f;
    Object labelled = CanvasFixture::rect("r1", 100, 100, 200, 100);
    labelled.props.insert("label", "Hi");
    f.seed(labelled);
    f.seed(CanvasFixture::rect("r2", 400, 100, 200, 100, "a1"));
    f.view.setSelection({"r1", "r2"});
    Style s = f.view.style();
    s.fontFamily = QStringLiteral("hand");
    s.fontSize = 30;
    f.view.setStyle(s);
    QCOMPARE(f.requested.size(), 1);
    QCOMPARE(f.requested[0].size(), 1);
    QCOMPARE(f.requested[0][0].id, QString("r1"));
    QCOMPARE(f.requested[0][0].props, (QJsonObject{{"font_family", "hand"}, {"font_size", 30}}));
    QVERIFY(!f.doc().find("r2")->props.contains("font_family"));
    f.history.stack()->undo();
    QVERIFY(!f.doc().find("r1")->props.contains("font_family"));

    // The rectangles' font became the rectangle tool's, not the text tool's.
    f.view.clearSelection();
    QTest::keyClick(&f.view, 't');
    QCOMPARE(f.view.style().fontFamily, QString("sans"));
    QCOMPARE(f.view.styleOf(ToolKind::Rect).fontFamily, QString("hand"));
    // New texts carry the text tool's font.
    s = f.view.style();
    s.fontFamily = QStringLiteral("hand");
    f.view.setStyle(s);
    f.click(QPointF(200, 400));
    auto *editor = f.view.findChild<QPlainTextEdit *>(QStringLiteral("textEditor"));
    QVERIFY(editor);
    QTest::keyClicks(editor, "note");
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(f.requested.last()[0].props.value("font_family").toString(), QString("hand"));
}

void TestCanvasShapes::aNewLabelTakesItsToolsFont()
{
    CanvasFixture f;
    QTest::keyClick(&f.view, 'r');
    Style s = f.view.style();
    s.fontFamily = QStringLiteral("hand");
    s.labelVAlign = QStringLiteral("top");
    f.view.setStyle(s); // the rectangle tool's
    f.drag(QPointF(100, 100), QPointF(300, 200));
    const QString id = f.requested.last()[0].id;
    QTest::mouseDClick(&f.view, Qt::LeftButton, {}, QPoint(200, 150));
    QPlainTextEdit *editor = labelEditor(f.view);
    QVERIFY(editor);
    QTest::keyClicks(editor, "Plan");
    f.click(QPointF(700, 550));
    const QJsonObject props = f.requested.last()[0].props;
    QCOMPARE(f.requested.last()[0].id, id);
    QCOMPARE(props.value("label").toString(), QString("Plan"));
    QCOMPARE(props.value("font_family").toString(), QString("hand"));
    QCOMPARE(props.value("label_valign").toString(), QString("top"));
    QVERIFY(!props.contains("label_align")); // the default, not written
}

QTEST_MAIN(TestCanvasShapes)
#include "tst_canvas_shapes.moc"
