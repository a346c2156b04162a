// SPDX-License-Identifier: Apache-2.0
#include "nginx_fixture.h"

#include "service_process.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QThread>
#include <QtDebug>
#include <csignal>
#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>

namespace inkboard::test {

namespace {

constexpr int kReadyTimeoutMs = 15000;
constexpr int kStopTimeoutMs = 10000;
// Bounds how long an old worker with open connections (WebSockets) outlives a reload.
constexpr int kWorkerShutdownSeconds = 3;

QString tail(const QString &text, int lines = 30)
{
    QStringList all = text.split(QLatin1Char('\n'));
    if (all.size() > lines)
        all = all.mid(all.size() - lines);
    return all.join(QLatin1Char('\n'));
}

QString quoted(const QString &path)
{
    return QLatin1Char('"') + path + QLatin1Char('"');
}

} // namespace

NginxProxy::NginxProxy(QList<quint16> nodePorts, QString confPath)
    : m_nodes(std::move(nodePorts)), m_confPath(std::move(confPath)),
      m_dir(detail::sharedTempBase() + QStringLiteral("/inkboard-nginx-XXXXXX"))
{}

NginxProxy::~NginxProxy()
{
    if (isRunning())
        stop();
}

QString NginxProxy::defaultConfPath()
{
#ifdef INKBOARD_NGINX_CONF
    return QStringLiteral(INKBOARD_NGINX_CONF);
#else
    return {};
#endif
}

QString NginxProxy::binaryPath()
{
    if (QFileInfo(QStringLiteral("/usr/sbin/nginx")).isExecutable())
        return QStringLiteral("/usr/sbin/nginx");
    return QStandardPaths::findExecutable(QStringLiteral("nginx"));
}

QString NginxProxy::mainConfigPath() const
{
    return m_dir.filePath(QStringLiteral("nginx.conf"));
}

QString NginxProxy::siteConfigPath() const
{
    return m_dir.filePath(QStringLiteral("inkboard.conf"));
}

QString NginxProxy::errorLog() const
{
    return detail::readTextFile(m_dir.filePath(QStringLiteral("error.log")));
}

QString NginxProxy::accessLog() const
{
    return detail::readTextFile(m_dir.filePath(QStringLiteral("access.log")));
}

bool NginxProxy::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

qint64 NginxProxy::pid() const
{
    return isRunning() ? m_process->processId() : 0;
}

QUrl NginxProxy::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void NginxProxy::setNodes(QList<quint16> nodePorts)
{
    m_nodes = std::move(nodePorts);
}

QString NginxProxy::substitute(const QString &conf, const QList<quint16> &nodePorts,
                               quint16 listenPort, QString *error)
{
    static const QRegularExpression listenLine(
        QStringLiteral("^(\\s*)listen\\s+[^;#]+;(\\s*#\\s*@inkboard-listen\\b.*)$"));
    static const QRegularExpression nodeLine(
        QStringLiteral("^(\\s*)server\\s+[^\\s;#]+([^;#]*);(\\s*#\\s*@inkboard-node\\b.*)$"));
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QString();
    };
    if (nodePorts.isEmpty())
        return fail(QStringLiteral("no upstream node ports"));

    QStringList out;
    int listens = 0;
    int nodes = 0;
    const QStringList lines = conf.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().startsWith(QLatin1Char('#'))) {
            out << line; // a comment may name the markers
        } else if (line.contains(QLatin1String("@inkboard-listen"))) {
            const auto m = listenLine.match(line);
            if (!m.hasMatch())
                return fail(QStringLiteral("malformed @inkboard-listen line: ") + line);
            ++listens;
            out << QStringLiteral("%1listen 127.0.0.1:%2;%3")
                       .arg(m.captured(1), QString::number(listenPort), m.captured(2));
        } else if (line.contains(QLatin1String("@inkboard-node"))) {
            const auto m = nodeLine.match(line);
            if (!m.hasMatch())
                return fail(QStringLiteral("malformed @inkboard-node line: ") + line);
            if (nodes++ == 0) {
                for (const quint16 port : nodePorts)
                    out << QStringLiteral("%1server 127.0.0.1:%2%3;%4")
                               .arg(m.captured(1), QString::number(port), m.captured(2),
                                    m.captured(3));
            }
        } else {
            out << line;
        }
    }
    if (listens != 1)
        return fail(
            QStringLiteral("expected one '# @inkboard-listen' line, found %1").arg(listens));
    if (nodes == 0)
        return fail(QStringLiteral("no '# @inkboard-node' line"));
    return out.join(QLatin1Char('\n'));
}

