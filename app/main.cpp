// SPDX-License-Identifier: Apache-2.0
#include "startup.h"

#include <QApplication>
#include <QGuiApplication>
#include <cstring>

namespace {

void describe()
{
    QCoreApplication::setApplicationName(QStringLiteral("Inkboard"));
    QCoreApplication::setOrganizationName(QStringLiteral("Inkboard"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INKBOARD_VERSION));
}

// --help and --version answer without a display.
bool consoleOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "-?", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

// --export renders without a window: no display is needed, and none is opened.
bool headless(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--export") == 0 || std::strncmp(argv[i], "--export=", 9) == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (consoleOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        describe();
        return inkboard::app::runInkboard(QCoreApplication::arguments());
    }
    if (headless(argc, argv)) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        describe();
        return inkboard::app::runInkboard(QGuiApplication::arguments());
    }
    QApplication app(argc, argv);
    describe();
    QApplication::setDesktopFileName(QStringLiteral("inkboard"));
    return inkboard::app::runInkboard(QApplication::arguments());
}
