// SPDX-License-Identifier: Apache-2.0
#include "redis_bus.h"

#include "logging.h"
#include "redis_qt_adapter.h"

#include <QUrl>
#include <cstring>
#include <hiredis/async.h>
#include <hiredis/hiredis.h>
#include <vector>

namespace inkboard::server {

namespace {

// A Redis that stopped answering must not make a node buffer without bound.
constexpr qint64 kMaxInflightPublishes = 100000;
constexpr int kMaxRetryMs = 5000;

} // namespace

std::optional<RedisBus::Endpoint> RedisBus::parseUrl(const QString &url, QString *error)
{
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || u.scheme() != u"redis" || u.host().isEmpty()) {
        *error = QStringLiteral("--redis: expected redis://HOST:PORT, got '%1'").arg(url);
        return std::nullopt;
    }
    Endpoint e;
    e.host = u.host();
    e.port = u.port(6379);
    e.password = u.password(QUrl::FullyDecoded);
    return e;
}

RedisBus::RedisBus(Endpoint endpoint, QObject *parent)
    : QObject(parent), m_endpoint(std::move(endpoint))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &RedisBus::connectMissing);
}

RedisBus::~RedisBus()
{
    m_stopping = true;
    // Frees the contexts; their callbacks run now and see m_stopping.
    if (m_subscriber.context)
        redisAsyncFree(m_subscriber.context);
    if (m_publisher.context)
        redisAsyncFree(m_publisher.context);
}

void RedisBus::start()
{
    connectMissing();
}

void RedisBus::connectMissing()
{
    bool ok = true;
    if (!m_subscriber.context)
        ok = open(m_subscriber, true) && ok;
    if (!m_publisher.context)
        ok = open(m_publisher, false) && ok;
    if (!ok)
        scheduleRetry();
}

bool RedisBus::open(Connection &c, bool subscriber)
{
    redisAsyncContext *context =
        redisAsyncConnect(m_endpoint.host.toUtf8().constData(), m_endpoint.port);
    if (!context || context->err) {
        qCWarning(lcFanout) << "cannot connect to Redis at" << m_endpoint.host << m_endpoint.port
                            << (context ? context->errstr : "out of memory");
        if (context)
            redisAsyncFree(context);
        return false;
    }
    context->data = this;
    c.context = context;
    c.adapter = new RedisQtAdapter(context, this);
    redisAsyncSetConnectCallback(context, &RedisBus::onConnect);
    redisAsyncSetDisconnectCallback(context, &RedisBus::onDisconnect);
    if (!m_endpoint.password.isEmpty()) {
        const QByteArray password = m_endpoint.password.toUtf8();
        redisAsyncCommand(context, nullptr, nullptr, "AUTH %b", password.constData(),
                          size_t(password.size()));
    }
    // A first command makes hiredis finish the connect (and report it) on the event loop.
    if (subscriber) {
        QList<QByteArray> channels;
        for (const QString &ch : std::as_const(m_channels))
            channels.append(ch.toUtf8());
        channels.append(QByteArrayLiteral("inkboard:ping"));
        sendSubscribe(channels, true);
    } else {
        redisAsyncCommand(context, &RedisBus::onPong, this, "PING");
    }
    return true;
}

void RedisBus::sendSubscribe(const QList<QByteArray> &channels, bool subscribe)
{
    if (!m_subscriber.context || channels.isEmpty())
        return;
    std::vector<const char *> argv;
    std::vector<size_t> lengths;
    const char *verb = subscribe ? "SUBSCRIBE" : "UNSUBSCRIBE";
    argv.push_back(verb);
    lengths.push_back(std::strlen(verb));
    for (const QByteArray &ch : channels) {
        argv.push_back(ch.constData());
        lengths.push_back(size_t(ch.size()));
    }
    redisAsyncCommandArgv(m_subscriber.context, &RedisBus::onSubscription, this, int(argv.size()),
                          argv.data(), lengths.data());
}

void RedisBus::onConnect(const redisAsyncContext *context, int status)
{
    auto *self = static_cast<RedisBus *>(context->data);
    if (status != REDIS_OK) {
        qCWarning(lcFanout) << "Redis connection failed:" << context->errstr;
        self->lost(context); // hiredis frees the context after this returns
    }
}

