// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// For docs/screenshots/history.png (tests/gui/history_screenshot.sh): a profile whose store
// holds a team's server drawing with the commit log the History panel cached for it (three
// authors, two sessions of activity). Prints the drawing id. 0 when written.
int writeHistoryProfile(const QString &profileDir);
