// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "context.h"

namespace inkboard::bench {

// Each scenario returns its result; problems in the result mean the figures do not count.
Result runCommits(Context &ctx);
Result runLatency(Context &ctx);
Result runRooms(Context &ctx);
Result runIdle(Context &ctx);
Result runCatchup(Context &ctx);
Result runRestart(Context &ctx);
Result runPresence(Context &ctx);
// Needs no server: fdatasync latency in --data (or the temporary folder).
Result runDisk(const Options &options);

// Formats JSON results (one object per line) as the Markdown table of docs/BENCHMARKS.md.
QString markdownReport(const QList<QJsonObject> &results);

// Shared by the scenarios: text helpers.
QString fmt(double value, int decimals = 0);
QString fmtMs(double ms);

} // namespace inkboard::bench