void RedisBus::onDisconnect(const redisAsyncContext *context, int status)
{
    auto *self = static_cast<RedisBus *>(context->data);
    if (status != REDIS_OK && !self->m_stopping)
        qCWarning(lcFanout) << "Redis connection lost:" << context->errstr;
    self->lost(context);
}

void RedisBus::lost(const redisAsyncContext *context)
{
    Connection &c = context == m_subscriber.context ? m_subscriber : m_publisher;
    if (c.context != context)
        return;
    c.context = nullptr;
    if (c.adapter)
        c.adapter->deleteLater();
    c.adapter = nullptr;
    if (&c == &m_subscriber) {
        setUp(m_subscriberUp, false);
    } else {
        setUp(m_publisherUp, false);
        m_inflight = 0; // hiredis answered every pending publish (with no reply) as it freed
    }
    if (!m_stopping)
        scheduleRetry();
}

void RedisBus::scheduleRetry()
{
    if (m_stopping || m_retry.isActive())
        return;
    m_retry.start(m_retryMs);
    m_retryMs = qMin(kMaxRetryMs, m_retryMs * 2);
}

void RedisBus::setUp(bool &flag, bool up)
{
    flag = up;
    const bool now = connected();
    if (now == m_wasUp)
        return;
    m_wasUp = now;
    if (now) {
        m_retryMs = 250;
        qCInfo(lcFanout) << "Redis fan-out up at" << m_endpoint.host << m_endpoint.port;
    } else {
        qCWarning(lcFanout) << "Redis fan-out down; clients on other nodes catch up from the "
                               "database until it is back";
    }
    emit connectedChanged(now);
}

void RedisBus::onPong(redisAsyncContext *, void *reply, void *self)
{
    auto *bus = static_cast<RedisBus *>(self);
    if (reply && !bus->m_stopping)
        bus->setUp(bus->m_publisherUp, true);
}

void RedisBus::onSubscription(redisAsyncContext *, void *reply, void *self)
{
    auto *bus = static_cast<RedisBus *>(self);
    auto *r = static_cast<redisReply *>(reply);
    if (!r || bus->m_stopping || r->type != REDIS_REPLY_ARRAY || r->elements != 3)
        return;
    const redisReply *kind = r->element[0];
    const redisReply *channel = r->element[1];
    const redisReply *body = r->element[2];
    if (kind->type != REDIS_REPLY_STRING)
        return;
    const QByteArray verb(kind->str, qsizetype(kind->len));
    if (verb == "message" && body->type == REDIS_REPLY_STRING) {
        emit bus->message(QString::fromUtf8(channel->str, qsizetype(channel->len)),
                          QByteArray(body->str, qsizetype(body->len)));
    } else if (verb == "subscribe" && channel->type == REDIS_REPLY_STRING &&
               QByteArray(channel->str, qsizetype(channel->len)) == "inkboard:ping") {
        // The last channel of a (re)subscribe: every channel before it is in place.
        bus->setUp(bus->m_subscriberUp, true);
    }
}

void RedisBus::onPublished(redisAsyncContext *, void *, void *self)
{
    auto *bus = static_cast<RedisBus *>(self);
    if (bus->m_inflight > 0)
        --bus->m_inflight;
}

void RedisBus::publish(const QString &channel, const QByteArray &payload)
{
    if (!m_publisherUp || !m_publisher.context || m_inflight >= kMaxInflightPublishes) {
        ++m_dropped;
        return;
    }
    const QByteArray ch = channel.toUtf8();
    ++m_inflight;
    redisAsyncCommand(m_publisher.context, &RedisBus::onPublished, this, "PUBLISH %b %b",
                      ch.constData(), size_t(ch.size()), payload.constData(),
                      size_t(payload.size()));
}

void RedisBus::subscribe(const QString &channel)
{
    if (m_channels.contains(channel))
        return;
    m_channels.insert(channel);
    sendSubscribe({channel.toUtf8()}, true);
}

void RedisBus::unsubscribe(const QString &channel)
{
    if (!m_channels.remove(channel))
        return;
    sendSubscribe({channel.toUtf8()}, false);
}

} // namespace inkboard::server
