// SPDX-License-Identifier: Apache-2.0
// The canvas's tools, selection and view, driven by QTest mouse and key events on the real
// CanvasView: each gesture must hand out exactly the ops the protocol's semantic edits name.
#include "canvas_fixture.h"
#include "clipboard_codec.h"
#include "exporter.h"
#include "scene_index.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QUrl>
#include <QWheelEvent>

using namespace inkboard;
using namespace inkboard::canvas;
using namespace inkboard::canvas::testing;

class TestCanvasTools : public QObject
{
    Q_OBJECT
private slots:
    void toolCreatesObject_data();
    void toolCreatesObject();
    void shapeToolWithShiftDrawsSquare();
    void clickWithoutDragDrawsNothing();
    void laserPointsAndFadesWithoutAnOp();
    void commentToolAsksForAThreadWithoutAnOp();
    void textToolCreatesMultiLineText();
    void doubleClickEditsTextInPlace();
    void eraserRemovesTouchedObjectsOnly();
    void clickSelectsTopmost();
    void shiftClickAddsToSelection();
    void marqueeSelectsEnclosedObjects();
    void moveProducesUpdateOfXY();
    void resizeProducesUpdateOfBox_data();
    void resizeProducesUpdateOfBox();
    void rotateProducesUpdateOfRotation();
    void arrowKeysNudge();
    void tabCyclesAndCtrlShiftArrowsStepInZ();
    void lockedObjectsDoNotMove();
    void deleteKeyRemovesSelection();
    void bringToFrontAndSendToBack();
    void duplicateCreatesCopiesAbove();
    void copyPasteBetweenCanvases();
    void pasteImageFromAnotherProgram();
    void pasteTextFromAnotherProgram();
    void dropImageFileCreatesImageWhereDropped();
    void styleChangeRestylesSelection();
    void eachToolKeepsItsStyle();
    void wheelZoomKeepsPointUnderCursor();
    void zoomIsClamped();
    void spaceDragAndHandToolPan();
    void zoomToFitShowsEverything();
    void readOnlyCanvasMakesNoOps();
    void pixelCheckOfKnownDrawing();
    void cachedLayerFollowsPansZoomsAndEdits();
    void darkPaletteInvertsInkNotExports();
    void hiDpiIsCrisp();
    void spatialIndexFindsOnlyNearbyObjects();
    void sceneOrderFollowsEditsIncrementally();
    void sceneResetOfABigDrawingMatchesTheDocument();
    void previewIsAnnouncedDuringGesture();
};

void TestCanvasTools::toolCreatesObject_data()
{
    QTest::addColumn<char>("key");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonObject>("expected");
    QTest::newRow("R draws a rect from the drag's corners")
        << 'r' << "rect" << QJsonObject{{"x", 100}, {"y", 100}, {"w", 200}, {"h", 150}};
    QTest::newRow("O draws an ellipse in the drag's box")
        << 'o' << "ellipse" << QJsonObject{{"x", 100}, {"y", 100}, {"w", 200}, {"h", 150}};
    QTest::newRow("L draws a line from press to release")
        << 'l' << "line"
        << QJsonObject{{"x", 100}, {"y", 100}, {"points", QJsonArray{0, 0, 200, 150}}};
    QTest::newRow("A draws an arrow from press to release")
        << 'a' << "arrow"
        << QJsonObject{{"x", 100}, {"y", 100}, {"points", QJsonArray{0, 0, 200, 150}}};
    QTest::newRow("P draws a stroke starting at the press")
        << 'p' << "stroke" << QJsonObject{{"x", 100}, {"y", 100}};
    QTest::newRow("D draws a diamond: a rect with shape=diamond")
        << 'd' << "rect"
        << QJsonObject{{"x", 100}, {"y", 100}, {"w", 200}, {"h", 150}, {"shape", "diamond"}};
}

void TestCanvasTools::toolCreatesObject()
{
    QFETCH(char, key);
    QFETCH(QString, type);
    QFETCH(QJsonObject, expected);
    CanvasFixture f;
    QTest::keyClick(&f.view, key);
    f.drag(QPointF(100, 100), QPointF(300, 250));
    QCOMPARE(f.requested.size(), 1);
    QCOMPARE(f.requested[0].size(), 1);
    const Op op = f.requested[0][0];
    QCOMPARE(op.kind, Op::Kind::Create);
    QCOMPARE(objectTypeName(op.type), type);
    for (auto it = expected.begin(); it != expected.end(); ++it)
        QCOMPARE(op.props.value(it.key()), it.value());
    QVERIFY(op.props.contains("z"));
    QVERIFY(op.props.contains("stroke_color"));
    QCOMPARE(f.doc().size(), 1);
    QVERIFY(f.doc().contains(op.id));
    if (type == "stroke") {
        const QJsonArray pts = op.props.value("points").toArray();
        QVERIFY(pts.size() >= 9);
        QCOMPARE(pts.size() % 3, 0);
        QCOMPARE(pts.at(pts.size() - 3).toDouble(), 200.0); // ends at the release
        QCOMPARE(pts.at(pts.size() - 2).toDouble(), 150.0);
        QCOMPARE(f.view.tool(), ToolKind::Pen); // the pen stays on
    } else {
        QCOMPARE(f.view.selection(), QSet<QString>{op.id}); // shapes select what they drew
        QCOMPARE(f.view.tool(), ToolKind::Select);
    }
}

