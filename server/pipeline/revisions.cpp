// SPDX-License-Identifier: Apache-2.0
#include "revisions.h"

namespace inkboard::server {

void Revisions::whenDurable(qint64 revision, Waiter waiter)
{
    if (revision <= m_durable)
        waiter(true);
    else
        m_waiters.emplace(revision, std::move(waiter));
}

void Revisions::flush()
{
    while (!m_waiters.empty() && m_waiters.begin()->first <= m_durable) {
        auto waiter = std::move(m_waiters.begin()->second);
        m_waiters.erase(m_waiters.begin());
        waiter(true);
    }
}

void Revisions::failAbove()
{
    while (!m_waiters.empty() && m_waiters.rbegin()->first > m_durable) {
        auto last = std::prev(m_waiters.end());
        auto waiter = std::move(last->second);
        m_waiters.erase(last);
        waiter(false);
    }
}

void Revisions::failAll()
{
    while (!m_waiters.empty()) {
        auto waiter = std::move(m_waiters.begin()->second);
        m_waiters.erase(m_waiters.begin());
        waiter(false);
    }
}

} // namespace inkboard::server
