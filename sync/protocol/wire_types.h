#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace inkboard::protocol {

inline constexpr int kApiVersion = 1;

// ISO 8601 UTC with seconds, as PROTOCOL.md §1 writes timestamps: 2026-11-25T00:45:40Z.
QString toIsoUtc(const QDateTime &time);
QDateTime fromIsoUtc(const QString &text);

struct UserRef
{
    QString id;
    QString name;

    QJsonObject toJson() const;
    static UserRef fromJson(const QJsonObject &json);
    friend bool operator==(const UserRef &, const UserRef &) = default;
};

enum class Role
{
    Viewer,
    Editor,
    Owner
};

QString roleName(Role role);
std::optional<Role> roleFromString(QStringView name);
inline bool canEdit(Role role)
{
    return role != Role::Viewer;
}
inline bool canManage(Role role)
{
    return role == Role::Owner;
}

} // namespace inkboard::protocol
