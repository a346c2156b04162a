// SPDX-License-Identifier: Apache-2.0
#include "grouping.h"

#include <QJsonArray>

namespace inkboard::canvas {

QStringList groupPath(const Object &object)
{
    const QString group = object.props.value(key::group).toString();
    if (group.isEmpty())
        return {};
    const QJsonArray nested = object.props.value(key::groups).toArray();
    if (nested.isEmpty() || nested.first().toString() != group)
        return {group};
    QStringList path;
    path.reserve(nested.size());
    for (const QJsonValue &id : nested)
        path.append(id.toString());
    return path;
}

QJsonObject groupProps(const QStringList &path)
{
    if (path.isEmpty())
        return {{key::group, QJsonValue::Null}, {key::groups, QJsonValue::Null}};
    return {{key::group, path.first()}, {key::groups, QJsonArray::fromStringList(path)}};
}

qsizetype unitDepth(const QStringList &path, const QStringList &entered)
{
    const bool inside = !entered.isEmpty() && path.size() >= entered.size() &&
                        path.mid(0, entered.size()) == entered;
    return inside ? entered.size() : 0;
}

QString unitGroup(const Object &object, const QStringList &entered)
{
    const QStringList path = groupPath(object);
    const qsizetype depth = unitDepth(path, entered);
    return depth < path.size() ? path.at(depth) : QString();
}

QStringList pathTo(const QStringList &path, const QString &group)
{
    const qsizetype at = path.indexOf(group);
    return at < 0 ? QStringList() : path.mid(0, at + 1);
}

} // namespace inkboard::canvas
