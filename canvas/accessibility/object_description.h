// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/object.h"

#include <QAccessible>
#include <QString>

namespace inkboard::canvas {

// How an object of the drawing is told to assistive technology: a screen reader reads
// "Rectangle 'Ship it'" where a sighted user sees a box with those words in it.
QAccessible::Role accessibleRoleOf(const Object &object);
// The kind ("Rectangle", "Sticky note", "Highlighter stroke"…) with the words it shows, if any.
QString accessibleNameOf(const Object &object);
// What the name leaves out: locked, in a group, bound to other shapes.
QString accessibleDescriptionOf(const Object &object);
// The object's kind alone, as the tools name it.
QString objectKindName(const Object &object);

} // namespace inkboard::canvas
