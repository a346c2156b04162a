// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/share_link.h"
#include "rest_client.h"

#include <QList>
#include <functional>
#include <optional>

namespace inkboard::sync {

class SyncClient;

// The share link calls of PROTOCOL.md §4 "Share links", with the token of the account the
// client holds for that server. Answers are checked as a hostile server's: a reply that does
// not say what the call asked for is an error (status kept, `ok()` false for the caller).
class ShareLinks
{
public:
    explicit ShareLinks(SyncClient *client) : m_client(client) {}

    struct Created
    {
        protocol::ShareLinkInfo info;
        QString key; // shown once: the server keeps only its hash
    };
    using CreatedDone = std::function<void(const RestResult &, const std::optional<Created> &)>;
    using ListDone =
        std::function<void(const RestResult &, const QList<protocol::ShareLinkInfo> &)>;
    using RedeemDone = std::function<void(const RestResult &, std::optional<protocol::Role>)>;

    // `expiresInSeconds` empty: the link never expires.
    void create(const QString &serverUrl, const QString &drawingId, protocol::Role role,
                std::optional<qint64> expiresInSeconds, QObject *context, CreatedDone done);
    void list(const QString &serverUrl, const QString &drawingId, QObject *context, ListDone done);
    void revoke(const QString &serverUrl, const QString &drawingId, const QString &linkId,
                QObject *context, std::function<void(const RestResult &)> done);
    // The role the link gave (or the higher one the user had); nullopt when it failed.
    void redeem(const QString &serverUrl, const protocol::ShareLinkAddress &link, QObject *context,
                RedeemDone done);

private:
    SyncClient *m_client;
};

} // namespace inkboard::sync
