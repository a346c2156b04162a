#include "wire_types.h"

namespace inkboard::protocol {

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
