// SPDX-License-Identifier: Apache-2.0
#include "align.h"

#include "op_target.h"
#include "selected.h"
#include "style.h"

#include <QHash>
#include <algorithm>

namespace inkboard::canvas::commands {

namespace {

// What lines up: an object, or a group moved as one (its members share the box).
struct Placed
{
    QList<Object> objects;
    QRectF box;
    QString key; // orders ties alike on every replica
};

QList<Placed> movable(const Document &document, const QSet<QString> &selection,
                      const BoundsOf &boundsOf, const UnitOf &unitOf)
{
    QList<Placed> placed;
    QHash<QString, qsizetype> at;
    for (const Object &o : selectedObjects(document, selection)) {
        if (isLocked(o))
            continue;
        const QString key = unitOf ? unitOf(o) : o.id;
        const QRectF box = boundsOf(o);
        if (const auto it = at.constFind(key); it != at.cend()) {
            Placed &unit = placed[*it];
            unit.objects.append(o);
            unit.box = unit.box.united(box);
            continue;
        }
        at.insert(key, placed.size());
        placed.append({{o}, box, key});
    }
    return placed;
}

void moveBy(OpList &ops, const Placed &p, QPointF delta)
{
    for (const Object &o : p.objects) {
        ops.append(Op::update(newId(), o.id,
                              {{key::x, o.number(QLatin1String("x")) + delta.x()},
                               {key::y, o.number(QLatin1String("y")) + delta.y()}}));
    }
}

QPointF offsetFor(const QRectF &box, const QRectF &all, Align how)
{
    switch (how) {
    case Align::Left:
        return {all.left() - box.left(), 0};
    case Align::Center:
        return {all.center().x() - box.center().x(), 0};
    case Align::Right:
        return {all.right() - box.right(), 0};
    case Align::Top:
        return {0, all.top() - box.top()};
    case Align::Middle:
        return {0, all.center().y() - box.center().y()};
    case Align::Bottom:
        return {0, all.bottom() - box.bottom()};
    }
    return {};
}

} // namespace

OpList align(const Document &document, const QSet<QString> &selection, const BoundsOf &boundsOf,
             Align how, const UnitOf &unitOf)
{
    const QList<Placed> placed = movable(document, selection, boundsOf, unitOf);
    if (placed.size() < 2)
        return {};
    QRectF all;
    for (const Placed &p : placed)
        all = all.isNull() ? p.box : all.united(p.box);
    OpList ops;
    for (const Placed &p : placed) {
        const QPointF delta = offsetFor(p.box, all, how);
        if (!delta.isNull())
            moveBy(ops, p, delta);
    }
    return ops;
}

OpList distribute(const Document &document, const QSet<QString> &selection,
                  const BoundsOf &boundsOf, Axis axis, const UnitOf &unitOf)
{
    QList<Placed> placed = movable(document, selection, boundsOf, unitOf);
    if (placed.size() < 3)
        return {};
    const bool horizontal = axis == Axis::Horizontal;
    const auto start = [horizontal](const QRectF &r) { return horizontal ? r.left() : r.top(); };
    const auto end = [horizontal](const QRectF &r) { return horizontal ? r.right() : r.bottom(); };
    const auto size = [horizontal](const QRectF &r) { return horizontal ? r.width() : r.height(); };
    // By centre, ties by id, so that every replica orders the same selection alike.
    std::stable_sort(placed.begin(), placed.end(), [&](const Placed &a, const Placed &b) {
        const double ca = start(a.box) + size(a.box) / 2;
        const double cb = start(b.box) + size(b.box) / 2;
        return ca != cb ? ca < cb : a.key < b.key;
    });
    double sizes = 0;
    for (const Placed &p : placed)
        sizes += size(p.box);
    const double first = start(placed.first().box);
    const double span = end(placed.last().box) - first;
    const double gap = (span - sizes) / double(placed.size() - 1);
    OpList ops;
    double at = first;
    for (const Placed &p : placed) {
        const double shift = at - start(p.box);
        if (shift != 0)
            moveBy(ops, p, horizontal ? QPointF(shift, 0) : QPointF(0, shift));
        at += size(p.box) + gap;
    }
    return ops;
}

} // namespace inkboard::canvas::commands
