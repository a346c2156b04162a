// SPDX-License-Identifier: Apache-2.0
#include "startup.h"

#include "app_context.h"
#include "command_line.h"
#include "fonts.h"
#include "headless_export.h"
#include "language.h"
#include "main_window.h"
#include "sign_in_dialog.h"

#include <QApplication>
#include <QMessageBox>
#include <QTextStream>
#include <cstdio>

namespace inkboard::app {

void startWithServer(MainWindow *window, const CommandLine &cl, const QString &password)
{
    if (!cl.passwordStdin) {
        window->connectToServer(cl.server, cl.drawingId);
        return;
    }
    const QString drawingId = cl.drawingId;
    SignInDialog::signIn(window->context(), cl.server, cl.user, password, window,
                         [window, drawingId, cl](const QString &server, const QString &error) {
                             if (!error.isEmpty()) {
                                 std::fprintf(stderr, "inkboard: %s\n", qPrintable(error));
                                 window->showMessage(error);
                                 window->connectToServer(cl.server, drawingId);
                                 return;
                             }
                             window->connectToServer(server, drawingId);
                         });
}

int runInkboard(const QStringList &arguments)
{
    // The system's language first, so that --help and the command line's errors speak it.
    Translations translations;
    translations.apply({});
    int exitCode = 0;
    const auto cl = CommandLine::parse(arguments, &exitCode);
    if (!cl)
        return exitCode;
    if (!cl->exportPath.isEmpty())
        return runHeadlessExport(*cl);
    // Before anything is drawn or measured: labels and texts in `hand` use the bundled font.
    canvas::registerBundledFonts();
    QString password;
    if (cl->passwordStdin) {
        QTextStream in(stdin);
        password = in.readLine();
        if (password.isEmpty()) {
            std::fprintf(stderr, "inkboard: --password-stdin: no password on standard input\n");
            return 2;
        }
    }
    QString error;
    const std::unique_ptr<AppContext> context = AppContext::open(cl->profileDir, &error);
    if (!context) {
        std::fprintf(stderr, "inkboard: %s\n", qPrintable(error));
        QMessageBox::critical(nullptr, QObject::tr("Inkboard"),
                              QObject::tr("Inkboard cannot open its drawings: %1").arg(error));
        return 1;
    }
    // No widget exists yet: what the window shows is made in the language chosen.
    const QString language =
        cl->language.isEmpty() ? chosenLanguage(context->settings()) : cl->language;
    if (!language.isEmpty())
        translations.apply(language);
    auto *window = new MainWindow(context.get());
    window->openInitial(*cl);
    window->show();
    if (!cl->server.isEmpty())
        startWithServer(window, *cl, password);
    if (!cl->link.isEmpty())
        window->openLink(cl->link);
    const int code = QApplication::exec();
    // Windows delete themselves on close; any left go before the store they use.
    for (MainWindow *w : context->windows())
        delete w;
    return code;
}

} // namespace inkboard::app
