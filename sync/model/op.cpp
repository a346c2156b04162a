// SPDX-License-Identifier: Apache-2.0
#include "op.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace inkboard {

QJsonObject Op::toJson() const
{
    QJsonObject o{{QStringLiteral("op_id"), opId}, {QStringLiteral("id"), id}};
    switch (kind) {
    case Kind::Create:
        o.insert(QStringLiteral("op"), QStringLiteral("create"));
        o.insert(QStringLiteral("type"), objectTypeName(type));
        o.insert(QStringLiteral("props"), props);
        break;
    case Kind::Update:
        o.insert(QStringLiteral("op"), QStringLiteral("update"));
        o.insert(QStringLiteral("props"), props);
        break;
    case Kind::Delete:
        o.insert(QStringLiteral("op"), QStringLiteral("delete"));
        break;
    }
    return o;
}

QByteArray Op::canonicalPayload() const
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

Op Op::create(QString opId, QString id, ObjectType type, QJsonObject props)
{
    return Op{std::move(opId), Kind::Create, std::move(id), type, std::move(props)};
}

Op Op::update(QString opId, QString id, QJsonObject props)
{
    return Op{std::move(opId), Kind::Update, std::move(id), ObjectType::Rect, std::move(props)};
}

Op Op::remove(QString opId, QString id)
{
    return Op{std::move(opId), Kind::Delete, std::move(id), ObjectType::Rect, {}};
}

QJsonArray opsToJson(const OpList &ops)
{
    QJsonArray array;
    for (const Op &op : ops)
        array.append(op.toJson());
    return array;
}

} // namespace inkboard
