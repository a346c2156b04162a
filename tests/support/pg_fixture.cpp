// SPDX-License-Identifier: Apache-2.0
#include "pg_fixture.h"

#include "service_process.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QtDebug>
#include <algorithm>
#include <atomic>
#include <csignal>
#include <mutex>
#include <unistd.h>

namespace inkboard::test {

namespace {

constexpr int kReadyTimeoutMs = 30000;
constexpr int kStopTimeoutMs = 30000;
const char *const kSuperuser = "inkboard";

// Whom initdb and postgres run as: the "postgres" account when we are root (both refuse
// root), else ourselves (an invalid Account).
detail::Account serverAccount()
{
    if (::geteuid() != 0)
        return {};
    return detail::systemAccount("postgres");
}

QString quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// The last `lines` lines of a log, for warnings.
QString tail(const QString &text, int lines = 40)
{
    QStringList all = text.split(QLatin1Char('\n'));
    if (all.size() > lines)
        all = all.mid(all.size() - lines);
    return all.join(QLatin1Char('\n'));
}

} // namespace

PgCluster::PgCluster() : m_dir(detail::sharedTempBase() + QStringLiteral("/inkboard-pg-XXXXXX")) {}

PgCluster::~PgCluster()
{
    if (isRunning())
        stop();
}

QString PgCluster::binDir()
{
    const QString overridden = qEnvironmentVariable("INKBOARD_PG_BINDIR");
    if (!overridden.isEmpty())
        return overridden;
    // Debian: /usr/lib/postgresql/MAJOR/bin; take the highest major that has a server.
    const QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList majors = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(majors.begin(), majors.end(),
              [](const QString &a, const QString &b) { return a.toDouble() > b.toDouble(); });
    for (const QString &major : majors) {
        const QString bin = root.filePath(major + QStringLiteral("/bin"));
        if (QFileInfo(bin + QStringLiteral("/postgres")).isExecutable() &&
            QFileInfo(bin + QStringLiteral("/initdb")).isExecutable())
            return bin;
    }
    // Other layouts (initdb on PATH).
    for (const char *dir : {"/usr/bin", "/usr/local/bin", "/usr/local/pgsql/bin"}) {
        const QString bin = QString::fromLatin1(dir);
        if (QFileInfo(bin + QStringLiteral("/postgres")).isExecutable() &&
            QFileInfo(bin + QStringLiteral("/initdb")).isExecutable())
            return bin;
    }
    return {};
}

QString PgCluster::dataDir() const
{
    return m_dir.filePath(QStringLiteral("data"));
}

QString PgCluster::logPath() const
{
    return m_dir.filePath(QStringLiteral("postgres.log"));
}

QString PgCluster::log() const
{
    return detail::readTextFile(logPath());
}

void PgCluster::appendLog(const QByteArray &text) const
{
    QFile file(logPath());
    if (file.open(QIODevice::WriteOnly | QIODevice::Append))
        file.write(text);
}

qint64 PgCluster::pid() const
{
    return isRunning() ? m_process->processId() : 0;
}

bool PgCluster::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QString PgCluster::url(const QString &db) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
        .arg(QLatin1String(kSuperuser))
        .arg(m_port)
        .arg(db);
}

QProcessEnvironment PgCluster::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Nothing from the developer's libpq settings or locale may leak into the tests.
    const QStringList keys = env.keys();
    for (const QString &key : keys) {
        if (key.startsWith(QLatin1String("PG")) || key.startsWith(QLatin1String("LC_")) ||
            key == QLatin1String("LANG") || key == QLatin1String("LANGUAGE"))
            env.remove(key);
    }
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    const detail::Account account = serverAccount();
    if (account.valid) {
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("USER"), account.name);
        env.insert(QStringLiteral("LOGNAME"), account.name);
    }
    return env;
}

