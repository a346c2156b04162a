// SPDX-License-Identifier: Apache-2.0
// Not a test: Alice's window with the Share dialog open on the real inkboard-server, a link
// just made (ready to copy) and the drawing's links with who joined through them, grabbed for
// docs/screenshots/share-links.png (run under xvfb-run; see tests/gui/share_links_screenshot.sh).
#include "app_context.h"
#include "command_line.h"
#include "http_client.h"
#include "main_window.h"
#include "op_target.h"
#include "server_fixture.h"
#include "share_dialog.h"
#include "share_links_panel.h"
#include "sign_in_dialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <cstdio>

using namespace inkboard;
using namespace inkboard::app;

namespace {

const QString kPassword = QStringLiteral("correct-horse-1");

QJsonObject rect(double x, double y, const char *fill)
{
    return {{QStringLiteral("x"), x},
            {QStringLiteral("y"), y},
            {QStringLiteral("w"), 180},
            {QStringLiteral("h"), 110},
            {QStringLiteral("radius"), 10},
            {QStringLiteral("stroke_color"), "#1e1e1eff"},
            {QStringLiteral("fill_color"), QString::fromLatin1(fill)},
            {QStringLiteral("label"), QStringLiteral("Idea")}};
}

int failWith(const char *why)
{
    std::fprintf(stderr, "%s\n", why);
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(".");
    qputenv("QT_LOGGING_RULES", "inkboard.*.info=false");
    test::ServerFixture server;
    if (!server.start())
        return failWith("cannot start inkboard-server");
    for (const char *name : {"alice", "bob", "dave", "erin"})
        if (!server.addUser(QString::fromLatin1(name), kPassword))
            return failWith("cannot add the users");
    QTemporaryDir profile;
    QString error;
    auto context = AppContext::open(profile.path(), &error);
    if (!context)
        return failWith("cannot open a profile");
    auto *window = new MainWindow(context.get());
    window->openInitial({});
    window->setGeometry(QGuiApplication::primaryScreen()->geometry());
    window->show();
    bool done = false;
    SignInDialog::signIn(context.get(), server.baseUrl().toString(), QStringLiteral("alice"),
                         kPassword, window,
                         [&](const QString &, const QString &e) { done = e.isEmpty(); });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return failWith("cannot sign in");
    window->history()->perform({Op::create(canvas::newId(), QStringLiteral("a"), ObjectType::Rect,
                                           rect(60, 60, "#fde68aff")),
                                Op::create(canvas::newId(), QStringLiteral("b"), ObjectType::Rect,
                                           rect(300, 60, "#bbf7d0ff")),
                                Op::create(canvas::newId(), QStringLiteral("c"), ObjectType::Rect,
                                           rect(180, 230, "#e0f2feff"))},
                               QStringLiteral("Demo"));
    window->publishTo(context->lastServer());
    if (!QTest::qWaitFor([&] { return window->syncState() == u"live"; }, 10000))
        return failWith("cannot publish");
    const QString id = window->drawingId();

    // An older link that two people joined through, made as the dialog makes them.
    const QString token = server.login(QStringLiteral("alice"), kPassword);
    const test::HttpResult older = test::httpRequest(
        server.baseUrl(), "POST", QStringLiteral("/api/v1/drawings/%1/links").arg(id),
        {{"role", "viewer"}, {"expires_in_s", 7 * 24 * 3600}}, token);
    for (const char *name : {"dave", "erin"})
        test::httpRequest(server.baseUrl(), "POST", "/api/v1/links/redeem",
                          {{"drawing", id}, {"key", older.json["key"].toString()}},
                          server.login(QString::fromLatin1(name), kPassword));

    auto *dialog = new ShareDialog(context.get(), context->lastServer(), id,
                                   QStringLiteral("Workshop"), window);
    ShareLinksPanel *panel = dialog->linksPanel();
    QSignalSpy loaded(panel, &ShareLinksPanel::loaded);
    dialog->show();
    if (!loaded.wait(10000))
        return failWith("the links did not load");
    panel->findChild<QComboBox *>(QStringLiteral("linkRole"))->setCurrentIndex(1);
    loaded.clear();
    panel->create(protocol::Role::Editor, std::nullopt);
    if (!QTest::qWaitFor([&] { return panel->links()->topLevelItemCount() == 2; }, 10000))
        return failWith("the link was not made");
    dialog->move(window->geometry().center() - dialog->rect().center());
    QTest::qWait(400);
    QDir().mkpath(outDir);
    const QString path = QDir(outDir).filePath(QStringLiteral("share-links.png"));
    if (!QGuiApplication::primaryScreen()->grabWindow(0).save(path))
        return failWith("cannot write the screenshot");
    std::printf("wrote %s\n", qPrintable(path));
    delete window;
    return 0;
}
