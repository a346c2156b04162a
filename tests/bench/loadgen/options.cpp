// SPDX-License-Identifier: Apache-2.0
#include "options.h"

#include <QCommandLineParser>

namespace inkboard::bench {

namespace {

const char kDescription[] = R"(Load generator for inkboard-server (PROTOCOL.md).

Scenarios:
  commits   durable commits/s: --writers N POST loops (one commit in flight each) over
            --drawings D drawings for --duration s after --warmup s
  latency   edit->visible: one writer, --subscribers N WebSockets on one drawing; --commits C
            sent one at a time, each waited for at every subscriber, --gap-ms apart;
            latency = POST sent -> commit frame received by every subscriber
  rooms     visible edits/s: --rooms R drawings, one writer and one reader each; --edit-rate E
            edits/s per room batched as PROTOCOL.md §6 says (0: one op per commit, closed loop)
  idle      server RSS per idle WebSocket: --connections N over --drawings D (VmRSS of the
            server before and after, needs --server-binary or --server-pid)
  catchup   time to fetch and parse --commits C commits through ops?after, --repeat times
  restart   seed --commits C commits, SIGTERM, start again: time to listening, to the first
            snapshot and to the first WebSocket hello (needs --server-binary)
  presence  --subscribers N participants of one drawing, each sending presence with a viewport
            --presence-hz times a second for --duration s; the first leads: its viewport's
            lag to every other participant, server CPU, bytes per participant per second
  disk      no server: --commits small appends + fdatasync in --data, the floor under
            every durable figure
  smoke     every scenario with tiny numbers; non-zero exit unless each one worked
  report    FILE...: a Markdown table of the JSON results in FILEs (one per line)

Results: one JSON object per scenario on stdout with --format json, a summary otherwise.)";

} // namespace

