// SPDX-License-Identifier: Apache-2.0
// The app's real window on a temporary profile: drawings saved continuously in the local store
// through the sync session, .inkboard files, export, the drawing list, settings, bad input.
#include "app_context.h"
#include "app_window_fixture.h"
#include "bin_page.h"
#include "client/sync_session.h"
#include "command_line.h"
#include "drawing_list_dialog.h"
#include "drawing_session.h"
#include "inkboard_file.h"
#include "main_window.h"
#include "message_bar.h"
#include "op_target.h"
#include "style_panel.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace inkboard;
using namespace inkboard::app;

namespace {

void drag(QWidget *w, QPointF from, QPointF to)
{
    QTest::mousePress(w, Qt::LeftButton, {}, from.toPoint());
    for (int i = 1; i <= 6; ++i) {
        const QPointF p = from + (to - from) * (i / 6.0);
        QMouseEvent move(QEvent::MouseMove, p, w->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, {});
        QCoreApplication::sendEvent(w, &move);
    }
    QTest::mouseRelease(w, Qt::LeftButton, {}, to.toPoint());
}

// Objects of a drawing as a fresh session loads them from the store: what a restart shows.
qsizetype storedObjects(sync::LocalStore *store, const QString &id)
{
    sync::SyncSession session(store, id);
    return session.isValid() ? session.replica().visible().size() : -1;
}

using Window = testing::AppWindowFixture;

QByteArray pngBytes(const QColor &c, QSize size = QSize(30, 20))
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(c);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace

class TestApp : public QObject
{
    Q_OBJECT
private slots:
    void commandLine_data();
    void commandLine();
    void firstStartCreatesADrawing();
    void editsAreInTheStoreAndReopen();
    void undoRedoActionsRoundTrip();
    void undoOutlivesTheWindow();
    void editsLostToAPeersDeleteAreOfferedBack();
    void offlineEditsThatReplacedAPeersAreOfferedBack();
    void badFileShowsMessageAndKeepsWorking_data();
    void badFileShowsMessageAndKeepsWorking();
    void fileRoundTripEmbedsImages();
    void imagesOfTheOldDownloadFolderStillShow();
    void exportFromWindow_data();
    void exportFromWindow();
    void drawingListCreatesRenamesDeletes();
    void openByIdAndUnknownId();
    void settingsAreRemembered();
    void stylePanelRestylesSelection();
    void stylePanelShowsMixedValues();
    void groupAndUngroupFromTheWindow();
    void noteColoursAndShapesFromTheWindow();
    void copyPasteBetweenWindows();
    void unreadableImageIsAMessage();
    void toolKeysAreShortcutsButTypeIntoText();
    void rarerShapesShareOneToolbarButton();
};

void TestApp::commandLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("drawingId");
    QTest::addColumn<QString>("profile");
    const QString existing = QCoreApplication::applicationFilePath();
    QTest::newRow("no argument opens the last drawing") << QStringList{} << true << ""
                                                        << ""
                                                        << "";
    QTest::newRow("an existing path is a file") << QStringList{existing} << true << existing << ""
                                                << "";
    QTest::newRow("a .inkboard name is a file")
        << QStringList{"missing.inkboard"} << true << "missing.inkboard"
        << ""
        << "";
    QTest::newRow("an id is a drawing id") << QStringList{"7f0c-abc"} << true << ""
                                           << "7f0c-abc"
                                           << "";
    QTest::newRow("--profile names the profile folder")
        << QStringList{"--profile", "/tmp/x"} << true << ""
        << ""
        << "/tmp/x";
    QTest::newRow("two positionals are refused") << QStringList{"a", "b"} << false << ""
                                                 << ""
                                                 << "";
    QTest::newRow("an unknown option is refused") << QStringList{"--nope"} << false << ""
                                                  << ""
                                                  << "";
}

void TestApp::commandLine()
{
    QFETCH(QStringList, args);
    QFETCH(bool, ok);
    QFETCH(QString, file);
    QFETCH(QString, drawingId);
    QFETCH(QString, profile);
    qputenv("INKBOARD_PROFILE", "");
    int code = -1;
    const auto cl = CommandLine::parse(QStringList{"inkboard"} + args, &code);
    QCOMPARE(bool(cl), ok);
    if (!ok) {
        QCOMPARE(code, 2);
        return;
    }
    QCOMPARE(cl->file, file);
    QCOMPARE(cl->drawingId, drawingId);
    QCOMPARE(cl->profileDir, profile);
}

