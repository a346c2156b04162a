// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>

namespace inkboard::sync {

// Exponential backoff with "equal jitter": the n-th delay is uniformly drawn from
// [d/2, d] with d = min(max, initial * 2^n), so that clients that failed together do not
// come back together, yet no retry comes sooner than half the nominal delay.
class Backoff
{
public:
    Backoff(int initialMs, int maxMs) : m_initialMs(qMax(1, initialMs)), m_maxMs(qMax(1, maxMs)) {}

    int nextDelayMs();
    void reset() { m_attempt = 0; }
    int attempts() const { return m_attempt; }

private:
    int m_initialMs;
    int m_maxMs;
    int m_attempt = 0;
};

} // namespace inkboard::sync
