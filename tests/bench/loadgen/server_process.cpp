// SPDX-License-Identifier: Apache-2.0
#include "server_process.h"

#include "clock.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <csignal>

namespace inkboard::bench {

namespace {
constexpr int kStartTimeoutMs = 60000;
constexpr int kStopTimeoutMs = 30000;
} // namespace

ServerProcess::ServerProcess(QString binary, QStringList extraArgs, QString dataDir,
                             QStringList extraEnv)
    : m_binary(std::move(binary)), m_extraArgs(std::move(extraArgs)),
      m_extraEnv(std::move(extraEnv)), m_dataDir(std::move(dataDir))
{
    if (m_dataDir.isEmpty()) {
        m_tempDir = std::make_unique<QTemporaryDir>();
        m_dataDir = m_tempDir->path();
    }
}

ServerProcess::~ServerProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        QString ignored;
        if (!stop(&ignored)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
}

bool ServerProcess::addUser(const QString &name, const QString &password, QString *error)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(m_binary, {QStringLiteral("user"), QStringLiteral("add"), name,
                       QStringLiteral("--password-stdin"), QStringLiteral("--data"), m_dataDir});
    if (!p.waitForStarted(10000)) {
        *error = QStringLiteral("cannot run %1: %2").arg(m_binary, p.errorString());
        return false;
    }
    p.write(password.toUtf8() + '\n');
    p.closeWriteChannel();
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("user add %1 failed: %2")
                     .arg(name, QString::fromUtf8(p.readAll().trimmed()));
        return false;
    }
    return true;
}

bool ServerProcess::start(QString *error, qint64 *startupNs)
{
    m_process = std::make_unique<QProcess>();
    // Its log goes straight to our stderr; its stdout is drained so that it never blocks.
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &kv : m_extraEnv)
        env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    m_process->setProcessEnvironment(env);
    QStringList args{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--data"), m_dataDir};
    args += m_extraArgs;
    const qint64 t0 = nowNs();
    m_process->start(m_binary, args);
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(m_binary, m_process->errorString());
        return false;
    }
    static const QRegularExpression listening(
        QStringLiteral("listening on http://([^\\s:]+|\\[[^\\]]+\\]):(\\d+)"));
    QByteArray out;
    QDeadlineTimer deadline(kStartTimeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process->canReadLine() || m_process->waitForReadyRead(50)) {
            while (m_process->canReadLine()) {
                const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
                const auto m = listening.match(line);
                if (m.hasMatch()) {
                    if (startupNs)
                        *startupNs = nowNs() - t0;
                    m_host = m.captured(1);
                    m_port = quint16(m.captured(2).toUInt());
                    QObject::connect(m_process.get(), &QProcess::readyReadStandardOutput,
                                     m_process.get(),
                                     [p = m_process.get()] { p->readAllStandardOutput(); });
                    return true;
                }
            }
        }
        if (m_process->state() == QProcess::NotRunning) {
            *error = QStringLiteral("the server exited with %1 before listening")
                         .arg(m_process->exitCode());
            return false;
        }
    }
    *error = QStringLiteral("no 'listening on' line within %1 ms").arg(kStartTimeoutMs);
    m_process->kill();
    m_process->waitForFinished(5000);
    return false;
}

bool ServerProcess::stop(QString *error, qint64 *stopNs)
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return true;
    const qint64 t0 = nowNs();
    ::kill(pid_t(m_process->processId()), SIGTERM);
    if (!m_process->waitForFinished(kStopTimeoutMs)) {
        *error = QStringLiteral("the server did not stop within %1 ms of SIGTERM; killed")
                     .arg(kStopTimeoutMs);
        m_process->kill();
        m_process->waitForFinished(5000);
        return false;
    }
    if (stopNs)
        *stopNs = nowNs() - t0;
    if (m_process->exitStatus() != QProcess::NormalExit || m_process->exitCode() != 0) {
        *error =
            QStringLiteral("the server exited with %1 after SIGTERM").arg(m_process->exitCode());
        return false;
    }
    return true;
}

qint64 ServerProcess::pid() const
{
    return m_process ? m_process->processId() : 0;
}

} // namespace inkboard::bench
