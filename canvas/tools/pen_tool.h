// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "tools/tool.h"

namespace inkboard::canvas {

// Freehand strokes with the pen's pressure, lightly smoothed; a very long stroke continues as a
// new object rather than breaking the model's limit. The highlighter draws the same way, wide
// and translucent, and files its stroke under the ink it crosses (ink/ink_order).
class PenTool : public Tool
{
public:
    enum class Kind
    {
        Ink,
        Highlighter
    };

    explicit PenTool(CanvasView &view, Kind kind = Kind::Ink) : Tool(view), m_kind(kind) {}

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

    const Kind m_kind;
    QList<Sample> m_points;
    QString m_id;
    bool m_active = false;
};

} // namespace inkboard::canvas
