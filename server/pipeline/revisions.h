// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>
#include <functional>
#include <map>

namespace inkboard::server {

// The revision stage: the next revision to assign, the durable one, and the answers that
// wait until a revision is durable (a duplicate of an op still being written, say).
class Revisions
{
public:
    using Waiter = std::function<void(bool durable)>;

    qint64 durable() const { return m_durable; }
    qint64 next() const { return m_assigned + 1; }
    void assign(qint64 revision) { m_assigned = revision; }
    // Load and catch-up: the store's revision, durable and assigned.
    void reset(qint64 revision) { m_durable = m_assigned = revision; }
    // What was assigned past the durable revision will never be stored.
    void rewind() { m_assigned = m_durable; }
    // The waiters up to `revision` run by flush(), which comes after the publish.
    void setDurable(qint64 revision) { m_durable = revision; }

    // Runs `waiter` once `revision` is durable (at once if it is already).
    void whenDurable(qint64 revision, Waiter waiter);
    void flush();     // waiters up to the durable revision: true
    void failAbove(); // waiters past the durable revision: false, newest first
    void failAll();   // every waiter: false, oldest first
    bool waiting() const { return !m_waiters.empty(); }

private:
    qint64 m_durable = 0;
    qint64 m_assigned = 0;
    std::multimap<qint64, Waiter> m_waiters;
};

} // namespace inkboard::server