void TestCanvasTools::shapeToolWithShiftDrawsSquare()
{
    CanvasFixture f;
    QTest::keyClick(&f.view, 'r');
    f.drag(QPointF(100, 100), QPointF(300, 180), Qt::ShiftModifier);
    QCOMPARE(f.requested.size(), 1);
    QCOMPARE(f.requested[0][0].props.value("w").toDouble(), 200.0);
    QCOMPARE(f.requested[0][0].props.value("h").toDouble(), 200.0);
}

void TestCanvasTools::commentToolAsksForAThreadWithoutAnOp()
{
    CanvasFixture f;
    f.seed(CanvasFixture::rect("r1", 100, 100, 80, 60));
    f.view.setReadOnly(true); // viewers comment too
    QTest::keyClick(&f.view, 'c');
    QCOMPARE(f.view.tool(), ToolKind::Comment);
    QSignalSpy asked(&f.view, &CanvasView::commentRequested);
    f.click(QPointF(120, 110));                   // on the rectangle
    f.click(QPointF(400, 300));                   // on nothing
    f.drag(QPointF(400, 300), QPointF(450, 350)); // a drag pins nothing
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked[0][1].toString(), QStringLiteral("r1"));
    QCOMPARE(asked[0][0].toPointF(), QPointF(120, 110));
    QCOMPARE(asked[1][1].toString(), QString());
    QVERIFY(f.requested.isEmpty()); // a comment is never an op
}

void TestCanvasTools::laserPointsAndFadesWithoutAnOp()
{
    CanvasFixture f;
    f.view.setReadOnly(true); // a viewer may point too
    QTest::keyClick(&f.view, 'k');
    QCOMPARE(f.view.tool(), ToolKind::Laser);
    QSignalSpy changed(&f.view, &CanvasView::laserChanged);
    f.drag(QPointF(100, 100), QPointF(300, 200));
    QVERIFY(f.requested.isEmpty()); // pointing is never an op
    QVERIFY(f.doc().size() == 0);
    const QList<LaserTrail::Point> trail = f.view.laserTrail();
    QVERIFY(!trail.isEmpty());
    QCOMPARE(trail.last().at, QPointF(300, 200));
    QVERIFY(changed.count() >= 2);
    // The trail is painted: red over the white canvas where the pointer went.
    const QColor on = f.view.grab().toImage().pixelColor(300, 200);
    QVERIFY2(on != QColor(Qt::white), qPrintable(on.name()));
    // Within a second it is gone, and presence hears that once more.
    QTRY_VERIFY_WITH_TIMEOUT(f.view.laserTrail().isEmpty(), 3000);
    QTest::qWait(60); // the repaint timer's last tick drops the faded points and stops
    const int before = changed.count();
    QTest::qWait(100);
    QCOMPARE(changed.count(), before); // nothing repaints once it is gone
}

void TestCanvasTools::clickWithoutDragDrawsNothing()
{
    CanvasFixture f;
    QTest::keyClick(&f.view, 'r');
    f.click(QPointF(100, 100));
    QCOMPARE(f.requested.size(), 0);
    QCOMPARE(f.doc().size(), 0);
}

void TestCanvasTools::textToolCreatesMultiLineText()
{
    CanvasFixture f;
    QTest::keyClick(&f.view, 't');
    QCOMPARE(f.view.tool(), ToolKind::Text);
    f.click(QPointF(200, 220));
    auto *editor = f.view.findChild<QPlainTextEdit *>();
    QVERIFY(editor);
    QVERIFY(f.view.isEditingText());
    QTest::keyClicks(editor, "Hello");
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, "world");
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(!f.view.isEditingText());
    QCOMPARE(f.requested.size(), 1);
    const Op op = f.requested[0][0];
    QCOMPARE(op.type, ObjectType::Text);
    QCOMPARE(op.props.value("text").toString(), QString("Hello\nworld"));
    QCOMPARE(op.props.value("x").toDouble(), 200.0);
    QCOMPARE(op.props.value("y").toDouble(), 220.0);
    QVERIFY(op.props.contains("font_size"));
}

void TestCanvasTools::doubleClickEditsTextInPlace()
{
    CanvasFixture f;
    f.seed(Object{"t1", ObjectType::Text,
                  QJsonObject{{"x", 100}, {"y", 100}, {"text", "old"}, {"font_size", 20}}});
    QTest::mouseDClick(&f.view, Qt::LeftButton, {}, QPoint(110, 110));
    auto *editor = f.view.findChild<QPlainTextEdit *>();
    QVERIFY(editor && editor->isVisible());
    QCOMPARE(editor->toPlainText(), QString("old"));
    editor->selectAll();
    QTest::keyClicks(editor, "new text");
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(f.requested.size(), 1);
    QCOMPARE(f.requested[0][0].kind, Op::Kind::Update);
    QCOMPARE(f.requested[0][0].props, (QJsonObject{{"text", "new text"}}));
    QCOMPARE(f.doc().find("t1")->string(QLatin1String("text")), QString("new text"));
}

void TestCanvasTools::eraserRemovesTouchedObjectsOnly()
{
    CanvasFixture f;
    auto stroke = [](const QString &id, double x) {
        return Object{id, ObjectType::Stroke,
                      QJsonObject{{"x", x},
                                  {"y", 100},
                                  {"points", QJsonArray{0, 0, 0.5, 0, 100, 0.5, 0, 200, 0.5}},
                                  {"stroke_width", 2}}};
    };
    f.seed(stroke("s1", 100));
    f.seed(stroke("s2", 400));
    QTest::keyClick(&f.view, 'e');
    f.drag(QPointF(50, 200), QPointF(200, 210));
    QCOMPARE(f.requested.size(), 1);
    QCOMPARE(f.requested[0].size(), 1);
    QCOMPARE(f.requested[0][0].kind, Op::Kind::Delete);
    QCOMPARE(f.requested[0][0].id, QString("s1"));
    QVERIFY(!f.doc().contains("s1"));
    QVERIFY(f.doc().contains("s2"));
}

