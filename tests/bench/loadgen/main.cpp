// SPDX-License-Identifier: Apache-2.0
// inkboard-loadgen: a load generator for inkboard-server that speaks PROTOCOL.md.

#include "context.h"
#include "scenarios.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTextStream>
#include <sys/resource.h>

using namespace inkboard::bench;

namespace {

// Thousands of sockets: take the hard limit of open files as the soft one. A server the
// generator starts inherits it.
void raiseFileLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

int report(const QStringList &files)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QList<QJsonObject> results;
    for (const QString &path : files) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            err << "cannot read " << path << "\n";
            return 2;
        }
        for (const QByteArray &line : f.readAll().split('\n')) {
            const QJsonDocument doc = QJsonDocument::fromJson(line);
            if (doc.isObject())
                results.append(doc.object());
        }
    }
    out << markdownReport(results);
    return 0;
}

Result run(Context &ctx, const QString &scenario)
{
    if (scenario == QLatin1String("commits"))
        return runCommits(ctx);
    if (scenario == QLatin1String("latency"))
        return runLatency(ctx);
    if (scenario == QLatin1String("rooms"))
        return runRooms(ctx);
    if (scenario == QLatin1String("idle"))
        return runIdle(ctx);
    if (scenario == QLatin1String("catchup"))
        return runCatchup(ctx);
    if (scenario == QLatin1String("presence"))
        return runPresence(ctx);
    return runRestart(ctx);
}

// Every scenario with tiny numbers against one server: a check that the tool still works.
int smoke(Options base)
{
    struct Step
    {
        const char *scenario;
        std::function<void(Options &)> tune;
    };
    const std::vector<Step> steps = {
        {"commits", [](Options &o) { o.writers = 2, o.durationS = 1, o.warmupS = 0.2; }},
        {"latency", [](Options &o) { o.subscribers = 3, o.commits = 20, o.gapMs = 1; }},
        {"rooms", [](Options &o) { o.rooms = 2, o.durationS = 1, o.warmupS = 0.2; }},
        {"idle", [](Options &o) { o.connections = 20, o.drawings = 2, o.settleS = 0.2; }},
        {"catchup", [](Options &o) { o.commits = 50, o.repeat = 2, o.seedWriters = 2; }},
        {"presence", [](Options &o) { o.subscribers = 4, o.durationS = 1, o.warmupS = 0.2; }},
        {"restart", [](Options &o) { o.commits = 30, o.repeat = 1, o.seedWriters = 2; }},
    };
    QTextStream out(stdout);
    int failed = 0;
    for (const Step &step : steps) {
        Options o = base;
        o.scenario = QString::fromLatin1(step.scenario);
        step.tune(o);
        if (o.serverBinary.isEmpty() && (o.scenario == QLatin1String("restart") ||
                                         (o.scenario == QLatin1String("idle") && !o.serverPid)))
            continue;
        Context ctx(o);
        QString error;
        Result r;
        if (!ctx.connect(&error)) {
            r.scenario = o.scenario;
            r.problems << error;
        } else {
            r = run(ctx, o.scenario);
        }
        if (r.rows.isEmpty() && r.problems.isEmpty())
            r.problems << QStringLiteral("no figure");
        out << r.toText();
        out.flush();
        failed += r.problems.isEmpty() ? 0 : 1;
    }
    out << (failed ? "smoke: FAILED\n" : "smoke: ok\n");
    return failed ? 1 : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("inkboard-loadgen"));
    raiseFileLimit();

    Options options;
    QString message;
    bool help = false;
    if (!Options::parse(app.arguments(), &options, &message, &help)) {
        QTextStream(help ? stdout : stderr) << message << "\n";
        return help ? 0 : 2;
    }
    static const QStringList known = {QStringLiteral("commits"),  QStringLiteral("latency"),
                                      QStringLiteral("rooms"),    QStringLiteral("idle"),
                                      QStringLiteral("catchup"),  QStringLiteral("restart"),
                                      QStringLiteral("presence"), QStringLiteral("smoke"),
                                      QStringLiteral("report"),   QStringLiteral("disk")};
    if (!known.contains(options.scenario)) {
        QTextStream(stderr) << "unknown scenario " << options.scenario << " (see --help)\n";
        return 2;
    }
    if (options.scenario == QLatin1String("report"))
        return report(options.inputs);
    if (options.scenario == QLatin1String("smoke"))
        return smoke(options);

    Context ctx(options);
    QString error;
    Result result;
    if (options.scenario == QLatin1String("disk")) {
        result = runDisk(options);
    } else if (!ctx.connect(&error)) {
        result.scenario = options.scenario;
        result.problems << error;
    } else {
        result = run(ctx, options.scenario);
    }
    QTextStream out(stdout);
    if (options.format == QLatin1String("json"))
        out << QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact) << "\n";
    else
        out << result.toText();
    return result.problems.isEmpty() ? 0 : 1;
}
