// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "object.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace inkboard {

// One op of PROTOCOL.md §2. Plain data; Op::fromJson lives in op_codec.h because it validates.
struct Op
{
    enum class Kind
    {
        Create,
        Update,
        Delete
    };

    QString opId;
    Kind kind = Kind::Create;
    QString id;                         // the object's id
    ObjectType type = ObjectType::Rect; // create only
    QJsonObject props; // create: the object's props; update: keys to set (null removes)

    QJsonObject toJson() const;
    // The canonical bytes of the op, used to tell a duplicate from an op_id conflict.
    QByteArray canonicalPayload() const;

    static Op create(QString opId, QString id, ObjectType type, QJsonObject props);
    static Op update(QString opId, QString id, QJsonObject props);
    static Op remove(QString opId, QString id);

    friend bool operator==(const Op &, const Op &) = default;
};

using OpList = QList<Op>;

QJsonArray opsToJson(const OpList &ops);

} // namespace inkboard