bool NginxProxy::writeConfig(QString *error)
{
    QFile shipped(m_confPath);
    if (m_confPath.isEmpty() || !shipped.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the nginx config '%1'").arg(m_confPath);
        return false;
    }
    const QString site = substitute(QString::fromUtf8(shipped.readAll()), m_nodes, m_port, error);
    if (site.isEmpty())
        return false;

    const QString tmp = m_dir.path();
    QString user;
    if (::geteuid() == 0) {
        // The master runs as root and its workers as nobody; they must reach the folder.
        const detail::Account nobody = detail::systemAccount("nobody");
        if (nobody.valid) {
            const group *gr = ::getgrgid(nobody.gid);
            user = QStringLiteral("user nobody %1;\n")
                       .arg(gr ? QString::fromLocal8Bit(gr->gr_name) : QStringLiteral("nogroup"));
        }
        ::chmod(QFile::encodeName(tmp).constData(), 0755);
    }
    const auto path = [&tmp](const char *name) {
        return quoted(tmp + QLatin1Char('/') + QLatin1String(name));
    };
    const QString main =
        QStringLiteral("# Generated by NginxProxy (tests/support/nginx_fixture.cpp) around the "
                       "shipped\n# ") +
        m_confPath + QStringLiteral("\ndaemon off;\nmaster_process on;\nworker_processes 1;\n") +
        user + QStringLiteral("pid ") + path("nginx.pid") + QStringLiteral(";\nerror_log ") +
        path("error.log") + QStringLiteral(" info;\nworker_shutdown_timeout ") +
        QString::number(kWorkerShutdownSeconds) +
        QStringLiteral("s;\nevents { worker_connections 4096; }\nhttp {\n"
                       "    log_format inkboard_fixture '$request_method $request_uri $status "
                       "upstream=$upstream_addr upstream_status=$upstream_status "
                       "request_time=$request_time';\n    access_log ") +
        path("access.log") + QStringLiteral(" inkboard_fixture;\n    client_body_temp_path ") +
        path("body") + QStringLiteral(";\n    proxy_temp_path ") + path("proxy") +
        QStringLiteral(";\n    fastcgi_temp_path ") + path("fastcgi") +
        QStringLiteral(";\n    uwsgi_temp_path ") + path("uwsgi") +
        QStringLiteral(";\n    scgi_temp_path ") + path("scgi") + QStringLiteral(";\n") +
        m_extraHttp + QStringLiteral("\n    include ") + quoted(siteConfigPath()) +
        QStringLiteral(";\n}\n");

    for (const auto &[target, text] :
         {std::pair{siteConfigPath(), site}, std::pair{mainConfigPath(), main}}) {
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
            *error = QStringLiteral("cannot write %1").arg(target);
            return false;
        }
    }
    return true;
}

bool NginxProxy::testConfig(QString *output)
{
    if (m_port == 0)
        m_port = detail::freeLocalPort();
    QString error;
    if (!writeConfig(&error)) {
        if (output)
            *output = error;
        return false;
    }
    return runConfigTest(output);
}

bool NginxProxy::runConfigTest(QString *output)
{
    const detail::RunResult r = detail::runProgram(binaryPath(),
                                                   {QStringLiteral("-t"), QStringLiteral("-p"),
                                                    m_dir.path() + QLatin1Char('/'),
                                                    QStringLiteral("-c"), mainConfigPath()},
                                                   QProcessEnvironment::systemEnvironment(), 30000);
    if (output)
        *output = QString::fromLocal8Bit(r.out + r.err).trimmed();
    return r.exitCode == 0;
}

