// SPDX-License-Identifier: Apache-2.0
// Share links in the app's real windows against the real inkboard-server on 127.0.0.1:0
// (issue 17): the Share dialog's Links section makes a link (keyboard only), copies it, lists
// who joined through it and revokes it; opening a link (File > Open Link…, the command line)
// signs in to its server or asks, redeems it and opens the drawing with the link's role; a
// dead link says so.
#include "app_context.h"
#include "client/sync_session.h"
#include "command_line.h"
#include "http_client.h"
#include "main_window.h"
#include "protocol/share_link.h"
#include "server_fixture.h"
#include "share_dialog.h"
#include "share_links_panel.h"
#include "sign_in_dialog.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace inkboard;
using namespace inkboard::app;

namespace {

constexpr int kTimeout = 15000;
const QString kPassword = QStringLiteral("correct-horse-1");

// One person: a profile folder, the app's context and a window.
struct Person
{
    QTemporaryDir dir;
    std::unique_ptr<AppContext> context;
    MainWindow *window = nullptr;

    Person()
    {
        QString error;
        context = AppContext::open(dir.path(), &error);
        QVERIFY2(context, qPrintable(error));
        sync::SyncOptions options;
        options.backoffInitialMs = 100;
        options.backoffMaxMs = 400;
        context->setSyncOptions(options);
        window = new MainWindow(context.get());
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        window->openInitial({});
        window->show();
    }
    ~Person()
    {
        window->close();
        delete window;
    }

    bool signIn(const QUrl &server, const QString &user)
    {
        bool done = false;
        QString failure;
        SignInDialog::signIn(context.get(), server.toString(), user, kPassword, window,
                             [&](const QString &, const QString &error) {
                                 failure = error;
                                 done = true;
                             });
        return QTest::qWaitFor([&] { return done; }, kTimeout) && failure.isEmpty();
    }
    QString server() const { return context->lastServer(); }
    bool isLive() const { return window->syncState() == u"live"; }
};

} // namespace

