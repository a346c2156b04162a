// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config.h"
#include "metrics.h"
#include "store/store.h"
#include "store_writer.h"

#include <QByteArray>
#include <QString>

namespace inkboard::server {

class CommitPublisher;
class DrawingRegistry;
class FanoutBus;
class PushHub;
class RedisBus;

// Who made a request: the owner of a valid token.
struct AuthUser
{
    QString id;
    QString name;
    bool admin = false;
    QByteArray tokenHash;

    protocol::UserRef ref() const { return {id, name}; }
};

// What the parts of a running server share. Main thread only, except the writer's queue.
struct ServerContext
{
    ServerConfig config;
    Store *store = nullptr; // the main thread's connection: reads, and nothing slow
    StoreWriter *writer = nullptr;
    // A thread and connection of its own for slow reads (historic snapshots): each job in a
    // read transaction (StoreWriter::Mode::ConsistentReads), which never holds up the writer.
    StoreWriter *historyReader = nullptr;
    // Another, read-only, for the access re-checks of open sockets (PushHub): small reads
    // that must not wait behind a replay.
    StoreWriter *accessReader = nullptr;
    // And another for ops pages (GET …/ops): megabytes read and written per request.
    StoreWriter *pageReader = nullptr;
    Metrics metrics;
    DrawingRegistry *drawings = nullptr;
    PushHub *hub = nullptr;
    CommitPublisher *publisher = nullptr; // the hub, as the commit pipeline sees it
    FanoutBus *fanout = nullptr;          // to the other nodes: Redis, or none (LocalBus)
    RedisBus *bus = nullptr;              // under `fanout` with --redis, for its metrics
    bool shuttingDown = false;
    qint64 httpConnections = 0;
};

} // namespace inkboard::server
