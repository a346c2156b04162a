// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QThread>
#include <functional>
#include <memory>
#include <vector>

namespace inkboard::bench {

// Worker threads, each running its own Qt event loop. Connections are created inside a
// worker (run/post) and live there, so the generator spreads its socket work over several
// cores instead of one event loop.
class WorkerPool
{
public:
    explicit WorkerPool(int threads);
    ~WorkerPool();
    WorkerPool(const WorkerPool &) = delete;
    WorkerPool &operator=(const WorkerPool &) = delete;

    int size() const { return int(m_threads.size()); }
    // An object living in worker i: a parent for what the worker owns.
    QObject *context(int i) const { return m_contexts[std::size_t(i)]; }

    // Runs f in worker i and returns when it is done.
    void run(int i, const std::function<void()> &f);
    // Runs f in every worker, one after another.
    void runAll(const std::function<void(int worker)> &f);
    // Queues f in worker i.
    void post(int i, std::function<void()> f);

private:
    std::vector<std::unique_ptr<QThread>> m_threads;
    std::vector<QObject *> m_contexts;
};

// Runs the calling thread's event loop (so queued calls from workers are served) until
// done() holds or timeoutMs passes; done() is checked every pollMs. Returns done().
bool spinUntil(const std::function<bool()> &done, qint64 timeoutMs, int pollMs = 5);

// Runs the calling thread's event loop for ms milliseconds.
void spinFor(qint64 ms);

} // namespace inkboard::bench
