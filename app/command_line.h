// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace inkboard::app {

// `inkboard [--profile DIR] [--lang LANG] [--server URL [--user NAME --password-stdin]] [FILE |
// DRAWING-ID]`: what to open, from which server, and where the profile lives; or `inkboard
// [--profile DIR] LINK` (a share link, inkboard://HOST/d/ID?k=KEY or its https form: the desktop
// file hands these over); or `inkboard --export OUT [--scale N] [--selection-ids ID,…] FILE |
// DRAWING-ID`: render without a window and exit.
struct CommandLine
{
    QString profileDir; // empty: the platform's default (INKBOARD_PROFILE overrides it)
    QString file;       // a .inkboard, .excalidraw or .svg file to open
    QString drawingId;  // a drawing of the local store (or of --server) to open
    QString link;       // a share link to redeem and open
    QString server;     // --server URL: sign in there (asking unless signed in already)
    QString user;       // --user NAME (with --password-stdin: sign in without asking)
    bool passwordStdin = false;
    QString exportPath;       // --export OUT.{png,svg,pdf,excalidraw,inkboard}: headless, no window
    double exportScale = 1.0; // --scale N: PNG pixels per canvas unit
    QStringList exportIds;    // --selection-ids: export only these objects
    QString language;         // --lang CODE: the UI's language this run ("" = View → Language)

    // Parses the arguments. Returns nullopt after printing help, the version or an error
    // (then `exitCode` says how to exit).
    static std::optional<CommandLine> parse(const QStringList &arguments, int *exitCode);
};

} // namespace inkboard::app
