// SPDX-License-Identifier: Apache-2.0
#include "backoff.h"

#include <QRandomGenerator>

namespace inkboard::sync {

int Backoff::nextDelayMs()
{
    qint64 d = m_initialMs;
    for (int i = 0; i < m_attempt && d < m_maxMs; ++i)
        d *= 2;
    d = qMin<qint64>(d, m_maxMs);
    ++m_attempt;
    const qint64 half = d / 2;
    return int(half + QRandomGenerator::global()->bounded(half + 1));
}

} // namespace inkboard::sync
