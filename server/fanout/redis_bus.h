// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>
#include <optional>

struct redisAsyncContext;

namespace inkboard::server {

class RedisQtAdapter;

// Cross-node fan-out on Redis pub/sub (hiredis, on the Qt event loop). Two connections:
// one subscribes (a connection in subscribe mode can do nothing else), one publishes.
// Either may go away at any time: publishes are then dropped (receivers fill the gap from
// the database) and both reconnect by themselves, the subscriber restoring every channel.
class RedisBus : public QObject
{
    Q_OBJECT
public:
    struct Endpoint
    {
        QString host;
        int port = 6379;
        QString password;
    };
    // redis://[:password@]host[:port]
    static std::optional<Endpoint> parseUrl(const QString &url, QString *error);

    RedisBus(Endpoint endpoint, QObject *parent = nullptr);
    ~RedisBus() override;

    void start();
    bool connected() const { return m_subscriberUp && m_publisherUp; }
    void publish(const QString &channel, const QByteArray &payload);
    void subscribe(const QString &channel);
    void unsubscribe(const QString &channel);
    qint64 dropped() const { return m_dropped; }

signals:
    void message(const QString &channel, const QByteArray &payload);
    // Both connections are up and every channel is subscribed again (or one went down).
    void connectedChanged(bool up);

private:
    struct Connection
    {
        redisAsyncContext *context = nullptr;
        RedisQtAdapter *adapter = nullptr;
    };
    void connectMissing();
    bool open(Connection &c, bool subscriber);
    void lost(const redisAsyncContext *context);
    void scheduleRetry();
    void setUp(bool &flag, bool up);
    static void onConnect(const redisAsyncContext *context, int status);
    static void onDisconnect(const redisAsyncContext *context, int status);
    static void onSubscription(redisAsyncContext *context, void *reply, void *self);
    static void onPublished(redisAsyncContext *context, void *reply, void *self);
    static void onPong(redisAsyncContext *context, void *reply, void *self);
    void sendSubscribe(const QList<QByteArray> &channels, bool subscribe);

    Endpoint m_endpoint;
    Connection m_subscriber;
    Connection m_publisher;
    bool m_subscriberUp = false;
    bool m_publisherUp = false;
    bool m_wasUp = false;
    bool m_stopping = false;
    QSet<QString> m_channels;
    QTimer m_retry;
    int m_retryMs = 250;
    qint64 m_inflight = 0; // publishes written, not yet answered
    qint64 m_dropped = 0;
};

} // namespace inkboard::server
