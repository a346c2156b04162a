// SPDX-License-Identifier: Apache-2.0
// `inkboard --export OUT … FILE | DRAWING-ID`: the real binary, run with no display at all
// (DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM removed), renders files and drawings of a
// profile's store to PNG, SVG, PDF and .inkboard and says why when it cannot.
#include "app_context.h"
#include "inkboard_file.h"

#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace inkboard;
using namespace inkboard::app;

namespace {

struct Run
{
    int exitCode = -1;
    QString err;
};

Run runExport(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(INKBOARD_APP_BINARY), args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    if (p.exitStatus() != QProcess::NormalExit)
        return {};
    return {p.exitCode(), QString::fromLocal8Bit(p.readAllStandardError())};
}

Object rect(const QString &id, double x, const QString &fill, const QString &z)
{
    return Object{id, ObjectType::Rect,
                  QJsonObject{{"x", x},
                              {"y", 0},
                              {"w", 100},
                              {"h", 100},
                              {"z", z},
                              {"stroke_width", 0},
                              {"fill_color", fill}}};
}

InkboardFile twoRects()
{
    InkboardFile file;
    file.title = QStringLiteral("Two");
    file.bundle.objects = {
        rect("red", 0, "#ff0000ff", "a0"), rect("blue", 200, "#0000ffff", "a1"),
        Object{
            "label", ObjectType::Text,
            QJsonObject{
                {"x", 0}, {"y", 150}, {"text", "Quarterly flow"}, {"font_size", 20}, {"z", "a2"}}}};
    return file;
}

int countNear(const QImage &image, QColor color)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - color.red()) < 20 && qAbs(c.green() - color.green()) < 20 &&
                qAbs(c.blue() - color.blue()) < 20)
                ++n;
        }
    }
    return n;
}

} // namespace

class TestHeadlessExport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_file;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = path("two.inkboard");
        QString error;
        QVERIFY2(twoRects().write(m_file, &error), qPrintable(error));
    }

    void pngWithoutADisplay()
    {
        const Run r = runExport({"--export", path("out.png"), m_file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QImage image(path("out.png"));
        QVERIFY(!image.isNull());
        // About 300 x 175 canvas units (the text's height is the font's) plus the 16-unit
        // margin on each side, at scale 1.
        QVERIFY2(qAbs(image.width() - 332) <= 4, qPrintable(QString::number(image.width())));
        QVERIFY2(image.height() > 200 && image.height() < 240,
                 qPrintable(QString::number(image.height())));
        QVERIFY(countNear(image, Qt::red) > 9000);
        QVERIFY(countNear(image, Qt::blue) > 9000);
        QVERIFY2(countNear(image, Qt::black) + countNear(image, QColor("#1e1e1e")) > 20,
                 "the text is drawn");
    }

    void scaleAndSelection()
    {
        Run r = runExport({"--export", path("blue1.png"), "--selection-ids", "blue", m_file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runExport(
            {"--export", path("blue.png"), "--scale", "2", "--selection-ids", "blue", m_file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QImage one(path("blue1.png"));
        const QImage image(path("blue.png"));
        // 100 units plus the margins, each side; twice as many pixels at scale 2.
        QVERIFY2(qAbs(one.width() - 132) <= 4, qPrintable(QString::number(one.width())));
        QVERIFY(qAbs(image.width() - 2 * one.width()) <= 2);
        QVERIFY(qAbs(image.height() - 2 * one.height()) <= 2);
        QCOMPARE(countNear(image, Qt::red), 0);
        QVERIFY(countNear(image, Qt::blue) > 4 * 9000);
    }

    void svgAndPdf()
    {
        Run r = runExport({"--export", path("out.svg"), m_file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile svg(path("out.svg"));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray bytes = svg.readAll();
        QVERIFY(bytes.contains("<svg"));
        QVERIFY(bytes.contains("Quarterly flow"));
        r = runExport({"--export", path("out.pdf"), m_file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile pdf(path("out.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }

    void inkboardOfASelection()
    {
        const Run r =
            runExport({"--export", path("part.inkboard"), "--selection-ids", "red,label", m_file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString error;
        const auto part = InkboardFile::read(path("part.inkboard"), &error);
        QVERIFY2(part, qPrintable(error));
        QStringList ids;
        for (const Object &o : part->bundle.objects)
            ids << o.id;
        ids.sort();
        QCOMPARE(ids, QStringList({"label", "red"}));
    }

    void aDrawingOfTheLocalStore()
    {
        QTemporaryDir profile;
        QString id;
        {
            QString error;
            auto context = AppContext::open(profile.path(), &error);
            QVERIFY2(context, qPrintable(error));
            id = context->createDrawing(QStringLiteral("Stored"), &error);
            QVERIFY2(!id.isEmpty(), qPrintable(error));
            // A pending edit the window would show: it is in the export too.
            QVERIFY(context->store()->appendPending(
                id,
                OpList{Op::create(QStringLiteral("op-1"), QStringLiteral("green"), ObjectType::Rect,
                                  rect("green", 0, "#00ff00ff", "a0").props)}));
        }
        const Run r = runExport({"--profile", profile.path(), "--export", path("stored.png"), id});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QImage image(path("stored.png"));
        QVERIFY(countNear(image, Qt::green) > 9000);
    }

    void failuresSayWhy_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no source") << QStringList{"--export", "x.png"} << 2 << "FILE or DRAWING-ID";
        QTest::newRow("bad suffix")
            << QStringList{"--export", "x.gif", "two.inkboard"} << 1 << "must end in";
        QTest::newRow("missing file")
            << QStringList{"--export", "x.png", "nothing-here.inkboard"} << 1 << "nothing-here";
        QTest::newRow("unknown object")
            << QStringList{"--export", "x.png", "--selection-ids", "nope", "two.inkboard"} << 1
            << "no object nope";
        QTest::newRow("bad scale")
            << QStringList{"--export", "x.png", "--scale", "100", "two.inkboard"} << 2 << "--scale";
        QTest::newRow("not a drawing file")
            << QStringList{"--export", "x.png", "junk.inkboard"} << 1 << "junk.inkboard";
    }
    void failuresSayWhy()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QFile junk(path("junk.inkboard"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("{\"format\": \"inkboard\", \"objects\": [{\"id\": 1}]");
        junk.close();
        for (QString &a : args) {
            if (a.endsWith(".inkboard") || a == "x.png" || a == "x.gif")
                a = path(a);
        }
        const Run r = runExport(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFile::exists(path("x.png")));
    }
};

QTEST_GUILESS_MAIN(TestHeadlessExport)
#include "tst_headless_export.moc"
