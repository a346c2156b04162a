// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/limits.h"
#include "wire_types.h"

#include <QDateTime>
#include <QList>

namespace inkboard::protocol {

inline constexpr int kMaxTitleLength = 200;
bool isValidTitle(const QString &title);
// Passwords: 8-1024 characters (PROTOCOL.md §1).
bool isValidPassword(const QString &password);

// GET /drawings/{id}, and the entries of GET /drawings.
struct DrawingInfo
{
    QString id;
    QString title;
    Role role = Role::Viewer;
    qint64 latestRevision = 0;
    qint64 snapshotRevision = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    // The short form of the GET /drawings list.
    QJsonObject toListJson() const;
    static DrawingInfo fromJson(const QJsonObject &json);
};

// An entry of GET /bin (PROTOCOL.md §8): a deleted drawing its owner may still restore.
struct BinnedDrawing
{
    DrawingInfo drawing; // as it was when deleted; role is the caller's then
    QDateTime deletedAt;
    QDateTime purgeAt; // when the server removes it for good

    QJsonObject toJson() const;
    static BinnedDrawing fromJson(const QJsonObject &json);
};

struct Member
{
    UserRef user;
    Role role = Role::Viewer;

    QJsonObject toJson() const;
    static Member fromJson(const QJsonObject &json);
};

// GET /info
struct ServerInfo
{
    QString server = QStringLiteral("inkboard-server");
    QString version;
    int api = kApiVersion;
    bool signup = false;
    Limits limits;

    QJsonObject toJson() const;
    // Empty when the JSON is not an Inkboard server's /info.
    static std::optional<ServerInfo> fromJson(const QJsonObject &json);
};

} // namespace inkboard::protocol
