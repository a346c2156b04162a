// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/object.h"
#include "model/op.h"
#include "style.h"

#include <QPointF>
#include <QStringList>

namespace inkboard::canvas::commands {

// Pasted Inkboard objects: fresh ids, the bounds of them all centered on `at`, stacked above
// `zAbove` in their order. The new ids come back through `newIds`.
OpList pasteObjects(const QList<Object> &objects, QPointF at, const QString &zAbove,
                    QStringList *newIds = nullptr);

// Plain text from another program: one text object at `at` in `style`, cut to the model's
// longest text. Its id comes back through `createdId`.
OpList pasteText(const QString &text, QPointF at, const Style &style, const QString &zAbove,
                 QString *createdId = nullptr);

} // namespace inkboard::canvas::commands
