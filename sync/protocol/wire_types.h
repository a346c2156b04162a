// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <optional>

namespace inkboard::protocol {

inline constexpr int kApiVersion = 1;

// A revision (or any counter) read from JSON: a whole number from 0 to 2^53, the range a JSON
// number holds exactly. Anything else (missing, a string, fractional, negative, huge) is
// nullopt; casting such a double to an integer would be undefined behaviour.
std::optional<qint64> revisionFromJson(const QJsonValue &value);
// The same with a fallback, for fields that are informative rather than required.
inline qint64 revisionFromJson(const QJsonValue &value, qint64 fallback)
{
    return revisionFromJson(value).value_or(fallback);
}

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
