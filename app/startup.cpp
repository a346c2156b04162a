#include "startup.h"

#include "app_context.h"
#include "command_line.h"
#include "main_window.h"

#include <QApplication>
#include <QMessageBox>
#include <cstdio>

namespace inkboard::app {

int runInkboard(const QStringList &arguments)
{
    int exitCode = 0;
    const auto cl = CommandLine::parse(arguments, &exitCode);
    if (!cl)
        return exitCode;
    QString error;
    const std::unique_ptr<AppContext> context = AppContext::open(cl->profileDir, &error);
    if (!context) {
        std::fprintf(stderr, "inkboard: %s\n", qPrintable(error));
        QMessageBox::critical(nullptr, QObject::tr("Inkboard"),
                              QObject::tr("Inkboard cannot open its drawings: %1").arg(error));
        return 1;
    }
    auto *window = new MainWindow(context.get());
    window->openInitial(*cl);
    window->show();
    const int code = QApplication::exec();
    // Windows delete themselves on close; any left go before the store they use.
    for (MainWindow *w : context->windows())
        delete w;
    return code;
}

} // namespace inkboard::app
