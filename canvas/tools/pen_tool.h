#pragma once

#include "tools/tool.h"

namespace inkboard::canvas {

// Freehand strokes with the pen's pressure, lightly smoothed; a very long stroke continues as a
// new object rather than breaking the model's limit.
class PenTool : public Tool
{
public:
    using Tool::Tool;

    void press(QPointF p, QMouseEvent *) override;
    void move(QPointF p, QMouseEvent *) override;
    void release(QPointF p, QMouseEvent *) override;
    bool cancel() override;

private:
    struct Sample
    {
        QPointF pos;
        double pressure;
    };

    void add(QPointF p);
    Object object() const;
    void commit();

    QList<Sample> m_points;
    QString m_id;
    bool m_active = false;
};

} // namespace inkboard::canvas
