#pragma once

#include "config.h"
#include "metrics.h"
#include "store/store.h"
#include "store_writer.h"

#include <QByteArray>
#include <QString>

namespace inkboard::server {

class DrawingRegistry;
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
    Metrics metrics;
    DrawingRegistry *drawings = nullptr;
    PushHub *hub = nullptr;
    RedisBus *bus = nullptr; // cross-node fan-out; null on a single node
    bool shuttingDown = false;
    qint64 httpConnections = 0;
};

} // namespace inkboard::server
