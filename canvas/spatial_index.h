// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QList>
#include <QRectF>
#include <QSet>
#include <vector>

namespace inkboard::canvas {

// A uniform grid over the canvas: each cell lists the handles whose bounds touch it, so a
// viewport or a point only looks at the objects near it. Objects too big for the grid live in
// one list that every query scans.
class SpatialIndex
{
public:
    explicit SpatialIndex(double cellSize = 256) : m_cellSize(cellSize) {}

    void insert(int handle, const QRectF &bounds);
    // `bounds` must be what the handle was inserted with.
    void remove(int handle, const QRectF &bounds);
    void clear();

    // Every handle whose bounds may intersect `rect`, each once, in no particular order.
    QList<int> query(const QRectF &rect) const;

private:
    static constexpr qint64 kMaxCellsPerObject = 256;

    struct CellRange
    {
        qint64 x0, y0, x1, y1;
        qint64 count() const { return (x1 - x0 + 1) * (y1 - y0 + 1); }
    };
    CellRange rangeOf(const QRectF &rect) const;
    static quint64 keyOf(qint64 cx, qint64 cy)
    {
        return (quint64(quint32(qint32(cx))) << 32) | quint32(qint32(cy));
    }
    void visit(int handle, QList<int> &out) const;

    double m_cellSize;
    QHash<quint64, QList<int>> m_cells;
    QSet<int> m_large;
    mutable std::vector<quint32> m_stamp;
    mutable quint32 m_queryStamp = 0;
};

} // namespace inkboard::canvas
