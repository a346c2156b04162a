#pragma once

#include <QObject>
#include <QPointer>
#include <QSocketNotifier>

struct redisAsyncContext;

namespace inkboard::server {

// Drives a hiredis async context from the Qt event loop. hiredis ships such an adapter
// (hiredis/adapters/qt.h), but the one in Debian 12's hiredis 0.14 connects to
// QSocketNotifier::activated(int), a Qt 5 signal that Qt 6 removed, so it never fires
// here; this is the same 40 lines on Qt 6's signal.
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
