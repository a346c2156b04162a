// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace inkboard::server {

// The command line of PROTOCOL.md §7: the server itself and the `user` commands.
// Returns the process exit code.
int runCommandLine(const QStringList &arguments);

} // namespace inkboard::server
