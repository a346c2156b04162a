// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/op.h"
#include "style.h"

#include <QPointF>
#include <QSize>
#include <QSizeF>

namespace inkboard::canvas::commands {

// An image object for the stored bytes `blob` (their hash) of `pixelSize`, centered at
// `center`. An image larger than `fitIn` (the view, say) comes in scaled down to fit it with
// its aspect kept; size and place are whole canvas units. Its id comes back through
// `createdId`.
OpList insertImage(const QString &blob, QSize pixelSize, QPointF center, QSizeF fitIn,
                   const Style &style, const QString &zAbove, QString *createdId = nullptr);

} // namespace inkboard::canvas::commands
