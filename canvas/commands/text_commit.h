// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/document.h"
#include "model/op.h"
#include "style.h"

#include <QPointF>

namespace inkboard::canvas::commands {

// What the end of an inline text edit does to the drawing.
struct TextCommit
{
    enum class Kind
    {
        None,   // nothing typed, the text unchanged, or its object gone meanwhile
        Add,    // a new text object (createdId)
        Edit,   // the text of the edited object
        Delete, // the edited object, emptied
    };
    Kind kind = Kind::None;
    OpList ops;
    QString createdId;
};

// The edit of `editingId` (empty: a new text at `pos`, in `style`, above `zAbove`) ends with
// `text`.
TextCommit commitText(const Document &document, const QString &editingId, const QString &text,
                      QPointF pos, const Style &style, const QString &zAbove);

} // namespace inkboard::canvas::commands
