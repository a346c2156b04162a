// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/object.h"
#include "model/op.h"

#include <QList>
#include <QPointF>
#include <QTransform>
#include <functional>

namespace inkboard::canvas::ink {

// The stroke eraser's work on one stroke: the samples it passed over are erased and the runs
// left become strokes of their own. Samples are in canvas coordinates; where the stored points
// are further apart than `step`, points are added between them so that the cut falls where the
// eraser went, not at the next stored point.
class StrokeCut
{
public:
    StrokeCut(const Object &stroke, const QTransform &toCanvas, double step);

    const Object &original() const { return m_original; }
    // Erases the samples within `radius` of the segment a-b; whether any was erased now.
    bool erase(QPointF a, QPointF b, double radius);
    bool cut() const { return m_cut; }

    // The runs left, each a stroke with the original's props (rotation applied to its points,
    // so none is stored), a new id from `makeId` and at least two points. Only the added
    // points at a run's ends are kept, so spacing (a mouse stroke's speed) stays as drawn.
    QList<Object> pieces(const std::function<QString()> &makeId) const;

private:
    struct Sample
    {
        QPointF pos;
        double pressure;
        bool stored; // one of the stroke's points, not one added between them
        bool kept = true;
    };

    Object m_original;
    QList<Sample> m_samples;
    bool m_cut = false;
};

// One gesture's edit, one undo step: each cut stroke deleted and its pieces created.
OpList cutOps(const QList<StrokeCut> &cuts, const std::function<QString()> &makeId);

} // namespace inkboard::canvas::ink
