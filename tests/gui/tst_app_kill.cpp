// SPDX-License-Identifier: Apache-2.0
// "A crash or kill at any moment reopens at the last edit":
// - the real `inkboard` binary opens a .inkboard file (its objects go in as create ops through
//   the session, persisted before shown), is killed with SIGKILL at some moment, and a restart
//   shows exactly what was stored: whole batches only, in order, and the drawing it was on;
// - a window of the app (this binary run as a child, the same MainWindow on the same profile)
//   gets drawn on with mouse and key events and is killed right after the last gesture; the
//   real binary started again shows every one of those edits.
#include "app_context.h"
#include "client/sync_session.h"
#include "command_line.h"
#include "edit_history.h"
#include "inkboard_file.h"
#include "main_window.h"

#include <QApplication>
#include <QMouseEvent>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <cstdio>

using namespace inkboard;
using namespace inkboard::app;

namespace {

constexpr int kObjects = 4000;
constexpr int kBatch = 500; // MainWindow's import batch

QString writeBigFile(const QString &dir)
{
    InkboardFile file;
    file.title = QStringLiteral("Big");
    for (int i = 0; i < kObjects; ++i) {
        file.bundle.objects.append(
            Object{QStringLiteral("obj-%1").arg(i), ObjectType::Rect,
                   QJsonObject{{"x", (i % 100) * 30},
                               {"y", (i / 100) * 30},
                               {"w", 20},
                               {"h", 20},
                               {"z", QStringLiteral("a%1").arg(i, 5, 10, QLatin1Char('0'))}}});
    }
    const QString path = dir + QStringLiteral("/big.inkboard");
    QString error;
    if (!file.write(path, &error))
        qFatal("%s", qPrintable(error));
    return path;
}

// Starts the real binary and waits for a line of its log matching `ready`.
bool startApp(QProcess &app, const QStringList &args, const QRegularExpression &ready,
              QRegularExpressionMatch *match = nullptr)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    env.insert("QT_LOGGING_RULES", "inkboard.app.info=true");
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::SeparateChannels);
    app.start(QStringLiteral(INKBOARD_APP_BINARY), args);
    if (!app.waitForStarted(10000))
        return false;
    QByteArray log;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000) {
        app.waitForReadyRead(100);
        log += app.readAllStandardError();
        const auto m = ready.match(QString::fromUtf8(log));
        if (m.hasMatch()) {
            if (match)
                *match = m;
            return true;
        }
        if (app.state() == QProcess::NotRunning)
            break;
    }
    qWarning().noquote() << "app log:" << log;
    return false;
}

void killHard(QProcess &app)
{
    app.kill(); // SIGKILL: no destructor, no flush, no goodbye
    app.waitForFinished(10000);
}

} // namespace

// The child: draws in a real window, says so, and waits to be killed.
int childEdit(const QString &profile)
{
    QString error;
    auto context = AppContext::open(profile, &error);
    if (!context)
        return 3;
    auto *window = new MainWindow(context.get());
    window->openInitial({});
    window->show();
    canvas::CanvasView *c = window->canvas();
    c->setFocus();
    auto drag = [c](QPointF from, QPointF to) {
        QTest::mousePress(c, Qt::LeftButton, {}, from.toPoint());
        for (int i = 1; i <= 5; ++i) {
            const QPointF p = from + (to - from) * (i / 5.0);
            QMouseEvent move(QEvent::MouseMove, p, c->mapToGlobal(p), Qt::NoButton, Qt::LeftButton,
                             {});
            QCoreApplication::sendEvent(c, &move);
        }
        QTest::mouseRelease(c, Qt::LeftButton, {}, to.toPoint());
    };
    QTest::keyClick(c, 'r');
    drag({100, 100}, {200, 180});
    QTest::keyClick(c, 'o');
    drag({300, 100}, {380, 160});
    QTest::keyClick(c, 'p');
    drag({100, 300}, {260, 340});
    drag({200, 140}, {240, 200}); // the pen stays on: a second stroke over the rect
    std::printf("edited %s %lld\n", qPrintable(window->drawingId()),
                static_cast<long long>(window->session()->replica().visible().size()));
    std::fflush(stdout);
    // The undo journal writes from a zero-interval QTimer started by the edits
    // (sync::UndoJournal): say when that timer has fired, for the test of undo after a kill. A
    // QTimer started later fires after it; QTimer::singleShot(0, …) would not do, since it
    // posts an event, which the event loop delivers before it looks at timers.
    auto *settled = new QTimer(window);
    settled->setSingleShot(true);
    settled->setInterval(0);
    QObject::connect(settled, &QTimer::timeout, [] {
        std::printf("settled\n");
        std::fflush(stdout);
    });
    settled->start();
    return QApplication::exec(); // until SIGKILL
}

class TestAppKill : public QObject
{
    Q_OBJECT
private slots:
    void killedAppReopensAtLastEdit_data();
    void killedAppReopensAtLastEdit();
    void killedRightAfterGesturesReopensWithThem();
    void undoWorksAfterAKill();
};

