#include "cli.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("inkboard-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INKBOARD_VERSION));
    return inkboard::server::runCommandLine(QCoreApplication::arguments());
}