void TestApp::firstStartCreatesADrawing()
{
    QTemporaryDir dir;
    Window w(dir.path());
    QVERIFY(!w.window->drawingId().isEmpty());
    QCOMPARE(w.context->store()->drawings().size(), 1);
    QCOMPARE(w.window->drawingTitle(), QString("Untitled"));
    QVERIFY(w.window->windowTitle().startsWith("Untitled"));
}

void TestApp::editsAreInTheStoreAndReopen()
{
    QTemporaryDir dir;
    QString id;
    {
        Window w(dir.path());
        id = w.window->drawingId();
        QTest::keyClick(w.canvas(), 'r');
        drag(w.canvas(), QPointF(100, 100), QPointF(220, 180));
        QTest::keyClick(w.canvas(), 'p');
        drag(w.canvas(), QPointF(300, 300), QPointF(380, 340));
        QCOMPARE(w.window->session()->replica().visible().size(), 2);
        // Persisted before shown: a second reader of the store sees both at once.
        QCOMPARE(storedObjects(w.context->store(), id), 2);
    }
    Window again(dir.path());
    QCOMPARE(again.window->drawingId(), id);
    QCOMPARE(again.canvas()->scene().size(), 2);
}

void TestApp::undoRedoActionsRoundTrip()
{
    QTemporaryDir dir;
    Window w(dir.path());
    QTest::keyClick(w.canvas(), 'o');
    drag(w.canvas(), QPointF(100, 100), QPointF(220, 180));
    drag(w.canvas(), QPointF(160, 140), QPointF(300, 300)); // move it
    const Document moved = w.window->session()->replica().visible();
    w.window->action("edit.undo")->trigger();
    w.window->action("edit.undo")->trigger();
    QCOMPARE(w.window->session()->replica().visible().size(), 0);
    w.window->action("edit.redo")->trigger();
    w.window->action("edit.redo")->trigger();
    QCOMPARE(w.window->session()->replica().visible(), moved);
    QVERIFY(!w.window->action("edit.redo")->isEnabled());
}

