// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "context.h"

namespace inkboard::bench {

struct SeedOutcome
{
    bool ok = false;
    QString error;
    double seconds = 0;
    qint64 objects = 0; // objects the seeded ops created
};

// Commits exactly `commits` one-op commits to `drawingId` with `writers` concurrent writers
// and checks that the drawing's latest_revision is then `commits`.
SeedOutcome seedDrawing(Context &ctx, const QString &drawingId, qint64 commits, int writers);

} // namespace inkboard::bench
