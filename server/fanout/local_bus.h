// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "fanout_bus.h"

namespace inkboard::server {

// No --redis: the hub delivers to its own sessions itself and this bus carries nothing.
// It is never connected: nodes that share the store without it learn of each other's
// commits by polling the store (PushHub).
class LocalBus final : public FanoutBus
{
    Q_OBJECT
public:
    using FanoutBus::FanoutBus;

    bool connected() const override { return false; }
    void publish(const QString &, const FanoutMessage &) override {}
    void subscribe(const QString &) override {}
    void unsubscribe(const QString &) override {}
};

} // namespace inkboard::server
