// SPDX-License-Identifier: Apache-2.0
// Excalidraw and SVG in the app's real window: an .excalidraw file opened from the command
// line and File > Open, Excalidraw's clipboard JSON pasted onto the canvas (undoable), an SVG
// imported into the open drawing, a broken file refused with nothing changed, and the drawing
// exported to .excalidraw (from the window and headless) and opened again.
#include "app_context.h"
#include "app_window_fixture.h"
#include "client/sync_session.h"
#include "command_line.h"
#include "connectors/binding.h"
#include "export_dialog.h"
#include "formats/excalidraw_reader.h"
#include "headless_export.h"
#include "inkboard_file.h"
#include "main_window.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>

using namespace inkboard;
using namespace inkboard::app;

namespace {

using Window = testing::AppWindowFixture;

QString dataPath(const QString &name)
{
    return QStringLiteral(INKBOARD_IMPORT_DATA "/") + name;
}

QByteArray readData(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(name));
    return file.readAll();
}

const Document &visible(const Window &w)
{
    return w.window->session()->replica().visible();
}

QMap<ObjectType, int> typesOf(const Document &doc)
{
    QMap<ObjectType, int> counts;
    for (const Object &o : doc.objects())
        counts[o.type] += 1;
    return counts;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT
private slots:
    void opensAnExcalidrawFileFromTheCommandLine();
    void opensAndSaysWhatCouldNotBeKept();
    void refusesABrokenFileAndChangesNothing();
    void pastesExcalidrawClipboardJson();
    void importsAnSvgIntoTheOpenDrawing();
    void exportsToExcalidrawAndBack();
};

void TestImport::opensAnExcalidrawFileFromTheCommandLine()
{
    QTemporaryDir dir;
    CommandLine cl;
    cl.file = dataPath(QStringLiteral("arrows.excalidraw"));
    Window w(dir.filePath("profile"), cl);
    QVERIFY(w.window->session());
    QCOMPARE(w.window->drawingTitle(), QStringLiteral("arrows"));
    const Document &doc = visible(w);
    QCOMPARE(doc.size(), 6);
    const Object *arrow = doc.find(QStringLiteral("arrow1"));
    QVERIFY(arrow);
    QCOMPARE(canvas::bindingOf(*arrow, canvas::End::Start)->id, QStringLiteral("boxA"));
    QCOMPARE(arrow->string(QLatin1String("label")), QStringLiteral("calls"));
    // Persisted like any drawing: a fresh session from the store has them.
    sync::SyncSession again(w.context->store(), w.window->drawingId());
    QCOMPARE(again.replica().visible().size(), 6);
    // The .excalidraw file is not the drawing's file: saving never writes Inkboard JSON there.
    QVERIFY(w.context->fileOf(w.window->drawingId()).isEmpty());
    QVERIFY2(w.window->message().contains(QStringLiteral("1 arrow end")),
             qPrintable(w.window->message()));
}

void TestImport::opensAndSaysWhatCouldNotBeKept()
{
    QTemporaryDir dir;
    Window w(dir.filePath("profile"));
    const int drawings = int(w.context->store()->drawings().size());
    QString error;
    QVERIFY2(w.window->openFile(dataPath(QStringLiteral("unsupported.excalidraw")), &error),
             qPrintable(error));
    QCOMPARE(int(w.context->store()->drawings().size()), drawings + 1);
    QCOMPARE(visible(w).size(), 1);
    const QString message = w.window->message();
    QCOMPARE(message, QStringLiteral("3 elements could not be kept: 2 embeddables, 1 iframe"));
    // An SVG opens the same way, as a drawing of its own.
    QVERIFY2(w.window->openFile(dataPath(QStringLiteral("groups.svg")), &error), qPrintable(error));
    QCOMPARE(visible(w).size(), 3);
    QCOMPARE(w.window->drawingTitle(), QStringLiteral("groups"));
}

void TestImport::refusesABrokenFileAndChangesNothing()
{
    QTemporaryDir dir;
    CommandLine cl;
    cl.file = dataPath(QStringLiteral("truncated.excalidraw"));
    Window w(dir.filePath("profile"), cl);
    QVERIFY2(w.window->message().contains(QStringLiteral("Cannot open truncated.excalidraw")),
             qPrintable(w.window->message()));
    QVERIFY2(w.window->message().contains(QStringLiteral("not JSON")),
             qPrintable(w.window->message()));
    QCOMPARE(w.context->store()->drawings().size(), 1); // the new empty drawing alone
    QCOMPARE(visible(w).size(), 0);
    for (const char *bad : {"wrong_type.excalidraw", "huge_number.excalidraw", "broken.svg"}) {
        QString error;
        QVERIFY(!w.window->openFile(dataPath(QString::fromLatin1(bad)), &error));
        QVERIFY2(error.contains(QString::fromLatin1(bad)), qPrintable(error));
        QVERIFY(!w.canvas()->importFile(dataPath(QString::fromLatin1(bad)), &error));
        QCOMPARE(w.context->store()->drawings().size(), 1);
        QCOMPARE(visible(w).size(), 0);
    }
}

