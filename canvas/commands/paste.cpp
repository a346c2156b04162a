// SPDX-License-Identifier: Apache-2.0
#include "paste.h"

#include "clipboard_codec.h"
#include "geometry.h"
#include "model/limits.h"
#include "op_target.h"

#include <QRectF>

namespace inkboard::canvas::commands {

OpList pasteObjects(const QList<Object> &objects, QPointF at, const QString &zAbove,
                    QStringList *newIds)
{
    QRectF box;
    for (const Object &o : objects)
        box = box.united(computeGeometry(o).bounds);
    return pasteOps(objects, zAbove, at - box.center(), newIds);
}

OpList pasteText(const QString &text, QPointF at, const Style &style, const QString &zAbove,
                 QString *createdId)
{
    const QString id = newId();
    QJsonObject props = style.toProps(ObjectType::Text);
    props.insert(key::text, text.left(Limits().maxTextChars));
    props.insert(key::x, at.x());
    props.insert(key::y, at.y());
    props.insert(key::z, zAbove);
    if (createdId)
        *createdId = id;
    return {Op::create(newId(), id, ObjectType::Text, props)};
}

} // namespace inkboard::canvas::commands
