// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/object.h"
#include "scene_index.h"

#include <QColor>
#include <QHash>
#include <QPainter>

namespace inkboard::canvas {

// The local selection over the drawing, in widget coordinates: each object's own outline
// (dashed, when several), the frame and, when `handles`, its resize and rotate handles.
// Objects a gesture is moving are drawn where their previews are.
void paintSelection(QPainter &p, const QList<const SceneItem *> &selected,
                    const QHash<QString, Object> &previews, const QTransform &view, double zoom,
                    const QColor &accent, const QColor &background, bool handles);

// The shape a connector end would bind to: its outline, thick in the accent colour, as
// Excalidraw and tldraw show it while an arrow is drawn.
void paintBindTarget(QPainter &p, const SceneItem &target, const QTransform &view,
                     const QColor &accent);
// Snapping guides: alignment lines and equal-gap markers, thin, in the magenta Figma and
// tldraw use for them (it stands apart from the selection's accent and from most ink).
void paintSnapGuides(QPainter &p, const QList<QLineF> &guides, const QTransform &view);

// The box of the group the user has entered (double-click), dashed: what Escape leaves.
void paintGroupBox(QPainter &p, const QRectF &canvasRect, const QTransform &view,
                   const QColor &accent);

// The rubber band of a marquee selection.
void paintMarquee(QPainter &p, const QRectF &canvasRect, const QTransform &view,
                  const QColor &accent);

} // namespace inkboard::canvas
