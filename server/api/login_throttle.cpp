// SPDX-License-Identifier: Apache-2.0
#include "login_throttle.h"

#include <QtMath>

namespace inkboard::server {

namespace {

// Past this many names or addresses, buckets that are full again (they would admit as a
// new one does) are dropped, so a stream of made-up names cannot grow the table for ever.
constexpr qsizetype kPruneAbove = 10000;

QString addressKey(const QHostAddress &peer)
{
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4);
    if (isV4)
        return QHostAddress(v4).toString();
    Q_IPV6ADDR bytes = peer.toIPv6Address();
    for (int i = 8; i < 16; ++i)
        bytes[i] = 0;
    return QHostAddress(bytes).toString();
}

} // namespace

LoginThrottle::LoginThrottle(int accountPerMinute, int addressPerMinute)
    : m_accountPerMinute(accountPerMinute), m_addressPerMinute(addressPerMinute)
{}

bool LoginThrottle::admit(const QHostAddress &peer, const QString &account, int *retryAfterSeconds)
{
    double wait = 0;
    // The address first: a guesser spreading over names is held by it without filling the
    // account table.
    bool ok = take(m_addresses, addressKey(peer), m_addressPerMinute, &wait);
    if (ok && !account.isEmpty())
        ok = take(m_accounts, account, m_accountPerMinute, &wait);
    if (!ok && retryAfterSeconds)
        *retryAfterSeconds = qMax(1, int(qCeil(wait)));
    return ok;
}

bool LoginThrottle::take(Buckets &buckets, const QString &key, int perMinute, double *wait)
{
    if (perMinute <= 0)
        return true;
    auto it = buckets.find(key);
    if (it == buckets.end()) {
        if (buckets.size() >= kPruneAbove)
            prune(buckets);
        it = buckets.insert(key, TokenBucket(perMinute / 60.0, perMinute));
    }
    return it->take(wait);
}

void LoginThrottle::prune(Buckets &buckets)
{
    for (auto it = buckets.begin(); it != buckets.end();) {
        if (it->full())
            it = buckets.erase(it);
        else
            ++it;
    }
}

std::shared_ptr<void> HashQueue::enter()
{
    if (m_limit <= 0)
        return std::make_shared<int>(0);
    if (m_count->fetch_add(1) >= m_limit) {
        m_count->fetch_sub(1);
        return nullptr;
    }
    auto count = m_count;
    return std::shared_ptr<void>(count.get(), [count](void *) { count->fetch_sub(1); });
}

} // namespace inkboard::server
