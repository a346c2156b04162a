#pragma once

#include "http_client.h"

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>

namespace inkboard::test {

// Starts the real inkboard-server binary (INKBOARD_SERVER_BINARY) with
// --listen 127.0.0.1:0 on the first start and a QTemporaryDir data folder, and reads its
// "listening on http://HOST:PORT" stdout line.
//
// The fixture sets INKBOARD_PWHASH=fast for the server and the `user` commands it runs,
// so the argon2id hashes of tests take milliseconds (see server/README.md).
class ServerFixture
{
public:
    explicit ServerFixture(QStringList extraArgs = {});
    ~ServerFixture(); // SIGTERM, wait, then kill if needed
    ServerFixture(const ServerFixture &) = delete;
    ServerFixture &operator=(const ServerFixture &) = delete;

    bool start();   // false + qWarning with the server's stderr on failure
    bool restart(); // same data folder AND same port (so clients keep their URL)
    void kill9();   // SIGKILL, wait for exit
    int terminate(); // SIGTERM, wait, return exit code (-1 when it crashed or hung)
    bool isRunning() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    quint16 port() const { return m_port; }
    QString dataDir() const;
    qint64 pid() const;

    // Runs `inkboard-server user add NAME [--role admin] --password-stdin --data DIR`.
    bool addUser(const QString &name, const QString &password, bool admin = false);
    // POST /api/v1/auth/login, returns the token (empty on failure).
    QString login(const QString &name, const QString &password);
    QString serverStderr() const; // everything it wrote to stderr, across restarts
    QString stderrPath() const;

    // Runs the binary with `args` (e.g. {"user", "list", "--data", dir}) and optional stdin;
    // returns the exit code (-1 on crash or timeout) and fills stdout/stderr when given.
    int runCli(const QStringList &args, const QByteArray &stdinData = {},
               QByteArray *out = nullptr, QByteArray *err = nullptr) const;

    // The extra arguments given at construction; change them before a restart().
    QStringList &extraArgs() { return m_extraArgs; }

    static QString binaryPath();
    static QProcessEnvironment environment();

private:
    void collectStderr();

    QStringList m_extraArgs;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QTemporaryDir m_logDir;
};

} // namespace inkboard::test
