// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QTransform>

class QPainter;

namespace inkboard::canvas {

// A laser pointer's glowing trail: canvas points with the time each was made, fading out
// within kFadeMs. Never stored and never an op; the local trail travels in presence as
// (point, age) pairs, so every peer fades it alike.
class LaserTrail
{
public:
    static constexpr int kFadeMs = 1000;
    // Points closer in time than this are merged (a trail of at most ~50 points a second).
    static constexpr int kMinSpacingMs = 20;
    static constexpr int kMaxPoints = 48;

    struct Point
    {
        QPointF at;
        int ageMs = 0;
    };

    // A point made now (the pointer moved with the laser held).
    void add(QPointF canvasPoint, qint64 nowMs);
    // The trail as a peer sent it: points and their ages at `nowMs`.
    void setAged(const QList<Point> &points, qint64 nowMs);
    // Drops what has faded out; true when something was dropped.
    bool prune(qint64 nowMs);
    bool isEmpty() const { return m_points.isEmpty(); }
    // Oldest first, with their ages at `nowMs` (faded ones left out).
    QList<Point> aged(qint64 nowMs) const;

    // Painted over the drawing in `color`: a soft glow under a bright core, each segment
    // thinner and fainter the older it is.
    void paint(QPainter &painter, const QTransform &canvasToWidget, const QColor &color,
               qint64 nowMs) const;

private:
    struct Stamped
    {
        QPointF at;
        qint64 madeMs = 0;
    };
    QList<Stamped> m_points;
};

} // namespace inkboard::canvas
