// SPDX-License-Identifier: Apache-2.0
#include "redis_qt_adapter.h"

#include <hiredis/async.h>

namespace inkboard::server {

RedisQtAdapter::RedisQtAdapter(redisAsyncContext *context, QObject *parent)
    : QObject(parent), m_context(context)
{
    m_context->ev.data = this;
    m_context->ev.addRead = &RedisQtAdapter::addRead;
    m_context->ev.delRead = &RedisQtAdapter::delRead;
    m_context->ev.addWrite = &RedisQtAdapter::addWrite;
    m_context->ev.delWrite = &RedisQtAdapter::delWrite;
    m_context->ev.cleanup = &RedisQtAdapter::cleanup;
}

RedisQtAdapter::~RedisQtAdapter()
{
    drop(m_read);
    drop(m_write);
}

// A notifier may be dropped from inside its own activated() (hiredis frees the context
// while handling a read): disable it now, delete it once the signal has returned.
void RedisQtAdapter::drop(QPointer<QSocketNotifier> &notifier)
{
    if (!notifier)
        return;
    notifier->setEnabled(false);
    notifier->deleteLater();
    notifier = nullptr;
}

void RedisQtAdapter::addRead(void *self)
{
    auto *a = static_cast<RedisQtAdapter *>(self);
    if (a->m_read)
        return;
    a->m_read = new QSocketNotifier(a->m_context->c.fd, QSocketNotifier::Read, a);
    connect(a->m_read, &QSocketNotifier::activated, a, [a] {
        if (a->m_context)
            redisAsyncHandleRead(a->m_context);
    });
}

void RedisQtAdapter::delRead(void *self)
{
    auto *a = static_cast<RedisQtAdapter *>(self);
    a->drop(a->m_read);
}

void RedisQtAdapter::addWrite(void *self)
{
    auto *a = static_cast<RedisQtAdapter *>(self);
    if (a->m_write)
        return;
    a->m_write = new QSocketNotifier(a->m_context->c.fd, QSocketNotifier::Write, a);
    connect(a->m_write, &QSocketNotifier::activated, a, [a] {
        if (a->m_context)
            redisAsyncHandleWrite(a->m_context);
    });
}

void RedisQtAdapter::delWrite(void *self)
{
    auto *a = static_cast<RedisQtAdapter *>(self);
    a->drop(a->m_write);
}

void RedisQtAdapter::cleanup(void *self)
{
    // The context is being freed: nothing may touch it any more.
    auto *a = static_cast<RedisQtAdapter *>(self);
    a->drop(a->m_read);
    a->drop(a->m_write);
    a->m_context = nullptr;
}

} // namespace inkboard::server
