// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "rate_limiter.h"

#include <QHash>
#include <QHostAddress>
#include <QString>
#include <atomic>
#include <memory>

namespace inkboard::server {

// Online password guessing (issue 13 row 10): login and signup attempts are tokens of a
// bucket per account name and one per client address (IPv6: per /64, what one host is
// usually given). Each bucket holds `perMinute` and refills at that a minute; 0 = unlimited.
class LoginThrottle
{
public:
    LoginThrottle(int accountPerMinute, int addressPerMinute);

    // Takes a try from both buckets (the account's only when `account` is not empty); else
    // false and the whole seconds until one would be there.
    bool admit(const QHostAddress &peer, const QString &account, int *retryAfterSeconds);

private:
    using Buckets = QHash<QString, TokenBucket>;
    bool take(Buckets &buckets, const QString &key, int perMinute, double *wait);
    static void prune(Buckets &buckets);

    int m_accountPerMinute;
    int m_addressPerMinute;
    Buckets m_accounts;
    Buckets m_addresses;
};

// The hashes (login checks, signups) queued on or running in the pool, at most `limit`:
// past it a request is refused 503 rather than waiting behind all the others.
class HashQueue
{
public:
    explicit HashQueue(int limit) : m_limit(limit) {}

    // A slot while the returned handle lives (captured by the pool job, so it is given back
    // when the job is done); null when the queue is full.
    std::shared_ptr<void> enter();

private:
    int m_limit;
    std::shared_ptr<std::atomic<int>> m_count = std::make_shared<std::atomic<int>>(0);
};

} // namespace inkboard::server
