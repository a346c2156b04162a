// SPDX-License-Identifier: Apache-2.0
// Freehand ink on the real CanvasView: a stylus's pressure in the stored points and in the
// drawn width (window, PNG, SVG), the stylus's eraser end, the highlighter under the ink, and
// the stroke eraser's cut as one undo step.
#include "canvas_fixture.h"
#include "exporter.h"
#include "ink/pen_kind.h"
#include "scene_index.h"

#include <QPainter>
#include <QPlainTextEdit>
#include <QPointingDevice>
#include <QSvgRenderer>
#include <QTabletEvent>
#include <QUndoStack>

using namespace inkboard;
using namespace inkboard::canvas;
using namespace inkboard::canvas::testing;

namespace {

const QPointingDevice &stylus(QPointingDevice::PointerType end)
{
    static const QPointingDevice pen(
        "test stylus", 7001, QInputDevice::DeviceType::Stylus, QPointingDevice::PointerType::Pen,
        QInputDevice::Capability::Position | QInputDevice::Capability::Pressure, 1, 3);
    static const QPointingDevice eraser(
        "test stylus eraser", 7002, QInputDevice::DeviceType::Stylus,
        QPointingDevice::PointerType::Eraser,
        QInputDevice::Capability::Position | QInputDevice::Capability::Pressure, 1, 3);
    return end == QPointingDevice::PointerType::Eraser ? eraser : pen;
}

// A stylus stroke from `from` to `to` in `steps` moves, pressure from `p0` to `p1`.
void stylusStroke(CanvasView &view, QPointF from, QPointF to, double p0, double p1,
                  QPointingDevice::PointerType end = QPointingDevice::PointerType::Pen,
                  int steps = 40)
{
    static ulong time = 1000;
    auto send = [&](QEvent::Type type, QPointF at, double pressure, Qt::MouseButton button,
                    Qt::MouseButtons buttons) {
        QTabletEvent e(type, &stylus(end), at, view.mapToGlobal(at), pressure, 0, 0, 0, 0, 0,
                       Qt::NoModifier, button, buttons);
        e.setTimestamp(time += 16);
        QCoreApplication::sendEvent(&view, &e);
        QVERIFY(e.isAccepted());
    };
    send(QEvent::TabletPress, from, p0, Qt::LeftButton, Qt::LeftButton);
    for (int i = 1; i <= steps; ++i) {
        const double t = double(i) / steps;
        send(QEvent::TabletMove, from + (to - from) * t, p0 + (p1 - p0) * t, Qt::NoButton,
             Qt::LeftButton);
    }
    send(QEvent::TabletRelease, to, p1, Qt::LeftButton, Qt::NoButton);
}

// Dark pixels in column `x` of `image` between rows y0 and y1.
int inkInColumn(const QImage &image, int x, int y0, int y1)
{
    int n = 0;
    for (int y = std::max(y0, 0); y <= std::min(y1, image.height() - 1); ++y)
        n += qRed(image.pixel(x, y)) < 128 ? 1 : 0;
    return n;
}

Object seededStroke(const QString &id, QPointF from, QPointF to, const QString &z)
{
    QJsonArray pts;
    for (int i = 0; i <= 40; ++i) {
        const QPointF d = (to - from) * (i / 40.0);
        pts.append(d.x());
        pts.append(d.y());
        pts.append(0.5);
    }
    return Object{id, ObjectType::Stroke,
                  QJsonObject{{"x", from.x()},
                              {"y", from.y()},
                              {"z", z},
                              {"stroke_color", "#1e1e1eff"},
                              {"stroke_width", 8},
                              {"points", pts}}};
}

Style wide(Style s)
{
    s.strokeWidth = 8;
    return s;
}

} // namespace

class TestCanvasInk : public QObject
{
    Q_OBJECT
private slots:
    void stylusPressureIsStoredAndDrawn();
    void svgExportFillsTheOutline();
    void stylusEraserEndErases();
    void stylusDoubleClickEditsText();
    void highlighterGoesUnderTheInk();
    void strokeEraserCutsInOneUndoStep();
};

