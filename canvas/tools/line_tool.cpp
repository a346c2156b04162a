#include "tools/line_tool.h"

#include <QJsonArray>
#include <QLineF>

namespace inkboard::canvas {

void LineTool::place(QJsonObject &props, QPointF start, QPointF p, bool constrain) const
{
    QPointF d = p - start;
    if (constrain) { // snap the angle to 15 degrees
        QLineF l(QPointF(), d);
        l.setAngle(std::round(l.angle() / 15) * 15);
        d = l.p2();
    }
    props.insert(QStringLiteral("x"), round2(start.x()));
    props.insert(QStringLiteral("y"), round2(start.y()));
    props.insert(QStringLiteral("points"), QJsonArray{0, 0, round2(d.x()), round2(d.y())});
}

} // namespace inkboard::canvas
