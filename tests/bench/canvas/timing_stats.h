// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <algorithm>
#include <vector>

namespace inkboard::bench {

// The spread of per-event times (ms) the canvas benchmarks print: median, p95, p99, max.
struct Stats
{
    double median = 0, p95 = 0, p99 = 0, max = 0;
};

inline Stats summarize(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto at = [&ms](double q) {
        return ms[std::min(ms.size() - 1, size_t(double(ms.size()) * q))];
    };
    return {ms[ms.size() / 2], at(0.95), at(0.99), ms.back()};
}

} // namespace inkboard::bench
