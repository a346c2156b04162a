// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace inkboard::test {

// A real PostgreSQL server for tests, from the system's PostgreSQL (Debian's package
// postgresql: /usr/lib/postgresql/MAJOR/bin, the highest major found; INKBOARD_PG_BINDIR
// overrides). The first start() runs initdb (trust auth, superuser "inkboard", UTF8, locale
// C) in a QTemporaryDir, then runs `postgres` as a child process on 127.0.0.1 and a free
// port, fsync on, and waits until it accepts connections (pg_isready, 30 s at most).
//
// initdb and postgres refuse to run as root: as root, both run as the "postgres" system
// account (dropped in the child before exec, so signals and kill9() reach the postmaster
// itself) and the folder belongs to that account. The server gets SIGQUIT (immediate
// shutdown) if the test process dies, so a crashed test leaves no server behind.
class PgCluster
{
public:
    PgCluster();
    ~PgCluster(); // stop()
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    bool start();   // false + qWarning with the server log on failure
    bool stop();    // fast shutdown (SIGINT), wait; true when it exited cleanly
    void kill9();   // a crash: SIGKILL the postmaster and all its processes, wait for them
    bool restart(); // stop() if running, then start() with the same data folder and port
    bool isRunning() const;

    quint16 port() const { return m_port; } // 0 before the first successful start()
    qint64 pid() const;                     // the postmaster's
    QString dataDir() const;
    // postgresql://inkboard@127.0.0.1:PORT/DB (no password: trust auth)
    QString url(const QString &db) const;

    // CREATE DATABASE "name" through psql; false + qWarning on failure (e.g. it exists).
    bool createDatabase(const QString &name);
    // DROP DATABASE IF EXISTS "name" WITH (FORCE).
    bool dropDatabase(const QString &name);
    // Creates a database with a name no other call in any process used (prefix_PID_N) and
    // returns that name; empty on failure. For tests sharing shared().
    QString createUniqueDatabase(const QString &prefix = QStringLiteral("t"));

    // Runs `psql -X -At -v ON_ERROR_STOP=1 -c SQL` on database `db` as user inkboard; returns
    // psql's exit code (-1 when it did not run) and fills `out` (trimmed) and `err` when given.
    int psql(const QString &db, const QString &sql, QString *out = nullptr,
             QString *err = nullptr) const;

    QString log() const; // the server's stderr (and initdb's output), across restarts
    QString logPath() const;

    // The folder with initdb, postgres, psql, pg_isready; empty when none was found.
    static QString binDir();

    // One cluster for the whole test process, started on the first call (nullptr, with a
    // qWarning, when it cannot start) and stopped when the QCoreApplication goes (or at
    // exit). Tests sharing it each make their own database (createUniqueDatabase()).
    static PgCluster *shared();

private:
    bool initDb();
    bool launch();
    bool waitReady();
    QProcessEnvironment environment() const;
    void appendLog(const QByteArray &text) const;

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    bool m_initialized = false;
    bool m_portFixed = false; // after the first successful start: restarts keep the port
};

} // namespace inkboard::test