void TestCanvasTools::clickSelectsTopmost()
{
    CanvasFixture f;
    f.seed(CanvasFixture::rect("low", 100, 100, 200, 200, "a0"));
    f.seed(CanvasFixture::rect("high", 150, 150, 200, 200, "a1"));
    f.click(QPointF(200, 200));
    QCOMPARE(f.view.selection(), QSet<QString>{"high"});
    f.click(QPointF(120, 120));
    QCOMPARE(f.view.selection(), QSet<QString>{"low"});
    f.click(QPointF(700, 500)); // empty canvas clears
    QVERIFY(f.view.selection().isEmpty());
    QCOMPARE(f.requested.size(), 0); // selecting is not an edit
}

void TestCanvasTools::shiftClickAddsToSelection()
{
    CanvasFixture f;
    f.seed(CanvasFixture::rect("a", 100, 100, 50, 50));
    f.seed(CanvasFixture::rect("b", 300, 100, 50, 50));
    f.click(QPointF(120, 120));
    f.click(QPointF(320, 120), Qt::ShiftModifier);
    QCOMPARE(f.view.selection(), (QSet<QString>{"a", "b"}));
    f.click(QPointF(120, 120), Qt::ShiftModifier);
    QCOMPARE(f.view.selection(), QSet<QString>{"b"});
}

void TestCanvasTools::marqueeSelectsEnclosedObjects()
{
    CanvasFixture f;
    f.seed(CanvasFixture::rect("in1", 100, 100, 50, 50));
    f.seed(CanvasFixture::rect("in2", 200, 150, 50, 50));
    f.seed(CanvasFixture::rect("partly", 280, 100, 100, 50));
    f.drag(QPointF(80, 80), QPointF(300, 230));
    QCOMPARE(f.view.selection(), (QSet<QString>{"in1", "in2"}));
    QCOMPARE(f.requested.size(), 0);
}

void TestCanvasTools::moveProducesUpdateOfXY()
{
    CanvasFixture f;
    f.seed(CanvasFixture::rect("r", 100, 100, 100, 80));
    f.drag(QPointF(150, 140), QPointF(200, 170));
    QCOMPARE(f.requested.size(), 1);
    QCOMPARE(f.requested[0].size(), 1);
    const Op op = f.requested[0][0];
    QCOMPARE(op.kind, Op::Kind::Update);
    QCOMPARE(op.id, QString("r"));
    QCOMPARE(op.props, (QJsonObject{{"x", 150}, {"y", 130}}));
    QCOMPARE(f.doc().find("r")->number(QLatin1String("x")), 150.0);
}

void TestCanvasTools::resizeProducesUpdateOfBox_data()
{
    QTest::addColumn<QPointF>("from");
    QTest::addColumn<QPointF>("to");
    QTest::addColumn<Qt::KeyboardModifiers>("mods");
    QTest::addColumn<QJsonObject>("expected");
    QTest::newRow("bottom-right handle sets w and h")
        << QPointF(200, 180) << QPointF(250, 220) << Qt::KeyboardModifiers()
        << QJsonObject{{"w", 150}, {"h", 120}};
    QTest::newRow("top-left handle moves x and y and keeps the far corner")
        << QPointF(100, 100) << QPointF(80, 60) << Qt::KeyboardModifiers()
        << QJsonObject{{"x", 80}, {"y", 60}, {"w", 120}, {"h", 120}};
    QTest::newRow("right edge handle sets w only")
        << QPointF(200, 140) << QPointF(260, 170) << Qt::KeyboardModifiers()
        << QJsonObject{{"w", 160}};
    QTest::newRow("shift keeps the ratio")
        << QPointF(200, 180) << QPointF(300, 200) << Qt::KeyboardModifiers(Qt::ShiftModifier)
        << QJsonObject{{"w", 200}, {"h", 160}};
}

void TestCanvasTools::resizeProducesUpdateOfBox()
{
    QFETCH(QPointF, from);
    QFETCH(QPointF, to);
    QFETCH(Qt::KeyboardModifiers, mods);
    QFETCH(QJsonObject, expected);
    CanvasFixture f;
    f.seed(CanvasFixture::rect("r", 100, 100, 100, 80));
    f.view.setSelection({"r"});
    f.drag(from, to, mods);
    QCOMPARE(f.requested.size(), 1);
    QCOMPARE(f.requested[0][0].kind, Op::Kind::Update);
    QCOMPARE(f.requested[0][0].props, expected);
}

void TestCanvasTools::rotateProducesUpdateOfRotation()
{
    CanvasFixture f;
    f.seed(CanvasFixture::rect("r", 100, 100, 100, 80));
    f.view.setSelection({"r"});
    // The rotate handle is 24 px above the top edge's middle; the center is (150, 140).
    f.drag(QPointF(150, 76), QPointF(214, 140));
    QCOMPARE(f.requested.size(), 1);
    const Op op = f.requested[0][0];
    QCOMPARE(op.props.keys(), QStringList{"rotation"});
    QCOMPARE(op.props.value("rotation").toDouble(), 90.0);
    // The rotated object is hit where it now lies (its box turned about the center).
    f.click(QPointF(700, 500));
    f.click(QPointF(150, 185));
    QCOMPARE(f.view.selection(), QSet<QString>{"r"});
}

