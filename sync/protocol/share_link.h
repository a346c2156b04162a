// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "wire_types.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUrl>
#include <optional>

namespace inkboard::protocol {

// Share links (PROTOCOL.md §4 "Share links"): an owner makes a link that lets whoever signs in
// with it become a member of one drawing with the link's role.

// The bounds of links, the same on both sides.
inline constexpr int kMaxLinksPerDrawing = 50; // expired ones count until revoked
inline constexpr qint64 kMinLinkLifetimeSeconds = 1;
inline constexpr qint64 kMaxLinkLifetimeSeconds = 365LL * 24 * 3600;
inline constexpr int kMaxLinkKeyLength = 128; // the server makes 43-character keys
// A link route's body is a few short fields: anything past this is refused (413) unread.
inline constexpr qint64 kMaxLinkBodyBytes = 1024;

// A key as the server makes them: 1-128 characters of base64url (the server's are 43).
bool isValidLinkKey(const QString &key);

// A link as the owner (or an admin) lists it: never its key, which is shown once.
struct ShareLinkInfo
{
    QString id;
    QString drawingId;
    Role role = Role::Viewer;
    UserRef createdBy;
    QDateTime createdAt;
    QDateTime expiresAt; // invalid: never expires
    int members = 0;     // memberships that came from this link and are still tied to it

    bool expired(const QDateTime &now) const { return expiresAt.isValid() && expiresAt <= now; }
    QJsonObject toJson() const;
    static ShareLinkInfo fromJson(const QJsonObject &json);
};

// What a link says: which server, which drawing, and the key. Two spellings:
//   https://HOST[:PORT][/PREFIX]/d/ID?k=KEY   (the server's own URL; http too)
//   inkboard://HOST[:PORT][/PREFIX]/d/ID?k=KEY (https; with &tls=0, http)
// The first is what people paste; the second is the scheme the desktop file registers.
struct ShareLinkAddress
{
    QUrl server; // http(s)://HOST[:PORT][/PREFIX], no trailing slash
    QString drawingId;
    QString key;

    QUrl webUrl() const;
    QUrl appUrl() const;
    // Either spelling; nullopt for anything else (no id, no key, other schemes, fragments).
    static std::optional<ShareLinkAddress> parse(const QString &text);
};

} // namespace inkboard::protocol
