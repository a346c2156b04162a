// SPDX-License-Identifier: Apache-2.0
#include "throttle.h"

#include <cmath>

namespace inkboard::server {

int CommitThrottle::admit(const QString &userId)
{
    if (m_rate <= 0)
        return 0;
    auto it = m_buckets.find(userId);
    if (it == m_buckets.end())
        it = m_buckets.insert(userId, TokenBucket(m_rate, m_rate));
    double wait = 0;
    if (it->take(&wait))
        return 0;
    return qMax(1, int(std::ceil(wait)));
}

} // namespace inkboard::server
