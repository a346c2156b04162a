// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/store.h"

#include <QObject>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace inkboard::server {

// The one writer of the store: a thread that runs write jobs in group commits. Every job
// that arrives while a transaction is under way goes into the next one, each inside its
// own savepoint, so throughput grows with concurrency instead of being capped by fsync.
// A job's `done` runs on the thread that owns this object once the transaction holding
// it is durable (ok) or has failed.
class StoreWriter : public QObject
{
    Q_OBJECT
public:
    using Job = std::function<bool(Store &)>;
    using Done = std::function<void(bool ok)>;
    // What a plain job did: wrote its part, refused having written nothing, or failed after
    // writing (its part cannot be undone alone: the whole transaction is rolled back).
    enum class Outcome
    {
        Done,
        Refused,
        Broken
    };
    using PlainJob = std::function<Outcome(Store &)>;
    using StoreFactory = std::function<std::unique_ptr<Store>()>;

    explicit StoreWriter(StoreFactory factory, QObject *parent = nullptr);
    ~StoreWriter() override;

    // What the jobs do; set before start(). Jobs that only read need no group commit: on
    // SQLite a writer's BEGIN IMMEDIATE would take the database's write lock for each batch.
    // Reads: no transaction. ConsistentReads: each job in a read transaction of its own
    // (Store::beginRead), for a job whose statements must see one state of the store. In both
    // each job's done is delivered as soon as it ran.
    enum class Mode
    {
        Writes,
        Reads,
        ConsistentReads
    };
    void setMode(Mode mode) { m_mode = mode; }
    bool start(QString *error);
    void submit(Job job, Done done);
    // A job without a savepoint of its own, for the hot path (a commit): on PostgreSQL that is
    // two round trips fewer. It must write nothing when it refuses.
    void submitPlain(PlainJob job, Done done);
    // Finishes every job submitted so far, then stops the thread. Done callbacks that are
    // still queued run from the event loop, or now when `deliver` is true.
    void stop();
    bool healthy() const { return m_healthy.load(); }
    qint64 transactions() const { return m_transactions.load(); }
    qint64 queued() const;

private:
    struct Entry
    {
        Job job;
        PlainJob plain; // set instead of job for submitPlain()
        Done done;
    };
    void run();
    void deliver(std::shared_ptr<std::vector<std::pair<Done, bool>>> results);

    StoreFactory m_factory;
    std::unique_ptr<Store> m_store;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Entry> m_queue;
    bool m_stopping = false;
    Mode m_mode = Mode::Writes;
    std::atomic<bool> m_healthy{true};
    std::atomic<qint64> m_transactions{0};
};

} // namespace inkboard::server
