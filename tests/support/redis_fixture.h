// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace inkboard::test {

// A real redis-server for tests (Debian's package redis-server) on 127.0.0.1 and a free
// port, without persistence (`--save '' --appendonly no`), in the foreground as a child
// process, its working folder a QTemporaryDir and its output in a log file. start() waits
// until it answers PING (15 s at most). The server gets SIGTERM if the test process dies.
class RedisServer
{
public:
    explicit RedisServer(QStringList extraArgs = {}); // appended to the command line
    ~RedisServer();                                   // stop()
    RedisServer(const RedisServer &) = delete;
    RedisServer &operator=(const RedisServer &) = delete;

    bool start();   // false + qWarning with the log on failure
    bool stop();    // SIGTERM, wait; true when it exited with 0
    void kill9();   // SIGKILL, wait
    bool restart(); // stop() if running, then start() on the same port (empty: no persistence)
    bool isRunning() const;

    quint16 port() const { return m_port; } // 0 before the first successful start()
    qint64 pid() const;
    QString url() const; // redis://127.0.0.1:PORT

    // Sends PING on a fresh connection; true when the answer is +PONG.
    bool ping(int timeoutMs = 1000) const;
    // Runs `redis-cli -h 127.0.0.1 -p PORT ARGS...`; returns its exit code (-1 when it did
    // not run) and fills `out` (its stdout, trimmed) when given.
    int cli(const QStringList &args, QByteArray *out = nullptr) const;

    QString log() const; // everything the server printed, across restarts
    QString logPath() const;

    // The extra arguments given at construction; change them before a restart().
    QStringList &extraArgs() { return m_extraArgs; }

    static QString serverBinary(); // redis-server; empty when not installed
    static QString cliBinary();    // redis-cli (package redis-tools); empty when not installed

private:
    bool launch();

    QStringList m_extraArgs;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    bool m_portFixed = false;
};

} // namespace inkboard::test
