// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/push_messages.h"
#include "sync_options.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <optional>

namespace inkboard::sync {

class PushChannel;

// Presence on one drawing (PROTOCOL.md §5): our own, sent coalesced to one message per
// presenceIntervalMs and refreshed every presenceRefreshMs, and the peers', each dropped
// after peerExpiryMs of silence. Presence goes out only on a push channel that said hello;
// offline, setLocal just keeps the latest one, which hello() sends. The timers run only
// while the channel is up. At most maxPeers peers are kept.
class PeerPresence : public QObject
{
    Q_OBJECT
public:
    explicit PeerPresence(const SyncOptions &options, QObject *parent = nullptr);

    // The channel presence goes out on and comes in from (set once; it outlives us or is
    // our sibling).
    void setChannel(PushChannel *channel);

    void setLocal(const protocol::Presence &presence);
    // Others' presence, never our own, sorted by session id.
    QList<protocol::Presence> peers() const;
    // Our session id, from the last hello.
    QString sessionId() const { return m_sessionId; }

    // The channel said hello: its peers replace ours, the timers start and what was set
    // while offline goes out now.
    void hello(const protocol::Hello &hello);
    // A channel is being opened: nothing goes out until its hello.
    void awaitHello() { m_live = false; }
    // The channel ended: nothing goes out, the timers stop. `forgetPeers`: nobody is heard
    // from until the next hello, so the peers go too.
    void channelDown(bool forgetPeers);

signals:
    void peersChanged();

private:
    struct Peer
    {
        protocol::Presence presence;
        QElapsedTimer lastSeen;
    };

    bool canSend() const { return m_channel && m_live; }
    void flush();
    void heard(const protocol::Presence &presence);
    void expire();
    // At maxPeers (a hostile server could invent session ids without end).
    void dropQuietestPeer();

    SyncOptions m_options;
    QPointer<PushChannel> m_channel;
    bool m_live = false;
    QString m_sessionId;
    QHash<QString, Peer> m_peers;
    std::optional<protocol::Presence> m_local;
    bool m_dirty = false;
    QTimer m_coalesceTimer;
    QTimer m_refreshTimer;
    QTimer m_expiryTimer;
};

} // namespace inkboard::sync
