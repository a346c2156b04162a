// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

namespace inkboard::server {

// A token bucket: `rate` tokens a second, holding at most `burst`. rate <= 0: unlimited.
class TokenBucket
{
public:
    TokenBucket() = default;
    TokenBucket(double rate, double burst) : m_rate(rate), m_burst(burst), m_tokens(burst)
    {
        m_clock.start();
    }

    // Takes a token when there is one; else returns false and how long until there is.
    bool take(double *retryAfterSeconds = nullptr) { return take(1, retryAfterSeconds); }
    // Takes `amount` tokens (bytes, say) when there are that many.
    bool take(double amount, double *retryAfterSeconds)
    {
        if (m_rate <= 0)
            return true;
        refill();
        if (m_tokens >= amount) {
            m_tokens -= amount;
            return true;
        }
        if (retryAfterSeconds)
            *retryAfterSeconds = (amount - m_tokens) / m_rate;
        return false;
    }
    bool full()
    {
        refill();
        return m_rate <= 0 || m_tokens >= m_burst;
    }

private:
    void refill()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_tokens = qMin(m_burst, m_tokens + double(now - m_last) * 1e-9 * m_rate);
        m_last = now;
    }

    double m_rate = 0;
    double m_burst = 1;
    double m_tokens = 1;
    qint64 m_last = 0;
    QElapsedTimer m_clock;
};

} // namespace inkboard::server
