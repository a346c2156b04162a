// SPDX-License-Identifier: Apache-2.0
#include "redis_fanout.h"

#include "redis_bus.h"

namespace inkboard::server {

RedisFanout::RedisFanout(RedisBus *redis, QByteArray nodeId, QObject *parent)
    : FanoutBus(parent), m_redis(redis), m_nodeId(std::move(nodeId))
{
    connect(m_redis, &RedisBus::message, this, &RedisFanout::onMessage);
    connect(m_redis, &RedisBus::connectedChanged, this, &FanoutBus::connectedChanged);
}

bool RedisFanout::connected() const
{
    return m_redis->connected();
}

void RedisFanout::publish(const QString &channel, const FanoutMessage &m)
{
    m_redis->publish(channel, m_nodeId + '\n' + m.kind + '\n' + m.arg + '\n' + m.body);
}

void RedisFanout::subscribe(const QString &channel)
{
    m_redis->subscribe(channel);
}

void RedisFanout::unsubscribe(const QString &channel)
{
    m_redis->unsubscribe(channel);
}

void RedisFanout::onMessage(const QString &channel, const QByteArray &payload)
{
    const qsizetype a = payload.indexOf('\n');
    const qsizetype b = a < 0 ? -1 : payload.indexOf('\n', a + 1);
    const qsizetype c = b < 0 ? -1 : payload.indexOf('\n', b + 1);
    if (c < 0 || b != a + 2)
        return; // not one of ours
    if (QByteArrayView(payload.constData(), a) == QByteArrayView(m_nodeId))
        return; // ours were delivered here already
    emit received(channel, FanoutMessage{payload.at(a + 1), payload.mid(b + 1, c - b - 1),
                                         payload.mid(c + 1)});
}

} // namespace inkboard::server
