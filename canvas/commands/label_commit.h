// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/document.h"
#include "model/op.h"

namespace inkboard::canvas::commands {

// Whether a shape grows to hold its label: the `grow` prop, true by default for notes only.
bool growsWithLabel(const Object &object);

// The height a closed shape needs so that `label` fits its label box (the shape's own height
// when it fits already): labels wrap to the box's width, which the height does not change.
double heightToFit(const Object &object, const QString &label);

// The end of an edit of the label of shape `id` with `text`: one update of `label` (null, so
// the prop goes, when emptied) that, when the shape grows and the text is taller than its
// box, also sets `h` so that it fits. A shape's first label also takes `newLabelProps` (the
// style's font and alignment) where the shape holds none of its own. Empty when nothing
// changed or the shape is gone.
OpList commitLabel(const Document &document, const QString &id, const QString &text,
                   const QJsonObject &newLabelProps = {});

} // namespace inkboard::canvas::commands
