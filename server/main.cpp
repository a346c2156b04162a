// SPDX-License-Identifier: Apache-2.0
#include "cli.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    // Qt's UNIX event dispatcher: the glib one re-registers every socket's write notifier
    // with glib on each toggle, which showed at hundreds of subscribers (docs/BENCHMARKS.md).
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("inkboard-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INKBOARD_VERSION));
    return inkboard::server::runCommandLine(QCoreApplication::arguments());
}
