// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/document.h"
#include "model/op.h"

#include <QRectF>
#include <QSet>
#include <functional>

namespace inkboard::canvas::commands {

// An object's canvas-space box as the canvas sees it (the scene's bounds, stroke and rotation
// included), so that aligned objects line up as they look.
using BoundsOf = std::function<QRectF(const Object &)>;

// Which objects move as one (the same answer: one group's members); empty: each alone.
using UnitOf = std::function<QString(const Object &)>;

enum class Align
{
    Left,
    Center, // horizontal centres
    Right,
    Top,
    Middle, // vertical centres
    Bottom
};

enum class Axis
{
    Horizontal,
    Vertical
};

// The unlocked selected objects moved so that their chosen edges (or centres) meet the
// selection's box: its left edge for Left, and so on; a group moves as one. Nothing for
// fewer than two objects or groups.
OpList align(const Document &document, const QSet<QString> &selection, const BoundsOf &boundsOf,
             Align how, const UnitOf &unitOf = {});

// The unlocked selected objects spaced with equal gaps between them along the axis, the
// first and last (by position) staying where they are; a group moves as one. Nothing for
// fewer than three.
OpList distribute(const Document &document, const QSet<QString> &selection,
                  const BoundsOf &boundsOf, Axis axis, const UnitOf &unitOf = {});

} // namespace inkboard::canvas::commands