bool NginxProxy::launch()
{
    m_process.reset();
    QString error;
    if (!writeConfig(&error)) {
        qWarning("NginxProxy: %s", qPrintable(error));
        return false;
    }
    QString output;
    if (!runConfigTest(&output)) {
        qWarning("NginxProxy: `nginx -t` rejects the config (%s):\n%s\n--- %s\n%s",
                 qPrintable(m_confPath), qPrintable(output), qPrintable(siteConfigPath()),
                 qPrintable(detail::readTextFile(siteConfigPath())));
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setWorkingDirectory(m_dir.path());
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_dir.filePath(QStringLiteral("nginx.out")),
                                     QIODevice::Append);
    m_process->setStandardInputFile(QProcess::nullDevice());
    // SIGTERM: the master's fast shutdown, which also ends its workers.
    detail::prepareChild(*m_process, {}, SIGTERM);
    m_process->start(binaryPath(), {QStringLiteral("-p"), m_dir.path() + QLatin1Char('/'),
                                    QStringLiteral("-c"), mainConfigPath()});
    if (!m_process->waitForStarted(10000)) {
        qWarning("NginxProxy: cannot start %s: %s", qPrintable(binaryPath()),
                 qPrintable(m_process->errorString()));
        return false;
    }
    const QDeadlineTimer deadline(kReadyTimeoutMs);
    while (!deadline.hasExpired()) {
        if (!isRunning())
            return false;
        if (detail::tcpAccepts(m_port, 200) && !detail::childPids(pid()).isEmpty())
            return isRunning();
        QThread::msleep(20);
    }
    qWarning("NginxProxy: port %d did not accept connections within %d s", m_port,
             kReadyTimeoutMs / 1000);
    return false;
}

bool NginxProxy::start()
{
    if (isRunning())
        return true;
    if (!m_dir.isValid()) {
        qWarning("NginxProxy: no temporary folder: %s", qPrintable(m_dir.errorString()));
        return false;
    }
    if (binaryPath().isEmpty()) {
        qWarning("NginxProxy: nginx not found (install the package nginx-light)");
        return false;
    }
    // Another process may take the port between freeLocalPort() and nginx's bind().
    const bool started = detail::startOnFreePort(
        &m_port, &m_portFixed,
        [this] {
            return detail::readTextFile(m_dir.filePath(QStringLiteral("nginx.out"))) + errorLog();
        },
        [this] { return launch(); },
        [this] {
            if (!m_process)
                return;
            if (isRunning())
                detail::killTree(m_process->processId());
            m_process->waitForFinished(5000);
        },
        [this](const QString &printed) {
            // No process: the config is wrong, and no other port helps.
            return m_process && printed.contains(QLatin1String("Address already in use"));
        });
    if (started)
        return true;
    qWarning("NginxProxy: nginx did not start (port %d)\noutput: %s\nerror log:\n%s", m_port,
             qPrintable(detail::readTextFile(m_dir.filePath(QStringLiteral("nginx.out")))),
             qPrintable(tail(errorLog())));
    return false;
}

bool NginxProxy::stop()
{
    if (!isRunning())
        return true;
    const QList<qint64> workers = detail::childPids(m_process->processId());
    m_process->terminate(); // SIGTERM: fast shutdown
    if (!m_process->waitForFinished(kStopTimeoutMs)) {
        qWarning("NginxProxy: nginx ignored SIGTERM for %d s; killing it", kStopTimeoutMs / 1000);
        detail::killTree(m_process->processId());
        m_process->waitForFinished(5000);
        return false;
    }
    for (const qint64 worker : workers)
        detail::waitGone(worker, 5000);
    return m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
}

void NginxProxy::kill9()
{
    if (!isRunning())
        return;
    detail::killTree(m_process->processId()); // workers do not notice their master's death
    m_process->waitForFinished(10000);
}

bool NginxProxy::reload()
{
    if (!isRunning())
        return start();
    QString error;
    if (!writeConfig(&error)) {
        qWarning("NginxProxy: %s", qPrintable(error));
        return false;
    }
    QString output;
    if (!runConfigTest(&output)) {
        qWarning("NginxProxy: `nginx -t` rejects the new config:\n%s", qPrintable(output));
        return false;
    }
    const QList<qint64> before = detail::childPids(pid());
    const QSet<qint64> old(before.cbegin(), before.cend());
    ::kill(pid_t(pid()), SIGHUP);
    // The master starts new workers with the new config, then tells the old ones to finish.
    const QDeadlineTimer deadline(kReadyTimeoutMs);
    bool fresh = false;
    while (!fresh && !deadline.hasExpired() && isRunning()) {
        for (const qint64 child : detail::childPids(pid()))
            fresh = fresh || !old.contains(child);
        if (!fresh)
            QThread::msleep(20);
    }
    if (!fresh) {
        qWarning("NginxProxy: no new worker after SIGHUP\nerror log:\n%s",
                 qPrintable(tail(errorLog())));
        return false;
    }
    // Old workers close their listening sockets at once; wait until they are gone so no
    // request of the test still reaches the old config.
    for (const qint64 worker : before)
        detail::waitGone(worker, (kWorkerShutdownSeconds + 5) * 1000);
    return isRunning();
}

} // namespace inkboard::test
