// SPDX-License-Identifier: Apache-2.0
#include "cli.h"

#include "api/accounts.h"
#include "auth.h"
#include "config.h"
#include "fanout/redis_bus.h"
#include "logging.h"
#include "model/ids.h"
#include "protocol/drawing_info.h"
#include "server.h"
#include "signal_watcher.h"
#include "store/sql_store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTextStream>
#include <cstdio>
#include <iostream>
#include <string>
#include <sys/stat.h>

namespace inkboard::server {

namespace {

int fail(const QString &message, int code = 2)
{
    std::fprintf(stderr, "inkboard-server: %s\n", qPrintable(message));
    return code;
}

struct NumberOption
{
    const char *name;
    const char *help;
    std::function<void(ServerConfig &, qint64)> apply;
    qint64 minimum;
};

const QList<NumberOption> &numberOptions()
{
    static const QList<NumberOption> options{
        {"max-body-bytes", "Largest request body.",
         [](ServerConfig &c, qint64 v) { c.limits.maxBodyBytes = v; }, 1024},
        {"max-ops-per-commit", "Most ops in one commit.",
         [](ServerConfig &c, qint64 v) { c.limits.maxOpsPerCommit = int(v); }, 1},
        {"max-points-per-stroke", "Most points in a stroke.",
         [](ServerConfig &c, qint64 v) { c.limits.maxPointsPerStroke = int(v); }, 1},
        {"max-text-chars", "Longest text.",
         [](ServerConfig &c, qint64 v) { c.limits.maxTextChars = int(v); }, 1},
        {"max-blob-bytes", "Largest blob.",
         [](ServerConfig &c, qint64 v) { c.limits.maxBlobBytes = v; }, 1},
        {"max-header-bytes", "Largest request head.",
         [](ServerConfig &c, qint64 v) { c.maxHeaderBytes = int(v); }, 256},
        {"commits-per-second", "Commits per user per drawing per second (0: unlimited).",
         [](ServerConfig &c, qint64 v) { c.limits.commitsPerSecond = int(v); }, 0},
        {"presence-per-second", "Presence messages per session per second (0: unlimited).",
         [](ServerConfig &c, qint64 v) { c.limits.presencePerSecond = int(v); }, 0},
        {"login-account-per-minute",
         "Login and signup tries per account name a minute (0: unlimited).",
         [](ServerConfig &c, qint64 v) { c.loginAccountPerMinute = int(v); }, 0},
        {"login-address-per-minute",
         "Login and signup tries per client address a minute (0: unlimited).",
         [](ServerConfig &c, qint64 v) { c.loginAddressPerMinute = int(v); }, 0},
        {"link-redeem-per-minute", "Share link redeems per user a minute (0: unlimited).",
         [](ServerConfig &c, qint64 v) { c.linkRedeemPerMinute = int(v); }, 0},
        {"link-redeem-address-per-minute",
         "Share link redeems per client address a minute (0: unlimited).",
         [](ServerConfig &c, qint64 v) { c.linkRedeemAddressPerMinute = int(v); }, 0},
        {"max-hash-queue", "Password hashes queued at most (0: unlimited); past it 503.",
         [](ServerConfig &c, qint64 v) { c.maxHashQueue = int(v); }, 0},
        {"max-blob-bytes-per-user",
         "Bytes of blobs one user's uploads may store (0: unlimited); past it 403.",
         [](ServerConfig &c, qint64 v) { c.maxBlobBytesPerUser = v; }, 0},
        {"max-drawings-per-user", "Drawings one user may own (0: unlimited); past it 403.",
         [](ServerConfig &c, qint64 v) { c.maxDrawingsPerUser = int(v); }, 0},
        {"max-comments-per-drawing",
         "Comments one drawing holds, deleted ones too (0: unlimited); past it 403.",
         [](ServerConfig &c, qint64 v) { c.maxCommentsPerDrawing = int(v); }, 0},
        {"comments-per-minute", "Comment writes per user a minute (0: unlimited); past it 429.",
         [](ServerConfig &c, qint64 v) { c.commentsPerMinute = int(v); }, 0},
        {"token-ttl", "Token lifetime in seconds.",
         [](ServerConfig &c, qint64 v) { c.tokenTtlSeconds = v; }, 1},
        {"snapshot-interval", "A snapshot every N commits (0: never).",
         [](ServerConfig &c, qint64 v) { c.snapshotInterval = int(v); }, 0},
        {"snapshot-cache-entries", "Historic snapshots kept once built, on this node (0: none).",
         [](ServerConfig &c, qint64 v) { c.snapshotCacheEntries = int(v); }, 0},
        {"snapshot-cache-bytes", "Bytes of historic snapshots kept, on this node.",
         [](ServerConfig &c, qint64 v) { c.snapshotCacheBytes = v; }, 0},
        {"bin-retention-days",
         "Keep deleted drawings restorable this many days (0: delete at once).",
         [](ServerConfig &c, qint64 v) { c.binRetentionDays = int(v); }, 0},
        {"retain-commits", "Keep this many commits before the latest snapshot (0: all).",
         [](ServerConfig &c, qint64 v) { c.retainCommits = v; }, 0},
        {"access-poll-ms",
         "Read the store's access generation this often (0: only at the ping re-check).",
         [](ServerConfig &c, qint64 v) { c.accessPollMs = int(v); }, 0},
        {"ws-ping-ms", "WebSocket ping interval.",
         [](ServerConfig &c, qint64 v) { c.wsPingMs = int(v); }, 10},
        {"ws-timeout-ms", "Drop a WebSocket peer silent for this long.",
         [](ServerConfig &c, qint64 v) { c.wsTimeoutMs = int(v); }, 10},
        {"ws-max-buffer-bytes", "Close a subscriber with 4408 when this much is queued for it.",
         [](ServerConfig &c, qint64 v) { c.wsMaxBufferBytes = v; }, 1},
        {"ws-socket-buffer-bytes", "SO_SNDBUF of WebSocket connections.",
         [](ServerConfig &c, qint64 v) { c.wsSocketBufferBytes = int(v); }, 4096},
        {"presence-budget-bytes", "Largest presence a WebSocket session may hold and relay.",
         [](ServerConfig &c, qint64 v) { c.presenceBudgetBytes = v; }, 1024},
        {"presence-hello-bytes", "Most bytes of peers' presence in one hello.",
         [](ServerConfig &c, qint64 v) { c.presenceHelloBytes = v; }, 1024},
        {"max-sessions-per-user", "WebSocket sessions per user (0: no cap).",
         [](ServerConfig &c, qint64 v) { c.maxSessionsPerUser = int(v); }, 0},
        {"max-sessions-per-drawing", "WebSocket sessions per drawing (0: no cap).",
         [](ServerConfig &c, qint64 v) { c.maxSessionsPerDrawing = int(v); }, 0},
        {"ws-close-grace-ms", "Wait this long for a closed WebSocket to go.",
         [](ServerConfig &c, qint64 v) { c.wsCloseGraceMs = int(v); }, 1},
        {"request-timeout-ms", "A request must arrive whole within this.",
         [](ServerConfig &c, qint64 v) { c.requestTimeoutMs = int(v); }, 10},
        {"request-deadline-ms", "A request must be answered within this (503 and close).",
         [](ServerConfig &c, qint64 v) { c.requestDeadlineMs = int(v); }, 10},
        {"idle-timeout-ms", "Close keep-alive connections idle this long.",
         [](ServerConfig &c, qint64 v) { c.idleTimeoutMs = int(v); }, 10},
        {"max-connections-per-ip", "Open connections per client address.",
         [](ServerConfig &c, qint64 v) { c.maxConnectionsPerIp = int(v); }, 1},
        {"max-connections", "Open connections in all.",
         [](ServerConfig &c, qint64 v) { c.maxConnections = int(v); }, 1},
        {"drawing-idle-ms", "Unload a drawing unused this long.",
         [](ServerConfig &c, qint64 v) { c.drawingIdleMs = int(v); }, 10},
    };
    return options;
}

QString envOr(const QCommandLineParser &parser, const QString &option, const char *env)
{
    if (parser.isSet(option))
        return parser.value(option);
    return qEnvironmentVariable(env);
}

bool parseListen(const QString &text, ServerConfig &config, QString *error)
{
    QString host;
    QString port;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1String("]:"));
        if (close < 0) {
            *error = QStringLiteral("--listen: expected HOST:PORT, got '%1'").arg(text);
            return false;
        }
        host = text.mid(1, close - 1);
        port = text.mid(close + 2);
    } else {
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0) {
            *error = QStringLiteral("--listen: expected HOST:PORT, got '%1'").arg(text);
            return false;
        }
        host = text.left(colon);
        port = text.mid(colon + 1);
    }
    bool ok = false;
    const uint p = port.toUInt(&ok);
    if (!ok || p > 65535) {
        *error = QStringLiteral("--listen: '%1' is not a port").arg(port);
        return false;
    }
    config.listenHost = host;
    config.listenPort = quint16(p);
    return true;
}

