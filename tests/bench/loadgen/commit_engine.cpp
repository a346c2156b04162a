// SPDX-License-Identifier: Apache-2.0
#include "commit_engine.h"

#include "clock.h"
#include "commit_io.h"
#include "http_connection.h"
#include "worker_pool.h"

#include <QTimer>

namespace inkboard::bench {

void WriterShared::fail(const QString &error)
{
    ++failures;
    QMutexLocker lock(&errorMutex);
    if (firstError.isEmpty())
        firstError = error;
}

Writer::Writer(const Endpoint &endpoint, QString drawingId, QString clientId, int opsPerCommit,
               WriterShared *shared, QObject *parent)
    : QObject(parent), m_http(new HttpConnection(endpoint, this)),
      m_drawingId(std::move(drawingId)), m_clientId(std::move(clientId)),
      m_opsPerCommit(opsPerCommit), m_shared(shared), m_maker(m_clientId),
      m_target(opsTarget(m_drawingId))
{
    m_samples.reserve(1 << 16);
}

void Writer::start()
{
    ++m_shared->active;
    sendNext();
}

void Writer::finished()
{
    --m_shared->active;
}

void Writer::sendNext()
{
    if (m_shared->stop || (m_shared->limited && m_shared->budget.fetch_sub(1) <= 0)) {
        finished();
        return;
    }
    m_body = commitBody(m_clientId, m_maker.next(m_opsPerCommit));
    m_firstSentNs = nowNs();
    send();
}

void Writer::send()
{
    m_http->request("POST", m_target, m_body, [this](HttpResponse &&response) {
        const qint64 done = nowNs();
        const CommitOutcome outcome = readCommitAnswer(response);
        switch (outcome.kind) {
        case CommitOutcome::Kind::Committed:
            m_samples.push_back({m_firstSentNs, done, outcome.revision});
            ++m_shared->acked;
            m_shared->opsAcked += m_opsPerCommit;
            sendNext();
            return;
        case CommitOutcome::Kind::Retry:
            ++m_shared->retries;
            if (m_shared->stop) {
                finished();
                return;
            }
            QTimer::singleShot(outcome.retryAfterMs, this, &Writer::send);
            return;
        case CommitOutcome::Kind::Failed:
            m_shared->fail(
                QStringLiteral("%1 on %2: %3").arg(m_clientId, m_drawingId, outcome.error));
            finished();
            return;
        }
    });
}

CommitEngine::CommitEngine(WorkerPool &pool, const Endpoint &endpoint, Config config)
    : m_pool(pool), m_config(std::move(config))
{
    m_shared.limited = m_config.totalCommits >= 0;
    m_shared.budget = m_config.totalCommits;
    for (int i = 0; i < m_config.writers; ++i) {
        const int worker = i % m_pool.size();
        Writer *w = nullptr;
        m_pool.run(worker, [&] {
            w = new Writer(endpoint, m_config.drawings.at(i % m_config.drawings.size()),
                           benchClientId(QStringLiteral("w"), i), m_config.opsPerCommit, &m_shared,
                           m_pool.context(worker));
        });
        m_writers.push_back(w);
        m_workerOf.push_back(worker);
    }
}

CommitEngine::~CommitEngine()
{
    m_shared.stop = true;
    for (std::size_t i = 0; i < m_writers.size(); ++i)
        m_pool.run(m_workerOf[i], [w = m_writers[i]] { delete w; });
}

void CommitEngine::start()
{
    for (std::size_t i = 0; i < m_writers.size(); ++i)
        m_pool.post(m_workerOf[i], [w = m_writers[i]] { w->start(); });
}

bool CommitEngine::waitIdle(qint64 timeoutMs)
{
    // Writers increment `active` in their thread when they start: wait for that first.
    return spinUntil(
        [this] {
            return m_shared.active.load() == 0 &&
                   (m_shared.stop || (m_shared.limited && m_shared.budget.load() <= 0) ||
                    m_shared.failures.load() >= qint64(m_writers.size()));
        },
        timeoutMs);
}

std::vector<CommitSample> CommitEngine::samples() const
{
    std::vector<CommitSample> all;
    for (std::size_t i = 0; i < m_writers.size(); ++i) {
        m_pool.run(m_workerOf[i], [&] {
            const auto &s = m_writers[i]->samples();
            all.insert(all.end(), s.begin(), s.end());
        });
    }
    return all;
}

qint64 CommitEngine::created() const
{
    qint64 n = 0;
    for (std::size_t i = 0; i < m_writers.size(); ++i)
        m_pool.run(m_workerOf[i], [&] { n += m_writers[i]->created(); });
    return n;
}

} // namespace inkboard::bench
