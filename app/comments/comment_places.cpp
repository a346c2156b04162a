// SPDX-License-Identifier: Apache-2.0
#include "comment_places.h"

#include <algorithm>

namespace inkboard::app::comments {

CommentPlaces::Place CommentPlaces::placeOf(const protocol::Comment &thread)
{
    if (!thread.anchor)
        return {};
    const protocol::CommentAnchor &a = *thread.anchor;
    if (!a.onObject())
        return {QPointF(a.x, a.y), false};
    if (const canvas::SceneItem *item = m_scene.item(a.object)) {
        const QRectF frame = item->geometry.frame;
        const QPointF local(frame.x() + a.fx * frame.width(), frame.y() + a.fy * frame.height());
        const QPointF at = item->geometry.toCanvas.map(local);
        m_lastSeen.insert(thread.id, at);
        return {at, false};
    }
    return {m_lastSeen.value(thread.id, QPointF(a.x, a.y)), true};
}

protocol::CommentAnchor CommentPlaces::anchorAt(QPointF canvasPos, const QString &objectId) const
{
    protocol::CommentAnchor a;
    a.x = canvasPos.x();
    a.y = canvasPos.y();
    const canvas::SceneItem *item = objectId.isEmpty() ? nullptr : m_scene.item(objectId);
    if (!item)
        return a;
    const QRectF frame = item->geometry.frame;
    const QPointF local = item->geometry.toCanvas.inverted().map(canvasPos);
    a.object = objectId;
    a.fx = frame.width() > 0 ? std::clamp((local.x() - frame.x()) / frame.width(), 0.0, 1.0) : 0.5;
    a.fy =
        frame.height() > 0 ? std::clamp((local.y() - frame.y()) / frame.height(), 0.0, 1.0) : 0.5;
    return a;
}

} // namespace inkboard::app::comments