bool prepareDataDir(const QString &path, QString *error)
{
    QFileInfo info(path);
    if (info.exists() && !info.isDir()) {
        *error = QStringLiteral("the data folder %1 is not a folder").arg(path);
        return false;
    }
    if (!QDir().mkpath(path)) {
        *error = QStringLiteral("cannot create the data folder %1").arg(path);
        return false;
    }
    info.refresh();
    if (!info.isWritable()) {
        *error = QStringLiteral("the data folder %1 is not writable").arg(path);
        return false;
    }
    return true;
}

// The store holds password and token hashes: other local users must not read it. New files
// and folders get the owner's bits only (umask); the data folder and an existing SQLite file
// (and its WAL) made by an older version are tightened. The folder of a file given by
// --database is not ours to change (it may be /tmp).
void makePrivate(const ServerConfig &config, bool ownsFolder)
{
    ::umask(077);
    if (ownsFolder)
        QFile::setPermissions(config.dataDir,
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (config.database.shared())
        return;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        const QString file = config.database.sqlitePath + QLatin1String(suffix);
        if (QFileInfo::exists(file))
            QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    }
}

std::optional<QString> readPassword(bool fromStdin)
{
    if (!fromStdin)
        std::fprintf(stderr, "Password: ");
    std::string line;
    if (!std::getline(std::cin, line))
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

int userCommand(const QStringList &args, const QCommandLineParser &parser,
                const ServerConfig &config)
{
    const QString verb = args.value(1);
    const QString name = args.value(2);
    const bool needsName = verb == u"add" || verb == u"passwd" || verb == u"remove";
    if (!(needsName || verb == u"list"))
        return fail(
            QStringLiteral("usage: inkboard-server user add|passwd|remove NAME, or user list"));
    if (needsName && args.size() != 3)
        return fail(QStringLiteral("usage: inkboard-server user %1 NAME").arg(verb));
    if (verb == u"list" && args.size() != 2)
        return fail(QStringLiteral("usage: inkboard-server user list"));
    if (needsName && !isValidUsername(name))
        return fail(QStringLiteral("a username is 1-64 characters of [A-Za-z0-9_.-]"));
    bool admin = false;
    if (parser.isSet(QStringLiteral("role"))) {
        const QString role = parser.value(QStringLiteral("role"));
        if (verb != u"add")
            return fail(QStringLiteral("--role is for 'user add'"));
        if (role == u"admin")
            admin = true;
        else if (role != u"user")
            return fail(QStringLiteral("--role is 'admin' or 'user', not '%1'").arg(role));
    }

    SqlStore store(config.database);
    if (!store.open())
        return fail(QStringLiteral("cannot open the database %1: %2")
                        .arg(config.database.describe(), store.lastError()));

    if (verb == u"list") {
        const auto users = store.users();
        if (!users)
            return fail(store.lastError());
        QTextStream out(stdout);
        for (const UserRecord &u : *users)
            out << u.name << '\t' << (u.admin ? "admin" : "user") << '\t'
                << protocol::toIsoUtc(u.createdAt) << '\n';
        return 0;
    }

    const auto existing = store.userByName(name);
    if (!existing && !store.lastError().isEmpty())
        return fail(store.lastError());
    if (verb == u"remove") {
        if (!existing)
            return fail(QStringLiteral("no user named %1").arg(name), 1);
        if (!store.begin() || !store.removeUser(existing->id) || !store.commit())
            return fail(store.lastError());
        return 0;
    }
    if (verb == u"add" && existing)
        return fail(QStringLiteral("a user named %1 already exists").arg(name), 1);
    if (verb == u"passwd" && !existing)
        return fail(QStringLiteral("no user named %1").arg(name), 1);

    const auto password = readPassword(parser.isSet(QStringLiteral("password-stdin")));
    if (!password)
        return fail(QStringLiteral("no password on standard input"));
    if (!protocol::isValidPassword(*password))
        return fail(QStringLiteral("a password is 8-1024 characters"));
    // `add` makes the account as signup does; `passwd` only hashes.
    const UserRecord account =
        verb == u"add" ? accounts::newAccount(name, *password, admin) : UserRecord{};
    const QString hash = verb == u"add" ? account.passwordHash : auth::hashPassword(*password);
    if (hash.isEmpty())
        return fail(QStringLiteral("cannot hash the password (out of memory?)"));
    if (!store.begin())
        return fail(store.lastError());
    bool ok;
    if (verb == u"add") {
        const accounts::AddOutcome added = accounts::addAccount(store, account);
        if (added == accounts::AddOutcome::Taken) {
            store.rollback();
            return fail(QStringLiteral("a user named %1 already exists").arg(name), 1);
        }
        ok = added == accounts::AddOutcome::Added;
    } else {
        ok = store.setPassword(existing->id, hash) && store.removeTokensOf(existing->id);
    }
    if (!ok || !store.commit()) {
        store.rollback();
        return fail(store.lastError());
    }
    return 0;
}

// `link list [DRAWING]` and `link revoke ID`: what the admin API's /admin/links does, on the
// store itself. A revocation moves the access generation, so running nodes close the sockets
// of the members it removed within --access-poll-ms.
int linkCommand(const QStringList &args, const ServerConfig &config)
{
    const QString verb = args.value(1);
    const bool list = verb == u"list" && args.size() <= 3;
    const bool revoke = verb == u"revoke" && args.size() == 3;
    if (!list && !revoke)
        return fail(
            QStringLiteral("usage: inkboard-server link list [DRAWING], or link revoke ID"));
    const QString id = args.value(2);
    if (!id.isEmpty() && !isValidId(id))
        return fail(QStringLiteral("an id is 1-64 characters of [A-Za-z0-9_-]"));
    SqlStore store(config.database);
    if (!store.open())
        return fail(QStringLiteral("cannot open the database %1: %2")
                        .arg(config.database.describe(), store.lastError()));
    if (list) {
        const auto links = store.links(id);
        if (!links)
            return fail(store.lastError());
        QTextStream out(stdout);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const LinkRecord &l : *links) {
            const QString expires =
                !l.expiresAt.isValid() ? QStringLiteral("never")
                : l.expiresAt <= now ? QStringLiteral("expired:") + protocol::toIsoUtc(l.expiresAt)
                                     : protocol::toIsoUtc(l.expiresAt);
            out << l.id << '\t' << l.drawingId << '\t' << protocol::roleName(l.role) << '\t'
                << protocol::toIsoUtc(l.createdAt) << '\t' << expires << '\t' << l.members << '\t'
                << (l.createdBy.name.isEmpty() ? l.createdBy.id : l.createdBy.name) << '\n';
        }
        return 0;
    }
    if (!store.begin())
        return fail(store.lastError());
    const auto link = store.link(id);
    if (!link) {
        store.rollback();
        return fail(store.lastError());
    }
    if (!*link) {
        store.rollback();
        return fail(QStringLiteral("no link with id %1").arg(id), 1);
    }
    if (!store.removeLink(id) || !store.commit()) {
        store.rollback();
        return fail(store.lastError());
    }
    return 0;
}

} // namespace

