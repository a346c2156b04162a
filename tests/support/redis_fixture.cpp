// SPDX-License-Identifier: Apache-2.0
#include "redis_fixture.h"

#include "service_process.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QThread>
#include <QtDebug>
#include <csignal>

namespace inkboard::test {

namespace {

constexpr int kReadyTimeoutMs = 15000;
constexpr int kStopTimeoutMs = 10000;

QString findProgram(const QString &name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/bin"),
                                                     QStringLiteral("/usr/local/bin"),
                                                     QStringLiteral("/usr/sbin")});
    return path;
}

QString tail(const QString &text, int lines = 30)
{
    QStringList all = text.split(QLatin1Char('\n'));
    if (all.size() > lines)
        all = all.mid(all.size() - lines);
    return all.join(QLatin1Char('\n'));
}

} // namespace

RedisServer::RedisServer(QStringList extraArgs)
    : m_extraArgs(std::move(extraArgs)),
      m_dir(detail::sharedTempBase() + QStringLiteral("/inkboard-redis-XXXXXX"))
{}

RedisServer::~RedisServer()
{
    if (isRunning())
        stop();
}

QString RedisServer::serverBinary()
{
    return findProgram(QStringLiteral("redis-server"));
}

QString RedisServer::cliBinary()
{
    return findProgram(QStringLiteral("redis-cli"));
}

QString RedisServer::logPath() const
{
    return m_dir.filePath(QStringLiteral("redis.log"));
}

QString RedisServer::log() const
{
    return detail::readTextFile(logPath());
}

bool RedisServer::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 RedisServer::pid() const
{
    return isRunning() ? m_process->processId() : 0;
}

QString RedisServer::url() const
{
    return QStringLiteral("redis://127.0.0.1:%1").arg(m_port);
}

bool RedisServer::ping(int timeoutMs) const
{
    if (m_port == 0)
        return false;
    const QDeadlineTimer deadline(timeoutMs);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_port);
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return false;
    socket.write("PING\r\n");
    QByteArray answer;
    while (!answer.contains("\r\n")) {
        const qint64 left = deadline.remainingTime();
        if (left <= 0 || !socket.waitForReadyRead(int(left)))
            return false;
        answer += socket.readAll();
    }
    return answer.startsWith("+PONG\r\n");
}

int RedisServer::cli(const QStringList &args, QByteArray *out) const
{
    const QString program = cliBinary();
    if (program.isEmpty() || m_port == 0)
        return -1;
    const detail::RunResult r =
        detail::runProgram(program,
                           QStringList{QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                                       QStringLiteral("-p"), QString::number(m_port)} +
                               args,
                           QProcessEnvironment::systemEnvironment(), 30000);
    if (out)
        *out = r.out.trimmed();
    return r.exitCode;
}

bool RedisServer::launch()
{
    m_process = std::make_unique<QProcess>();
    m_process->setWorkingDirectory(m_dir.path());
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(logPath(), QIODevice::Append);
    m_process->setStandardInputFile(QProcess::nullDevice());
    detail::prepareChild(*m_process, {}, SIGTERM);
    QFile log(logPath());
    if (log.open(QIODevice::WriteOnly | QIODevice::Append))
        log.write(QStringLiteral("=== redis-server on port %1\n").arg(m_port).toUtf8());
    log.close();
    const QStringList args =
        QStringList{QStringLiteral("--port"),       QString::number(m_port),
                    QStringLiteral("--bind"),       QStringLiteral("127.0.0.1"),
                    QStringLiteral("--save"),       QString(),
                    QStringLiteral("--appendonly"), QStringLiteral("no"),
                    QStringLiteral("--daemonize"),  QStringLiteral("no"),
                    QStringLiteral("--dir"),        m_dir.path(),
                    QStringLiteral("--logfile"),    QString()} +
        m_extraArgs;
    m_process->start(serverBinary(), args);
    if (!m_process->waitForStarted(10000)) {
        qWarning("RedisServer: cannot start %s: %s", qPrintable(serverBinary()),
                 qPrintable(m_process->errorString()));
        return false;
    }
    const QDeadlineTimer deadline(kReadyTimeoutMs);
    while (!deadline.hasExpired()) {
        if (!isRunning())
            return false;
        if (ping(500))
            return isRunning();
        QThread::msleep(25);
    }
    qWarning("RedisServer: no PONG on port %d within %d s", m_port, kReadyTimeoutMs / 1000);
    return false;
}

bool RedisServer::start()
{
    if (isRunning())
        return true;
    if (!m_dir.isValid()) {
        qWarning("RedisServer: no temporary folder: %s", qPrintable(m_dir.errorString()));
        return false;
    }
    if (serverBinary().isEmpty()) {
        qWarning("RedisServer: redis-server not found (install the package redis-server)");
        return false;
    }
    // A free port may be taken before redis binds it: then another one. A restart keeps its
    // port and retries while the old socket is still around.
    const bool started = detail::startOnFreePort(
        &m_port, &m_portFixed, [this] { return log(); }, [this] { return launch(); },
        [this] {
            if (isRunning())
                m_process->kill();
            m_process->waitForFinished(5000);
        },
        [](const QString &printed) { return printed.contains(QLatin1String("in use")); });
    if (started)
        return true;
    qWarning("RedisServer: redis-server did not start (port %d). Log:\n%s", m_port,
             qPrintable(tail(log())));
    return false;
}

bool RedisServer::stop()
{
    if (!isRunning())
        return true;
    m_process->terminate();
    if (!m_process->waitForFinished(kStopTimeoutMs)) {
        qWarning("RedisServer: redis-server ignored SIGTERM for %d s; killing it",
                 kStopTimeoutMs / 1000);
        m_process->kill();
        m_process->waitForFinished(5000);
        return false;
    }
    return m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
}

void RedisServer::kill9()
{
    if (!isRunning())
        return;
    m_process->kill(); // SIGKILL
    m_process->waitForFinished(10000);
}

bool RedisServer::restart()
{
    if (isRunning())
        stop();
    return start();
}

} // namespace inkboard::test