void TestApp::undoOutlivesTheWindow()
{
    QTemporaryDir dir;
    {
        Window w(dir.path());
        QTest::keyClick(w.canvas(), 'r');
        drag(w.canvas(), QPointF(100, 100), QPointF(220, 180));
        // Three nudges of the new (selected) rect: one step, merged as it grew.
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(w.canvas(), Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(w.window->history()->stack()->count(), 2);
        QTest::keyClick(w.canvas(), 'o');
        drag(w.canvas(), QPointF(500, 100), QPointF(560, 160));
        w.window->action("edit.undo")->trigger(); // the ellipse: undone, redo-able
        QCOMPARE(w.window->session()->replica().visible().size(), 1);
    }
    // The app closed and started again on the same profile.
    Window again(dir.path());
    const Document &doc = again.window->session()->replica().visible();
    QCOMPARE(doc.size(), 1);
    QAction *undo = again.window->action("edit.undo");
    QAction *redo = again.window->action("edit.redo");
    QVERIFY(undo->isEnabled());
    QVERIFY(redo->isEnabled());
    QCOMPARE(undo->text(),
             again.window->history()->stack()->undoText().isEmpty()
                 ? QString()
                 : QStringLiteral("&Undo ") + again.window->history()->stack()->undoText());
    QCOMPARE(again.window->history()->stack()->count(), 3);
    QCOMPARE(doc.objects().begin()->number(QLatin1String("x")), 130.0);
    undo->trigger(); // the three nudges, one step
    QCOMPARE(doc.objects().begin()->number(QLatin1String("x")), 100.0);
    redo->trigger();
    redo->trigger(); // the ellipse comes back
    QCOMPARE(doc.size(), 2);
    undo->trigger();
    undo->trigger();
    undo->trigger(); // the rect's creation
    QCOMPARE(doc.size(), 0);
    QVERIFY(!undo->isEnabled());
}

void TestApp::editsLostToAPeersDeleteAreOfferedBack()
{
    // The session reports (tst_sync_integration, with the real server) an object a peer
    // deleted while this user's edits of it were pending; the window says so and puts it back.
    QTemporaryDir dir;
    Window w(dir.path());
    const Object box{QStringLiteral("box"), ObjectType::Rect,
                     QJsonObject{{"x", 50}, {"y", 10}, {"w", 80}, {"h", 40}, {"z", "a0"}}};
    emit w.window->drawing()->editsLost(
        {{box, QStringLiteral("bob"), QDateTime::fromString("2026-12-03T14:02:00Z", Qt::ISODate)}});
    auto *bar = w.window->findChild<MessageBar *>();
    QVERIFY(bar && bar->isVisible());
    QVERIFY2(bar->message().contains(QStringLiteral("bob")), qPrintable(bar->message()));
    QVERIFY(bar->message().contains(QStringLiteral("1 object")));
    auto *restore = w.window->findChild<QToolButton *>(QStringLiteral("messageAction"));
    QVERIFY(restore && restore->isVisible());
    restore->click();
    const Document &doc = w.window->session()->replica().visible();
    QVERIFY(doc.find("box"));
    QCOMPARE(doc.find("box")->number(QLatin1String("x")), 50.0);
    QVERIFY(!bar->isVisible());
    // One undo step, like any edit of this user's.
    w.window->action("edit.undo")->trigger();
    QVERIFY(!doc.find("box"));
}

void TestApp::offlineEditsThatReplacedAPeersAreOfferedBack()
{
    // The session reports (tst_sync_integration, with the real server) values set offline
    // that replaced a peer's; the window says whose, shows them, and keeps theirs on request.
    QTemporaryDir dir;
    Window w(dir.path());
    QVERIFY(w.window->session()->submit(
        {Op::create("c1", "box", ObjectType::Rect, {{"x", 50}, {"y", 10}, {"w", 80}, {"h", 40}}),
         Op::create("c2", "other", ObjectType::Rect,
                    {{"x", 300}, {"y", 10}, {"w", 8}, {"h", 4}})}));
    const QDateTime at = QDateTime::fromString("2026-12-03T14:02:00Z", Qt::ISODate);
    emit w.window->drawing()->editsReplaced({{"box", "x", 50, 99, QStringLiteral("bob"), at},
                                             {"box", "w", 80, 20, QStringLiteral("bob"), at}});
    auto *bar = w.window->findChild<MessageBar *>();
    QVERIFY(bar && bar->isVisible());
    QVERIFY2(bar->message().contains(QStringLiteral("2 change")) &&
                 bar->message().contains(QStringLiteral("bob")),
             qPrintable(bar->message()));
    auto *show = w.window->findChild<QToolButton *>(QStringLiteral("messageAction"));
    auto *keep = w.window->findChild<QToolButton *>(QStringLiteral("messageAction2"));
    QVERIFY(show && show->isVisible() && keep && keep->isVisible());
    show->click();
    QCOMPARE(w.window->canvas()->selection(), QSet<QString>{QStringLiteral("box")});
    QVERIFY(bar->isVisible()); // Show leaves the choice open
    keep->click();
    QVERIFY(!bar->isVisible());
    const Document &doc = w.window->session()->replica().visible();
    QCOMPARE(doc.find("box")->number(QLatin1String("x")), 99.0);
    QCOMPARE(doc.find("box")->number(QLatin1String("w")), 20.0);
    QCOMPARE(doc.find("other")->number(QLatin1String("x")), 300.0);
    // One undo step, like any edit of this user's.
    w.window->action("edit.undo")->trigger();
    QCOMPARE(doc.find("box")->number(QLatin1String("x")), 50.0);
    QCOMPARE(doc.find("box")->number(QLatin1String("w")), 80.0);
}

void TestApp::badFileShowsMessageAndKeepsWorking_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");
    QTest::newRow("garbage is not an Inkboard drawing")
        << QByteArray("\x89PNG\r\n garbage", 14) << "not an Inkboard drawing";
    QTest::newRow("an empty file") << QByteArray() << "not an Inkboard drawing";
    QTest::newRow("another program's JSON")
        << QByteArray(R"({"type":"excalidraw","elements":[]})") << "not an Inkboard drawing";
    QTest::newRow("a newer format version")
        << QByteArray(R"({"format":"inkboard","version":99,"objects":[]})") << "newer Inkboard";
    QTest::newRow("an invalid object is damage")
        << QByteArray(
               R"({"format":"inkboard","version":1,"objects":[{"id":"a","type":"rect","props":{"w":1}}]})")
        << "damaged";
    QTest::newRow("a truncated file")
        << QByteArray(R"({"format":"inkboard","version":1,"objects":[{"id":"a","ty)") << "not JSON";
}

