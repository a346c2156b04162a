#pragma once

#include <QStringList>

namespace inkboard::app {

// The whole app after QApplication exists: parse the command line, open the profile, show
// a window with the drawing asked for, run the event loop. Returns the exit code.
int runInkboard(const QStringList &arguments);

} // namespace inkboard::app