class TestShareLinks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_server = std::make_unique<test::ServerFixture>();
        QVERIFY(m_server->start());
        for (const char *name : {"alice", "bob", "dave", "erin"})
            QVERIFY(m_server->addUser(QString::fromLatin1(name), kPassword));
        m_alice = m_server->login(QStringLiteral("alice"), kPassword);
        QCOMPARE(call("POST", "/api/v1/drawings", {{"id", m_drawing}, {"title", "Plan"}}).status,
                 201);
        QCOMPARE(call("PUT", QStringLiteral("/api/v1/drawings/%1/members/bob").arg(m_drawing),
                      {{"role", "editor"}})
                     .status,
                 200);
    }

    void cleanupTestCase() { m_server.reset(); }

    void dialogMakesCopiesListsAndRevokesLinks()
    {
        Person alice;
        QVERIFY(alice.signIn(m_server->baseUrl(), QStringLiteral("alice")));
        ShareDialog dialog(alice.context.get(), alice.server(), m_drawing, QStringLiteral("Plan"),
                           alice.window);
        ShareLinksPanel *panel = dialog.linksPanel();
        QSignalSpy loaded(panel, &ShareLinksPanel::loaded);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kTimeout);
        QCOMPARE(panel->links()->topLevelItemCount(), 0);

        // Keyboard only: Alt+W reaches the role, Down picks "can edit", Alt+L makes the link.
        QTest::keyClick(&dialog, Qt::Key_W, Qt::AltModifier);
        auto *role = panel->findChild<QComboBox *>(QStringLiteral("linkRole"));
        QVERIFY(role->hasFocus());
        QTest::keyClick(role, Qt::Key_Down);
        QCOMPARE(role->currentData().toString(), QStringLiteral("editor"));
        loaded.clear();
        QTest::keyClick(&dialog, Qt::Key_L, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(panel->links()->topLevelItemCount(), 1, kTimeout);
        const QString url = panel->newLink()->text();
        const auto link = protocol::ShareLinkAddress::parse(url);
        QVERIFY2(link, qPrintable(url));
        QCOMPARE(link->drawingId, m_drawing);
        QCOMPARE(link->server, m_server->baseUrl().adjusted(QUrl::StripTrailingSlash));
        QCOMPARE(panel->links()->topLevelItem(0)->text(0), QStringLiteral("can edit"));
        QCOMPARE(panel->links()->topLevelItem(0)->text(1), QStringLiteral("never"));
        QCOMPARE(panel->links()->topLevelItem(0)->text(3), QStringLiteral("alice"));
        // The copy button has the focus: Space copies.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(QGuiApplication::clipboard()->text(), url);

        // Dave joins through it: the list says so, and the members list shows him.
        const QString dave = m_server->login(QStringLiteral("dave"), kPassword);
        QCOMPARE(test::httpRequest(m_server->baseUrl(), "POST", "/api/v1/links/redeem",
                                   {{"drawing", m_drawing}, {"key", link->key}}, dave)
                     .status,
                 200);
        loaded.clear();
        panel->reload();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kTimeout);
        QCOMPARE(panel->links()->topLevelItem(0)->text(2), QStringLiteral("1"));

        // Alt+V revokes the selected link: Dave is out, and the members list follows.
        dialog.reload();
        QTRY_VERIFY_WITH_TIMEOUT(
            !dialog.members()->findItems(QStringLiteral("dave"), Qt::MatchExactly).isEmpty(),
            kTimeout);
        QTest::keyClick(&dialog, Qt::Key_V, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(panel->links()->topLevelItemCount(), 0, kTimeout);
        QVERIFY2(panel->statusText().contains(QLatin1String("revoked")),
                 qPrintable(panel->statusText()));
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog.members()->findItems(QStringLiteral("dave"), Qt::MatchExactly).isEmpty(),
            kTimeout);
        QCOMPARE(test::httpRequest(m_server->baseUrl(), "GET",
                                   QStringLiteral("/api/v1/drawings/%1").arg(m_drawing), {}, dave)
                     .status,
                 404);
    }

    void nonOwnersSeeNoLinks()
    {
        Person bob;
        QVERIFY(bob.signIn(m_server->baseUrl(), QStringLiteral("bob")));
        ShareDialog dialog(bob.context.get(), bob.server(), m_drawing, QStringLiteral("Plan"));
        QSignalSpy loaded(dialog.linksPanel(), &ShareLinksPanel::loaded);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() >= 1, kTimeout);
        QVERIFY2(
            dialog.linksPanel()->statusText().contains(QLatin1String("Only the drawing's owner")),
            qPrintable(dialog.linksPanel()->statusText()));
        QVERIFY(!dialog.linksPanel()
                     ->findChild<QPushButton *>(QStringLiteral("createLink"))
                     ->isEnabled());
    }

    void openLinkFromTheMenuWhenSignedIn()
    {
        const QString url = makeLink("viewer");
        Person dave;
        QVERIFY(dave.signIn(m_server->baseUrl(), QStringLiteral("dave")));
        auto *action = dave.window->findChild<QAction *>(QStringLiteral("file.openLink"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
        action->trigger();
        QInputDialog *ask = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (ask = dave.window->findChild<QInputDialog *>(QStringLiteral("openLinkDialog"))),
            kTimeout);
        ask->setTextValue(url);
        ask->accept();
        QTRY_COMPARE_WITH_TIMEOUT(dave.window->drawingId(), m_drawing, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(dave.isLive(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(dave.window->canvas()->isReadOnly(), kTimeout);
    }

    void openLinkAsksToSignIn()
    {
        // The inkboard:// spelling, as the desktop file hands it over.
        const auto link = protocol::ShareLinkAddress::parse(makeLink("editor"));
        QVERIFY(link);
        const QString appUrl = link->appUrl().toString();
        QVERIFY2(appUrl.startsWith(QLatin1String("inkboard://")), qPrintable(appUrl));
        int code = -1;
        const auto cl = CommandLine::parse({QStringLiteral("inkboard"), appUrl}, &code);
        QVERIFY(cl);
        QCOMPARE(cl->link, appUrl);

        Person erin; // not signed in anywhere
        erin.window->openLink(cl->link);
        SignInDialog *signIn = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((signIn = erin.window->findChild<SignInDialog *>()), kTimeout);
        QCOMPARE(SignInDialog::parseServerUrl(signIn->urlEdit()->text()),
                 SignInDialog::parseServerUrl(m_server->baseUrl().toString()));
        signIn->userEdit()->setText(QStringLiteral("erin"));
        signIn->passwordEdit()->setText(kPassword);
        QTest::keyClick(signIn->passwordEdit(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(erin.window->drawingId(), m_drawing, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(erin.isLive(), kTimeout);
        QVERIFY(!erin.window->canvas()->isReadOnly());
        const QString token = m_server->login(QStringLiteral("erin"), kPassword);
        QCOMPARE(test::httpRequest(m_server->baseUrl(), "GET",
                                   QStringLiteral("/api/v1/drawings/%1").arg(m_drawing), {}, token)
                     .json["role"]
                     .toString(),
                 QStringLiteral("editor"));
    }

    void deadLinksSaySo()
    {
        Person dave;
        QVERIFY(dave.signIn(m_server->baseUrl(), QStringLiteral("dave")));
        const QString before = dave.window->drawingId();
        auto link = protocol::ShareLinkAddress::parse(makeLink("viewer"));
        QVERIFY(link);
        link->key = QStringLiteral("wrong-key");
        dave.window->openLink(link->webUrl().toString());
        QTRY_VERIFY_WITH_TIMEOUT(
            dave.window->message().contains(QLatin1String("does not open anything")), kTimeout);
        QCOMPARE(dave.window->drawingId(), before);
        dave.window->openLink(QStringLiteral("https://example.org/not-a-link"));
        QVERIFY2(dave.window->message().contains(QLatin1String("is not a link")),
                 qPrintable(dave.window->message()));

        int code = -1;
        QVERIFY(!CommandLine::parse({QStringLiteral("inkboard"), QStringLiteral("inkboard://h/x")},
                                    &code));
        QCOMPARE(code, 2);
        QVERIFY(!CommandLine::parse({QStringLiteral("inkboard"), QStringLiteral("--server"),
                                     QStringLiteral("http://h"), link->webUrl().toString()},
                                    &code));
        QCOMPARE(code, 2);
        const auto file = CommandLine::parse(
            {QStringLiteral("inkboard"), QStringLiteral("file:///tmp/plan.inkboard")}, &code);
        QVERIFY(file);
        QCOMPARE(file->file, QStringLiteral("/tmp/plan.inkboard"));
        QVERIFY(file->link.isEmpty());
    }

private:
    test::HttpResult call(const QByteArray &method, const QString &path, const QJsonObject &body)
    {
        return test::httpRequest(m_server->baseUrl(), method, path, body, m_alice);
    }
    // A new link of the drawing, as its https-style URL.
    QString makeLink(const char *role)
    {
        const test::HttpResult r = call(
            "POST", QStringLiteral("/api/v1/drawings/%1/links").arg(m_drawing), {{"role", role}});
        if (r.status != 201)
            return {};
        return protocol::ShareLinkAddress{m_server->baseUrl().adjusted(QUrl::StripTrailingSlash),
                                          m_drawing, r.json["key"].toString()}
            .webUrl()
            .toString();
    }

    std::unique_ptr<test::ServerFixture> m_server;
    QString m_alice;
    QString m_drawing = QStringLiteral("plan-1");
};

QTEST_MAIN(TestShareLinks)
#include "tst_share_links.moc"