bool PgCluster::initDb()
{
    const QString bin = binDir();
    const detail::Account account = serverAccount();
    if (::geteuid() == 0 && !account.valid) {
        qWarning("PgCluster: running as root, but there is no \"postgres\" account to run "
                 "PostgreSQL as (install the package postgresql)");
        return false;
    }
    const QString socketDir = m_dir.filePath(QStringLiteral("sock"));
    if (!QDir().mkpath(socketDir)) {
        qWarning("PgCluster: cannot create %s", qPrintable(socketDir));
        return false;
    }
    appendLog(""); // the log file exists before it changes hands
    if (!detail::chownTree(m_dir.path(), account)) {
        qWarning("PgCluster: cannot give %s to the postgres account", qPrintable(m_dir.path()));
        return false;
    }
    const detail::RunResult r = detail::runProgram(
        bin + QStringLiteral("/initdb"),
        {QStringLiteral("-D"), dataDir(), QStringLiteral("-A"), QStringLiteral("trust"),
         QStringLiteral("-U"), QLatin1String(kSuperuser), QStringLiteral("--no-sync"),
         QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C")},
        environment(), 120000, account);
    appendLog("=== initdb\n" + r.out + r.err);
    if (r.exitCode != 0) {
        qWarning("PgCluster: %s", qPrintable(r.describe(QStringLiteral("initdb"))));
        return false;
    }
    m_initialized = true;
    return true;
}

bool PgCluster::launch()
{
    const QString bin = binDir();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(environment());
    m_process->setWorkingDirectory(m_dir.path());
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(logPath(), QIODevice::Append);
    m_process->setStandardInputFile(QProcess::nullDevice());
    // SIGQUIT: immediate shutdown of the postmaster and its children when the test dies.
    detail::prepareChild(*m_process, serverAccount(), SIGQUIT);
    appendLog(QStringLiteral("=== postgres on port %1\n").arg(m_port).toUtf8());
    m_process->start(
        bin + QStringLiteral("/postgres"),
        {QStringLiteral("-D"), dataDir(), QStringLiteral("-p"), QString::number(m_port),
         QStringLiteral("-k"), m_dir.filePath(QStringLiteral("sock")), QStringLiteral("-c"),
         QStringLiteral("listen_addresses=127.0.0.1"), QStringLiteral("-c"),
         // Durability tests kill the server: every commit must really be on disk.
         QStringLiteral("fsync=on"), QStringLiteral("-c"), QStringLiteral("synchronous_commit=on"),
         QStringLiteral("-c"), QStringLiteral("full_page_writes=on"), QStringLiteral("-c"),
         QStringLiteral("max_connections=200"), QStringLiteral("-c"),
         QStringLiteral("log_line_prefix=%m [%p] ")});
    if (!m_process->waitForStarted(10000)) {
        qWarning("PgCluster: cannot start %s/postgres: %s", qPrintable(bin),
                 qPrintable(m_process->errorString()));
        return false;
    }
    return waitReady();
}

bool PgCluster::waitReady()
{
    const QString isReady = binDir() + QStringLiteral("/pg_isready");
    const QStringList args{
        QStringLiteral("-q"),      QStringLiteral("-h"),    QStringLiteral("127.0.0.1"),
        QStringLiteral("-p"),      QString::number(m_port), QStringLiteral("-U"),
        QLatin1String(kSuperuser), QStringLiteral("-d"),    QStringLiteral("postgres"),
        QStringLiteral("-t"),      QStringLiteral("2")};
    const QProcessEnvironment env = environment();
    const QDeadlineTimer deadline(kReadyTimeoutMs);
    while (!deadline.hasExpired()) {
        if (!isRunning())
            return false;
        // 0: accepting; 1: rejecting (starting up, recovering); 2: no answer.
        if (detail::runProgram(isReady, args, env, 10000).exitCode == 0)
            return isRunning();
        QThread::msleep(100);
    }
    qWarning("PgCluster: PostgreSQL did not accept connections on port %d within %d s", m_port,
             kReadyTimeoutMs / 1000);
    return false;
}

bool PgCluster::start()
{
    if (isRunning())
        return true;
    if (!m_dir.isValid()) {
        qWarning("PgCluster: no temporary folder: %s", qPrintable(m_dir.errorString()));
        return false;
    }
    if (binDir().isEmpty()) {
        qWarning("PgCluster: PostgreSQL not found (install the package postgresql, or set "
                 "INKBOARD_PG_BINDIR)");
        return false;
    }
    if (!m_initialized && !initDb())
        return false;

    // A free port may be taken by someone else before postgres binds it: then try another.
    // A restart keeps its port; then a retry waits for the old processes' leftovers.
    const bool started = detail::startOnFreePort(
        &m_port, &m_portFixed, [this] { return log(); }, [this] { return launch(); },
        [this] {
            if (isRunning()) // hung without accepting connections: give up on this one
                detail::killTree(m_process->processId());
            m_process->waitForFinished(isRunning() ? 10000 : 1000);
        },
        [](const QString &printed) {
            return printed.contains(QLatin1String("could not bind")) ||
                   printed.contains(QLatin1String("could not create any TCP/IP")) ||
                   printed.contains(QLatin1String("already in use")) ||
                   printed.contains(QLatin1String("lock file")) ||
                   printed.contains(QLatin1String("pre-existing shared memory"));
        });
    if (started)
        return true;
    qWarning("PgCluster: PostgreSQL did not start (port %d). Log:\n%s", m_port,
             qPrintable(tail(log())));
    return false;
}

bool PgCluster::stop()
{
    if (!isRunning())
        return true;
    // SIGINT is PostgreSQL's fast shutdown: roll back open transactions, checkpoint, exit.
    ::kill(pid_t(m_process->processId()), SIGINT);
    if (!m_process->waitForFinished(kStopTimeoutMs)) {
        qWarning("PgCluster: PostgreSQL ignored a fast shutdown for %d s; killing it",
                 kStopTimeoutMs / 1000);
        detail::killTree(m_process->processId());
        m_process->waitForFinished(10000);
        return false;
    }
    return m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
}

void PgCluster::kill9()
{
    if (!isRunning())
        return;
    detail::killTree(m_process->processId());
    m_process->waitForFinished(10000);
}

bool PgCluster::restart()
{
    if (isRunning())
        stop();
    return start();
}

int PgCluster::psql(const QString &db, const QString &sql, QString *out, QString *err) const
{
    if (m_port == 0)
        return -1;
    const detail::RunResult r = detail::runProgram(
        binDir() + QStringLiteral("/psql"),
        {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
         QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
         QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
         QStringLiteral("-U"), QLatin1String(kSuperuser), QStringLiteral("-d"), db,
         QStringLiteral("-c"), sql},
        environment(), 60000);
    if (out)
        *out = QString::fromUtf8(r.out).trimmed();
    if (err)
        *err = QString::fromUtf8(r.err).trimmed();
    return r.exitCode;
}

bool PgCluster::createDatabase(const QString &name)
{
    QString err;
    const int code =
        psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE ") + quoteIdentifier(name),
             nullptr, &err);
    if (code != 0)
        qWarning("PgCluster: CREATE DATABASE %s failed (%d): %s", qPrintable(name), code,
                 qPrintable(err));
    return code == 0;
}