void TestAppKill::killedAppReopensAtLastEdit_data()
{
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<bool>("waitForImport");
    QTest::newRow("killed as the drawing opens") << 0 << false;
    QTest::newRow("killed in the middle of the import") << 40 << false;
    QTest::newRow("killed later while idle") << 0 << true;
}

void TestAppKill::killedAppReopensAtLastEdit()
{
    QFETCH(int, delayMs);
    QFETCH(bool, waitForImport);
    QTemporaryDir dir;
    const QString profile = dir.filePath("profile");
    const QString file = writeBigFile(dir.path());

    QProcess first;
    QRegularExpressionMatch opened;
    QVERIFY(startApp(first, {"--profile", profile, file},
                     QRegularExpression(waitForImport ? "imported .* as (\\S+) with"
                                                      : "opened drawing (\\S+) with"),
                     &opened));
    const QString id = opened.captured(1);
    if (delayMs)
        QTest::qWait(delayMs);
    killHard(first);
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);

    // What the store holds: a prefix of the import, in whole batches.
    qsizetype stored = 0;
    {
        QString error;
        auto store = sync::LocalStore::open(profile + "/drawings.inkboard-store", &error);
        QVERIFY2(store, qPrintable(error));
        sync::SyncSession session(store.get(), id);
        QVERIFY2(session.isValid(), qPrintable(session.errorString()));
        stored = session.replica().visible().size();
        QCOMPARE(stored % kBatch, 0);
        for (qsizetype i = 0; i < stored; ++i)
            QVERIFY(session.replica().visible().contains(QStringLiteral("obj-%1").arg(i)));
    }
    if (waitForImport)
        QCOMPARE(stored, qsizetype(kObjects));

    // The real binary started again with no argument opens that drawing with those objects.
    QProcess second;
    QRegularExpressionMatch reopened;
    QVERIFY(startApp(second, {"--profile", profile},
                     QRegularExpression("opened drawing (\\S+) with (\\d+) objects"), &reopened));
    killHard(second);
    QCOMPARE(reopened.captured(1), id);
    QCOMPARE(reopened.captured(2).toLongLong(), stored);

    // And its window shows them (the same startup path, in this process).
    QString error;
    auto context = AppContext::open(profile, &error);
    QVERIFY2(context, qPrintable(error));
    auto *window = new MainWindow(context.get());
    window->openInitial({});
    QCOMPARE(window->drawingId(), id);
    QCOMPARE(window->canvas()->scene().size(), stored);
    delete window;
}

void TestAppKill::killedRightAfterGesturesReopensWithThem()
{
    QTemporaryDir dir;
    const QString profile = dir.filePath("profile");
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {"--child-edit", profile});
    QVERIFY(child.waitForStarted(10000));
    QByteArray out;
    QRegularExpressionMatch m;
    QElapsedTimer timer;
    timer.start();
    while (!m.hasMatch() && timer.elapsed() < 30000 && child.state() != QProcess::NotRunning) {
        child.waitForReadyRead(100);
        out += child.readAllStandardOutput();
        m = QRegularExpression("edited (\\S+) (\\d+)").match(QString::fromUtf8(out));
    }
    QVERIFY2(m.hasMatch(), out.constData());
    killHard(child); // at once after the last gesture
    QCOMPARE(m.captured(2).toInt(), 4);

    QProcess app;
    QRegularExpressionMatch reopened;
    QVERIFY(startApp(app, {"--profile", profile},
                     QRegularExpression("opened drawing (\\S+) with (\\d+) objects"), &reopened));
    killHard(app);
    QCOMPARE(reopened.captured(1), m.captured(1));
    QCOMPARE(reopened.captured(2).toInt(), 4);
}

// Issue 16: the undo stack outlives a SIGKILL once the turn of the edit has passed, and
// each step undoes exactly its gesture.
void TestAppKill::undoWorksAfterAKill()
{
    QTemporaryDir dir;
    const QString profile = dir.filePath("profile");
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {"--child-edit", profile});
    QVERIFY(child.waitForStarted(10000));
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (!out.contains("settled") && timer.elapsed() < 30000 &&
           child.state() != QProcess::NotRunning) {
        child.waitForReadyRead(100);
        out += child.readAllStandardOutput();
    }
    QVERIFY2(out.contains("settled"), out.constData());
    killHard(child);

    QString error;
    auto context = AppContext::open(profile, &error);
    QVERIFY2(context, qPrintable(error));
    auto *window = new MainWindow(context.get());
    window->openInitial({});
    QCOMPARE(window->canvas()->scene().size(), 4);
    QAction *undo = window->action("edit.undo");
    QVERIFY(undo->isEnabled());
    QCOMPARE(window->history()->stack()->count(), 4);
    const qsizetype objects = window->session()->replica().visible().size();
    for (qsizetype left = objects - 1; left >= 0; --left) {
        undo->trigger(); // the second stroke, the first, the ellipse, the rect
        QCOMPARE(window->session()->replica().visible().size(), left);
    }
    QVERIFY(!undo->isEnabled());
    window->action("edit.redo")->trigger();
    QCOMPARE(window->session()->replica().visible().size(), 1);
    delete window;
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--child-edit") == 0)
        return childEdit(QString::fromLocal8Bit(argv[2]));
    TestAppKill test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_app_kill.moc"
