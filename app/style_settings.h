// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "style.h"

#include <QSettings>

namespace inkboard::app {

// A style in the settings under `group` (style/, style/pen/, …): each value read back where
// it is stored, `fallback`'s elsewhere.
canvas::Style readStyle(const QSettings &settings, const QString &group,
                        const canvas::Style &fallback);
void writeStyle(QSettings &settings, const QString &group, const canvas::Style &style);

} // namespace inkboard::app
