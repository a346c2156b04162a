// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/object.h"
#include "style.h"
#include "style_mix.h"
#include "tool_kind.h"

#include <QList>
#include <array>
#include <optional>

namespace inkboard::canvas {

// The style each drawing tool last used, so that a pen keeps its thin ink while rectangles
// keep their fill (per tool, as the issue asks and tldraw and Excalidraw remember the last
// style): what new objects of that tool take.
class ToolStyles
{
public:
    // The tools with a style of their own: those that draw objects (not select, hand, eraser,
    // image).
    static const QList<ToolKind> &drawingTools();
    static bool hasStyle(ToolKind tool);
    // The tool that draws objects like `o` (a rect's shape tells rect, diamond and note
    // apart); none for images.
    static std::optional<ToolKind> toolMaking(const Object &o);

    Style of(ToolKind tool) const;
    void set(ToolKind tool, const Style &style);
    // `fields` of `from` into the tool's style, the rest kept.
    void take(ToolKind tool, const Style &from, StyleFields fields);

private:
    std::array<Style, kToolKindCount> m_styles{};
};

// `fields` of `from` copied into `to`.
Style withFields(Style to, const Style &from, StyleFields fields);
// The fields in which two styles differ.
StyleFields differingFields(const Style &a, const Style &b);

} // namespace inkboard::canvas