void TestApp::badFileShowsMessageAndKeepsWorking()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    QTemporaryDir dir;
    const QString path = dir.filePath("bad.inkboard");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    CommandLine cl;
    cl.file = path;
    Window w(dir.filePath("profile"), cl);
    QVERIFY2(w.window->message().contains(says), qPrintable(w.window->message()));
    QVERIFY(w.window->message().contains("bad.inkboard"));
    // Nothing imported, and the app still works on a drawing.
    QCOMPARE(w.context->store()->drawings().size(), 1);
    QTest::keyClick(w.canvas(), 'r');
    drag(w.canvas(), QPointF(100, 100), QPointF(220, 180));
    QCOMPARE(w.window->session()->replica().visible().size(), 1);
    QVERIFY(!w.window->openFile(dir.filePath("does-not-exist.inkboard")));
}

void TestApp::fileRoundTripEmbedsImages()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("round.inkboard");
    Document saved;
    QString imageHash;
    {
        Window w(dir.filePath("one"));
        QTest::keyClick(w.canvas(), 'r');
        drag(w.canvas(), QPointF(100, 100), QPointF(220, 180));
        QString error;
        QVERIFY2(w.canvas()->insertImage(pngBytes(Qt::magenta), QPointF(400, 300), &error),
                 qPrintable(error));
        saved = w.window->session()->replica().visible();
        for (const Object &o : saved.objects())
            if (o.type == ObjectType::Image)
                imageHash = o.string(QLatin1String("blob"));
        QVERIFY(w.window->saveToFile(path, &error));
    }
    const auto file = InkboardFile::read(path, nullptr);
    QVERIFY(file);
    QVERIFY(file->bundle.blobs.contains(imageHash));
    // Another profile (another computer) opens the file: same objects, the image with it.
    CommandLine cl;
    cl.file = path;
    Window other(dir.filePath("two"), cl);
    QVERIFY2(other.window->message().isEmpty(), qPrintable(other.window->message()));
    QCOMPARE(other.window->session()->replica().visible(), saved);
    QVERIFY(other.context->blobs()->contains(imageHash));
    QCOMPARE(other.context->blobs()->image(imageHash).pixelColor(5, 5), QColor(Qt::magenta));
    QCOMPARE(other.context->fileOf(other.window->drawingId()), QFileInfo(path).absoluteFilePath());
}

// Earlier builds kept downloaded images in a second folder beside the store; a profile that
// has them there opens with them in its one blob folder, drawn on the canvas.
void TestApp::imagesOfTheOldDownloadFolderStillShow()
{
    QTemporaryDir dir;
    const QString profile = dir.filePath("p");
    const QByteArray png = pngBytes(Qt::cyan);
    const QString hash = canvas::BlobStore::hashOf(png);
    const QString oldFolder = profile + "/drawings.inkboard-store.blobs";
    QVERIFY(QDir().mkpath(oldFolder));
    for (const auto &[name, bytes] :
         {std::pair{hash, png}, std::pair{hash + ".type", QByteArray("image/png")}}) {
        QFile file(oldFolder + "/" + name);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
    }
    Window w(profile);
    QVERIFY(w.context->blobs()->contains(hash));
    QCOMPARE(w.context->blobs()->folder(), profile + "/blobs");
    QVERIFY(QFile::exists(profile + "/blobs/" + hash));
    QVERIFY(!QDir(oldFolder).exists()); // one folder from now on
    w.window->session()->submit(
        {Op::create("op-image", "img", ObjectType::Image,
                    {{"blob", hash}, {"x", 0}, {"y", 0}, {"w", 30}, {"h", 20}})});
    const QImage shown =
        canvas::Exporter(w.canvas()->scene(), w.context->blobs()).toImage(canvas::ExportOptions{});
    QVERIFY(!shown.isNull());
    QCOMPARE(shown.pixelColor(shown.width() / 2, shown.height() / 2), QColor(Qt::cyan));
}

void TestApp::exportFromWindow_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("png") << "out.png" << QByteArray("\x89PNG");
    QTest::newRow("svg") << "out.svg" << QByteArray("<?xml");
    QTest::newRow("pdf") << "out.pdf" << QByteArray("%PDF");
}

void TestApp::exportFromWindow()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, magic);
    QTemporaryDir dir;
    Window w(dir.filePath("p"));
    QTest::keyClick(w.canvas(), 'r');
    drag(w.canvas(), QPointF(100, 100), QPointF(220, 180));
    QString error;
    QVERIFY2(w.window->exportTo(dir.filePath(name), {}, &error), qPrintable(error));
    QFile f(dir.filePath(name));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith(magic));
}

