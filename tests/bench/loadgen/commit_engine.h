// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "endpoint.h"
#include "op_maker.h"

#include <QMutex>
#include <QObject>
#include <QStringList>
#include <atomic>
#include <vector>

namespace inkboard::bench {

class HttpConnection;
class WorkerPool;

// One acknowledged commit: when its first attempt was sent, when its 200 arrived.
struct CommitSample
{
    qint64 sentNs = 0;
    qint64 doneNs = 0;
    qint64 revision = 0;
};

// Counters shared by the writers of one engine.
struct WriterShared
{
    std::atomic<bool> stop{false};
    std::atomic<qint64> budget{0}; // commits left to start when limited
    bool limited = false;
    std::atomic<qint64> acked{0};
    std::atomic<qint64> opsAcked{0};
    std::atomic<int> active{0};
    std::atomic<qint64> retries{0}; // 429/503 answers
    std::atomic<qint64> failures{0};
    QMutex errorMutex;
    QString firstError;

    void fail(const QString &error);
};

// A writer of PROTOCOL.md §6: one POST in flight, the next as soon as the last is answered.
class Writer : public QObject
{
    Q_OBJECT
public:
    Writer(const Endpoint &endpoint, QString drawingId, QString clientId, int opsPerCommit,
           WriterShared *shared, QObject *parent);

    void start();
    const std::vector<CommitSample> &samples() const { return m_samples; }
    qint64 created() const { return m_maker.created(); }

private:
    void sendNext();
    void send();
    void finished();

    HttpConnection *m_http;
    QString m_drawingId;
    QString m_clientId;
    int m_opsPerCommit;
    WriterShared *m_shared;
    OpMaker m_maker;
    QByteArray m_target;
    QByteArray m_body;
    qint64 m_firstSentNs = 0;
    std::vector<CommitSample> m_samples;
};

// N writers over D drawings, spread over the worker threads.
class CommitEngine
{
public:
    struct Config
    {
        QStringList drawings;
        int writers = 1;
        int opsPerCommit = 1;
        qint64 totalCommits = -1; // stop after this many; -1: until stop()
    };

    CommitEngine(WorkerPool &pool, const Endpoint &endpoint, Config config);
    ~CommitEngine();

    void start();
    void stop() { m_shared.stop = true; }
    // Waits until every writer has its last answer.
    bool waitIdle(qint64 timeoutMs);

    WriterShared &shared() { return m_shared; }
    std::vector<CommitSample> samples() const;
    qint64 created() const;

private:
    WorkerPool &m_pool;
    Config m_config;
    WriterShared m_shared;
    std::vector<Writer *> m_writers;
    std::vector<int> m_workerOf;
};

} // namespace inkboard::bench
