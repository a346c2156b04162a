// SPDX-License-Identifier: Apache-2.0
#include "service_process.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace inkboard::test::detail {

namespace {

// The content of a small /proc file (QFile would do too, but /proc reports size 0).
QByteArray readProcFile(const QByteArray &path)
{
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {};
    QByteArray data;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        data.append(buffer, qsizetype(n));
    }
    ::close(fd);
    return data;
}

// State and parent of a process from /proc/PID/stat ("PID (comm) S PPID ..."); false when
// the process does not exist.
bool procStat(qint64 pid, char *state, qint64 *ppid)
{
    const QByteArray stat = readProcFile("/proc/" + QByteArray::number(pid) + "/stat");
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0 || close + 4 > stat.size())
        return false;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    if (fields.size() < 2 || fields.at(0).isEmpty())
        return false;
    *state = fields.at(0).at(0);
    *ppid = fields.at(1).toLongLong();
    return true;
}

} // namespace

Account systemAccount(const char *name)
{
    Account account;
    const passwd *pw = ::getpwnam(name);
    if (!pw)
        return account;
    account.valid = true;
    account.name = QString::fromLocal8Bit(pw->pw_name);
    account.uid = pw->pw_uid;
    account.gid = pw->pw_gid;
    account.home = QString::fromLocal8Bit(pw->pw_dir);
    return account;
}

bool startOnFreePort(quint16 *port, bool *portFixed, const std::function<QString()> &output,
                     const std::function<bool()> &launch, const std::function<void()> &cleanUp,
                     const std::function<bool(const QString &printed)> &retryable)
{
    const int attempts = *portFixed ? 20 : 5;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        if (!*portFixed)
            *port = freeLocalPort();
        const qsizetype before = output().size();
        if (launch()) {
            *portFixed = true;
            return true;
        }
        cleanUp();
        if (!retryable(output().mid(before)))
            return false;
        QThread::msleep(250);
    }
    return false;
}

quint16 freeLocalPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

bool tcpAccepts(quint16 port, int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    const bool connected = socket.waitForConnected(timeoutMs);
    socket.abort();
    return connected;
}

void prepareChild(QProcess &process, const Account &account, int deathSignal, bool newSession)
{
    const bool switchUser = account.valid && account.uid != ::geteuid();
    const uid_t uid = account.uid;
    const gid_t gid = account.gid;
    const pid_t parent = ::getpid();
    process.setChildProcessModifier([=] {
        // Runs in the child between fork and exec: async-signal-safe calls only.
        if (newSession)
            ::setsid();
        if (switchUser) {
            if (::setgroups(1, &gid) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0) {
                static const char message[] = "fixture: cannot switch to the service user\n";
                [[maybe_unused]] const ssize_t n = ::write(2, message, sizeof message - 1);
                ::_exit(127);
            }
        }
        if (deathSignal != 0) {
            // After setuid: a change of credentials clears the parent-death signal.
            ::prctl(PR_SET_PDEATHSIG, deathSignal);
            if (::getppid() != parent) // the test died before prctl
                ::_exit(1);
        }
    });
}

QList<qint64> childPids(qint64 pid)
{
    QList<qint64> children;
    const QDir proc(QStringLiteral("/proc"));
    const QStringList entries = proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 candidate = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        char state = 0;
        qint64 ppid = 0;
        if (procStat(candidate, &state, &ppid) && ppid == pid && state != 'Z')
            children.append(candidate);
    }
    return children;
}

bool waitGone(qint64 pid, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        char state = 0;
        qint64 ppid = 0;
        if (!procStat(pid, &state, &ppid) || state == 'Z' || state == 'X')
            return true;
        if (deadline.hasExpired())
            return false;
        QThread::msleep(10);
    }
}

void killTree(qint64 pid)
{
    if (pid <= 0)
        return;
    // Stopped, it can neither fork a new child nor notice that its children die.
    ::kill(pid_t(pid), SIGSTOP);
    const QList<qint64> children = childPids(pid);
    for (const qint64 child : children)
        ::kill(pid_t(child), SIGKILL);
    ::kill(pid_t(pid), SIGKILL);
    for (const qint64 child : children)
        waitGone(child, 10000);
    waitGone(pid, 10000);
}

QString RunResult::describe(const QString &what) const
{
    return QStringLiteral("%1: exit %2\nstdout: %3\nstderr: %4")
        .arg(what)
        .arg(exitCode)
        .arg(QString::fromLocal8Bit(out), QString::fromLocal8Bit(err));
}

RunResult runProgram(const QString &program, const QStringList &args,
                     const QProcessEnvironment &env, int timeoutMs, const Account &account)
{
    RunResult result;
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(QDir::rootPath()); // readable by any service user
    prepareChild(process, account, SIGKILL);
    process.start(program, args);
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toLocal8Bit();
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError() + "\n(killed after " +
                     QByteArray::number(timeoutMs) + " ms)";
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

QString readTextFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString sharedTempBase()
{
    const QString temp = QDir::tempPath();
    QDir dir(temp);
    for (;;) {
        struct stat info;
        if (::stat(QFile::encodeName(dir.absolutePath()).constData(), &info) != 0 ||
            (info.st_mode & S_IXOTH) == 0)
            return QStringLiteral("/tmp");
        if (dir.isRoot())
            return temp;
        dir.cdUp();
    }
}

bool chownTree(const QString &path, const Account &account)
{
    if (!account.valid)
        return true;
    bool ok = ::lchown(QFile::encodeName(path).constData(), account.uid, account.gid) == 0;
    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString entry = it.next();
        ok = ::lchown(QFile::encodeName(entry).constData(), account.uid, account.gid) == 0 && ok;
    }
    return ok;
}

} // namespace inkboard::test::detail
