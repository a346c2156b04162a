// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QtGlobal>
#include <vector>

namespace inkboard::bench {

// Order statistics of a set of durations, in milliseconds.
struct Summary
{
    qint64 count = 0;
    double mean = 0;
    double p50 = 0;
    double p90 = 0;
    double p99 = 0;
    double max = 0;

    QJsonObject toJson() const;
};

// Nearest-rank percentiles of durations given in nanoseconds (the vector is sorted in place).
Summary summarize(std::vector<qint64> &durationsNs);

// Nearest-rank percentile of an already sorted vector; q in [0, 1].
qint64 percentileSorted(const std::vector<qint64> &sorted, double q);

} // namespace inkboard::bench
