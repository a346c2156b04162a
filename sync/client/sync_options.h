#pragma once

namespace inkboard::sync {

// Every interval of the sync engine, so that tests and benchmarks need not sleep.
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
};

} // namespace inkboard::sync
