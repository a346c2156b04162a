// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/comment.h"
#include "scene_index.h"

#include <QHash>
#include <QPointF>

namespace inkboard::app::comments {

// Where a thread shows on the canvas. A thread pinned to an object follows it (the point at
// fx, fy of its frame, rotation applied); once the object is gone the thread stays readable
// at the last place this window saw it (or, if it never did, where it was pinned), marked as
// on a deleted object. Derived from the scene each time: nothing here is stored.
class CommentPlaces
{
public:
    struct Place
    {
        QPointF at;
        bool onDeletedObject = false;
    };

    explicit CommentPlaces(const canvas::SceneIndex &scene) : m_scene(scene) {}

    Place placeOf(const protocol::Comment &thread);
    // The anchor of a new thread at canvasPos, on `objectId` when it is in the scene.
    protocol::CommentAnchor anchorAt(QPointF canvasPos, const QString &objectId) const;

private:
    const canvas::SceneIndex &m_scene;
    QHash<QString, QPointF> m_lastSeen; // thread id -> where its object last was
};

} // namespace inkboard::app::comments
