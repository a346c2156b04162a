// SPDX-License-Identifier: Apache-2.0
#include "api_error.h"

namespace inkboard::protocol {

QJsonObject ApiError::toJson() const
{
    QJsonObject o = extra;
    o.insert(QStringLiteral("error"), code);
    o.insert(QStringLiteral("message"), message);
    return o;
}

ApiError ApiError::fromJson(int status, const QJsonObject &json)
{
    ApiError e{status, json.value(QLatin1String("error")).toString(),
               json.value(QLatin1String("message")).toString(), json};
    e.extra.remove(QStringLiteral("error"));
    e.extra.remove(QStringLiteral("message"));
    return e;
}

ApiError ApiError::fromValidation(const ValidationError &error)
{
    ApiError e{error.httpStatus(), error.errorCode(), error.message, {}};
    if (error.index >= 0)
        e.extra.insert(QStringLiteral("index"), error.index);
    return e;
}

ApiError ApiError::gone(qint64 snapshotRevision)
{
    return {410,
            QStringLiteral("gone"),
            QStringLiteral("those ops were compacted away; load the snapshot"),
            {{QStringLiteral("snapshot_revision"), snapshotRevision}}};
}

} // namespace inkboard::protocol
