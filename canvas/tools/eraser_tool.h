#pragma once

#include "tools/tool.h"

#include <QSet>

namespace inkboard::canvas {

// Deletes the unlocked objects the pointer passes over, at the end of the gesture.
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

    QSet<QString> m_erased;
    QPointF m_last;
    bool m_active = false;
};

} // namespace inkboard::canvas