void TestCanvasInk::stylusPressureIsStoredAndDrawn()
{
    CanvasFixture f;
    f.view.setStyle(wide(f.view.style()));
    QTest::keyClick(&f.view, 'p');
    stylusStroke(f.view, QPointF(100, 300), QPointF(600, 300), 0.1, 1.0);
    QCOMPARE(f.requested.size(), 1);
    const Op op = f.requested[0][0];
    QCOMPARE(op.type, ObjectType::Stroke);
    const QJsonArray pts = op.props.value("points").toArray();
    QVERIFY(pts.size() >= 30 * 3);
    // The pressure of each sample, rising as the stylus pressed harder.
    QVERIFY(pts.at(2).toDouble() < 0.2);
    QVERIFY(pts.at(pts.size() - 1).toDouble() > 0.9);
    for (qsizetype i = 5; i < pts.size(); i += 3)
        QVERIFY(pts.at(i).toDouble() >= pts.at(i - 3).toDouble());

    // Thin where it was light, thick where it was firm: in the window and in the PNG.
    const QImage shot = f.view.grab().toImage();
    const int thinShot = inkInColumn(shot, 150, 270, 330);
    const int thickShot = inkInColumn(shot, 550, 270, 330);
    QVERIFY2(thinShot >= 2 && thickShot > 1.8 * thinShot,
             qPrintable(QStringLiteral("%1 vs %2").arg(thinShot).arg(thickShot)));
    const Exporter exporter(f.view.scene(), &f.blobs);
    ExportOptions options;
    const QImage png = exporter.toImage(options);
    const QPointF origin = exporter.sourceRect(options).topLeft();
    const int y0 = int(270 - origin.y()), y1 = int(330 - origin.y());
    // The export's origin is not on the window's pixel grid: a pixel either way.
    QVERIFY(std::abs(inkInColumn(png, int(150 - origin.x()), y0, y1) - thinShot) <= 1);
    QVERIFY(std::abs(inkInColumn(png, int(550 - origin.x()), y0, y1) - thickShot) <= 1);
}