void TestApp::drawingListCreatesRenamesDeletes()
{
    QTemporaryDir dir;
    Window w(dir.path());
    const QString first = w.window->drawingId();
    DrawingListDialog dialog(w.context.get(), w.window);
    QCOMPARE(dialog.list()->count(), 1);
    const QString second = dialog.createDrawing("Second");
    QVERIFY(!second.isEmpty());
    QCOMPARE(dialog.list()->count(), 2);
    QVERIFY(dialog.renameDrawing(second, "Renamed"));
    QCOMPARE(w.context->store()->drawing(second)->title, QString("Renamed"));
    bool listed = false;
    for (int i = 0; i < dialog.list()->count(); ++i)
        listed |= dialog.list()->item(i)->text().startsWith("Renamed");
    QVERIFY(listed);
    // Deleting the open drawing moves the window to another one.
    QVERIFY(dialog.deleteDrawing(first));
    QCOMPARE(dialog.list()->count(), 1);
    QVERIFY(!w.context->store()->drawing(first));
    QCOMPARE(w.window->drawingId(), second);
    QVERIFY(!w.context->recentDrawings().contains(first));

    // It went to the bin (the Bin tab, Alt+B), and Restore brings it back, contents and all.
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(&dialog, Qt::Key_B, Qt::AltModifier);
    QVERIFY(dialog.bin()->isVisible());
    QCOMPARE(dialog.bin()->list()->count(), 1);
    QVERIFY(dialog.bin()->entry(first).has_value());
    QSignalSpy restored(dialog.bin(), &BinPage::restored);
    QTest::keyClick(dialog.bin()->list(), Qt::Key_T, Qt::AltModifier);
    QVERIFY(restored.count() == 1 || restored.wait(5000));
    QVERIFY(w.context->store()->drawing(first));
    QCOMPARE(dialog.list()->count(), 2);
    QCOMPARE(dialog.bin()->list()->count(), 0);

    // Delete forever removes it from the bin and the store for good.
    QVERIFY(dialog.deleteDrawing(second));
    QVERIFY(dialog.bin()->purge(second));
    QTRY_COMPARE(dialog.bin()->list()->count(), 0);
    QVERIFY(w.context->client()->localBin().isEmpty());
    QVERIFY(w.context->store()->loadObjects(second).isEmpty());
}

void TestApp::openByIdAndUnknownId()
{
    QTemporaryDir dir;
    QString id;
    {
        Window w(dir.path());
        w.window->newDrawing("Wanted");
        id = w.window->drawingId();
        w.window->newDrawing("Later");
    }
    CommandLine byId;
    byId.drawingId = id;
    {
        Window w(dir.path(), byId);
        QCOMPARE(w.window->drawingId(), id);
        QVERIFY(w.window->message().isEmpty());
    }
    CommandLine unknown;
    unknown.drawingId = "no-such-drawing";
    Window w(dir.path(), unknown);
    QVERIFY(w.window->message().contains("no-such-drawing"));
    QVERIFY(!w.window->drawingId().isEmpty());
}

void TestApp::settingsAreRemembered()
{
    QTemporaryDir dir;
    {
        Window w(dir.path());
        w.window->action("view.grid")->setChecked(true);
        w.window->action("view.penOnly")->setChecked(true);
        QVERIFY(w.canvas()->isPenOnly());
        canvas::Style s = w.canvas()->style();
        s.strokeWidth = 7;
        w.canvas()->setStyle(s);
        // Each tool's own style too.
        QTest::keyClick(w.canvas(), 'p');
        s = w.canvas()->style();
        s.strokeColor = QColor(0xe0, 0x31, 0x31);
        w.canvas()->setStyle(s);
        QTest::keyClick(w.canvas(), 'v');
    }
    Window w(dir.path());
    QVERIFY(w.canvas()->gridVisible());
    QVERIFY(w.canvas()->isPenOnly());
    QCOMPARE(w.canvas()->style().strokeWidth, 7.0);
    QCOMPARE(w.canvas()->styleOf(canvas::ToolKind::Pen).strokeColor, QColor(0xe0, 0x31, 0x31));
    QCOMPARE(w.canvas()->styleOf(canvas::ToolKind::Pen).strokeWidth, 7.0);
    QCOMPARE(w.canvas()->styleOf(canvas::ToolKind::Rect).strokeColor, QColor(0x1e, 0x1e, 0x1e));
    QVERIFY(QFile::exists(dir.filePath("settings.ini")));
}