void TestImport::pastesExcalidrawClipboardJson()
{
    QTemporaryDir dir;
    Window w(dir.filePath("profile"));
    QApplication::clipboard()->setText(
        QString::fromUtf8(readData(QStringLiteral("clipboard.json"))));
    w.window->action("edit.paste")->trigger();
    const Document &doc = visible(w);
    QCOMPARE(doc.size(), 2);
    const auto types = typesOf(doc);
    QCOMPARE(types.value(ObjectType::Rect), 1);
    QCOMPARE(types.value(ObjectType::Ellipse), 1);
    // Pasted as a group of two, selected, under fresh ids.
    QCOMPARE(w.canvas()->selection().size(), 2);
    QStringList groups;
    for (const Object &o : doc.objects())
        groups << o.string(QLatin1String("group"));
    QVERIFY(!groups.first().isEmpty());
    QCOMPARE(groups.first(), groups.last());
    QVERIFY(!doc.contains(QStringLiteral("c1")));
    QVERIFY2(w.window->message().contains(QStringLiteral("1 iframe")),
             qPrintable(w.window->message()));
    // One undoable edit.
    w.window->action("edit.undo")->trigger();
    QCOMPARE(visible(w).size(), 0);
    w.window->action("edit.redo")->trigger();
    QCOMPARE(visible(w).size(), 2);
    // Broken clipboard JSON: a message, nothing pasted.
    QApplication::clipboard()->setText(
        QStringLiteral("{\"type\":\"excalidraw/clipboard\",\"elements\":[{\"type\":\"rect"));
    w.window->action("edit.paste")->trigger();
    QCOMPARE(visible(w).size(), 2);
    QVERIFY2(w.window->message().contains(QStringLiteral("Cannot paste the Excalidraw")),
             qPrintable(w.window->message()));
}

void TestImport::importsAnSvgIntoTheOpenDrawing()
{
    QTemporaryDir dir;
    Window w(dir.filePath("profile"));
    const QString drawing = w.window->drawingId();
    QString error;
    QVERIFY2(w.canvas()->importFile(dataPath(QStringLiteral("shapes.svg")), &error),
             qPrintable(error));
    QCOMPARE(w.window->drawingId(), drawing); // into this drawing, not a new one
    QCOMPARE(visible(w).size(), 9);
    QVERIFY(w.window->action("file.import"));
    QCOMPARE(w.window->action("file.import")->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    w.window->action("edit.undo")->trigger();
    QCOMPARE(visible(w).size(), 0);
    // A dropped .excalidraw file pastes the same way.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(dataPath(QStringLiteral("shapes.excalidraw")))});
    QVERIFY(w.canvas()->pasteMimeData(&mime, QPointF(100, 100)));
    QCOMPARE(visible(w).size(), 3);
}

void TestImport::exportsToExcalidrawAndBack()
{
    QTemporaryDir dir;
    CommandLine cl;
    cl.file = dataPath(QStringLiteral("text.excalidraw"));
    Window w(dir.filePath("profile"), cl);
    const Document original = visible(w);
    QCOMPARE(original.size(), 3);
    const QString out = dir.filePath("out.excalidraw");
    // File > Export offers the format.
    ExportDialog dialog(false);
    const auto combos = dialog.findChildren<QComboBox *>();
    QVERIFY(std::any_of(combos.begin(), combos.end(), [](QComboBox *c) {
        return c->findData(QStringLiteral("excalidraw")) >= 0;
    }));
    QString error;
    QVERIFY2(w.window->exportTo(out, {}, &error), qPrintable(error));
    Window again(dir.filePath("profile2"));
    QVERIFY2(again.window->openFile(out, &error), qPrintable(error));
    QCOMPARE(visible(again).size(), original.size());
    for (const Object &o : original.objects()) {
        const Object *back = visible(again).find(o.id);
        QVERIFY2(back, qPrintable(o.id));
        QCOMPARE(back->type, o.type);
        QCOMPARE(back->string(QLatin1String("text")), o.string(QLatin1String("text")));
        QCOMPARE(back->string(QLatin1String("label")), o.string(QLatin1String("label")));
    }
    // Headless: `inkboard --export out.excalidraw FILE.inkboard`.
    InkboardFile file;
    file.bundle.objects = original.inRenderOrder();
    const QString source = dir.filePath("in.inkboard");
    QVERIFY(file.write(source, &error));
    CommandLine headless;
    headless.file = source;
    headless.exportPath = dir.filePath("headless.excalidraw");
    QCOMPARE(runHeadlessExport(headless, &error), 0);
    QFile written(headless.exportPath);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const auto read = canvas::ExcalidrawReader::read(written.readAll(), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->bundle.objects.size(), original.size());
    // And an .excalidraw file renders headless as it would open.
    CommandLine render;
    render.file = dataPath(QStringLiteral("shapes.excalidraw"));
    render.exportPath = dir.filePath("shapes.png");
    QCOMPARE(runHeadlessExport(render, &error), 0);
    const QImage png(render.exportPath);
    QVERIFY(!png.isNull());
    QVERIFY(png.width() > 300); // the three shapes, side by side
}

QTEST_MAIN(TestImport)
#include "tst_import.moc"