void TestCanvasInk::svgExportFillsTheOutline()
{
    CanvasFixture f;
    f.view.setStyle(wide(f.view.style()));
    QTest::keyClick(&f.view, 'p');
    stylusStroke(f.view, QPointF(100, 300), QPointF(600, 300), 0.1, 1.0);
    const QString path = f.dir.path() + "/ink.svg";
    QString error;
    QVERIFY2(Exporter(f.view.scene(), &f.blobs).saveSvg(path, {}, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    // A filled path in the ink colour (not a stroked line of one width).
    QVERIFY(svg.contains("fill=\"#1e1e1e\""));
    QVERIFY(svg.contains("fill-rule=\"nonzero\""));
    QVERIFY(!svg.contains("stroke=\"#1e1e1e\""));
    // Drawn, the SVG is thin where the stylus was light and thick where it was firm.
    QSvgRenderer renderer(svg);
    QVERIFY(renderer.isValid());
    QImage drawn(renderer.defaultSize(), QImage::Format_ARGB32);
    drawn.fill(Qt::white);
    QPainter p(&drawn);
    renderer.render(&p);
    p.end();
    const Exporter exporter(f.view.scene(), &f.blobs);
    const QPointF origin = exporter.sourceRect({}).topLeft();
    const int y0 = int(270 - origin.y()), y1 = int(330 - origin.y());
    const int thin = inkInColumn(drawn, int(150 - origin.x()), y0, y1);
    const int thick = inkInColumn(drawn, int(550 - origin.x()), y0, y1);
    QVERIFY2(thin >= 2 && thick > 1.8 * thin,
             qPrintable(QStringLiteral("%1 vs %2").arg(thin).arg(thick)));
}

void TestCanvasInk::stylusEraserEndErases()
{
    CanvasFixture f;
    f.seed(seededStroke("s1", QPointF(100, 300), QPointF(500, 300), "a1"));
    f.seed(seededStroke("s2", QPointF(100, 500), QPointF(500, 500), "a2"));
    QTest::keyClick(&f.view, 'p');
    // Turned round, the stylus erases, whatever the tool.
    stylusStroke(f.view, QPointF(300, 250), QPointF(300, 350), 0.5, 0.5,
                 QPointingDevice::PointerType::Eraser);
    QCOMPARE(f.requested.size(), 1);
    QCOMPARE(f.requested[0].size(), 1);
    QCOMPARE(f.requested[0][0].kind, Op::Kind::Delete);
    QCOMPARE(f.requested[0][0].id, QString("s1"));
    QCOMPARE(f.view.tool(), ToolKind::Pen);
    // The pen end draws again.
    stylusStroke(f.view, QPointF(100, 100), QPointF(200, 100), 0.5, 0.5);
    QCOMPARE(f.requested.size(), 2);
    QCOMPARE(f.requested[1][0].kind, Op::Kind::Create);
    QVERIFY(f.doc().contains("s2"));
}

void TestCanvasInk::stylusDoubleClickEditsText()
{
    CanvasFixture f;
    f.seed(Object{"t1", ObjectType::Text,
                  QJsonObject{{"x", 100}, {"y", 100}, {"text", "old"}, {"font_size", 20}}});
    // Two taps at one place, 120 ms apart: Qt makes no double click of tablet events.
    ulong time = 50000;
    for (int tap = 0; tap < 2; ++tap) {
        for (const auto type : {QEvent::TabletPress, QEvent::TabletRelease}) {
            const QPointF at(110, 110);
            QTabletEvent e(type, &stylus(QPointingDevice::PointerType::Pen), at,
                           f.view.mapToGlobal(at), 0.5, 0, 0, 0, 0, 0, Qt::NoModifier,
                           Qt::LeftButton,
                           type == QEvent::TabletPress ? Qt::LeftButton : Qt::NoButton);
            e.setTimestamp(time += 60);
            QCoreApplication::sendEvent(&f.view, &e);
        }
    }
    auto *editor = f.view.findChild<QPlainTextEdit *>();
    QVERIFY(editor && editor->isVisible());
    QCOMPARE(editor->toPlainText(), QString("old"));
    QVERIFY(f.requested.isEmpty());
}

void TestCanvasInk::highlighterGoesUnderTheInk()
{
    CanvasFixture f;
    f.seed(CanvasFixture::rect("under", 250, 280, 100, 40, "a0")); // under the ink
    f.seed(seededStroke("ink", QPointF(100, 300), QPointF(500, 300), "a1"));
    QTest::keyClick(&f.view, 'm');
    QCOMPARE(f.view.tool(), ToolKind::Highlighter);
    f.drag(QPointF(300, 200), QPointF(300, 400));
    QCOMPARE(f.requested.size(), 1);
    const Op op = f.requested[0][0];
    QCOMPARE(op.type, ObjectType::Stroke);
    QCOMPARE(op.props.value("pen").toString(), QString("highlighter"));
    // What a client that does not know `pen` draws from: translucent, wide, coloured.
    QVERIFY(op.props.value("opacity").toDouble() < 0.6);
    QVERIFY(op.props.value("stroke_width").toDouble() >= 12);
    QVERIFY(op.props.contains("stroke_color"));
    const QString z = op.props.value("z").toString();
    QVERIFY2(z < QString("a1") && z > QString("a0"), qPrintable(z));
    QVERIFY(f.view.scene().item(op.id)->rank < f.view.scene().item("ink")->rank);
    // Where they cross, the ink is on top: its own colour, not tinted by the highlighter.
    const QImage shot = f.view.grab().toImage();
    QCOMPARE(QColor(shot.pixel(300, 300)), QColor(0x1e, 0x1e, 0x1e));
    const QColor marked(shot.pixel(300, 250));
    QVERIFY(marked != QColor(Qt::white) && marked.blue() < marked.red());

    // With no ink under it, a highlighter stroke goes on top as any new object.
    f.drag(QPointF(600, 100), QPointF(700, 150));
    QVERIFY(f.requested[1][0].props.value("z").toString() > QString("a1"));
}

void TestCanvasInk::strokeEraserCutsInOneUndoStep()
{
    CanvasFixture f;
    f.seed(seededStroke("s1", QPointF(100, 300), QPointF(500, 300), "a1"));
    QSignalSpy modes(&f.view, &CanvasView::eraserModeChanged);
    QTest::keyClick(&f.view, 'e');
    QCOMPARE(f.view.eraserMode(), EraserMode::Objects);
    QTest::keyClick(&f.view, 'e'); // the eraser again: its other mode
    QCOMPARE(f.view.eraserMode(), EraserMode::Strokes);
    QCOMPARE(modes.size(), 1);
    f.drag(QPointF(300, 250), QPointF(300, 350));
    QCOMPARE(f.requested.size(), 1);
    const OpList ops = f.requested[0];
    QCOMPARE(ops.size(), 3);
    QCOMPARE(ops[0].kind, Op::Kind::Delete);
    QCOMPARE(ops[0].id, QString("s1"));
    QCOMPARE(ops[1].kind, Op::Kind::Create);
    QCOMPARE(ops[2].kind, Op::Kind::Create);
    QCOMPARE(f.doc().size(), 2);
    QVERIFY(!f.doc().contains("s1"));
    // Nothing is left at the cut, the two ends are.
    const auto topmost = [&](QPointF p) { return f.view.scene().topmostAt(p, 0.5); };
    QVERIFY(!topmost(QPointF(300, 300)));
    QVERIFY(topmost(QPointF(120, 300)) && topmost(QPointF(480, 300)));
    QVERIFY(topmost(QPointF(120, 300))->object.id != topmost(QPointF(480, 300))->object.id);

    QUndoStack *stack = f.history.stack();
    QCOMPARE(stack->count(), 1);
    stack->undo();
    QCOMPARE(f.doc().size(), 1);
    QVERIFY(f.doc().contains("s1"));
    stack->redo();
    QCOMPARE(f.doc().size(), 2);
    QVERIFY(!f.doc().contains("s1"));

    QTest::keyClick(&f.view, 'e'); // and back
    QCOMPARE(f.view.eraserMode(), EraserMode::Objects);
}

QTEST_MAIN(TestCanvasInk)
#include "tst_canvas_ink.moc"