void TestApp::stylePanelRestylesSelection()
{
    QTemporaryDir dir;
    Window w(dir.path());
    QTest::keyClick(w.canvas(), 'r');
    drag(w.canvas(), QPointF(100, 100), QPointF(220, 180));
    const QString id = *w.canvas()->selection().begin();
    auto *swatch = w.window->findChild<QToolButton *>("fillSwatch_a5d8ff");
    QVERIFY(swatch);
    QTest::mouseClick(swatch, Qt::LeftButton);
    QCOMPARE(w.window->session()->replica().visible().find(id)->string(QLatin1String("fill_color")),
             QString("#a5d8ffff"));
    QCOMPARE(w.window->history()->stack()->count(), 2);
}

void TestApp::stylePanelShowsMixedValues()
{
    QTemporaryDir dir;
    Window w(dir.path());
    canvas::CanvasView *c = w.canvas();
    const Document &doc = w.window->session()->replica().visible();
    const auto widthOf = [&doc](const QString &id) {
        return doc.find(id)->number(QLatin1String("stroke_width"));
    };
    QTest::keyClick(c, 'r');
    drag(c, QPointF(100, 100), QPointF(220, 180));
    const QString a = *c->selection().begin();
    canvas::Style s = c->style();
    s.strokeWidth = 6;
    c->setStyle(s); // a: 6
    QTest::keyClick(c, 'r');
    drag(c, QPointF(300, 100), QPointF(420, 180));
    const QString b = *c->selection().begin();
    s = c->style();
    s.strokeWidth = 2;
    s.dash = QStringLiteral("dashed");
    c->setStyle(s); // b: 2, dashed
    QCOMPARE(widthOf(a), 6.0);
    QCOMPARE(widthOf(b), 2.0);

    auto *width = w.window->findChild<QDoubleSpinBox *>("strokeWidth");
    auto *dash = w.window->findChild<QComboBox *>("dash");
    auto *route = w.window->findChild<QComboBox *>("route");
    QVERIFY(width && dash && route);
    QCOMPARE(width->text(), QString("2.0 px"));
    c->setSelection({a, b});
    QCOMPARE(width->text(), QString("Mixed"));
    QCOMPARE(dash->currentIndex(), -1);
    QCOMPARE(dash->placeholderText(), QString("Mixed"));
    QVERIFY(route->currentIndex() >= 0); // no connector selected: not mixed

    // 2 is the value the panel held (b's): it still goes on a, in one undo step.
    const int steps = w.window->history()->stack()->count();
    width->setValue(2);
    QCOMPARE(widthOf(a), 2.0);
    QCOMPARE(widthOf(b), 2.0);
    QCOMPARE(w.window->history()->stack()->count(), steps + 1);
    QCOMPARE(width->text(), QString("2.0 px"));
    QCOMPARE(dash->currentIndex(), -1); // still mixed
    w.window->history()->stack()->undo();
    QCOMPARE(widthOf(a), 6.0);
    QCOMPARE(width->text(), QString("Mixed"));

    // Corners: the radius of both rectangles, one step. Square corners read "0 px", not
    // "Mixed" (a spin box shows its special text at its minimum).
    auto *corners = w.window->findChild<QSpinBox *>("cornerRadius");
    QVERIFY(corners);
    QCOMPARE(corners->text(), QString("0 px"));
    corners->setValue(14);
    QCOMPARE(doc.find(a)->number(QLatin1String("radius")), 14.0);
    QCOMPARE(doc.find(b)->number(QLatin1String("radius")), 14.0);

    // Align and Vertical: a label's place in its shape.
    c->setSelection({b});
    auto *align = w.window->findChild<QComboBox *>("textAlign");
    auto *vertical = w.window->findChild<QComboBox *>("labelVAlign");
    QVERIFY(align && vertical);
    w.window->history()->perform(
        {Op::update(canvas::newId(), b, {{QStringLiteral("label"), QStringLiteral("Go")}})},
        QStringLiteral("Label"));
    c->setSelection({});
    c->setSelection({b});
    QCOMPARE(align->currentData().toString(), QString("center"));
    align->setCurrentIndex(align->findData("right"));
    emit align->activated(align->currentIndex());
    vertical->setCurrentIndex(vertical->findData("top"));
    emit vertical->activated(vertical->currentIndex());
    QCOMPARE(doc.find(b)->string(QLatin1String("label_align")), QString("right"));
    QCOMPARE(doc.find(b)->string(QLatin1String("label_valign")), QString("top"));
}

