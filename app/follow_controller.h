// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/presence.h"

#include <QObject>
#include <QRectF>
#include <QVariantAnimation>

namespace inkboard::canvas {
class CanvasView;
}

namespace inkboard::app {

// Following a collaborator: the canvas shows what a peer's window shows (their presence
// `viewport`), moving with it in short animations, until this user pans or zooms, the peer
// leaves, or stop(). A jump is one such move without following.
class FollowController : public QObject
{
    Q_OBJECT
public:
    static constexpr int kAnimationMs = 250;
    // While following, each of the leader's moves (presence comes every 50-100 ms while they
    // pan) is tracked this fast: smooth, yet never more than one presence interval behind.
    static constexpr int kTrackMs = 80;

    explicit FollowController(canvas::CanvasView *canvas, QObject *parent = nullptr);

    // Every change of the peers (their viewports move, they come and go).
    void setPeers(const QList<protocol::Presence> &peers);
    // False when that peer is not here or has not said what it shows.
    bool jumpTo(const QString &sessionId);
    bool follow(const QString &sessionId);
    void stop();
    QString followed() const { return m_followed; }

signals:
    // Empty: following stopped (`why` says why, when it was not asked for).
    void followingChanged(const QString &sessionId, const QString &why);

private:
    const protocol::Presence *peer(const QString &sessionId) const;
    void moveTo(const QRectF &canvasRect, int durationMs = kAnimationMs);
    void show(const QRectF &canvasRect);

    canvas::CanvasView *m_canvas;
    QList<protocol::Presence> m_peers;
    QString m_followed;
    QRectF m_target;
    QVariantAnimation m_animation;
    bool m_moving = false; // our own view changes, not the user's
};

} // namespace inkboard::app
