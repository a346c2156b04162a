// SPDX-License-Identifier: Apache-2.0
#include "worker_pool.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace inkboard::bench {

WorkerPool::WorkerPool(int threads)
{
    for (int i = 0; i < threads; ++i) {
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(QStringLiteral("loadgen-worker-%1").arg(i));
        auto *context = new QObject;
        context->moveToThread(thread.get());
        QObject::connect(thread.get(), &QThread::finished, context, &QObject::deleteLater);
        thread->start();
        m_contexts.push_back(context);
        m_threads.push_back(std::move(thread));
    }
}

WorkerPool::~WorkerPool()
{
    for (auto &thread : m_threads) {
        thread->quit();
        thread->wait();
    }
}

void WorkerPool::run(int i, const std::function<void()> &f)
{
    QMetaObject::invokeMethod(
        context(i), [&f] { f(); }, Qt::BlockingQueuedConnection);
}

void WorkerPool::runAll(const std::function<void(int)> &f)
{
    for (int i = 0; i < size(); ++i)
        run(i, [&f, i] { f(i); });
}

void WorkerPool::post(int i, std::function<void()> f)
{
    QMetaObject::invokeMethod(context(i), std::move(f), Qt::QueuedConnection);
}

bool spinUntil(const std::function<bool()> &done, qint64 timeoutMs, int pollMs)
{
    if (done())
        return true;
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(pollMs);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || clock.elapsed() >= timeoutMs)
            loop.quit();
    });
    poll.start();
    loop.exec();
    return done();
}

void spinFor(qint64 ms)
{
    QEventLoop loop;
    QTimer::singleShot(int(ms), &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace inkboard::bench
