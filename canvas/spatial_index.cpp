// SPDX-License-Identifier: Apache-2.0
#include "spatial_index.h"

#include <cmath>

namespace inkboard::canvas {

namespace {
// Cell coordinates stay well inside 32 bits even for the model's 1e9 coordinate limit.
qint64 clampCell(double v)
{
    return qint64(std::clamp(std::floor(v), -2.0e9, 2.0e9));
}
} // namespace

SpatialIndex::CellRange SpatialIndex::rangeOf(const QRectF &r) const
{
    return {clampCell(r.left() / m_cellSize), clampCell(r.top() / m_cellSize),
            clampCell(r.right() / m_cellSize), clampCell(r.bottom() / m_cellSize)};
}

void SpatialIndex::insert(int handle, const QRectF &bounds)
{
    if (size_t(handle) >= m_stamp.size())
        m_stamp.resize(size_t(handle) + 1, 0);
    const CellRange c = rangeOf(bounds);
    if (c.count() > kMaxCellsPerObject) {
        m_large.insert(handle);
        return;
    }
    for (qint64 x = c.x0; x <= c.x1; ++x) {
        for (qint64 y = c.y0; y <= c.y1; ++y)
            m_cells[keyOf(x, y)].append(handle);
    }
}

void SpatialIndex::remove(int handle, const QRectF &bounds)
{
    const CellRange c = rangeOf(bounds);
    if (c.count() > kMaxCellsPerObject) {
        m_large.remove(handle);
        return;
    }
    for (qint64 x = c.x0; x <= c.x1; ++x) {
        for (qint64 y = c.y0; y <= c.y1; ++y) {
            const auto it = m_cells.find(keyOf(x, y));
            if (it == m_cells.end())
                continue;
            it->removeOne(handle);
            if (it->isEmpty())
                m_cells.erase(it);
        }
    }
}

void SpatialIndex::clear()
{
    m_cells.clear();
    m_large.clear();
    m_stamp.clear();
}

void SpatialIndex::visit(int handle, QList<int> &out) const
{
    if (m_stamp[size_t(handle)] == m_queryStamp)
        return;
    m_stamp[size_t(handle)] = m_queryStamp;
    out.append(handle);
}

QList<int> SpatialIndex::query(const QRectF &rect) const
{
    if (++m_queryStamp == 0) { // wrapped: forget every old stamp
        std::fill(m_stamp.begin(), m_stamp.end(), 0);
        m_queryStamp = 1;
    }
    QList<int> out;
    for (int h : m_large)
        visit(h, out);
    const CellRange c = rangeOf(rect);
    if (c.count() > m_cells.size()) {
        // A view wider than the occupied grid: walk the occupied cells instead.
        for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it) {
            const qint64 x = qint32(quint32(it.key() >> 32));
            const qint64 y = qint32(quint32(it.key() & 0xffffffffu));
            if (x < c.x0 || x > c.x1 || y < c.y0 || y > c.y1)
                continue;
            for (int h : *it)
                visit(h, out);
        }
        return out;
    }
    for (qint64 x = c.x0; x <= c.x1; ++x) {
        for (qint64 y = c.y0; y <= c.y1; ++y) {
            const auto it = m_cells.constFind(keyOf(x, y));
            if (it == m_cells.cend())
                continue;
            for (int h : *it)
                visit(h, out);
        }
    }
    return out;
}

} // namespace inkboard::canvas
