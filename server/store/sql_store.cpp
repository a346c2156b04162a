// SPDX-License-Identifier: Apache-2.0
#include "sql_store.h"

#include "logging.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlRecord>
#include <QVariant>

namespace inkboard::server {

namespace {

QAtomicInt s_connectionCounter;

// Each entry moves the schema one version up; never edit one that has shipped. The same
// SQL for both engines: {bytes} is the type of byte columns (SQLite BLOB, PostgreSQL BYTEA).
const char *const kMigrations[] = {
    // 1: the first schema.
    "CREATE TABLE users (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
    " password_hash TEXT NOT NULL, admin INTEGER NOT NULL DEFAULT 0, created_at BIGINT NOT NULL);"
    "CREATE TABLE tokens (hash TEXT PRIMARY KEY, user_id TEXT NOT NULL,"
    " expires_at BIGINT NOT NULL);"
    "CREATE INDEX tokens_user ON tokens (user_id);"
    "CREATE TABLE drawings (id TEXT PRIMARY KEY, title TEXT NOT NULL,"
    " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL,"
    " latest_revision BIGINT NOT NULL DEFAULT 0, snapshot_revision BIGINT NOT NULL DEFAULT 0);"
    "CREATE TABLE members (drawing_id TEXT NOT NULL, user_id TEXT NOT NULL, role TEXT NOT NULL,"
    " PRIMARY KEY (drawing_id, user_id));"
    "CREATE INDEX members_user ON members (user_id);"
    "CREATE TABLE commits (drawing_id TEXT NOT NULL, revision BIGINT NOT NULL,"
    " author_id TEXT NOT NULL, author_name TEXT NOT NULL, client_id TEXT NOT NULL,"
    " created_at BIGINT NOT NULL, ops {bytes} NOT NULL, PRIMARY KEY (drawing_id, revision));"
    "CREATE TABLE ops (drawing_id TEXT NOT NULL, op_id TEXT NOT NULL, revision BIGINT NOT NULL,"
    " payload_hash TEXT NOT NULL, PRIMARY KEY (drawing_id, op_id));"
    "CREATE TABLE snapshots (drawing_id TEXT NOT NULL, revision BIGINT NOT NULL,"
    " objects {bytes} NOT NULL, PRIMARY KEY (drawing_id, revision));"
    "CREATE TABLE blobs (hash TEXT PRIMARY KEY, content_type TEXT NOT NULL, size BIGINT NOT NULL,"
    " data {bytes} NOT NULL);",
    // 2: a counter that every change of who may do what moves (tokens revoked, users removed,
    // members changed), in the same transaction: running nodes, and nodes that the `user`
    // commands cannot reach otherwise, poll it to learn of such changes at once.
    "CREATE TABLE access_generation (id INTEGER PRIMARY KEY, generation BIGINT NOT NULL);"
    "INSERT INTO access_generation (id, generation) VALUES (1, 0);",
    // 3: who stored each blob, for the per-user quota of blob bytes. Blobs stored before it
    // count for nobody.
    "CREATE TABLE blob_owners (user_id TEXT NOT NULL, hash TEXT NOT NULL, size BIGINT NOT NULL,"
    " PRIMARY KEY (user_id, hash));",
    // 4: which drawings use which blobs, so that a blob is read only by who stored it (or sent
    // its bytes: a blob_owners row of size 0) and by members of a drawing using it. Blobs
    // stored before it stay readable by every signed-in user, as version 1 had it: owner '*'.
    "CREATE TABLE blob_refs (drawing_id TEXT NOT NULL, hash TEXT NOT NULL,"
    " PRIMARY KEY (drawing_id, hash));"
    "CREATE INDEX blob_refs_hash ON blob_refs (hash);"
    "CREATE INDEX blob_owners_hash ON blob_owners (hash);"
    "INSERT INTO blob_owners (user_id, hash, size) SELECT '*', hash, 0 FROM blobs"
    " WHERE hash NOT IN (SELECT hash FROM blob_owners);",
    // 5: the bin. A deleted drawing's row and members move here, so that every other query
    // finds it gone, as a hard delete left it; its commits, ops, snapshots and blob uses stay
    // under its id until it is restored or purged.
    "CREATE TABLE bin (drawing_id TEXT PRIMARY KEY, title TEXT NOT NULL,"
    " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, latest_revision BIGINT NOT NULL,"
    " snapshot_revision BIGINT NOT NULL, deleted_at BIGINT NOT NULL, deleted_by TEXT NOT NULL);"
    "CREATE INDEX bin_deleted_at ON bin (deleted_at);"
    "CREATE TABLE bin_members (drawing_id TEXT NOT NULL, user_id TEXT NOT NULL,"
    " role TEXT NOT NULL, PRIMARY KEY (drawing_id, user_id));"
    "CREATE INDEX bin_members_user ON bin_members (user_id);",
    // 6: share links. The key is kept as its SHA-256 only, like tokens. A membership a link
    // granted names it (members.link_id, kept in the bin too), so that revoking the link takes
    // it back; an owner who sets that member's role clears it.
    "CREATE TABLE links (id TEXT PRIMARY KEY, drawing_id TEXT NOT NULL,"
    " key_hash TEXT NOT NULL UNIQUE, role TEXT NOT NULL, created_by TEXT NOT NULL,"
    " created_at BIGINT NOT NULL, expires_at BIGINT);"
    "CREATE INDEX links_drawing ON links (drawing_id);"
    "ALTER TABLE members ADD COLUMN link_id TEXT;"
    "CREATE INDEX members_link ON members (link_id);"
    "ALTER TABLE bin_members ADD COLUMN link_id TEXT;",
    // 7: comments (PROTOCOL.md §8), their own resource beside the ops. A deleted comment stays
    // as a row without text, so that readers paging by the cursor learn of the delete; the
    // thread's state lives on its first comment. Every change takes the drawing's next
    // comment_seq and stores it in seq.
    "ALTER TABLE drawings ADD COLUMN comment_seq BIGINT NOT NULL DEFAULT 0;"
    "CREATE TABLE comments (drawing_id TEXT NOT NULL, id TEXT NOT NULL, thread_id TEXT NOT NULL,"
    " author_id TEXT NOT NULL, author_name TEXT NOT NULL, anchor TEXT NOT NULL, text TEXT NOT NULL,"
    " created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, edited INTEGER NOT NULL,"
    " deleted INTEGER NOT NULL, resolved INTEGER NOT NULL, resolved_by_id TEXT NOT NULL,"
    " resolved_by_name TEXT NOT NULL, seq BIGINT NOT NULL, post_hash TEXT NOT NULL,"
    " PRIMARY KEY (drawing_id, id));"
    "CREATE INDEX comments_seq ON comments (drawing_id, seq);"
    // The bin keeps a drawing's comment cursor, so that a restored drawing numbers on.
    "ALTER TABLE bin ADD COLUMN comment_seq BIGINT NOT NULL DEFAULT 0;",
};

// PostgreSQL error classes that mean the connection itself is gone (SQLSTATE 08xxx:
// connection exception; 57P0x: the server is shutting down or restarting).
bool isConnectionLoss(const QSqlError &e)
{
    if (e.type() == QSqlError::ConnectionError)
        return true;
    const QString code = e.nativeErrorCode();
    if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P")))
        return true;
    const QString text = e.text();
    return text.contains(QLatin1String("server closed the connection")) ||
           text.contains(QLatin1String("no connection to the server")) ||
           text.contains(QLatin1String("terminating connection")) ||
           text.contains(QLatin1String("could not send data")) ||
           text.contains(QLatin1String("could not receive data"));
}

} // namespace

SqlStore::SqlStore(DatabaseTarget target)
    : m_target(std::move(target)),
      m_connection(
          QStringLiteral("inkboard-store-%1").arg(s_connectionCounter.fetchAndAddOrdered(1)))
{}

SqlStore::~SqlStore()
{
    m_queries.clear();
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool SqlStore::open()
{
    return connectDatabase() && migrate();
}

bool SqlStore::connectDatabase()
{
    m_queries.clear(); // prepared statements belong to the old connection
    QSqlDatabase db =
        QSqlDatabase::contains(m_connection)
            ? QSqlDatabase::database(m_connection, false)
            : QSqlDatabase::addDatabase(
                  postgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), m_connection);
    if (!db.isValid()) {
        m_error = postgres() ? QStringLiteral("the Qt PostgreSQL driver (QPSQL) is not installed")
                             : QStringLiteral("the Qt SQLite driver (QSQLITE) is not installed");
        return false;
    }
    db.close();
    if (postgres()) {
        db.setHostName(m_target.host);
        db.setPort(m_target.port);
        db.setDatabaseName(m_target.database);
        db.setUserName(m_target.user);
        db.setPassword(m_target.password);
        // A node must notice a dead server quickly instead of hanging in connect().
        QString options = QStringLiteral("connect_timeout=5");
        if (!m_target.options.isEmpty())
            options += QLatin1Char(';') + m_target.options;
        db.setConnectOptions(options);
    } else {
        db.setDatabaseName(m_target.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    }
    if (!db.open()) {
        m_error = db.lastError().text().simplified();
        m_broken = true;
        return false;
    }
    m_broken = false;
    m_inTransaction = false;
    if (postgres()) {
        // Durable before the answer: the server's default, stated so a tuned cluster
        // cannot weaken it for us.
        return execSql(QStringLiteral("SET synchronous_commit = on")) &&
               execSql(QStringLiteral("SET client_min_messages = warning"));
    }
    // WAL + synchronous=FULL: a COMMIT returns only once the WAL is fsynced.
    return execSql(QStringLiteral("PRAGMA journal_mode=WAL")) &&
           execSql(QStringLiteral("PRAGMA synchronous=FULL")) &&
           execSql(QStringLiteral("PRAGMA foreign_keys=OFF")) &&
           // Reads (auth, dedupe, pages) come from memory instead of re-reading WAL pages.
           execSql(QStringLiteral("PRAGMA cache_size=-32768")) &&
           execSql(QStringLiteral("PRAGMA mmap_size=268435456"));
}

bool SqlStore::reconnectIfBroken()
{
    if (!m_broken)
        return true;
    if (m_inTransaction)
        return false; // the transaction is lost; the caller rolls back first
    qCInfo(lcStore) << "reconnecting to" << m_target.describe();
    if (!connectDatabase())
        return false;
    qCInfo(lcStore) << "reconnected to" << m_target.describe();
    return true;
}

void SqlStore::noteFailure(const QSqlError &error)
{
    m_error = error.text().simplified(); // libpq's messages span lines; ours are one
    if (postgres() && isConnectionLoss(error))
        m_broken = true;
}

bool SqlStore::ping()
{
    if (!reconnectIfBroken())
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT 1"))) {
        noteFailure(q.lastError());
        // A connection that died since the last call: one more try on a fresh one.
        if (!m_broken || !reconnectIfBroken())
            return false;
        QSqlQuery again(QSqlDatabase::database(m_connection, false));
        if (!again.exec(QStringLiteral("SELECT 1"))) {
            noteFailure(again.lastError());
            return false;
        }
    }
    return true;
}

bool SqlStore::execSql(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql)) {
        noteFailure(q.lastError());
        return false;
    }
    return true;
}

