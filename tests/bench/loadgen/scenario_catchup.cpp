// SPDX-License-Identifier: Apache-2.0
#include "clock.h"
#include "protocol/commit.h"
#include "scenarios.h"
#include "seed.h"
#include "stats.h"

#include <QJsonDocument>

namespace inkboard::bench {

namespace {

struct CatchupRun
{
    bool ok = false;
    QString error;
    qint64 totalNs = 0;
    qint64 httpNs = 0; // waiting for answers (server + transfer)
    int pages = 0;
    qint64 bytes = 0;
};

// What a reconnecting client does (PROTOCOL.md §6 step 4): ops?after=R pages until
// has_more is false, each parsed and validated through protocol::OpsPage.
CatchupRun catchUp(Context &ctx, const QString &drawingId, qint64 expected)
{
    CatchupRun run;
    qint64 after = 0;
    const qint64 t0 = nowNs();
    for (int guard = 0; guard < 100000; ++guard) {
        const QByteArray target = "/api/v1/drawings/" + drawingId.toUtf8() +
                                  "/ops?after=" + QByteArray::number(after) + "&limit=10000";
        const qint64 h0 = nowNs();
        const HttpResponse response = ctx.api().call("GET", target);
        run.httpNs += nowNs() - h0;
        if (response.status != 200) {
            run.error =
                QStringLiteral("GET ops?after=%1: %2").arg(after).arg(Api::describe(response));
            return run;
        }
        run.bytes += response.body.size();
        ++run.pages;
        auto parsed = protocol::OpsPage::fromJson(QJsonDocument::fromJson(response.body).object(),
                                                  ctx.limits());
        if (const auto *err = errorOf(parsed)) {
            run.error = QStringLiteral("page after %1 refused by the protocol parser: %2")
                            .arg(after)
                            .arg(err->message);
            return run;
        }
        const protocol::OpsPage &page = std::get<protocol::OpsPage>(parsed);
        for (const protocol::Commit &c : page.commits) {
            if (c.revision != after + 1) {
                run.error = QStringLiteral("revision %1 after %2").arg(c.revision).arg(after);
                return run;
            }
            after = c.revision;
        }
        if (!page.hasMore)
            break;
        if (page.commits.isEmpty()) {
            run.error = QStringLiteral("has_more with an empty page");
            return run;
        }
    }
    run.totalNs = nowNs() - t0;
    if (after != expected) {
        run.error = QStringLiteral("caught up to %1 of %2").arg(after).arg(expected);
        return run;
    }
    run.ok = true;
    return run;
}

} // namespace

Result runCatchup(Context &ctx)
{
    const Options &o = ctx.options();
    Result r = ctx.newResult(QStringLiteral("catchup"));
    r.params.insert(QStringLiteral("commits"), o.commits);
    r.params.insert(QStringLiteral("repeat"), o.repeat);
    QString error;
    const QStringList drawings = ctx.createDrawings(1, QStringLiteral("catchup"), &error);
    if (drawings.isEmpty()) {
        r.problems << error;
        return r;
    }
    const SeedOutcome seed = seedDrawing(ctx, drawings.first(), o.commits, o.seedWriters);
    if (!seed.ok) {
        r.problems << seed.error;
        return r;
    }
    r.figures.insert(QStringLiteral("seed_commits_per_s"), double(o.commits) / seed.seconds);

    std::vector<qint64> totals, http;
    CatchupRun last;
    for (int i = 0; i < o.repeat; ++i) {
        last = catchUp(ctx, drawings.first(), o.commits);
        if (!last.ok) {
            r.problems << last.error;
            return r;
        }
        totals.push_back(last.totalNs);
        http.push_back(last.httpNs);
    }
    const qint64 firstNs = totals.front();
    const Summary sTotal = summarize(totals), sHttp = summarize(http);
    r.figures.insert(QStringLiteral("first_ms"), nsToMs(firstNs));
    r.figures.insert(QStringLiteral("total"), sTotal.toJson());
    r.figures.insert(QStringLiteral("http_only"), sHttp.toJson());
    r.figures.insert(QStringLiteral("pages"), last.pages);
    r.figures.insert(QStringLiteral("bytes"), last.bytes);

    // Cold: the server restarted, the drawing not yet in its memory.
    std::optional<qint64> coldNs;
    if (ctx.server()) {
        qint64 stopNs = 0, startNs = 0;
        if (!ctx.restartServer(&error, &stopNs, &startNs)) {
            r.problems << error;
        } else {
            const CatchupRun cold = catchUp(ctx, drawings.first(), o.commits);
            if (cold.ok)
                coldNs = cold.totalNs;
            else
                r.problems << cold.error;
        }
    }
    if (coldNs)
        r.figures.insert(QStringLiteral("cold_ms"), nsToMs(*coldNs));

    const bool headline = o.commits == 10000;
    r.addRow(QStringLiteral("catch-up of %1 commits (ops?after, fetch + parse), median of %2")
                 .arg(o.commits)
                 .arg(o.repeat),
             QStringLiteral("%1 (server+transfer %2, %3 pages, %4 KiB)")
                 .arg(fmtMs(sTotal.p50), fmtMs(sHttp.p50))
                 .arg(last.pages)
                 .arg(last.bytes / 1024),
             headline ? QStringLiteral("<= 200 ms") : QString(),
             headline ? std::optional<bool>(sTotal.p50 <= 200) : std::nullopt);
    if (coldNs) {
        r.addRow(QStringLiteral("  the same right after a server restart (cold)"),
                 fmtMs(nsToMs(*coldNs)), headline ? QStringLiteral("<= 200 ms") : QString(),
                 headline ? std::optional<bool>(nsToMs(*coldNs) <= 200) : std::nullopt);
    }
    return r;
}

} // namespace inkboard::bench
