// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/limits.h"
#include "store/database_target.h"

#include <QString>

namespace inkboard::server {

// Everything the command line and the environment decide (server/README.md lists them).
struct ServerConfig
{
    QString listenHost = QStringLiteral("127.0.0.1");
    quint16 listenPort = 8080;
    QString dataDir;
    DatabaseTarget database; // from --data / --database
    QString redisUrl;        // empty: one node, no cross-node fan-out
    QString nodeId;          // names this node in logs and fan-out messages
    bool allowSignup = false;
    bool metricsPublic = false; // /metrics without an admin token (a scraper on a private network)

    Limits limits;
    int maxHeaderBytes = 16 * 1024;
    qint64 tokenTtlSeconds = 30LL * 24 * 3600;
    int loginAccountPerMinute = 10;      // login/signup tries per account name (0: unlimited)
    int loginAddressPerMinute = 60;      // and per client address
    int linkRedeemPerMinute = 10;        // share link redeems per user (0: unlimited)
    int linkRedeemAddressPerMinute = 60; // and per client address
    int maxHashQueue = 64;               // password hashes queued or running; past it 503
    int binRetentionDays = 30;           // a deleted drawing stays restorable this long (0: no bin)
    int maxDrawingsPerUser = 1000;       // drawings a user may own when creating one (0: unlimited)
    // Bytes of blobs a user's uploads may add to the store (0: unlimited); past it 403.
    qint64 maxBlobBytesPerUser = 1024LL * 1024 * 1024;
    int maxCommentsPerDrawing = 10000; // comments a drawing holds, deleted ones too (0: unlimited)
    int commentsPerMinute = 60;        // comment writes per user, burst as many (0: unlimited)

    int snapshotInterval = 100; // a snapshot every N commits
    // Historic snapshots (`snapshot?revision=R`) kept once built, for the whole node.
    int snapshotCacheEntries = 8;
    qint64 snapshotCacheBytes = 64LL * 1024 * 1024;
    qint64 retainCommits = 0; // 0: keep every commit; else compact older ones

    // How often the store's access generation is read: a `user remove` / `user passwd`, or a
    // change made on a node that cannot tell this one, closes sockets within about this.
    int accessPollMs = 500; // 0: only the re-check every half ping interval
    int wsPingMs = 15000;
    int wsTimeoutMs = 30000;
    qint64 wsMaxBufferBytes = 4 * 1024 * 1024; // a subscriber behind by more is closed 4408
    int wsCloseGraceMs = 5000;
    int wsSocketBufferBytes = 256 * 1024; // SO_SNDBUF of WebSocket connections
    // What one session's presence may hold and relay: a bigger frame is dropped, and the
    // bytes relayed refill at half this a second. Every hello holds at most
    // presenceHelloBytes of peers, so no session can make a hello, or the server, big.
    qint64 presenceBudgetBytes = 64 * 1024;
    qint64 presenceHelloBytes = 1024 * 1024;
    int maxSessionsPerUser = 64;      // WebSocket sessions of one user on this node; 0: no cap
    int maxSessionsPerDrawing = 1024; // and of one drawing; 0: no cap

    int requestTimeoutMs = 15000;  // a request must arrive whole within this
    int requestDeadlineMs = 60000; // and be answered within this (503 and close)
    int idleTimeoutMs = 120000;    // keep-alive connections idle for longer are closed
    int maxConnectionsPerIp = 512;
    int maxConnections = 20000;
    int drawingIdleMs = 60000; // an inactive drawing leaves memory after this
};

} // namespace inkboard::server
