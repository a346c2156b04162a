// SPDX-License-Identifier: Apache-2.0
#include "z_order.h"

#include "model/z_order.h"
#include "op_target.h"
#include "selected.h"
#include "style.h"

namespace inkboard::canvas::commands {

namespace {

OpList restack(const Document &document, const QSet<QString> &selection, const QString &below,
               const QString &above)
{
    const QList<Object> objects = editableObjects(document, selection);
    if (objects.isEmpty())
        return {};
    const auto keys = keysBetween(below, above, int(objects.size()));
    if (!keys)
        return {};
    OpList ops;
    for (qsizetype i = 0; i < objects.size(); ++i)
        ops.append(Op::update(newId(), objects[i].id, {{key::z, keys->at(i)}}));
    return ops;
}

// `up`: the index in `order` of the first unselected object above the top of the selection
// that overlaps it (else the first above at all); `!up`: likewise downwards. -1: none.
qsizetype neighbour(const QList<Object> &order, const QSet<QString> &selection,
                    const BoundsOf &boundsOf, bool up)
{
    QRectF box;
    qsizetype lowest = -1;
    qsizetype highest = -1;
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (!selection.contains(order[i].id))
            continue;
        box = box.isNull() ? boundsOf(order[i]) : box.united(boundsOf(order[i]));
        if (lowest < 0)
            lowest = i;
        highest = i;
    }
    if (lowest < 0)
        return -1;
    qsizetype fallback = -1;
    const qsizetype step = up ? 1 : -1;
    for (qsizetype i = up ? highest + 1 : lowest - 1; i >= 0 && i < order.size(); i += step) {
        if (selection.contains(order[i].id))
            continue;
        if (boundsOf(order[i]).intersects(box))
            return i;
        if (fallback < 0)
            fallback = i;
    }
    return fallback;
}

OpList step(const Document &document, const QSet<QString> &chosen, const BoundsOf &boundsOf,
            bool up)
{
    QSet<QString> selection; // locked objects keep their place and are stepped over
    for (const Object &o : editableObjects(document, chosen))
        selection.insert(o.id);
    const QList<Object> order = document.inRenderOrder();
    const qsizetype at = neighbour(order, selection, boundsOf, up);
    if (at < 0)
        return {};
    // The gap next to the neighbour, skipping selected objects (they are moving out of it).
    QString next;
    for (qsizetype i = at + (up ? 1 : -1); i >= 0 && i < order.size(); i += up ? 1 : -1) {
        if (!selection.contains(order[i].id)) {
            next = order[i].z();
            break;
        }
    }
    const QString &z = order[at].z();
    return up ? restack(document, selection, z, next) : restack(document, selection, next, z);
}

} // namespace

OpList bringForward(const Document &document, const QSet<QString> &selection,
                    const BoundsOf &boundsOf)
{
    return step(document, selection, boundsOf, true);
}

OpList sendBackward(const Document &document, const QSet<QString> &selection,
                    const BoundsOf &boundsOf)
{
    return step(document, selection, boundsOf, false);
}

OpList bringToFront(const Document &document, const QSet<QString> &selection, const QString &maxZ)
{
    return restack(document, selection, maxZ, QString());
}

OpList sendToBack(const Document &document, const QSet<QString> &selection, const QString &minZ)
{
    return restack(document, selection, QString(), minZ);
}

} // namespace inkboard::canvas::commands
