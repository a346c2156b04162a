// SPDX-License-Identifier: Apache-2.0
#include "command_line.h"

#include "language.h"
#include "model/ids.h"
#include "protocol/share_link.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <cstdio>

namespace inkboard::app {

std::optional<CommandLine> CommandLine::parse(const QStringList &arguments, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Inkboard: draw on an infinite canvas, alone or "
                                            "together.\nWith no argument, the last drawing "
                                            "opens."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption profile(
        QStringLiteral("profile"),
        QCoreApplication::translate("main", "Keep drawings, images and settings in DIR "
                                            "(also INKBOARD_PROFILE)."),
        QStringLiteral("DIR"));
    parser.addOption(profile);
    QCommandLineOption server(
        QStringLiteral("server"),
        QCoreApplication::translate("main", "Sign in to the Inkboard server at URL and open "
                                            "DRAWING-ID from it, or its drawing browser."),
        QStringLiteral("URL"));
    QCommandLineOption user(QStringLiteral("user"),
                            QCoreApplication::translate("main", "The user name for --server."),
                            QStringLiteral("NAME"));
    QCommandLineOption passwordStdin(
        QStringLiteral("password-stdin"),
        QCoreApplication::translate("main", "Read the password for --user from the first line "
                                            "of standard input and sign in without asking."));
    parser.addOption(server);
    parser.addOption(user);
    parser.addOption(passwordStdin);
    QCommandLineOption exportTo(
        QStringLiteral("export"),
        QCoreApplication::translate("main", "Render FILE or DRAWING-ID to OUT (.png, .svg, .pdf, "
                                            ".excalidraw or .inkboard) without a window, then "
                                            "exit: 0 when written, 1 when not."),
        QStringLiteral("OUT"));
    QCommandLineOption scale(
        QStringLiteral("scale"),
        QCoreApplication::translate("main", "With --export: PNG pixels per canvas unit "
                                            "(0.1 to 16, default 1)."),
        QStringLiteral("N"));
    QCommandLineOption selectionIds(
        QStringLiteral("selection-ids"),
        QCoreApplication::translate("main", "With --export: only these objects (ids separated "
                                            "by commas; the option may repeat)."),
        QStringLiteral("ID,…"));
    parser.addOption(exportTo);
    parser.addOption(scale);
    parser.addOption(selectionIds);
    QStringList languageCodes;
    for (const UiLanguage &l : uiLanguages())
        languageCodes << l.code;
    QCommandLineOption language(
        QStringLiteral("lang"),
        QCoreApplication::translate("main", "Show the window in LANG (%1) this time, whatever "
                                            "View › Language says.")
            .arg(languageCodes.join(QStringLiteral(", "))),
        QStringLiteral("LANG"));
    parser.addOption(language);
    parser.addPositionalArgument(
        QStringLiteral("FILE|DRAWING-ID"),
        QCoreApplication::translate("main",
                                    "A .inkboard, .excalidraw or .svg file, the id of a "
                                    "local drawing, or a share link (inkboard://HOST/d/ID?k=KEY or "
                                    "https://HOST/d/ID?k=KEY)."),
        QStringLiteral("[FILE | DRAWING-ID | LINK]"));
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "inkboard: %s\n", qPrintable(parser.errorText()));
        *exitCode = 2;
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        *exitCode = 0;
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("inkboard %s\n", qPrintable(QCoreApplication::applicationVersion()));
        *exitCode = 0;
        return std::nullopt;
    }
    CommandLine cl;
    if (parser.isSet(language)) {
        cl.language = parser.value(language).trimmed().toLower();
        if (!isUiLanguage(cl.language)) {
            std::fprintf(stderr, "inkboard: --lang must be one of %s\n",
                         qPrintable(languageCodes.join(QStringLiteral(", "))));
            *exitCode = 2;
            return std::nullopt;
        }
    }
    cl.server = parser.value(server).trimmed();
    cl.user = parser.value(user).trimmed();
    cl.passwordStdin = parser.isSet(passwordStdin);
    if ((!cl.user.isEmpty() || cl.passwordStdin) && cl.server.isEmpty()) {
        std::fprintf(stderr, "inkboard: --user and --password-stdin need --server URL\n");
        *exitCode = 2;
        return std::nullopt;
    }
    if (cl.passwordStdin && cl.user.isEmpty()) {
        std::fprintf(stderr, "inkboard: --password-stdin needs --user NAME\n");
        *exitCode = 2;
        return std::nullopt;
    }
    cl.exportPath = parser.value(exportTo);
    if (parser.isSet(exportTo) && cl.exportPath.isEmpty()) {
        std::fprintf(stderr, "inkboard: --export needs a file name\n");
        *exitCode = 2;
        return std::nullopt;
    }
    if ((parser.isSet(scale) || parser.isSet(selectionIds)) && cl.exportPath.isEmpty()) {
        std::fprintf(stderr, "inkboard: --scale and --selection-ids need --export OUT\n");
        *exitCode = 2;
        return std::nullopt;
    }
    if (!cl.exportPath.isEmpty() && !cl.server.isEmpty()) {
        std::fprintf(stderr, "inkboard: --export reads the local store or a file, not --server\n");
        *exitCode = 2;
        return std::nullopt;
    }
    if (parser.isSet(scale)) {
        bool ok = false;
        cl.exportScale = parser.value(scale).toDouble(&ok);
        if (!ok || !(cl.exportScale >= 0.1 && cl.exportScale <= 16)) {
            std::fprintf(stderr, "inkboard: --scale must be a number from 0.1 to 16\n");
            *exitCode = 2;
            return std::nullopt;
        }
    }
    for (const QString &value : parser.values(selectionIds)) {
        for (const QString &id : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            cl.exportIds << id.trimmed();
    }
    cl.profileDir =
        parser.isSet(profile) ? parser.value(profile) : qEnvironmentVariable("INKBOARD_PROFILE");
    QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        std::fprintf(stderr, "inkboard: one file or drawing id at most\n");
        *exitCode = 2;
        return std::nullopt;
    }
    // The desktop file passes %u: a link, or a file as a path or as a file: URL.
    const QUrl asUrl(positional.value(0));
    if (asUrl.isLocalFile())
        positional.first() = asUrl.toLocalFile();
    else if (!positional.isEmpty() && positional.first().contains(QLatin1String("://"))) {
        const QString arg = positional.first();
        if (!inkboard::protocol::ShareLinkAddress::parse(arg)) {
            std::fprintf(stderr, "inkboard: \"%s\" is not a link to an Inkboard drawing\n",
                         qPrintable(arg.left(200)));
            *exitCode = 2;
            return std::nullopt;
        }
        if (!cl.server.isEmpty() || !cl.exportPath.isEmpty()) {
            std::fprintf(stderr, "inkboard: a link names its server; it takes no --server or "
                                 "--export\n");
            *exitCode = 2;
            return std::nullopt;
        }
        cl.link = arg;
        *exitCode = 0;
        return cl;
    }
    if (!positional.isEmpty()) {
        const QString arg = positional.first();
        if (!cl.server.isEmpty()) {
            if (!isValidId(arg)) {
                std::fprintf(stderr, "inkboard: \"%s\" is not a drawing id\n", qPrintable(arg));
                *exitCode = 2;
                return std::nullopt;
            }
            cl.drawingId = arg;
            *exitCode = 0;
            return cl;
        }
        // An existing path, or anything that looks like one, is a file; else an id.
        if (QFileInfo::exists(arg) || !isValidId(arg) || arg.endsWith(QLatin1String(".inkboard")))
            cl.file = arg;
        else
            cl.drawingId = arg;
    }
    if (!cl.exportPath.isEmpty() && cl.file.isEmpty() && cl.drawingId.isEmpty()) {
        std::fprintf(stderr, "inkboard: --export needs a FILE or DRAWING-ID to render\n");
        *exitCode = 2;
        return std::nullopt;
    }
    *exitCode = 0;
    return cl;
}

} // namespace inkboard::app
