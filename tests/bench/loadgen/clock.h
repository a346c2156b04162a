// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QtGlobal>
#include <chrono>

namespace inkboard::bench {

// CLOCK_MONOTONIC in nanoseconds: one clock for every thread of the generator, so a send
// time taken on one thread and a receive time taken on another compare directly.
inline qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

inline double nsToMs(qint64 ns)
{
    return double(ns) / 1e6;
}

} // namespace inkboard::bench
