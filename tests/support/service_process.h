// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <functional>

// Process plumbing shared by the PostgreSQL, Redis and nginx fixtures (pg_fixture.h,
// redis_fixture.h, nginx_fixture.h). Linux only, like those services.

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <sys/types.h>

namespace inkboard::test::detail {

// A system account to run a child process as (e.g. "postgres" when the tests run as root).
struct Account
{
    bool valid = false;
    QString name;
    uid_t uid = 0;
    gid_t gid = 0;
    QString home;
};

// The account named `name`, invalid when it does not exist.
Account systemAccount(const char *name);

// A TCP port on 127.0.0.1 that nothing listens on right now (bind to port 0, read it, close).
// Another process may take it before the caller does: callers retry on "address in use".
quint16 freeLocalPort();

// Starts a service on a free port, or on its own port once it has started there (*portFixed):
// `launch` starts it and waits until it serves. After a failed attempt `cleanUp` ends what is
// left of it, and `retryable` (given what the service printed meanwhile, from `output`) says
// whether another port, or a moment for the old socket to go, may help. At most 5 attempts
// on free ports, 20 on a fixed one.
bool startOnFreePort(quint16 *port, bool *portFixed, const std::function<QString()> &output,
                     const std::function<bool()> &launch, const std::function<void()> &cleanUp,
                     const std::function<bool(const QString &printed)> &retryable);

// True when 127.0.0.1:port accepts a TCP connection within timeoutMs.
bool tcpAccepts(quint16 port, int timeoutMs = 500);

// Makes `process` (before start()) run as `account` when that is valid and differs from the
// current user, in a new session when newSession, and receive deathSignal (0: none) when
// this process exits, so a crashed test leaves no server running. Uses
// QProcess::setChildProcessModifier: nothing but async-signal-safe calls happen in the child.
void prepareChild(QProcess &process, const Account &account, int deathSignal,
                  bool newSession = false);

// The direct children of `pid` (from /proc).
QList<qint64> childPids(qint64 pid);

// Waits until `pid` no longer exists or is a zombie; false after timeoutMs.
bool waitGone(qint64 pid, int timeoutMs);

// Crashes a service: stops `pid` (so it cannot fork or reap), SIGKILLs its children and then
// itself, and waits until all of them are gone. Reaping `pid` is the caller's business.
void killTree(qint64 pid);

// Runs a short-lived program to completion. exitCode is -1 when it could not start, crashed
// or ran longer than timeoutMs (it is killed then).
struct RunResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString describe(const QString &what) const; // "what: exit N\nstdout...\nstderr..."
};
RunResult runProgram(const QString &program, const QStringList &args,
                     const QProcessEnvironment &env, int timeoutMs = 30000,
                     const Account &account = {});

// The whole content of a text file, empty when it cannot be read.
QString readTextFile(const QString &path);

// A folder to make temporary folders in that other users (postgres, nginx's workers) can
// reach: QDir::tempPath() when every folder on its path is searchable by others, else /tmp.
QString sharedTempBase();

// chown -R path to the account (no-op when it is invalid).
bool chownTree(const QString &path, const Account &account);

} // namespace inkboard::test::detail