bool SqlStore::migrate()
{
    if (!execSql(
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")))
        return false;
    if (!begin())
        return false;
    // Nodes starting together on one PostgreSQL database take turns: the first migrates,
    // the others then find the schema current.
    if (postgres() && !execSql(QStringLiteral("LOCK TABLE schema_version IN EXCLUSIVE MODE"))) {
        rollback();
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT version FROM schema_version"))) {
        noteFailure(q.lastError());
        rollback();
        return false;
    }
    int version = 0;
    bool hasRow = false;
    if (q.next()) {
        version = q.value(0).toInt();
        hasRow = true;
    }
    q.finish();
    const int target = int(std::size(kMigrations));
    if (version > target) {
        rollback();
        m_error = QStringLiteral("the database has schema version %1, newer than this server's %2")
                      .arg(version)
                      .arg(target);
        return false;
    }
    if (version == target)
        return commit();
    const QString bytes = postgres() ? QStringLiteral("BYTEA") : QStringLiteral("BLOB");
    for (int v = version; v < target; ++v) {
        const QStringList statements = QString::fromLatin1(kMigrations[v])
                                           .replace(QLatin1String("{bytes}"), bytes)
                                           .split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &sql : statements) {
            if (!execSql(sql)) {
                rollback();
                return false;
            }
        }
    }
    const bool ok = execSql(
        hasRow ? QStringLiteral("UPDATE schema_version SET version = %1").arg(target)
               : QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(target));
    if (!ok) {
        rollback();
        return false;
    }
    return commit();
}

QSqlQuery &SqlStore::prepared(const char *sql)
{
    reconnectIfBroken(); // on failure the statement fails and says why
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        auto q = std::make_shared<QSqlQuery>(QSqlDatabase::database(m_connection, false));
        q->setForwardOnly(true); // no row cache: every result here is read once, in order
        if (!q->prepare(QString::fromLatin1(sql)))
            qCWarning(lcStore) << "cannot prepare" << sql << q->lastError().text();
        it = m_queries.insert(sql, q);
    }
    return **it;
}