void TestCanvasTools::tabCyclesAndCtrlShiftArrowsStepInZ()
{
    CanvasFixture f;
    f.seed(CanvasFixture::rect("a", 100, 100, 50, 50, "a0"));
    f.seed(CanvasFixture::rect("b", 120, 120, 50, 50, "a1"));
    f.seed(CanvasFixture::rect("c", 300, 400, 50, 50, "a2"));
    QTest::keyClick(&f.view, Qt::Key_Tab);
    QCOMPARE(f.view.selection(), QSet<QString>{"a"});
    QTest::keyClick(&f.view, Qt::Key_Tab);
    QCOMPARE(f.view.selection(), QSet<QString>{"b"});
    QTest::keyClick(&f.view, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(f.view.selection(), QSet<QString>{"a"});
    // a is under b: one step forward puts it above b, one step back below again.
    QTest::keyClick(&f.view, Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(f.doc().find("a")->z() > f.doc().find("b")->z());
    QCOMPARE(f.doc().find("a")->number(QLatin1String("y")), 100.0); // not nudged
    QTest::keyClick(&f.view, Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(f.doc().find("a")->z() < f.doc().find("b")->z());
}

void TestCanvasTools::arrowKeysNudge()
{
    CanvasFixture f;
    f.seed(CanvasFixture::rect("r", 100, 100, 50, 50));
    f.view.setSelection({"r"});
    QTest::keyClick(&f.view, Qt::Key_Right);
    QTest::keyClick(&f.view, Qt::Key_Right);
    QTest::keyClick(&f.view, Qt::Key_Down, Qt::ShiftModifier);
    const Object *o = f.doc().find("r");
    QCOMPARE(o->number(QLatin1String("x")), 102.0);
    QCOMPARE(o->number(QLatin1String("y")), 110.0);
    QCOMPARE(f.history.stack()->count(), 1); // one undo step for the nudges in a row
}

void TestCanvasTools::lockedObjectsDoNotMove()
{
    CanvasFixture f;
    f.seed(CanvasFixture::rect("r", 100, 100, 100, 80));
    f.view.setSelection({"r"});
    f.view.toggleLock();
    QCOMPARE(f.doc().find("r")->props.value("locked"), QJsonValue(true));
    f.requested.clear();
    f.drag(QPointF(150, 140), QPointF(250, 240));
    QTest::keyClick(&f.view, Qt::Key_Left);
    QTest::keyClick(&f.view, Qt::Key_Delete);
    QCOMPARE(f.requested.size(), 0);
    QCOMPARE(f.doc().find("r")->number(QLatin1String("x")), 100.0);
    f.view.toggleLock();
    QVERIFY(!f.doc().find("r")->props.contains("locked"));
}

void TestCanvasTools::deleteKeyRemovesSelection()
{
    CanvasFixture f;
    f.seed(CanvasFixture::rect("a", 100, 100, 50, 50));
    f.seed(CanvasFixture::rect("b", 300, 100, 50, 50));
    f.view.selectAll();
    QTest::keyClick(&f.view, Qt::Key_Delete);
    QCOMPARE(f.doc().size(), 0);
    QCOMPARE(f.requested.size(), 1);
    QCOMPARE(f.requested[0].size(), 2);
    QVERIFY(f.view.selection().isEmpty());
}

void TestCanvasTools::bringToFrontAndSendToBack()
{
    CanvasFixture f;
    f.seed(CanvasFixture::rect("a", 100, 100, 50, 50, "a0"));
    f.seed(CanvasFixture::rect("b", 120, 120, 50, 50, "a1"));
    f.seed(CanvasFixture::rect("c", 140, 140, 50, 50, "a2"));
    auto order = [&] {
        QStringList ids;
        for (const Object &o : f.doc().inRenderOrder())
            ids << o.id;
        return ids;
    };
    f.view.setSelection({"a"});
    f.view.bringToFront();
    QCOMPARE(order(), (QStringList{"b", "c", "a"}));
    QCOMPARE(f.requested.last().size(), 1);
    QCOMPARE(f.requested.last()[0].props.keys(), QStringList{"z"});
    f.view.setSelection({"c"});
    f.view.sendToBack();
    QCOMPARE(order(), (QStringList{"c", "b", "a"}));
}

void TestCanvasTools::duplicateCreatesCopiesAbove()
{
    CanvasFixture f;
    f.seed(CanvasFixture::rect("a", 100, 100, 50, 50, "a0"));
    f.view.setSelection({"a"});
    f.view.duplicateSelection();
    QCOMPARE(f.doc().size(), 2);
    const QString copy = *f.view.selection().begin();
    QVERIFY(copy != "a");
    const Object *o = f.doc().find(copy);
    QCOMPARE(o->number(QLatin1String("x")), 110.0);
    QVERIFY(o->z() > QString("a0"));
}

void TestCanvasTools::copyPasteBetweenCanvases()
{
    CanvasFixture a;
    CanvasFixture b;
    a.seed(CanvasFixture::rect("r", 100, 100, 100, 80));
    a.view.setSelection({"r"});
    a.view.copy();
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime->hasFormat(kInkboardMimeType));
    QVERIFY(mime->hasImage()); // other programs get a picture
    // Within the same canvas: a copy with a new id.
    a.view.pasteMimeData(mime, QPointF(400, 300));
    QCOMPARE(a.doc().size(), 2);
    // And in another window's canvas.
    QVERIFY(b.view.pasteMimeData(QGuiApplication::clipboard()->mimeData(), QPointF(400, 300)));
    QCOMPARE(b.doc().size(), 1);
    const Object pasted = b.doc().objects().begin().value();
    QVERIFY(pasted.id != "r");
    QCOMPARE(pasted.type, ObjectType::Rect);
    QCOMPARE(pasted.number(QLatin1String("w")), 100.0);
    const QRectF box = b.view.scene().item(pasted.id)->geometry.bounds;
    QVERIFY(qAbs(box.center().x() - 400) < 1 && qAbs(box.center().y() - 300) < 1);
    // Cut removes from the source.
    a.view.setSelection({"r"});
    a.view.cut();
    QVERIFY(!a.doc().contains("r"));
}

void TestCanvasTools::pasteImageFromAnotherProgram()
{
    CanvasFixture f;
    QImage image(64, 32, QImage::Format_ARGB32);
    image.fill(Qt::green);
    auto *mime = new QMimeData;
    mime->setImageData(image);
    QGuiApplication::clipboard()->setMimeData(mime);
    f.view.paste();
    QCOMPARE(f.doc().size(), 1);
    const Object o = f.doc().objects().begin().value();
    QCOMPARE(o.type, ObjectType::Image);
    QCOMPARE(o.number(QLatin1String("w")), 64.0);
    QCOMPARE(o.number(QLatin1String("h")), 32.0);
    const QString hash = o.string(QLatin1String("blob"));
    QVERIFY(f.blobs.contains(hash));
    QCOMPARE(f.blobs.image(hash).size(), QSize(64, 32));
    QFile type(f.blobs.folder() + "/" + hash + ".type");
    QVERIFY(type.open(QIODevice::ReadOnly));
    QCOMPARE(type.readAll(), QByteArray("image/png"));
}

void TestCanvasTools::pasteTextFromAnotherProgram()
{
    CanvasFixture f;
    auto *mime = new QMimeData;
    mime->setText("from elsewhere");
    QGuiApplication::clipboard()->setMimeData(mime);
    f.view.paste();
    QCOMPARE(f.doc().size(), 1);
    QCOMPARE(f.doc().objects().begin()->string(QLatin1String("text")), QString("from elsewhere"));
}

void TestCanvasTools::dropImageFileCreatesImageWhereDropped()
{
    CanvasFixture f;
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(Qt::yellow);
    const QString path = f.dir.filePath("dropped.jpg");
    QVERIFY(image.save(path, "JPEG"));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    // As a drag from a file manager arrives: enter, then drop.
    QDragEnterEvent enter(QPoint(300, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&f.view, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(300, 200), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&f.view, &drop);
    QCOMPARE(f.doc().size(), 1);
    const Object o = f.doc().objects().begin().value();
    QCOMPARE(o.type, ObjectType::Image);
    QCOMPARE(o.number(QLatin1String("x")), 280.0); // centered where it was dropped
    QCOMPARE(o.number(QLatin1String("y")), 190.0);
    QFile type(f.blobs.folder() + "/" + o.string(QLatin1String("blob")) + ".type");
    QVERIFY(type.open(QIODevice::ReadOnly));
    QCOMPARE(type.readAll(), QByteArray("image/jpeg"));
}

void TestCanvasTools::styleChangeRestylesSelection()
{
    CanvasFixture f;
    f.seed(CanvasFixture::rect("r", 100, 100, 100, 80));
    f.view.setSelection({"r"});
    Style s = f.view.style();
    s.strokeColor = QColor(0x19, 0x71, 0xc2);
    f.view.setStyle(s);
    QCOMPARE(f.requested.size(), 1);
    QCOMPARE(f.requested[0][0].props, (QJsonObject{{"stroke_color", "#1971c2ff"}}));
    // New rectangles take the style (the rectangle tool's); ellipses keep their own.
    QTest::keyClick(&f.view, 'r');
    f.drag(QPointF(300, 300), QPointF(400, 400));
    QCOMPARE(f.requested.last()[0].props.value("stroke_color").toString(), QString("#1971c2ff"));
    QTest::keyClick(&f.view, 'o');
    f.drag(QPointF(500, 300), QPointF(600, 400));
    QCOMPARE(f.requested.last()[0].props.value("stroke_color").toString(), QString("#1e1e1eff"));
}

void TestCanvasTools::eachToolKeepsItsStyle()
{
    CanvasFixture f;
    const auto widthOfLast = [&f] {
        return f.requested.last()[0].props.value("stroke_width").toDouble();
    };
    QTest::keyClick(&f.view, 'r');
    Style s = f.view.style();
    s.strokeWidth = 8;
    f.view.setStyle(s);
    QTest::keyClick(&f.view, 'p');
    QCOMPARE(f.view.style().strokeWidth, kDefaultStrokeWidth); // the pen's own
    s = f.view.style();
    s.strokeWidth = 4;
    f.view.setStyle(s);
    f.drag(QPointF(50, 50), QPointF(150, 80));
    QCOMPARE(widthOfLast(), 4.0);
    QTest::keyClick(&f.view, 'r');
    QCOMPARE(f.view.style().strokeWidth, 8.0);
    f.drag(QPointF(100, 100), QPointF(200, 200));
    QCOMPARE(widthOfLast(), 8.0);
    QCOMPARE(f.view.styleOf(ToolKind::Pen).strokeWidth, 4.0);

    // With the select tool and nothing selected, a change is every tool's.
    QTest::keyClick(&f.view, 'v');
    f.view.clearSelection();
    s = f.view.style();
    s.dash = QStringLiteral("dotted");
    f.view.setStyle(s);
    for (ToolKind tool : ToolStyles::drawingTools())
        QCOMPARE(f.view.styleOf(tool).dash, QString("dotted"));
    QCOMPARE(f.view.styleOf(ToolKind::Rect).strokeWidth, 8.0); // the rest is kept
    // A new text by double-click takes the text tool's style.
    f.view.setToolStyle(ToolKind::Text, [] {
        Style t;
        t.fontSize = 40;
        return t;
    }());
    QCOMPARE(f.view.styleOf(ToolKind::Text).fontSize, 40.0);
}

void TestCanvasTools::wheelZoomKeepsPointUnderCursor()
{
    CanvasFixture f;
    const QPointF cursor(300, 200);
    const QPointF before = f.view.widgetToCanvas(cursor);
    QWheelEvent wheel(cursor, f.view.mapToGlobal(cursor), QPoint(), QPoint(0, 240), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(&f.view, &wheel);
    QVERIFY(f.view.zoom() > 1.2);
    const QPointF after = f.view.widgetToCanvas(cursor);
    QVERIFY(qAbs(after.x() - before.x()) < 1e-6 && qAbs(after.y() - before.y()) < 1e-6);
    // Trackpad scrolling pans instead.
    const double zoom = f.view.zoom();
    const QPointF offset = f.view.offset();
    QWheelEvent scroll(cursor, f.view.mapToGlobal(cursor), QPoint(0, -30), QPoint(0, -30),
                       Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(&f.view, &scroll);
    QCOMPARE(f.view.zoom(), zoom);
    QCOMPARE(f.view.offset(), offset + QPointF(0, -30));
}

void TestCanvasTools::zoomIsClamped()
{
    CanvasFixture f;
    for (int i = 0; i < 100; ++i)
        f.view.zoomIn();
    QCOMPARE(f.view.zoom(), CanvasView::kMaxZoom);
    for (int i = 0; i < 200; ++i)
        QTest::keyClick(&f.view, Qt::Key_Minus);
    QCOMPARE(f.view.zoom(), CanvasView::kMinZoom);
    QTest::keyClick(&f.view, Qt::Key_0, Qt::ShiftModifier);
    QCOMPARE(f.view.zoom(), 1.0);
}

void TestCanvasTools::spaceDragAndHandToolPan()
{
    CanvasFixture f;
    f.seed(CanvasFixture::rect("r", 100, 100, 100, 80));
    QTest::keyPress(&f.view, Qt::Key_Space);
    f.drag(QPointF(150, 140), QPointF(250, 190));
    QTest::keyRelease(&f.view, Qt::Key_Space);
    QCOMPARE(f.view.offset(), QPointF(100, 50));
    QCOMPARE(f.requested.size(), 0); // panning over an object does not move it
    QTest::keyClick(&f.view, 'h');
    f.drag(QPointF(300, 300), QPointF(280, 290));
    QCOMPARE(f.view.offset(), QPointF(80, 40));
    // Middle-drag pans with any tool.
    QTest::mousePress(&f.view, Qt::MiddleButton, {}, QPoint(100, 100));
    QMouseEvent move(QEvent::MouseMove, QPointF(110, 130), f.view.mapToGlobal(QPointF(110, 130)),
                     Qt::NoButton, Qt::MiddleButton, {});
    QCoreApplication::sendEvent(&f.view, &move);
    QTest::mouseRelease(&f.view, Qt::MiddleButton, {}, QPoint(110, 130));
    QCOMPARE(f.view.offset(), QPointF(90, 70));
}

void TestCanvasTools::zoomToFitShowsEverything()
{
    CanvasFixture f;
    f.seed(CanvasFixture::rect("a", -5000, -3000, 100, 100));
    f.seed(CanvasFixture::rect("b", 4000, 2000, 100, 100));
    QTest::keyClick(&f.view, Qt::Key_1, Qt::ShiftModifier);
    const QRectF visible = f.view.visibleCanvasRect();
    QVERIFY(visible.contains(f.view.scene().bounds()));
    f.view.setSelection({"b"});
    f.view.zoomToSelection();
    QVERIFY(f.view.visibleCanvasRect().contains(QPointF(4050, 2050)));
    QVERIFY(!f.view.visibleCanvasRect().contains(QPointF(-4950, -2950)));
}

void TestCanvasTools::readOnlyCanvasMakesNoOps()
{
    CanvasFixture f;
    f.seed(CanvasFixture::rect("r", 100, 100, 100, 80));
    f.view.setReadOnly(true);
    QTest::keyClick(&f.view, 'r');
    QCOMPARE(f.view.tool(), ToolKind::Select); // drawing tools are off
    f.drag(QPointF(150, 140), QPointF(250, 240));
    QCOMPARE(f.view.selection(), QSet<QString>{"r"}); // selecting still works
    QTest::keyClick(&f.view, Qt::Key_Delete);
    QTest::keyClick(&f.view, Qt::Key_Left);
    f.view.duplicateSelection();
    QCOMPARE(f.requested.size(), 0);
}

void TestCanvasTools::pixelCheckOfKnownDrawing()
{
    CanvasFixture f;
    Object red = CanvasFixture::rect("red", 100, 100, 200, 100);
    red.props.insert("stroke_width", 0);
    f.seed(red);
    f.seed(Object{"blue", ObjectType::Ellipse,
                  QJsonObject{{"x", 400},
                              {"y", 100},
                              {"w", 100},
                              {"h", 100},
                              {"z", "a1"},
                              {"fill_color", "#0000ffff"},
                              {"stroke_width", 0}}});
    f.seed(Object{"line", ObjectType::Line,
                  QJsonObject{{"x", 100},
                              {"y", 300},
                              {"points", QJsonArray{0, 0, 400, 0}},
                              {"stroke_color", "#00ff00ff"},
                              {"stroke_width", 6}}});
    const QImage shot = f.view.grab().toImage();
    auto px = [&](int x, int y) { return QColor(shot.pixel(x, y)); };
    QCOMPARE(px(200, 150), QColor(Qt::red));
    QCOMPARE(px(450, 150), QColor(Qt::blue));
    QCOMPARE(px(300, 300), QColor(Qt::green));
    QCOMPARE(px(50, 50), QColor(Qt::white));
    QCOMPARE(px(405, 105), QColor(Qt::white)); // outside the ellipse, inside its box
    // At 200 % about the origin, the same canvas point is twice as far.
    f.view.setView(2.0, QPointF(0, 0));
    const QImage zoomed = f.view.grab().toImage();
    QCOMPARE(QColor(zoomed.pixel(400, 300)), QColor(Qt::red));
    QCOMPARE(QColor(zoomed.pixel(150, 150)), QColor(Qt::white));
}

void TestCanvasTools::cachedLayerFollowsPansZoomsAndEdits()
{
    CanvasFixture f;
    Object r = CanvasFixture::rect("r", 100, 100, 100, 100);
    r.props.insert("stroke_width", 0);
    f.seed(r);
    auto px = [&](int x, int y) { return QColor(f.view.grab().toImage().pixel(x, y)); };
    QCOMPARE(px(150, 150), QColor(Qt::red));
    // A pan shifts the cached drawing and paints the strip that came into view.
    f.view.setView(1.0, QPointF(-60, 0));
    QCOMPARE(px(150, 150), QColor(Qt::white));
    QCOMPARE(px(90, 150), QColor(Qt::red));
    f.view.setView(1.0, QPointF(300, 0)); // brings the object back from the left
    QCOMPARE(px(450, 150), QColor(Qt::red));
    QCOMPARE(px(150, 150), QColor(Qt::white));
    // An edit repaints at once.
    f.target.applyRemote({Op::update(newId(), "r", {{"fill_color", "#0000ffff"}})});
    QCOMPARE(px(450, 150), QColor(Qt::blue));
    // A zoom gesture shows the cached drawing scaled, then the sharp frame when it pauses.
    f.view.setView(1.0, QPointF(0, 0));
    QCOMPARE(px(150, 150), QColor(Qt::blue));
    f.view.zoomAbout(2.0, QPointF(0, 0));
    QCOMPARE(px(300, 300), QColor(Qt::blue));
    QTRY_VERIFY(!f.view.isRefining() && px(401, 401) == QColor(Qt::white));
    QCOMPARE(px(399, 399), QColor(Qt::blue));
    // Previews hide the object they replace, in the cached layer too.
    f.view.setView(1.0, QPointF(0, 0));
    f.drag(QPointF(150, 150), QPointF(450, 150), {}, 4);
    QCOMPARE(px(150, 150), QColor(Qt::white));
    QCOMPARE(px(450, 150), QColor(Qt::blue));
}

void TestCanvasTools::darkPaletteInvertsInkNotExports()
{
    CanvasFixture f;
    f.seed(Object{"line", ObjectType::Line,
                  QJsonObject{{"x", 100},
                              {"y", 100},
                              {"points", QJsonArray{0, 0, 300, 0}},
                              {"stroke_color", "#000000ff"},
                              {"stroke_width", 8}}});
    QPalette dark = f.view.palette();
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    f.view.setPalette(dark);
    const QImage shot = f.view.grab().toImage();
    QVERIFY(QColor(shot.pixel(50, 50)).lightnessF() < 0.2);    // a dark canvas
    QCOMPARE(QColor(shot.pixel(250, 100)), QColor(Qt::white)); // black ink shows white
    QVERIFY(f.view.renderer().darkMode());
    QCOMPARE(f.view.renderer().displayColor(QColor(0xa5, 0xd8, 0xff)).lightness() < 128, true);
    // Exports keep the drawing's real colors.
    ExportOptions o;
    o.margin = 0;
    const QImage exported = Exporter(f.view.scene(), &f.blobs).toImage(o);
    QCOMPARE(QColor(exported.pixel(150, 5)), QColor(Qt::black));
}

void TestCanvasTools::hiDpiIsCrisp()
{
    // Run by CTest a second time as tst_canvas_hidpi with QT_SCALE_FACTOR=2.
    CanvasFixture f;
    if (f.view.devicePixelRatioF() < 2)
        QSKIP("needs QT_SCALE_FACTOR=2 (the tst_canvas_hidpi run)");
    Object r = CanvasFixture::rect("r", 10, 10, 20, 20);
    r.props.insert("stroke_width", 0);
    f.seed(r);
    const QImage shot = f.view.grab().toImage();
    QCOMPARE(shot.size(), f.view.size() * 2); // device pixels
    // The edges fall on device pixels: sharp, not blurred over two.
    QCOMPARE(QColor(shot.pixel(19, 30)), QColor(Qt::white));
    QCOMPARE(QColor(shot.pixel(20, 30)), QColor(Qt::red));
    QCOMPARE(QColor(shot.pixel(59, 30)), QColor(Qt::red));
    QCOMPARE(QColor(shot.pixel(60, 30)), QColor(Qt::white));
    // And a pan by one logical pixel moves the cached layer by two device pixels.
    f.view.setView(1.0, QPointF(1, 0));
    const QImage panned = f.view.grab().toImage();
    QCOMPARE(QColor(panned.pixel(21, 30)), QColor(Qt::white));
    QCOMPARE(QColor(panned.pixel(22, 30)), QColor(Qt::red));
}

void TestCanvasTools::spatialIndexFindsOnlyNearbyObjects()
{
    Document doc;
    for (int i = 0; i < 100; ++i) {
        for (int j = 0; j < 100; ++j) {
            const QString id = QString("o%1_%2").arg(i).arg(j);
            doc.put(CanvasFixture::rect(id, i * 100, j * 100, 50, 50));
        }
    }
    SceneIndex scene;
    scene.reset(doc);
    QCOMPARE(scene.size(), 10000);
    const auto items = scene.itemsIn(QRectF(1000, 1000, 250, 250));
    QCOMPARE(items.size(), 9); // 3 x 3 objects overlap the rect
    QVERIFY(scene.topmostAt(QPointF(1025, 1025), 1));
    QVERIFY(!scene.topmostAt(QPointF(1075, 1075), 1));
    doc.erase("o10_10");
    scene.update(doc, {"o10_10"});
    QCOMPARE(scene.itemsIn(QRectF(1000, 1000, 250, 250)).size(), 8);
}

void TestCanvasTools::sceneOrderFollowsEditsIncrementally()
{
    // Random creates, moves, reorders and deletes: the incrementally kept render order and
    // spatial index always equal a fresh build from the document.
    QRandomGenerator rng(12345);
    Document doc;
    SceneIndex scene;
    scene.reset(doc);
    auto z = [&] { return QString("a%1").arg(rng.bounded(50)); };
    for (int step = 0; step < 600; ++step) {
        const QString id = QString("o%1").arg(rng.bounded(80));
        const int kind = rng.bounded(4);
        Op op;
        if (kind == 0 || !doc.contains(id))
            op = Op::create("c", id, ObjectType::Rect,
                            {{"x", rng.bounded(2000)},
                             {"y", rng.bounded(2000)},
                             {"w", 30},
                             {"h", 30},
                             {"z", z()}});
        else if (kind == 1)
            op = Op::update("u", id, {{"x", rng.bounded(2000)}});
        else if (kind == 2)
            op = Op::update("u", id, {{"z", z()}});
        else
            op = Op::remove("d", id);
        doc.apply(op);
        scene.update(doc, {id});
        QStringList got, want;
        int lastRank = -1;
        for (const SceneItem *i : scene.allInRenderOrder()) {
            got << i->object.id;
            QVERIFY(i->rank > lastRank);
            lastRank = i->rank;
        }
        for (const Object &o : doc.inRenderOrder())
            want << o.id;
        QCOMPARE(got, want);
        QCOMPARE(scene.itemsIn(QRectF(-100, -100, 2300, 2300)).size(), doc.size());
    }
}

void TestCanvasTools::sceneResetOfABigDrawingMatchesTheDocument()
{
    // Big enough for the geometry to be computed on several threads; z keys with many ties,
    // so the order falls back to the ids; every type, text included (font metrics).
    QRandomGenerator rng(777);
    Document doc;
    for (int i = 0; i < 9000; ++i) {
        const QString id = QString("b%1").arg(rng.bounded(1000000));
        const QJsonObject at{{"x", rng.bounded(5000)},
                             {"y", rng.bounded(5000)},
                             {"z", QString("a%1").arg(rng.bounded(30))}};
        QJsonObject props = at;
        ObjectType type = ObjectType::Rect;
        switch (i % 4) {
        case 0:
            props.insert("w", 40);
            props.insert("h", 20);
            break;
        case 1:
            type = ObjectType::Stroke;
            props.insert("points", QJsonArray{0, 0, 0.5, 10, 5, 0.5, 20, 0, 0.5});
            break;
        case 2:
            type = ObjectType::Text;
            props.insert("text", QString("note %1").arg(i));
            break;
        default:
            type = ObjectType::Ellipse;
            props.insert("w", 10);
            props.insert("h", 30);
        }
        doc.apply(Op::create("c", id, type, props));
    }
    SceneIndex scene;
    scene.reset(doc);
    QCOMPARE(scene.size(), doc.size());
    QStringList got, want;
    for (const SceneItem *i : scene.allInRenderOrder()) {
        got << i->object.id;
        QCOMPARE(i->geometry.bounds, computeGeometry(i->object).bounds);
    }
    for (const Object &o : doc.inRenderOrder())
        want << o.id;
    QCOMPARE(got, want);
}

void TestCanvasTools::previewIsAnnouncedDuringGesture()
{
    CanvasFixture f;
    QSignalSpy previews(&f.view, &CanvasView::previewChanged);
    QTest::keyClick(&f.view, 'p');
    f.drag(QPointF(100, 100), QPointF(200, 200));
    QVERIFY(previews.size() >= 3);
    QCOMPARE(previews.first().first().value<QList<Object>>().size(), 1);
    QVERIFY(previews.last().first().value<QList<Object>>().isEmpty()); // cleared at the end
    QCOMPARE(f.requested.size(), 1);                                   // and committed once
}

QTEST_MAIN(TestCanvasTools)
#include "tst_canvas_tools.moc"
