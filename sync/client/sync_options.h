// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

namespace inkboard::sync {

// Every interval of the sync engine, so that tests and benchmarks need not sleep, and the
// bounds on what a server (hostile or buggy) can make the client hold.
struct SyncOptions
{
    int backoffInitialMs = 500;      // first retry delay after a failure
    int backoffMaxMs = 30000;        // the exponential backoff's ceiling
    int keepaliveIntervalMs = 15000; // a WebSocket ping this often
    int keepaliveTimeoutMs = 45000;  // no frame for this long: the socket is dead
    int presenceIntervalMs = 50;     // outgoing presence is coalesced to one per interval
    int presenceRefreshMs = 20000;   // unchanged presence is resent this often
    int peerExpiryMs = 60000;        // a peer silent this long is dropped
    int ackTimeoutMs = 3000;         // a POST answered but its commit not pushed: catch up by REST
    int maxBatchOps = 500;           // ops per POST, capped by the server's max_ops_per_commit
    int wakeCheckMs = 5000;          // wall-clock jumps bigger than this mean the machine slept
    int checkpointIdleMs = 2000;     // the WAL is checkpointed after this long without writes
    int requestTimeoutMs = 30000;    // a REST call without an answer for this long has failed
    int confirmedFlushMs = 100;      // commits arriving within this are written in one transaction

    // A REST answer larger than this fails (status 0, "too large") as soon as its
    // Content-Length or its received bytes say so: a snapshot of a 100,000-object drawing
    // is ~20 MB, so this leaves room for far larger drawings.
    qint64 maxReplyBytes = 256 * 1024 * 1024;
    // A WebSocket frame or message larger than this closes the socket (1009) from its
    // header, before it is buffered; the session reconnects and catches up by REST, whose
    // pages are bounded by maxReplyBytes. Commits are at most the server's max_body_bytes
    // (4 MiB by default) and hellos carry the peers' presence; a server that allows bigger
    // bodies lifts the cap to its max_body_bytes + 1 MiB (PushChannel::setLimits), never past
    // maxReplyBytes.
    qint64 maxPushMessageBytes = 64 * 1024 * 1024;
    // Commits past a gap held until it is filled; past this many, later ones are dropped
    // (the REST catch-up that fills the gap fetches them again).
    int maxHeldCommits = 1000;
    // Distinct peers kept; past this, a new one replaces the one heard from longest ago.
    int maxPeers = 256;
};

} // namespace inkboard::sync
