// SPDX-License-Identifier: Apache-2.0
#include "subscriber_group.h"

#include "frame_scan.h"
#include "protocol/push_messages.h"
#include "ws_connection.h"

namespace inkboard::bench {

SubscriberGroup::SubscriberGroup(std::vector<Target> targets, int maxConnecting, Limits limits,
                                 SubscriberShared *shared, QObject *parent)
    : QObject(parent), m_targets(std::move(targets)), m_maxConnecting(maxConnecting),
      m_limits(limits), m_shared(shared)
{
    m_connections.resize(m_targets.size(), nullptr);
    m_helloSeen.resize(m_targets.size(), 0);
}

void SubscriberGroup::openAll()
{
    openMore();
}

void SubscriberGroup::openMore()
{
    while (m_connecting < m_maxConnecting && m_next < int(m_targets.size())) {
        const int index = m_next++;
        ++m_connecting;
        auto *ws = new WsConnection(m_targets[std::size_t(index)].endpoint,
                                    m_targets[std::size_t(index)].path, this);
        m_connections[std::size_t(index)] = ws;
        ws->onText = [this, index](QByteArrayView frame, qint64 receivedNs) {
            if (!m_helloSeen[std::size_t(index)]) {
                m_helloSeen[std::size_t(index)] = 1;
                const auto parsed = protocol::parsePushMessage(frame.toByteArray(), m_limits);
                const auto *hello = std::get_if<protocol::PushMessage>(&parsed);
                if (!hello || !std::holds_alternative<protocol::Hello>(*hello)) {
                    ++m_shared->badFrames;
                } else {
                    m_shared->helloLatest = std::get<protocol::Hello>(*hello).latestRevision;
                }
                ++m_shared->hellos;
                --m_connecting;
                openMore();
                return;
            }
            const qint64 revision = scanCommitRevision(frame);
            if (index == 0) {
                const auto parsed = protocol::parsePushMessage(frame.toByteArray(), m_limits);
                const auto *message = std::get_if<protocol::PushMessage>(&parsed);
                const auto *commit = message ? std::get_if<protocol::Commit>(message) : nullptr;
                if (!message || (commit ? commit->revision != revision : revision != 0))
                    ++m_shared->badFrames;
            }
            if (onFrame)
                onFrame(index, frame, receivedNs, revision);
        };
        ws->onClosed = [this, index](int code, const QString &) {
            m_shared->lastCloseCode = code;
            if (m_helloSeen[std::size_t(index)]) {
                ++m_shared->dropped;
            } else {
                ++m_shared->refused;
                --m_connecting;
                openMore();
            }
        };
        ws->open();
    }
}

qsizetype SubscriberGroup::sendText(int index, QByteArrayView payload)
{
    WsConnection *ws = m_connections[std::size_t(index)];
    if (!ws || !m_helloSeen[std::size_t(index)] || !ws->isOpen())
        return 0;
    ws->sendText(payload);
    return payload.size();
}

void SubscriberGroup::closeAll()
{
    for (WsConnection *ws : m_connections) {
        if (ws) {
            ws->onClosed = nullptr;
            ws->onText = nullptr;
            ws->close(1000);
        }
    }
}

} // namespace inkboard::bench
