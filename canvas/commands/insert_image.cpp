// SPDX-License-Identifier: Apache-2.0
#include "insert_image.h"

#include "op_target.h"

#include <cmath>

namespace inkboard::canvas::commands {

OpList insertImage(const QString &blob, QSize pixelSize, QPointF center, QSizeF fitIn,
                   const Style &style, const QString &zAbove, QString *createdId)
{
    QSizeF s = pixelSize;
    if (s.width() > fitIn.width() || s.height() > fitIn.height())
        s.scale(fitIn, Qt::KeepAspectRatio);
    const QString id = newId();
    QJsonObject props = style.toProps(ObjectType::Image);
    props.insert(key::blob, blob);
    props.insert(key::w, std::round(s.width()));
    props.insert(key::h, std::round(s.height()));
    props.insert(key::x, std::round(center.x() - s.width() / 2));
    props.insert(key::y, std::round(center.y() - s.height() / 2));
    props.insert(key::z, zAbove);
    if (createdId)
        *createdId = id;
    return {Op::create(newId(), id, ObjectType::Image, props)};
}

} // namespace inkboard::canvas::commands
