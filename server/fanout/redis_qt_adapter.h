// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>
#include <QSocketNotifier>

struct redisAsyncContext;

namespace inkboard::server {

// Drives a hiredis async context from the Qt event loop. hiredis ships such an adapter
// (hiredis/adapters/qt.h), but the one in Debian 12's hiredis 0.14 does not survive a
// reconnect: hiredis frees the context when the connection drops, and that adapter's
// destructor then writes into the freed context (`m_ctx->ev.data = NULL`), while its cleanup
// deletes a socket notifier from inside that notifier's own signal. A node reconnects to
// Redis whenever it comes back, so this is the same 40 lines with those two things done
// safely (the context is forgotten on cleanup, notifiers are deleted later).
class RedisQtAdapter : public QObject
{
    Q_OBJECT
public:
    explicit RedisQtAdapter(redisAsyncContext *context, QObject *parent = nullptr);
    ~RedisQtAdapter() override;

private:
    static void addRead(void *self);
    static void delRead(void *self);
    static void addWrite(void *self);
    static void delWrite(void *self);
    static void cleanup(void *self);
    void drop(QPointer<QSocketNotifier> &notifier);

    redisAsyncContext *m_context;
    QPointer<QSocketNotifier> m_read;
    QPointer<QSocketNotifier> m_write;
};

} // namespace inkboard::server
