// SPDX-License-Identifier: Apache-2.0
#include "drawing_info.h"

namespace inkboard::protocol {

bool isValidTitle(const QString &title)
{
    return !title.isEmpty() && title.size() <= kMaxTitleLength;
}

bool isValidPassword(const QString &password)
{
    return password.size() >= 8 && password.size() <= 1024;
}

QJsonObject DrawingInfo::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), title},
            {QStringLiteral("role"), roleName(role)},
            {QStringLiteral("latest_revision"), latestRevision},
            {QStringLiteral("snapshot_revision"), snapshotRevision},
            {QStringLiteral("created_at"), toIsoUtc(createdAt)},
            {QStringLiteral("updated_at"), toIsoUtc(updatedAt)}};
}

QJsonObject DrawingInfo::toListJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), title},
            {QStringLiteral("role"), roleName(role)},
            {QStringLiteral("latest_revision"), latestRevision},
            {QStringLiteral("updated_at"), toIsoUtc(updatedAt)}};
}

DrawingInfo DrawingInfo::fromJson(const QJsonObject &json)
{
    DrawingInfo d;
    d.id = json.value(QLatin1String("id")).toString();
    d.title = json.value(QLatin1String("title")).toString();
    d.role = roleFromString(json.value(QLatin1String("role")).toString()).value_or(Role::Viewer);
    d.latestRevision = revisionFromJson(json.value(QLatin1String("latest_revision")), 0);
    d.snapshotRevision = revisionFromJson(json.value(QLatin1String("snapshot_revision")), 0);
    d.createdAt = fromIsoUtc(json.value(QLatin1String("created_at")).toString());
    d.updatedAt = fromIsoUtc(json.value(QLatin1String("updated_at")).toString());
    return d;
}

QJsonObject BinnedDrawing::toJson() const
{
    QJsonObject json = drawing.toJson();
    json.insert(QStringLiteral("deleted_at"), toIsoUtc(deletedAt));
    json.insert(QStringLiteral("purge_at"), toIsoUtc(purgeAt));
    return json;
}

BinnedDrawing BinnedDrawing::fromJson(const QJsonObject &json)
{
    return {DrawingInfo::fromJson(json),
            fromIsoUtc(json.value(QLatin1String("deleted_at")).toString()),
            fromIsoUtc(json.value(QLatin1String("purge_at")).toString())};
}

QJsonObject Member::toJson() const
{
    return {{QStringLiteral("user"), user.toJson()}, {QStringLiteral("role"), roleName(role)}};
}

Member Member::fromJson(const QJsonObject &json)
{
    return {UserRef::fromJson(json.value(QLatin1String("user")).toObject()),
            roleFromString(json.value(QLatin1String("role")).toString()).value_or(Role::Viewer)};
}

QJsonObject ServerInfo::toJson() const
{
    return {{QStringLiteral("server"), server},
            {QStringLiteral("version"), version},
            {QStringLiteral("api"), api},
            {QStringLiteral("signup"), signup},
            {QStringLiteral("limits"), limits.toJson()}};
}

std::optional<ServerInfo> ServerInfo::fromJson(const QJsonObject &json)
{
    if (json.value(QLatin1String("server")).toString() != u"inkboard-server")
        return std::nullopt;
    ServerInfo info;
    info.version = json.value(QLatin1String("version")).toString();
    info.api = json.value(QLatin1String("api")).toInt();
    info.signup = json.value(QLatin1String("signup")).toBool();
    info.limits = Limits::fromJson(json.value(QLatin1String("limits")).toObject());
    return info;
}

} // namespace inkboard::protocol
