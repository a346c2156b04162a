// SPDX-License-Identifier: Apache-2.0
// A big drawing's frame is painted in bands on several threads (LayerPainter::render): what it
// shows must be what one thread paints, pixel for pixel, for every kind of object, at any zoom,
// and again after the drawing changes under it.
#include "canvas_fixture.h"
#include "layer_painter.h"

#include <QRandomGenerator>

using namespace inkboard;
using namespace inkboard::canvas;
using namespace inkboard::canvas::testing;

namespace {

// Rects with labels, ellipses, texts, arrows, freehand strokes and notes, scattered so that
// many cross the bands' edges.
void seedMixed(CanvasFixture &f, int count)
{
    QRandomGenerator rng(19);
    for (int i = 0; i < count; ++i) {
        const QString id = QStringLiteral("o%1").arg(i);
        const double x = rng.bounded(4000.0);
        const double y = rng.bounded(3000.0);
        const QString z = QStringLiteral("a%1").arg(i, 5, 10, QLatin1Char('0'));
        switch (i % 6) {
        case 0: {
            Object o =
                CanvasFixture::rect(id, x, y, 40 + rng.bounded(200.0), 30 + rng.bounded(150.0), z);
            o.props.insert("label", QStringLiteral("Box %1").arg(i));
            f.seed(o);
            break;
        }
        case 1:
            f.seed(Object{id,
                          ObjectType::Ellipse,
                          {{"x", x},
                           {"y", y},
                           {"w", 80},
                           {"h", 50},
                           {"z", z},
                           {"stroke_color", "#1971c2ff"},
                           {"fill_color", "#a5d8ff80"}}});
            break;
        case 2:
            f.seed(Object{id,
                          ObjectType::Text,
                          {{"x", x},
                           {"y", y},
                           {"z", z},
                           {"text", QStringLiteral("Note %1\nline").arg(i)},
                           {"font_size", 12 + i % 30},
                           {"stroke_color", "#1e1e1eff"}}});
            break;
        case 3:
            f.seed(Object{
                id,
                ObjectType::Arrow,
                {{"x", x},
                 {"y", y},
                 {"z", z},
                 {"points", QJsonArray{0, 0, 120 + rng.bounded(200.0), 60 - rng.bounded(120.0)}},
                 {"stroke_color", "#e03131ff"},
                 {"stroke_width", 2}}});
            break;
        case 4: {
            QJsonArray points;
            for (int k = 0; k < 24; ++k)
                points << k * 6 << 20 * std::sin(k / 3.0) << 0.5;
            f.seed(Object{id,
                          ObjectType::Stroke,
                          {{"x", x},
                           {"y", y},
                           {"z", z},
                           {"points", points},
                           {"stroke_color", "#2f9e44ff"},
                           {"stroke_width", 4}}});
            break;
        }
        default: {
            Object o = CanvasFixture::rect(id, x, y, 120, 120, z);
            o.props.insert("shape", "note");
            o.props.insert("label", QStringLiteral("Sticky %1").arg(i));
            f.seed(o);
        }
        }
    }
}

QImage frameWith(CanvasFixture &f, int threads)
{
    LayerPainter::setThreadLimit(threads);
    f.view.setDocument(&f.target.document()); // the whole frame painted anew
    const QImage image = f.view.grab().toImage();
    LayerPainter::setThreadLimit(0);
    return image;
}

int differingPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return -1;
    int n = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x)
            n += a.pixel(x, y) != b.pixel(x, y);
    }
    return n;
}

} // namespace

class TestCanvasBands : public QObject
{
    Q_OBJECT
private slots:
    void bandsPaintWhatOneThreadPaints_data()
    {
        QTest::addColumn<double>("zoom");
        QTest::addColumn<bool>("grid");
        QTest::newRow("all of it") << 0.19 << false;
        QTest::newRow("all of it, grid") << 0.19 << true;
        QTest::newRow("close") << 1.3 << true;
        QTest::newRow("closer") << 3.7 << false;
    }

    void bandsPaintWhatOneThreadPaints()
    {
        QFETCH(double, zoom);
        QFETCH(bool, grid);
        CanvasFixture f;
        f.view.resize(1000, 700);
        seedMixed(f, 4000);
        QVERIFY(f.doc().size() == 4000);
        f.view.setView(zoom, QPointF(-37.5 * zoom, -21.25 * zoom));
        f.view.setGridVisible(grid);
        const QImage one = frameWith(f, 1);
        const QImage many = frameWith(f, 4);
        QVERIFY(!one.isNull());
        // Something was drawn: far from a blank frame.
        QImage blank(one.size(), one.format());
        blank.fill(one.pixel(one.width() - 1, one.height() - 1));
        QVERIFY(differingPixels(one, blank) > 1000);
        QCOMPARE(differingPixels(one, many), 0);

        // A peer's commit moving many objects: the next frame is right too.
        OpList moves;
        for (int i = 0; i < 4000; i += 3)
            moves.append(Op::update(QStringLiteral("m%1").arg(i), QStringLiteral("o%1").arg(i),
                                    {{"x", 10.0 * (i % 400)}}));
        f.target.applyRemote(moves);
        QCOMPARE(differingPixels(frameWith(f, 1), frameWith(f, 4)), 0);
    }
};

QTEST_MAIN(TestCanvasBands)
#include "tst_canvas_bands.moc"
