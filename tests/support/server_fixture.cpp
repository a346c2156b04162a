// SPDX-License-Identifier: Apache-2.0
#include "server_fixture.h"

#include "pg_fixture.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QThread>
#include <QtDebug>
#include <csignal>

namespace inkboard::test {

ServerFixture::ServerFixture(QStringList extraArgs) : m_extraArgs(std::move(extraArgs)) {}

ServerFixture::~ServerFixture()
{
    if (isRunning())
        terminate();
}

QString ServerFixture::binaryPath()
{
    return QStringLiteral(INKBOARD_SERVER_BINARY);
}

QProcessEnvironment ServerFixture::environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"INKBOARD_LISTEN", "INKBOARD_DATA", "INKBOARD_DATABASE",
                             "INKBOARD_REDIS", "http_proxy", "HTTP_PROXY"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("INKBOARD_PWHASH"), QStringLiteral("fast"));
    return env;
}

QString ServerFixture::backend()
{
    const QString b = qEnvironmentVariable("INKBOARD_TEST_BACKEND");
    return b.isEmpty() ? QStringLiteral("sqlite") : b;
}

bool ServerFixture::ensureDatabase()
{
    if (backend() != u"postgresql" || !m_databaseUrl.isEmpty())
        return true;
    PgCluster *cluster = PgCluster::shared();
    if (!cluster)
        return false;
    const QString name = cluster->createUniqueDatabase(QStringLiteral("server"));
    if (name.isEmpty())
        return false;
    m_databaseUrl = cluster->url(name);
    return true;
}

QProcessEnvironment ServerFixture::processEnvironment()
{
    QProcessEnvironment env = environment();
    if (m_realHashing)
        env.remove(QStringLiteral("INKBOARD_PWHASH"));
    if (ensureDatabase() && !m_databaseUrl.isEmpty())
        env.insert(QStringLiteral("INKBOARD_DATABASE"), m_databaseUrl);
    return env;
}

QString ServerFixture::dataDir() const
{
    return m_dir.path();
}

qint64 ServerFixture::pid() const
{
    return m_process ? m_process->processId() : 0;
}

bool ServerFixture::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QUrl ServerFixture::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QString ServerFixture::stderrPath() const
{
    return m_logDir.filePath(QStringLiteral("server.stderr"));
}

QString ServerFixture::serverStderr() const
{
    QFile f(stderrPath());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

void ServerFixture::collectStderr()
{
    // The server's stderr goes to a file: a pipe nobody drains would block the server.
}

bool ServerFixture::start()
{
    if (!m_dir.isValid()) {
        qWarning("ServerFixture: no temporary folder");
        return false;
    }
    if (isRunning())
        return true;
    if (!ensureDatabase()) {
        qWarning("ServerFixture: no PostgreSQL database for the postgresql backend");
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessEnvironment(processEnvironment());
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setStandardErrorFile(stderrPath(), QIODevice::Append);
    QStringList args{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                     QStringLiteral("--data"), m_dir.path()};
    args += m_extraArgs;
    m_process->start(binaryPath(), args);
    if (!m_process->waitForStarted(10000)) {
        qWarning("ServerFixture: cannot start %s: %s", qPrintable(binaryPath()),
                 qPrintable(m_process->errorString()));
        return false;
    }

    static const QRegularExpression listening(
        QStringLiteral("^listening on http://([^:/\\s]+):(\\d+)\\s*$"));
    QByteArray out;
    QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (m_process->canReadLine()) {
            const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
            const auto match = listening.match(line);
            if (match.hasMatch()) {
                m_port = quint16(match.captured(2).toUInt());
                collectStderr();
                return true;
            }
            out += line.toUtf8() + '\n';
            continue;
        }
        if (m_process->state() == QProcess::NotRunning)
            break;
        m_process->waitForReadyRead(100);
        collectStderr();
    }
    collectStderr();
    qWarning("ServerFixture: the server did not report 'listening on' (exit %d)\nstdout: "
             "%s\nstderr: %s",
             m_process->state() == QProcess::NotRunning ? m_process->exitCode() : -1,
             out.constData(), qPrintable(serverStderr()));
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    return false;
}

bool ServerFixture::restart()
{
    if (isRunning())
        terminate();
    // The old socket may linger for a moment; the server sets SO_REUSEADDR, but retry.
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (start())
            return true;
        QThread::msleep(250);
    }
    return false;
}

void ServerFixture::kill9()
{
    if (!isRunning())
        return;
    ::kill(pid_t(m_process->processId()), SIGKILL);
    m_process->waitForFinished(10000);
    collectStderr();
}

int ServerFixture::terminate()
{
    if (!isRunning())
        return m_process ? m_process->exitCode() : -1;
    m_process->terminate();
    if (!m_process->waitForFinished(20000)) {
        qWarning("ServerFixture: the server ignored SIGTERM for 20 s; killing it");
        m_process->kill();
        m_process->waitForFinished(5000);
        collectStderr();
        return -1;
    }
    collectStderr();
    if (m_process->exitStatus() != QProcess::NormalExit)
        return -1;
    return m_process->exitCode();
}

int ServerFixture::runCli(const QStringList &args, const QByteArray &stdinData, QByteArray *out,
                          QByteArray *err)
{
    QProcess p;
    p.setProcessEnvironment(processEnvironment());
    p.start(binaryPath(), args);
    if (!p.waitForStarted(10000))
        return -1;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished(5000);
        return -1;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    if (p.exitStatus() != QProcess::NormalExit)
        return -1;
    return p.exitCode();
}

bool ServerFixture::addUser(const QString &name, const QString &password, bool admin)
{
    QStringList args{QStringLiteral("user"), QStringLiteral("add"), name};
    if (admin)
        args << QStringLiteral("--role") << QStringLiteral("admin");
    args << QStringLiteral("--password-stdin") << QStringLiteral("--data") << m_dir.path();
    QByteArray err;
    const int code = runCli(args, password.toUtf8() + '\n', nullptr, &err);
    if (code != 0)
        qWarning("ServerFixture: user add %s failed (%d): %s", qPrintable(name), code,
                 err.constData());
    return code == 0;
}

QString ServerFixture::login(const QString &name, const QString &password)
{
    const HttpResult r = httpRequest(
        baseUrl(), "POST", QStringLiteral("/api/v1/auth/login"),
        QJsonObject{{QStringLiteral("username"), name}, {QStringLiteral("password"), password}});
    if (r.status != 200) {
        qWarning("ServerFixture: login %s -> %d %s", qPrintable(name), r.status,
                 r.body.constData());
        return {};
    }
    return r.json.value(QLatin1String("token")).toString();
}

} // namespace inkboard::test
