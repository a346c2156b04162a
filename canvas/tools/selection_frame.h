// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "scene_index.h"

#include <QJsonObject>
#include <QList>
#include <QRectF>
#include <QTransform>

namespace inkboard::canvas {

// The selection's frame: one object's own (rotated) box, or the bounds of several.
struct SelectionFrame
{
    bool valid = false;
    bool single = false;
    QRectF rect;         // in frame coordinates
    QTransform toCanvas; // frame -> canvas
};

enum class Handle
{
    None,
    TopLeft,
    Top,
    TopRight,
    Right,
    BottomRight,
    Bottom,
    BottomLeft,
    Left,
    Rotate
};

SelectionFrame selectionFrame(const QList<const SceneItem *> &items);
// Where a handle is, in canvas coordinates, at the given zoom.
QPointF handlePosition(const SelectionFrame &frame, Handle handle, double zoom);
inline constexpr Handle kAllHandles[] = {Handle::TopLeft,    Handle::Top,         Handle::TopRight,
                                         Handle::Right,      Handle::BottomRight, Handle::Bottom,
                                         Handle::BottomLeft, Handle::Left,        Handle::Rotate};

// An object resized by (sx, sy) about its frame and moved so its frame's center is at
// `center` (canvas); only the changed props are returned.
QJsonObject scaledProps(const SceneItem &item, double sx, double sy, QPointF center);

} // namespace inkboard::canvas