bool Options::parse(const QStringList &arguments, Options *out, QString *message, bool *helpShown)
{
    *helpShown = false;
    QCommandLineParser p;
    p.setApplicationDescription(QString::fromLatin1(kDescription));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("scenario"),
                            QStringLiteral("commits|latency|rooms|idle|catchup|restart|smoke|"
                                           "report"));
    auto opt = [&p](const char *name, const char *help, const char *value = nullptr,
                    const QString &def = {}) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(help));
        if (value) {
            o.setValueName(QString::fromLatin1(value));
            if (!def.isEmpty())
                o.setDefaultValue(def);
        }
        p.addOption(o);
        return o;
    };
    Options d;
    const auto url = opt("url", "A running server, http://HOST:PORT.", "url");
    const auto binary =
        opt("server-binary", "Start this inkboard-server on 127.0.0.1:0 instead.", "path");
    const auto serverArg =
        opt("server-arg", "An extra argument for the started server (repeatable).", "arg");
    const auto data =
        opt("data", "Data folder of the started server (default: a temporary one).", "dir");
    const auto serverEnvOpt =
        opt("server-env", "KEY=VALUE in the started server's environment (repeatable).", "var");
    const auto pid = opt("server-pid", "Pid of a --url server, to read its RSS and CPU.", "pid");
    const auto user = opt("user", "User name.", "name", d.user);
    const auto password =
        opt("password", "Password (the started server gets this user).", "password", d.password);
    const auto tokenQuery =
        opt("token-in-query", "Send the WebSocket token as ?access_token= (default: header).");
    const auto threads =
        opt("threads", "Worker threads of the generator.", "n", QString::number(d.threads));
    const auto duration = opt("duration", "Measured seconds.", "s", QString::number(d.durationS));
    const auto warmup = opt("warmup", "Unmeasured seconds first.", "s", QString::number(d.warmupS));
    const auto writers = opt("writers", "Concurrent writers.", "n", QString::number(d.writers));
    const auto drawings = opt("drawings", "Drawings the writers or connections spread over.", "n",
                              QString::number(d.drawings));
    const auto ops = opt("ops-per-commit", "Ops per commit.", "n", QString::number(d.opsPerCommit));
    const auto subscribers =
        opt("subscribers", "WebSocket subscribers.", "n", QString::number(d.subscribers));
    const auto commits = opt("commits", "Commits.", "n", QString::number(d.commits));
    const auto gap = opt("gap-ms", "Pause between latency probes.", "ms", QString::number(d.gapMs));
    const auto presenceHz = opt("presence-hz", "Presence messages per participant per second.", "n",
                                QString::number(d.presenceHz));
    const auto rooms = opt("rooms", "Rooms (drawings).", "n", QString::number(d.rooms));
    const auto editRate = opt("edit-rate", "Edits per second per room (0: closed loop).", "n",
                              QString::number(d.editRate));
    const auto connections =
        opt("connections", "Idle WebSockets.", "n", QString::number(d.connections));
    const auto sources = opt("source-addresses",
                             "Spread client sockets over 127.0.0.2.. this many loopback addresses.",
                             "n", QString::number(d.sourceAddresses));
    const auto concurrency = opt("connect-concurrency", "Handshakes in flight per thread.", "n",
                                 QString::number(d.connectConcurrency));
    const auto settle =
        opt("settle", "Seconds to wait before reading RSS.", "s", QString::number(d.settleS));
    const auto seedWriters =
        opt("seed-writers", "Writers that seed commits.", "n", QString::number(d.seedWriters));
    const auto repeat = opt("repeat", "Repetitions.", "n", QString::number(d.repeat));
    const auto label = opt("label", "A label copied into the result.", "text");
    const auto format = opt("format", "text or json.", "format", d.format);

    if (!p.parse(arguments)) {
        *message = p.errorText();
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        *message = p.helpText();
        *helpShown = true;
        return false;
    }
    const QStringList positional = p.positionalArguments();
    if (positional.isEmpty()) {
        *message = QStringLiteral("a scenario is required (see --help)");
        return false;
    }
    Options o;
    o.scenario = positional.first();
    o.inputs = positional.mid(1);
    o.url = p.value(url);
    o.serverBinary = p.value(binary);
    o.serverArgs = p.values(serverArg);
    o.serverEnv = p.values(serverEnvOpt);
    o.dataDir = p.value(data);
    o.serverPid = p.value(pid).toLongLong();
    o.user = p.value(user);
    o.password = p.value(password);
    o.tokenInQuery = p.isSet(tokenQuery);
    o.label = p.value(label);
    o.format = p.value(format);

    bool allOk = true;
    auto toInt = [&](const QCommandLineOption &option, int min, int *target) {
        bool ok = false;
        const int v = p.value(option).toInt(&ok);
        if (!ok || v < min) {
            *message = QStringLiteral("--%1 must be an integer >= %2")
                           .arg(option.names().first())
                           .arg(min);
            allOk = false;
            return;
        }
        *target = v;
    };
    auto toDouble = [&](const QCommandLineOption &option, double min, double *target) {
        bool ok = false;
        const double v = p.value(option).toDouble(&ok);
        if (!ok || v < min) {
            *message =
                QStringLiteral("--%1 must be a number >= %2").arg(option.names().first()).arg(min);
            allOk = false;
            return;
        }
        *target = v;
    };
    toInt(threads, 1, &o.threads);
    toDouble(duration, 0.1, &o.durationS);
    toDouble(warmup, 0, &o.warmupS);
    toInt(writers, 1, &o.writers);
    toInt(drawings, 1, &o.drawings);
    toInt(ops, 1, &o.opsPerCommit);
    toInt(subscribers, 1, &o.subscribers);
    toInt(commits, 1, &o.commits);
    toDouble(gap, 0, &o.gapMs);
    toDouble(presenceHz, 0.1, &o.presenceHz);
    toInt(rooms, 1, &o.rooms);
    toDouble(editRate, 0, &o.editRate);
    toInt(connections, 1, &o.connections);
    toInt(sources, 1, &o.sourceAddresses);
    toInt(concurrency, 1, &o.connectConcurrency);
    toDouble(settle, 0, &o.settleS);
    toInt(seedWriters, 1, &o.seedWriters);
    toInt(repeat, 1, &o.repeat);
    if (!allOk)
        return false;
    if (o.threads > 64 || o.sourceAddresses > 250) {
        *message = QStringLiteral("--threads is at most 64 and --source-addresses at most 250");
        return false;
    }
    if (o.format != QLatin1String("text") && o.format != QLatin1String("json")) {
        *message = QStringLiteral("--format is text or json");
        return false;
    }
    if (o.scenario != QLatin1String("report") && o.scenario != QLatin1String("disk") &&
        o.url.isEmpty() == o.serverBinary.isEmpty()) {
        *message = QStringLiteral("give exactly one of --url and --server-binary");
        return false;
    }
    *out = std::move(o);
    return true;
}

} // namespace inkboard::bench
