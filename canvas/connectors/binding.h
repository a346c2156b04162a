// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "geometry.h"
#include "model/object.h"

#include <QJsonObject>
#include <QList>
#include <QPainterPath>
#include <QPointF>
#include <QString>
#include <functional>
#include <optional>

namespace inkboard::canvas {

struct SceneItem;
class SceneIndex;

// A connector (line or arrow) end may be bound to a shape: `start_bind` / `end_bind` hold the
// shape's id and a focus point in the shape's frame (0-1 on each axis). A bound end is drawn
// on the shape's outline, a small gap off it, on the way from the other end to the focus, so
// it follows the shape wherever it goes. What is drawn is a function of the bound shapes'
// current props and the binding alone: two peers moving two bound shapes at once converge to
// the same picture, whatever order their commits land in. `points` keeps the last drawn
// position: what a version-1 reader shows, and where an end stays once its shape is gone.
enum class End
{
    Start,
    End
};

struct Binding
{
    QString id;
    double fx = 0.5;
    double fy = 0.5;

    QJsonObject toJson() const;
    friend bool operator==(const Binding &, const Binding &) = default;
};

const QString &bindKey(End end);
bool isConnector(const Object &object);
// Which objects an end can bind to: closed shapes, text, images, and connectors that have a
// label (the end binds to the label's box); not pen strokes.
bool canBindTo(const Object &object);
// The box an end bound to `target` aims in (the focus is a fraction of it), in its local
// coordinates: its frame, or a connector's label box.
QRectF bindBox(const SceneItem &target);
// The outline a bound end stops at, in local coordinates: a closed shape's outline, else the
// bind box (texts, images, connectors' labels).
QPainterPath bindOutline(const SceneItem &target);

std::optional<Binding> bindingOf(const Object &connector, End end);
bool hasBinding(const Object &connector);
// The ids a connector is bound to (one or two).
QList<QString> boundIds(const Object &connector);

// The binding of a point over `target`: its focus is where the point is in the frame,
// pulled to the centre or a side when it is within kAnchorBand of it.
Binding bindingAt(const SceneItem &target, QPointF canvasPoint);
// The canvas point a binding's focus is at.
QPointF focusPoint(const SceneItem &target, const Binding &binding);
// Where an end bound to `target` sits when the connector comes from `from`: on the outline
// facing `from`, `gap` canvas units off it. The focus itself when `from` is inside.
QPointF outlinePoint(const SceneItem &target, QPointF focus, QPointF from, double gap);

// How close (a fraction of the frame) a focus is pulled to the centre or a side.
inline constexpr double kAnchorBand = 0.1;

// How far a bound end stays off the outline, beyond half the two strokes.
inline constexpr double kBindGap = 4;

// The object an end at `p` binds to: the topmost bindable object that `p` is inside of, or
// within twice `tolerance` of (for a connector: of its label), other than `exclude`. Locked
// objects bind too (they stay put). With `connectorId` (the connector whose end this is), never
// that connector nor one bound to it through labels: a ring of connectors would have no
// picture independent of the order they are drawn in.
const SceneItem *bindTargetAt(const SceneIndex &scene, QPointF p, double tolerance,
                              const QString &exclude = {}, const QString &connectorId = {});

// The bound objects as they are shown now (a drag's preview before the scene).
using TargetLookup = std::function<const SceneItem *(const QString &id)>;

// The connector as drawn: its bound ends (and, for an elbow route, its whole path) placed
// from the bound shapes that `lookup` finds; the others keep their stored points. The result
// has no rotation (its points are drawn as they are). An end whose shape is gone stays where
// `points` says. Objects that are no connector, or have no binding, come back unchanged.
Object resolveConnector(const Object &connector, const TargetLookup &lookup);
bool hasLiveBinding(const Object &connector, const TargetLookup &lookup);
// Whether `object` is the connector `connectorId`, or is drawn from it (bound to its label, or
// to a connector that is, at any depth).
bool dependsOn(const Object &object, const QString &connectorId, const TargetLookup &lookup);
// How many connectors deep a connector's bindings reach through labels (0: bound to shapes
// only): connectors are placed in this order, so that each finds the ones it is bound to
// placed already.
using ObjectLookup = std::function<const Object *(const QString &id)>;
int chainDepth(const Object &connector, const ObjectLookup &lookup);
// Whether the connector is drawn other than its stored points say: it is bound, or routed
// as an elbow.
bool isDerived(const Object &connector);

// Where a drawn connector's two ends are, in canvas coordinates (first, then last point).
QList<QPointF> connectorEnds(const SceneItem &connector);
// The connector with one end at `canvasPoint` (the others kept), bound to `target` there or
// unbound when it is null, and drawn from the scene as `lookup` finds it.
Object withEndAt(const Object &connector, End end, QPointF canvasPoint, const SceneItem *target,
                 const TargetLookup &lookup);

// The connector with an end's binding dropped (and its drawn points kept).
Object unbound(const Object &connector, End end);

} // namespace inkboard::canvas