bool SqlStore::exec(QSqlQuery &q)
{
    if (!q.exec()) {
        noteFailure(q.lastError());
        qCWarning(lcStore) << "query failed:" << m_error;
        q.finish();
        return false;
    }
    return true;
}

bool SqlStore::runPrepared(const char *sql)
{
    // PostgreSQL cannot PREPARE transaction statements (BEGIN, SAVEPOINT, …).
    if (postgres())
        return execSql(QString::fromLatin1(sql));
    QSqlQuery &q = prepared(sql);
    if (!q.exec()) {
        noteFailure(q.lastError());
        q.finish();
        return false;
    }
    q.finish();
    return true;
}

// Transaction statements are prepared once too: at one writer they run per commit.
bool SqlStore::begin()
{
    if (!reconnectIfBroken())
        return false;
    // SQLite: take the write lock now rather than on the first write (no upgrade
    // deadlocks). PostgreSQL: the row locks taken by the statements order the writers.
    if (!runPrepared(postgres() ? "BEGIN" : "BEGIN IMMEDIATE"))
        return false;
    m_inTransaction = true;
    return true;
}

bool SqlStore::beginRead()
{
    if (!reconnectIfBroken())
        return false;
    // SQLite: a deferred transaction takes no lock until its first read, which fixes its view
    // of the WAL; writers commit meanwhile. PostgreSQL: one snapshot for every statement.
    if (!runPrepared(postgres() ? "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" : "BEGIN"))
        return false;
    m_inTransaction = true;
    return true;
}

bool SqlStore::commit()
{
    if (runPrepared("COMMIT")) {
        m_inTransaction = false;
        return true;
    }
    rollback();
    return false;
}

void SqlStore::rollback()
{
    const QString saved = m_error;
    if (!m_broken)
        runPrepared("ROLLBACK");
    m_inTransaction = false;
    m_error = saved;
}

bool SqlStore::savepoint()
{
    return runPrepared("SAVEPOINT job");
}

void SqlStore::releaseSavepoint()
{
    runPrepared("RELEASE SAVEPOINT job");
}

void SqlStore::rollbackToSavepoint()
{
    const QString saved = m_error;
    runPrepared("ROLLBACK TO SAVEPOINT job");
    runPrepared("RELEASE SAVEPOINT job");
    m_error = saved;
}

} // namespace inkboard::server
