// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fanout_bus.h"

namespace inkboard::server {

class RedisBus;

// Fan-out over Redis pub/sub (RedisBus) to every node on the same Redis. A message travels
// as "NODE\nKIND\nARG\nBODY": NODE (--node-id) lets a node drop its own messages, which
// Redis sends back to it like to any subscriber.
class RedisFanout final : public FanoutBus
{
    Q_OBJECT
public:
    // `redis` outlives this bus (both belong to the server).
    RedisFanout(RedisBus *redis, QByteArray nodeId, QObject *parent = nullptr);

    bool connected() const override;
    void publish(const QString &channel, const FanoutMessage &message) override;
    void subscribe(const QString &channel) override;
    void unsubscribe(const QString &channel) override;

private:
    void onMessage(const QString &channel, const QByteArray &payload);

    RedisBus *m_redis;
    QByteArray m_nodeId;
};

} // namespace inkboard::server
