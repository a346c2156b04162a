// SPDX-License-Identifier: Apache-2.0
#include "store_writer.h"

#include "logging.h"

#include <QMetaObject>
#include <future>

namespace inkboard::server {

StoreWriter::StoreWriter(StoreFactory factory, QObject *parent)
    : QObject(parent), m_factory(std::move(factory))
{}

StoreWriter::~StoreWriter()
{
    stop();
}

bool StoreWriter::start(QString *error)
{
    std::promise<QString> opened;
    auto result = opened.get_future();
    m_thread = std::thread([this, &opened] {
        // The connection belongs to this thread (QtSql's rule), so it is made here.
        m_store = m_factory();
        if (!m_store->open()) {
            opened.set_value(m_store->lastError().isEmpty()
                                 ? QStringLiteral("cannot open the store")
                                 : m_store->lastError());
            m_store.reset();
            return;
        }
        opened.set_value(QString());
        run();
        m_store.reset();
    });
    const QString message = result.get();
    if (!message.isEmpty()) {
        m_thread.join();
        if (error)
            *error = message;
        return false;
    }
    return true;
}

qint64 StoreWriter::queued() const
{
    std::lock_guard lock(m_mutex);
    return qint64(m_queue.size());
}

void StoreWriter::submit(Job job, Done done)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(Entry{std::move(job), {}, std::move(done)});
    }
    m_wake.notify_one();
}

void StoreWriter::submitPlain(PlainJob job, Done done)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(Entry{{}, std::move(job), std::move(done)});
    }
    m_wake.notify_one();
}

void StoreWriter::stop()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

void StoreWriter::run()
{
    for (;;) {
        std::vector<Entry> batch;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty() && m_stopping)
                return;
            const size_t n = std::min<size_t>(m_queue.size(), 20000);
            batch.reserve(n);
            for (size_t i = 0; i < n; ++i) {
                batch.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
        }
        auto results = std::make_shared<std::vector<std::pair<Done, bool>>>();
        results->reserve(batch.size());
        if (m_mode != Mode::Writes) {
            // A connection that died while this thread was idle (PostgreSQL restarted) is
            // found and reopened here, not by the first read failing: no writer's
            // transaction does that for a reader.
            m_store->ping();
            // Each answer as soon as it is read: a read (an ops page, a blob) may hold
            // megabytes, so a batch of them is not kept until the last is done.
            for (Entry &e : batch) {
                const bool consistent = m_mode == Mode::ConsistentReads;
                bool ok = false;
                if (!consistent || m_store->beginRead()) {
                    ok = e.plain ? e.plain(*m_store) == Outcome::Done : e.job(*m_store);
                    if (consistent)
                        m_store->rollback(); // it only read: nothing to keep
                }
                auto one = std::make_shared<std::vector<std::pair<Done, bool>>>();
                one->emplace_back(std::move(e.done), ok);
                QMetaObject::invokeMethod(
                    this, [this, one] { deliver(one); }, Qt::QueuedConnection);
            }
            continue;
        }
        const bool began = m_store->begin();
        std::vector<bool> ok(batch.size(), false);
        bool committed = false;
        if (began && batch.size() == 1) {
            // Alone in its transaction: no savepoint needed, a refusal rolls it all back.
            Entry &e = batch[0];
            const Outcome outcome =
                e.plain ? e.plain(*m_store) : (e.job(*m_store) ? Outcome::Done : Outcome::Refused);
            ok[0] = outcome == Outcome::Done;
            if (ok[0]) {
                committed = m_store->commit();
            } else {
                m_store->rollback();
                committed = outcome == Outcome::Refused; // refused: the store is fine
            }
        } else if (began) {
            bool broken = false;
            for (size_t i = 0; i < batch.size() && !broken; ++i) {
                if (batch[i].plain) {
                    const Outcome outcome = batch[i].plain(*m_store);
                    ok[i] = outcome == Outcome::Done;
                    broken = outcome == Outcome::Broken;
                    continue;
                }
                if (!m_store->savepoint()) {
                    ok[i] = false;
                    continue;
                }
                ok[i] = batch[i].job(*m_store);
                if (ok[i])
                    m_store->releaseSavepoint();
                else
                    m_store->rollbackToSavepoint();
            }
            if (broken)
                m_store->rollback(); // a plain job's partial write: none of this group stays
            else
                committed = m_store->commit();
        }
        if (!committed) {
            qCWarning(lcStore) << "group commit of" << batch.size()
                               << "jobs failed:" << m_store->lastError();
        }
        m_healthy.store(committed);
        m_transactions.fetch_add(1);
        for (size_t i = 0; i < batch.size(); ++i)
            results->emplace_back(std::move(batch[i].done), committed && ok[i]);
        QMetaObject::invokeMethod(
            this, [this, results] { deliver(results); }, Qt::QueuedConnection);
    }
}

void StoreWriter::deliver(std::shared_ptr<std::vector<std::pair<Done, bool>>> results)
{
    for (auto &[done, ok] : *results) {
        if (done)
            done(ok);
    }
}

} // namespace inkboard::server
