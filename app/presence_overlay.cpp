// SPDX-License-Identifier: Apache-2.0
#include "presence_overlay.h"

#include "geometry.h"
#include "renderer.h"

#include <QCryptographicHash>
#include <QFontMetricsF>
#include <QPainterPath>
#include <algorithm>

namespace inkboard::app {

QColor PresenceOverlay::colorOf(const QString &userId)
{
    // A hash, not qHash: the same on every machine and every run.
    const QByteArray h = QCryptographicHash::hash(userId.toUtf8(), QCryptographicHash::Sha1);
    const int hue = (quint8(h.at(0)) << 8 | quint8(h.at(1))) % 360;
    return QColor::fromHsl(hue, 190, 110);
}

PresenceOverlay::PresenceOverlay(canvas::CanvasView *canvas) : m_canvas(canvas)
{
    m_fade.setInterval(16);
    QObject::connect(&m_fade, &QTimer::timeout, m_canvas, [this] {
        const qint64 now = m_canvas->laserNow();
        for (auto it = m_lasers.begin(); it != m_lasers.end();) {
            it->prune(now);
            it = it->isEmpty() ? m_lasers.erase(it) : std::next(it);
        }
        if (m_lasers.isEmpty())
            m_fade.stop();
        m_canvas->update();
    });
}

void PresenceOverlay::setPeers(const QList<protocol::Presence> &peers)
{
    const qint64 now = m_canvas->laserNow();
    QHash<QString, canvas::LaserTrail> lasers;
    for (const protocol::Presence &p : peers) {
        if (p.laser.isEmpty())
            continue;
        // Ages count from when the peer sent them: a trail heard before (the peers change
        // for someone else's cursor) keeps fading from then, not from now.
        const auto before = std::find_if(m_peers.cbegin(), m_peers.cend(), [&p](const auto &o) {
            return o.sessionId == p.sessionId;
        });
        if (before != m_peers.cend() && before->laser == p.laser) {
            if (const auto it = m_lasers.constFind(p.sessionId); it != m_lasers.cend())
                lasers.insert(p.sessionId, *it);
            continue;
        }
        QList<canvas::LaserTrail::Point> points;
        points.reserve(p.laser.size());
        for (const protocol::Presence::LaserPoint &l : p.laser)
            points.append({l.at, l.ageMs});
        lasers[p.sessionId].setAged(points, now);
    }
    m_peers = peers;
    m_lasers = lasers;
    if (!m_lasers.isEmpty() && !m_fade.isActive())
        m_fade.start();
    m_canvas->update();
}

bool PresenceOverlay::hasLaserOf(const QString &sessionId) const
{
    const auto it = m_lasers.constFind(sessionId);
    return it != m_lasers.cend() && !it->isEmpty();
}

namespace {

void drawLabel(QPainter &p, QPointF at, const QString &text, const QColor &color)
{
    QFont font = p.font();
    font.setPixelSize(12);
    p.setFont(font);
    const QFontMetricsF fm(font);
    const QRectF box(at, QSizeF(fm.horizontalAdvance(text) + 10, fm.height() + 4));
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawRoundedRect(box, 4, 4);
    p.setPen(Qt::white);
    p.drawText(box, Qt::AlignCenter, text);
}

QPolygonF outline(const canvas::Geometry &g, const QTransform &view)
{
    return (g.toCanvas * view).map(QPolygonF(g.frame.adjusted(-3, -3, 3, 3)));
}

} // namespace

void PresenceOverlay::paintOverlay(QPainter &p, const QTransform &view)
{
    const Document *doc = m_canvas->document();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    for (const protocol::Presence &peer : std::as_const(m_peers)) {
        const QColor color = colorOf(peer.user.id);
        const QString name = peer.user.name.isEmpty() ? QObject::tr("someone") : peer.user.name;
        // Live previews: the objects as the peer sees them, a little transparent.
        for (const Object &preview : peer.previews) {
            const canvas::Geometry g = canvas::computeGeometry(preview);
            p.save();
            p.setOpacity(0.75);
            m_canvas->renderer().paint(p, preview, g, view);
            p.restore();
            p.setPen(QPen(color, 1.5, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawPolygon(outline(g, view));
        }
        // Selections outlined in the peer's color.
        if (doc) {
            for (const QString &id : peer.selection) {
                const Object *o = doc->find(id);
                if (!o)
                    continue;
                p.setPen(QPen(color, 2));
                p.setBrush(Qt::NoBrush);
                p.drawPolygon(outline(canvas::computeGeometry(*o), view));
            }
            if (!peer.editing.isEmpty()) {
                if (const Object *o = doc->find(peer.editing)) {
                    const QPolygonF box = outline(canvas::computeGeometry(*o), view);
                    p.setPen(QPen(color, 2));
                    p.setBrush(Qt::NoBrush);
                    p.drawPolygon(box);
                    drawLabel(p, box.boundingRect().topLeft() - QPointF(0, 22),
                              QObject::tr("%1 is editing").arg(name), color);
                }
            }
        }
        if (const auto it = m_lasers.constFind(peer.sessionId); it != m_lasers.cend())
            it->paint(p, view, color, m_canvas->laserNow());
        if (peer.cursor) {
            const QPointF at = view.map(*peer.cursor);
            QPainterPath arrow;
            arrow.moveTo(at);
            arrow.lineTo(at + QPointF(0, 17));
            arrow.lineTo(at + QPointF(4.5, 13));
            arrow.lineTo(at + QPointF(8, 20));
            arrow.lineTo(at + QPointF(10.5, 19));
            arrow.lineTo(at + QPointF(7, 12));
            arrow.lineTo(at + QPointF(12.5, 12));
            arrow.closeSubpath();
            p.setPen(QPen(Qt::white, 1.5));
            p.setBrush(color);
            p.drawPath(arrow);
            drawLabel(p, at + QPointF(12, 18), name, color);
        }
    }
    p.restore();
}

} // namespace inkboard::app
