// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "rate_limiter.h"

#include <QHash>
#include <QString>

namespace inkboard::server {

// The first stage: `--commits-per-second` per user per drawing (burst as many).
class CommitThrottle
{
public:
    explicit CommitThrottle(int perSecond) : m_rate(perSecond) {}

    // 0 when the user may commit now, else the whole seconds to wait (at least 1).
    int admit(const QString &userId);

private:
    int m_rate; // <= 0: unlimited
    QHash<QString, TokenBucket> m_buckets;
};

} // namespace inkboard::server
