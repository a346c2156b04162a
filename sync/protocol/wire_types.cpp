// SPDX-License-Identifier: Apache-2.0
#include "wire_types.h"

#include <cmath>

namespace inkboard::protocol {

std::optional<qint64> revisionFromJson(const QJsonValue &value)
{
    constexpr double kMaxExact = 9007199254740992.0; // 2^53
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!(d >= 0 && d <= kMaxExact) || std::trunc(d) != d)
        return std::nullopt;
    return qint64(d);
}

QString toIsoUtc(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

QDateTime fromIsoUtc(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QJsonObject UserRef::toJson() const
{
    return {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
}

UserRef UserRef::fromJson(const QJsonObject &json)
{
    return {json.value(QLatin1String("id")).toString(),
            json.value(QLatin1String("name")).toString()};
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Viewer:
        return QStringLiteral("viewer");
    case Role::Editor:
        return QStringLiteral("editor");
    case Role::Owner:
        return QStringLiteral("owner");
    }
    return QStringLiteral("viewer");
}

std::optional<Role> roleFromString(QStringView name)
{
    if (name == u"viewer")
        return Role::Viewer;
    if (name == u"editor")
        return Role::Editor;
    if (name == u"owner")
        return Role::Owner;
    return std::nullopt;
}

} // namespace inkboard::protocol
