// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace inkboard::app {

struct CommandLine;

// `inkboard --export OUT …`: renders a .inkboard file or a drawing of the local store to OUT
// with the window's renderer and exporter, without a window (QGuiApplication on any platform,
// offscreen when there is no display). Returns the exit code, 0 when OUT was written; any
// failure is one sentence on stderr, written into `error` as well when given.
int runHeadlessExport(const CommandLine &commandLine, QString *error = nullptr);

} // namespace inkboard::app