void TestApp::groupAndUngroupFromTheWindow()
{
    QTemporaryDir dir;
    Window w(dir.path());
    canvas::CanvasView *c = w.canvas();
    const Document &doc = w.window->session()->replica().visible();
    QStringList ids;
    for (int i = 0; i < 2; ++i) {
        QTest::keyClick(c, 'r');
        drag(c, QPointF(100 + 200 * i, 100), QPointF(180 + 200 * i, 180));
        ids << *c->selection().begin();
    }
    QAction *group = w.window->action("edit.group");
    QAction *ungroup = w.window->action("edit.ungroup");
    QCOMPARE(group->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_G));
    QCOMPARE(ungroup->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    QVERIFY(!group->isEnabled()); // one object selected
    c->setSelection({ids[0], ids[1]});
    QVERIFY(group->isEnabled());
    group->trigger();
    const QString g = doc.find(ids[0])->string(QLatin1String("group"));
    QVERIFY(!g.isEmpty());
    QCOMPARE(doc.find(ids[1])->string(QLatin1String("group")), g);
    c->clearSelection();
    QTest::mouseClick(c, Qt::LeftButton, {}, QPoint(100, 140)); // on the first one's outline
    QCOMPARE(c->selection(), (QSet<QString>{ids[0], ids[1]}));
    ungroup->trigger();
    QVERIFY(!doc.find(ids[0])->props.contains("group"));
    QCOMPARE(w.window->history()->stack()->undoText(), QString("Ungroup"));
}

void TestApp::noteColoursAndShapesFromTheWindow()
{
    QTemporaryDir dir;
    Window w(dir.path());
    auto *row = w.window->findChild<QWidget *>("noteColors");
    QVERIFY(row);
    QVERIFY(row->isHidden()); // no note tool, no note selected
    QTest::keyClick(w.canvas(), 'n');
    QVERIFY(!row->isHidden());
    auto *pink = w.window->findChild<QToolButton *>("noteSwatch_f8bbd0");
    QVERIFY(pink);
    QTest::mouseClick(pink, Qt::LeftButton);
    QCOMPARE(w.canvas()->style().noteColor, QColor(0xf8bbd0));
    QCOMPARE(w.window->history()->stack()->count(), 0); // only the next note's colour
    QTest::mouseClick(w.canvas(), Qt::LeftButton, {}, QPoint(300, 300));
    QCOMPARE(w.canvas()->selection().size(), 1);
    const QString id = *w.canvas()->selection().begin();
    const Document &doc = w.window->session()->replica().visible();
    QCOMPARE(doc.find(id)->string(QLatin1String("fill_color")), QString("#f8bbd0ff"));
    auto *editor = w.canvas()->findChild<QPlainTextEdit *>("labelEditor");
    QVERIFY(editor && editor->isVisible());
    QTest::keyClick(editor, Qt::Key_Escape);
    QVERIFY(!row->isHidden()); // the note is selected

    // With the note selected, a swatch recolours it: one restyle, one undo step.
    const int steps = w.window->history()->stack()->count();
    QTest::mouseClick(w.window->findChild<QToolButton *>("noteSwatch_c5e1a5"), Qt::LeftButton);
    QCOMPARE(doc.find(id)->string(QLatin1String("fill_color")), QString("#c5e1a5ff"));
    QCOMPARE(w.window->history()->stack()->count(), steps + 1);

    // Edit > Shape turns the selected rect into another outline.
    QAction *hexagon = w.window->action("shape.hexagon");
    QVERIFY(hexagon && hexagon->isEnabled());
    hexagon->trigger();
    QCOMPARE(doc.find(id)->string(QLatin1String("shape")), QString("hexagon"));
    QCOMPARE(w.window->history()->stack()->count(), steps + 2);
    w.canvas()->clearSelection();
    QVERIFY(!hexagon->isEnabled());
    QVERIFY(row->isHidden());
}

