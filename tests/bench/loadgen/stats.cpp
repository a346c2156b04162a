// SPDX-License-Identifier: Apache-2.0
#include "stats.h"

#include "clock.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace inkboard::bench {

QJsonObject Summary::toJson() const
{
    return {{QStringLiteral("count"), count}, {QStringLiteral("mean_ms"), mean},
            {QStringLiteral("p50_ms"), p50},  {QStringLiteral("p90_ms"), p90},
            {QStringLiteral("p99_ms"), p99},  {QStringLiteral("max_ms"), max}};
}

qint64 percentileSorted(const std::vector<qint64> &sorted, double q)
{
    if (sorted.empty())
        return 0;
    const auto rank = std::size_t(std::ceil(q * double(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

Summary summarize(std::vector<qint64> &durationsNs)
{
    Summary s;
    if (durationsNs.empty())
        return s;
    std::sort(durationsNs.begin(), durationsNs.end());
    s.count = qint64(durationsNs.size());
    const long double total =
        std::accumulate(durationsNs.begin(), durationsNs.end(), static_cast<long double>(0));
    s.mean = double(total / durationsNs.size()) / 1e6;
    s.p50 = nsToMs(percentileSorted(durationsNs, 0.50));
    s.p90 = nsToMs(percentileSorted(durationsNs, 0.90));
    s.p99 = nsToMs(percentileSorted(durationsNs, 0.99));
    s.max = nsToMs(durationsNs.back());
    return s;
}

} // namespace inkboard::bench
