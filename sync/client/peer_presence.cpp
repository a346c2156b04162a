// SPDX-License-Identifier: Apache-2.0
#include "peer_presence.h"

#include "push_channel.h"

#include <algorithm>

namespace inkboard::sync {

PeerPresence::PeerPresence(const SyncOptions &options, QObject *parent)
    : QObject(parent), m_options(options)
{
    m_coalesceTimer.setSingleShot(true);
    m_coalesceTimer.setInterval(m_options.presenceIntervalMs);
    connect(&m_coalesceTimer, &QTimer::timeout, this, [this] {
        // Offline the presence cannot go out and would stay dirty: restarting then would
        // wake the thread every interval for nothing. hello() sends the latest one.
        if (m_dirty && canSend()) {
            flush();
            m_coalesceTimer.start();
        }
    });
    m_refreshTimer.setInterval(m_options.presenceRefreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_local)
            flush();
    });
    m_expiryTimer.setInterval(qMax(10, m_options.peerExpiryMs / 4));
    connect(&m_expiryTimer, &QTimer::timeout, this, &PeerPresence::expire);
}

void PeerPresence::setChannel(PushChannel *channel)
{
    m_channel = channel;
    connect(channel, &PushChannel::presenceReceived, this, &PeerPresence::heard);
    connect(channel, &PushChannel::leaveReceived, this, [this](const QString &sessionId) {
        if (m_peers.remove(sessionId))
            emit peersChanged();
    });
}

void PeerPresence::setLocal(const protocol::Presence &presence)
{
    m_local = presence;
    m_dirty = true;
    if (!canSend())
        return; // kept: hello() sends it
    if (!m_coalesceTimer.isActive()) {
        flush();
        m_coalesceTimer.start();
    }
}

QList<protocol::Presence> PeerPresence::peers() const
{
    QList<protocol::Presence> list;
    for (const Peer &p : m_peers)
        list.append(p.presence);
    std::sort(list.begin(), list.end(),
              [](const auto &a, const auto &b) { return a.sessionId < b.sessionId; });
    return list;
}

void PeerPresence::hello(const protocol::Hello &hello)
{
    m_live = true;
    m_sessionId = hello.sessionId;
    m_peers.clear();
    for (const protocol::Presence &p : hello.peers) {
        if (p.sessionId.isEmpty() || p.sessionId == m_sessionId)
            continue;
        if (m_peers.size() >= m_options.maxPeers && !m_peers.contains(p.sessionId))
            break;
        Peer &peer = m_peers[p.sessionId];
        peer.presence = p;
        peer.lastSeen.start();
    }
    emit peersChanged();
    m_expiryTimer.start();
    m_refreshTimer.start();
    if (m_local) {
        // What was set while offline goes out now; the coalescing window starts with it.
        flush();
        m_coalesceTimer.start();
    }
}

void PeerPresence::channelDown(bool forgetPeers)
{
    m_live = false;
    m_coalesceTimer.stop();
    m_refreshTimer.stop();
    m_expiryTimer.stop();
    if (forgetPeers && !m_peers.isEmpty()) {
        m_peers.clear();
        emit peersChanged();
    }
}

void PeerPresence::flush()
{
    if (!canSend() || !m_local)
        return;
    m_channel->sendPresence(*m_local);
    m_dirty = false;
}

void PeerPresence::heard(const protocol::Presence &presence)
{
    if (presence.sessionId.isEmpty() || presence.sessionId == m_sessionId)
        return;
    if (!m_peers.contains(presence.sessionId) && m_peers.size() >= m_options.maxPeers)
        dropQuietestPeer();
    Peer &peer = m_peers[presence.sessionId];
    peer.presence = presence;
    peer.lastSeen.start();
    emit peersChanged();
}

void PeerPresence::dropQuietestPeer()
{
    // The one heard from longest ago is the likeliest to have gone; the newcomer is live.
    auto quietest = m_peers.begin();
    for (auto it = m_peers.begin(); it != m_peers.end(); ++it) {
        if (it->lastSeen.elapsed() > quietest->lastSeen.elapsed())
            quietest = it;
    }
    if (quietest != m_peers.end())
        m_peers.erase(quietest);
}

void PeerPresence::expire()
{
    bool changed = false;
    for (auto it = m_peers.begin(); it != m_peers.end();) {
        if (it->lastSeen.elapsed() > m_options.peerExpiryMs) {
            it = m_peers.erase(it);
            changed = true;
        } else {
            ++it;
        }
    }
    if (changed)
        emit peersChanged();
}

} // namespace inkboard::sync