void TestApp::copyPasteBetweenWindows()
{
    QTemporaryDir dir;
    Window w(dir.path());
    QTest::keyClick(w.canvas(), 'o');
    drag(w.canvas(), QPointF(100, 100), QPointF(220, 180));
    w.window->action("edit.copy")->trigger();
    auto *second = new MainWindow(w.context.get());
    second->setAttribute(Qt::WA_DeleteOnClose, false);
    second->newDrawing("Other");
    second->show();
    QVERIFY(second->drawingId() != w.window->drawingId());
    second->action("edit.paste")->trigger();
    QCOMPARE(second->session()->replica().visible().size(), 1);
    QCOMPARE(second->session()->replica().visible().objects().begin()->type, ObjectType::Ellipse);
    delete second;
}

void TestApp::unreadableImageIsAMessage()
{
    QTemporaryDir dir;
    Window w(dir.path());
    QFile bad(dir.filePath("bad.png"));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("not really a png");
    bad.close();
    QString error;
    QVERIFY(!w.canvas()->insertImageFile(bad.fileName(), &error));
    QVERIFY(error.contains("bad.png"));
    QVERIFY(!w.canvas()->insertImage(pngBytes(Qt::red, QSize(20000, 10)), QPointF(), &error));
    QVERIFY(error.contains("too big"));
    QCOMPARE(w.window->session()->replica().visible().size(), 0);
}

void TestApp::rarerShapesShareOneToolbarButton()
{
    QTemporaryDir dir;
    Window w(dir.path());
    auto *button = w.window->findChild<QToolButton *>(QStringLiteral("moreShapesButton"));
    QVERIFY(button);
    QVERIFY(button->menu());
    QStringList inMenu;
    for (QAction *a : button->menu()->actions())
        inMenu << a->objectName();
    QCOMPARE(inMenu, (QStringList{"tool.triangle", "tool.hexagon", "tool.parallelogram"}));
    QCOMPARE(button->defaultAction()->objectName(), QString("tool.triangle"));
    // Chosen from the menu (or anywhere else), the button shows that shape and it is checked.
    w.window->action("tool.hexagon")->trigger();
    QCOMPARE(w.canvas()->tool(), canvas::ToolKind::Hexagon);
    QCOMPARE(button->defaultAction()->objectName(), QString("tool.hexagon"));
    QVERIFY(button->defaultAction()->isChecked());
    w.canvas()->setTool(canvas::ToolKind::Parallelogram);
    QCOMPARE(button->defaultAction()->objectName(), QString("tool.parallelogram"));
    // Each is in the Tools menu too (the keyboard's way to them: Alt+T).
    QMenu *tools = nullptr;
    for (QAction *m : w.window->menuBar()->actions()) {
        if (m->menu() && m->text() == QStringLiteral("&Tools"))
            tools = m->menu();
    }
    QVERIFY(tools);
    QStringList names;
    for (QAction *a : tools->actions())
        names << a->objectName();
    for (const char *n : {"tool.triangle", "tool.hexagon", "tool.parallelogram"})
        QVERIFY2(names.contains(QString::fromLatin1(n)), n);
    QVERIFY(w.window->action("tool.triangle")->shortcut().isEmpty());
}

void TestApp::toolKeysAreShortcutsButTypeIntoText()
{
    QTemporaryDir dir;
    Window w(dir.path());
    w.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w.window));
    w.canvas()->setFocus();
    QTest::keyClick(w.canvas(), 'e'); // the window's shortcut (or the canvas) picks the tool
    QCOMPARE(w.canvas()->tool(), canvas::ToolKind::Eraser);
    QVERIFY(w.window->action("tool.eraser")->isChecked());
    QTest::keyClick(w.canvas(), 't');
    QTest::mouseClick(w.canvas(), Qt::LeftButton, {}, QPoint(200, 200));
    QWidget *editor = QApplication::focusWidget();
    QVERIFY(editor && editor != w.canvas());
    QTest::keyClicks(editor, "ropex");
    QTest::keyClick(editor, Qt::Key_Backspace); // edits the text, deletes no object
    QTest::keyClick(editor, Qt::Key_Delete);
    QCOMPARE(w.canvas()->tool(), canvas::ToolKind::Text); // letters went into the text
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(w.window->session()->replica().visible().size(), 1);
    // With the canvas focused again, Delete removes the selected text object.
    QCOMPARE(w.canvas()->selection().size(), 1);
    QTest::keyClick(w.canvas(), Qt::Key_Delete);
    QCOMPARE(w.window->session()->replica().visible().size(), 0);
    w.window->action("edit.undo")->trigger();
    QCOMPARE(
        w.window->session()->replica().visible().objects().begin()->string(QLatin1String("text")),
        QString("rope"));
}

QTEST_MAIN(TestApp)
#include "tst_app.moc"