int runCommandLine(const QStringList &arguments)
{
    installLogEscaping();
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Inkboard sync server (PROTOCOL.md section 7)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("listen"), QStringLiteral("Address to serve on (env INKBOARD_LISTEN)."),
         QStringLiteral("HOST:PORT")},
        {QStringLiteral("data"), QStringLiteral("Data folder (env INKBOARD_DATA)."),
         QStringLiteral("DIR")},
        {QStringLiteral("database"), QStringLiteral("Database URL (env INKBOARD_DATABASE)."),
         QStringLiteral("URL")},
        {QStringLiteral("redis"),
         QStringLiteral("Redis URL for cross-node fan-out (env INKBOARD_REDIS)."),
         QStringLiteral("URL")},
        {QStringLiteral("allow-signup"), QStringLiteral("Let anyone create an account.")},
        {QStringLiteral("node-id"), QStringLiteral("Name of this node."), QStringLiteral("NAME")},
        {QStringLiteral("role"), QStringLiteral("user add: 'admin' or 'user'."),
         QStringLiteral("ROLE")},
        {QStringLiteral("password-stdin"),
         QStringLiteral("user add/passwd: read the password from the first line of stdin.")},
    });
    QCommandLineOption metricsPublic(
        QStringLiteral("metrics-public"),
        QStringLiteral(
            "Serve /metrics without an admin token (for a scraper on a private network)."));
    metricsPublic.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(metricsPublic);
    for (const NumberOption &o : numberOptions()) {
        QCommandLineOption option(QString::fromLatin1(o.name), QString::fromLatin1(o.help),
                                  QStringLiteral("N"));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral("'user add|passwd|remove NAME', 'user list', 'link list [DRAWING]' or "
                       "'link revoke ID'; none to serve."));
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("inkboard-server %s\n", INKBOARD_VERSION);
        return 0;
    }

    ServerConfig config;
    QString error;
    const QString listen = envOr(parser, QStringLiteral("listen"), "INKBOARD_LISTEN");
    if (!listen.isEmpty() && !parseListen(listen, config, &error))
        return fail(error);
    config.dataDir = envOr(parser, QStringLiteral("data"), "INKBOARD_DATA");
    if (config.dataDir.isEmpty())
        config.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString databaseUrl = envOr(parser, QStringLiteral("database"), "INKBOARD_DATABASE");
    config.redisUrl = envOr(parser, QStringLiteral("redis"), "INKBOARD_REDIS");
    config.allowSignup = parser.isSet(QStringLiteral("allow-signup"));
    config.metricsPublic = parser.isSet(QStringLiteral("metrics-public"));
    config.nodeId = parser.value(QStringLiteral("node-id"));
    for (const NumberOption &o : numberOptions()) {
        const QString name = QString::fromLatin1(o.name);
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        const qint64 v = parser.value(name).toLongLong(&ok);
        if (!ok || v < o.minimum)
            return fail(QStringLiteral("--%1: expected a whole number >= %2, got '%3'")
                            .arg(name)
                            .arg(o.minimum)
                            .arg(parser.value(name)));
        o.apply(config, v);
    }
    const auto database = DatabaseTarget::parse(databaseUrl, config.dataDir, &error);
    if (!database)
        return fail(error);
    config.database = *database;
    // An SQLite file given by --database lives in its own folder: that is the data folder.
    if (!databaseUrl.isEmpty() && !config.database.shared())
        config.dataDir = QFileInfo(config.database.sqlitePath).absolutePath();
    if (!config.redisUrl.isEmpty() && !RedisBus::parseUrl(config.redisUrl, &error))
        return fail(error);
    if (config.nodeId.isEmpty())
        config.nodeId = QSysInfo::machineHostName() + QLatin1Char('-') +
                        QString::number(QCoreApplication::applicationPid());
    makePrivate(config, databaseUrl.isEmpty() || config.database.shared());
    if (!prepareDataDir(config.dataDir, &error))
        return fail(error);
    makePrivate(config, databaseUrl.isEmpty() || config.database.shared());
    if (!auth::initialize())
        return fail(QStringLiteral("libsodium cannot start"));

    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        if (positional.first() == u"link") {
            if (parser.isSet(QStringLiteral("role")) ||
                parser.isSet(QStringLiteral("password-stdin")))
                return fail(QStringLiteral("--role and --password-stdin are for the 'user' "
                                           "commands"));
            return linkCommand(positional, config);
        }
        if (positional.first() != u"user")
            return fail(
                QStringLiteral("unknown command '%1' (try --help)").arg(positional.first()));
        return userCommand(positional, parser, config);
    }
    if (parser.isSet(QStringLiteral("role")) || parser.isSet(QStringLiteral("password-stdin")))
        return fail(QStringLiteral("--role and --password-stdin are for the 'user' commands"));

    SignalWatcher watcher;
    Server server(config);
    if (!server.start(&error))
        return fail(error);
    int exitCode = 0;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &server,
                     [&server](int) { server.shutdown(); });
    QObject::connect(&server, &Server::finished, qApp,
                     [&exitCode] { QCoreApplication::exit(exitCode); });
    std::printf("listening on %s\n", qPrintable(server.listenUrl()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

} // namespace inkboard::server
