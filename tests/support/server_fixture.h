// SPDX-License-Identifier: Apache-2.0
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
// so the argon2id hashes of tests take milliseconds (see server/README.md), unless
// setRealPasswordHashing(true) asks for real-cost hashes.
//
// With INKBOARD_TEST_BACKEND=postgresql in the environment, the server and the `user`
// commands use a fresh database of a real PostgreSQL server (PgCluster::shared(), one per
// test process) instead of SQLite: CTest runs the server suites once per backend.
class ServerFixture
{
public:
    explicit ServerFixture(QStringList extraArgs = {});
    ~ServerFixture(); // SIGTERM, wait, then kill if needed
    ServerFixture(const ServerFixture &) = delete;
    ServerFixture &operator=(const ServerFixture &) = delete;

    bool start();    // false + qWarning with the server's stderr on failure
    bool restart();  // same data folder AND same port (so clients keep their URL)
    void kill9();    // SIGKILL, wait for exit
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
    int runCli(const QStringList &args, const QByteArray &stdinData = {}, QByteArray *out = nullptr,
               QByteArray *err = nullptr);

    // Real (interactive-cost) argon2id hashes for the users added from now on, as a
    // production server makes them: for tests that need a login to take its real time.
    void setRealPasswordHashing(bool real) { m_realHashing = real; }

    // The extra arguments given at construction; change them before a restart().
    QStringList &extraArgs() { return m_extraArgs; }

    static QString binaryPath();
    static QProcessEnvironment environment();
    // The environment of the processes this fixture starts: environment() plus, on the
    // PostgreSQL backend, INKBOARD_DATABASE naming this fixture's database.
    QProcessEnvironment processEnvironment();
    // Which store the tests run on: "sqlite" (default) or "postgresql".
    static QString backend();
    // Runs the server and the `user` commands on this database (several fixtures on one
    // PostgreSQL database are the nodes of one cluster), whatever backend() says.
    void useDatabase(const QString &url) { m_databaseUrl = url; }
    // The PostgreSQL URL of this fixture's database; empty on SQLite.
    QString databaseUrl() { return ensureDatabase() ? m_databaseUrl : QString(); }

private:
    void collectStderr();
    bool ensureDatabase();

    QStringList m_extraArgs;
    bool m_realHashing = false;
    QString m_databaseUrl;
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QTemporaryDir m_logDir;
};

} // namespace inkboard::test
