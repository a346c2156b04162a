// SPDX-License-Identifier: Apache-2.0
#include "tools/line_tool.h"

#include "connectors/binding.h"

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
    const SceneIndex &scene = m_view.scene();
    const bool bind = !(modifiers() & Qt::AltModifier);
    const double tolerance = m_view.hitTolerance();
    const SceneItem *from = bind ? bindTargetAt(scene, start, tolerance) : nullptr;
    const SceneItem *to =
        bind ? bindTargetAt(scene, start + d, tolerance, from ? from->object.id : QString())
             : nullptr;
    if (from)
        props.insert(bindKey(End::Start), bindingAt(*from, start).toJson());
    if (to)
        props.insert(bindKey(End::End), bindingAt(*to, start + d).toJson());
    m_view.setBindTarget(to ? to->object.id : QString());
    // The preview shows the connector as it will be drawn: ends on the outlines, elbows.
    props =
        resolveConnector(Object{QString(), ObjectType::Line, props}, [&scene](const QString &id) {
            return scene.item(id);
        }).props;
}

void LineTool::release(QPointF p, QMouseEvent *e)
{
    m_view.setBindTarget({});
    DragShapeTool::release(p, e);
}

void LineTool::hover(QPointF p)
{
    const SceneItem *target = bindTargetAt(m_view.scene(), p, m_view.hitTolerance());
    m_view.setBindTarget(target ? target->object.id : QString());
}

bool LineTool::cancel()
{
    m_view.setBindTarget({});
    return DragShapeTool::cancel();
}

} // namespace inkboard::canvas
