// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ink/stroke_split.h"
#include "tools/tool.h"

#include <QHash>
#include <QSet>

namespace inkboard::canvas {

// Deletes the unlocked objects the pointer passes over, at the end of the gesture. In the
// strokes mode (CanvasView::eraserMode) it takes only the parts of strokes it passes over:
// each such stroke is deleted and what is left of it created again, in the same undo step.
class EraserTool : public Tool
{
public:
    using Tool::Tool;

    void press(QPointF p, QMouseEvent *) override;
    void move(QPointF p, QMouseEvent *) override;
    void release(QPointF, QMouseEvent *) override;
    bool cancel() override;

private:
    void eraseAlong(QPointF a, QPointF b);
    // Cuts the stroke along a-b; whether anything of it was erased.
    bool cutAlong(const SceneItem &item, QPointF a, QPointF b, double tolerance);
    void showPreview();

    QSet<QString> m_erased;
    QList<ink::StrokeCut> m_cuts;
    QHash<QString, qsizetype> m_cutIndex;
    bool m_splitting = false;
    QPointF m_last;
    bool m_active = false;
};

} // namespace inkboard::canvas
