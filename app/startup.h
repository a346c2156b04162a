// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace inkboard::app {

class MainWindow;
struct CommandLine;

// --server URL [--user NAME --password-stdin] [DRAWING-ID]: signs in (without asking when the
// password came on stdin), then opens the drawing or the server's drawing browser.
void startWithServer(MainWindow *window, const CommandLine &commandLine, const QString &password);

// The whole app after QApplication exists: parse the command line, open the profile, show
// a window with the drawing asked for, run the event loop. Returns the exit code.
int runInkboard(const QStringList &arguments);

} // namespace inkboard::app