bool PgCluster::dropDatabase(const QString &name)
{
    QString err;
    const int code =
        psql(QStringLiteral("postgres"),
             QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoteIdentifier(name)),
             nullptr, &err);
    if (code != 0)
        qWarning("PgCluster: DROP DATABASE %s failed (%d): %s", qPrintable(name), code,
                 qPrintable(err));
    return code == 0;
}

QString PgCluster::createUniqueDatabase(const QString &prefix)
{
    static std::atomic<int> counter{0};
    const QString name =
        QStringLiteral("%1_%2_%3").arg(prefix).arg(qint64(::getpid())).arg(++counter);
    return createDatabase(name) ? name : QString();
}

namespace {

std::mutex sharedMutex;
PgCluster *sharedCluster = nullptr;
bool sharedFailed = false;

void destroySharedCluster()
{
    const std::lock_guard lock(sharedMutex);
    delete sharedCluster; // stops it
    sharedCluster = nullptr;
}

// Stops the shared cluster at exit when no QCoreApplication ran the post routine.
struct SharedClusterReaper
{
    ~SharedClusterReaper() { destroySharedCluster(); }
};

} // namespace

PgCluster *PgCluster::shared()
{
    static SharedClusterReaper reaper;
    const std::lock_guard lock(sharedMutex);
    if (sharedCluster || sharedFailed)
        return sharedCluster;
    auto cluster = std::make_unique<PgCluster>();
    if (!cluster->start()) {
        sharedFailed = true; // do not retry (and warn) in every test
        return nullptr;
    }
    sharedCluster = cluster.release();
    if (QCoreApplication::instance())
        qAddPostRoutine(destroySharedCluster);
    return sharedCluster;
}

} // namespace inkboard::test
