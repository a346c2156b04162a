#include "sql_store.h"

#include "logging.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlRecord>
#include <QVariant>
#include <array>

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

constexpr int kOpsPerInsert = 64;

// "INSERT INTO ops … VALUES (?, ?, ?, ?), …" with `rows` rows (1..kOpsPerInsert), made once:
// prepared statements are cached by the address of their text.
const char *opsInsertSql(int rows)
{
    static const std::array<QByteArray, kOpsPerInsert + 1> sql = [] {
        std::array<QByteArray, kOpsPerInsert + 1> all;
        for (int n = 1; n <= kOpsPerInsert; ++n) {
            QByteArray text = "INSERT INTO ops (drawing_id, op_id, revision, payload_hash) VALUES ";
            for (int i = 0; i < n; ++i)
                text += i ? ", (?, ?, ?, ?)" : "(?, ?, ?, ?)";
            all[size_t(n)] = text;
        }
        return all;
    }();
    return sql[size_t(rows)].constData();
}

qint64 toMs(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}

QDateTime fromMs(const QVariant &v)
{
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

UserRecord readUser(const QSqlQuery &q)
{
    return UserRecord{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toInt() != 0, fromMs(q.value(4))};
}

DrawingRecord readDrawing(const QSqlQuery &q)
{
    return DrawingRecord{q.value(0).toString(), q.value(1).toString(),   fromMs(q.value(2)),
                         fromMs(q.value(3)),    q.value(4).toLongLong(), q.value(5).toLongLong()};
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

// ---- users and tokens

bool SqlStore::addUser(const UserRecord &user)
{
    QSqlQuery &q = prepared("INSERT INTO users (id, name, password_hash, admin, created_at) "
                            "VALUES (?, ?, ?, ?, ?)");
    q.addBindValue(user.id);
    q.addBindValue(user.name);
    q.addBindValue(user.passwordHash);
    q.addBindValue(user.admin ? 1 : 0);
    q.addBindValue(toMs(user.createdAt));
    return exec(q);
}

std::optional<UserRecord> SqlStore::oneUser(const char *sql, const QString &key)
{
    QSqlQuery &q = prepared(sql);
    q.addBindValue(key);
    if (!exec(q))
        return std::nullopt;
    std::optional<UserRecord> r;
    if (q.next())
        r = readUser(q);
    q.finish();
    if (!r)
        m_error.clear();
    return r;
}

std::optional<UserRecord> SqlStore::userByName(const QString &name)
{
    return oneUser("SELECT id, name, password_hash, admin, created_at FROM users WHERE name = ?",
                   name);
}

std::optional<UserRecord> SqlStore::userById(const QString &id)
{
    return oneUser("SELECT id, name, password_hash, admin, created_at FROM users WHERE id = ?", id);
}

std::optional<QList<UserRecord>> SqlStore::users()
{
    QSqlQuery &q =
        prepared("SELECT id, name, password_hash, admin, created_at FROM users ORDER BY name");
    if (!exec(q))
        return std::nullopt;
    QList<UserRecord> list;
    while (q.next())
        list.append(readUser(q));
    q.finish();
    return list;
}

bool SqlStore::setPassword(const QString &userId, const QString &hash)
{
    QSqlQuery &q = prepared("UPDATE users SET password_hash = ? WHERE id = ?");
    q.addBindValue(hash);
    q.addBindValue(userId);
    return exec(q);
}

bool SqlStore::removeUser(const QString &userId)
{
    for (const char *sql :
         {"DELETE FROM users WHERE id = ?", "DELETE FROM tokens WHERE user_id = ?",
          "DELETE FROM members WHERE user_id = ?"}) {
        QSqlQuery &q = prepared(sql);
        q.addBindValue(userId);
        if (!exec(q))
            return false;
    }
    return true;
}

bool SqlStore::addToken(const QByteArray &tokenHash, const QString &userId,
                        const QDateTime &expiresAt)
{
    QSqlQuery &q = prepared("INSERT INTO tokens (hash, user_id, expires_at) VALUES (?, ?, ?)");
    q.addBindValue(QString::fromLatin1(tokenHash.toHex()));
    q.addBindValue(userId);
    q.addBindValue(toMs(expiresAt));
    return exec(q);
}

std::optional<TokenRecord> SqlStore::token(const QByteArray &tokenHash)
{
    QSqlQuery &q = prepared("SELECT user_id, expires_at FROM tokens WHERE hash = ?");
    q.addBindValue(QString::fromLatin1(tokenHash.toHex()));
    if (!exec(q))
        return std::nullopt;
    std::optional<TokenRecord> r;
    if (q.next())
        r = TokenRecord{q.value(0).toString(), fromMs(q.value(1))};
    q.finish();
    if (!r)
        m_error.clear();
    return r;
}

bool SqlStore::removeToken(const QByteArray &tokenHash)
{
    QSqlQuery &q = prepared("DELETE FROM tokens WHERE hash = ?");
    q.addBindValue(QString::fromLatin1(tokenHash.toHex()));
    return exec(q);
}

bool SqlStore::removeTokensOf(const QString &userId)
{
    QSqlQuery &q = prepared("DELETE FROM tokens WHERE user_id = ?");
    q.addBindValue(userId);
    return exec(q);
}

// ---- drawings and members

bool SqlStore::addDrawing(const DrawingRecord &d, const QString &ownerId)
{
    QSqlQuery &q = prepared("INSERT INTO drawings (id, title, created_at, updated_at, "
                            "latest_revision, snapshot_revision) VALUES (?, ?, ?, ?, 0, 0)");
    q.addBindValue(d.id);
    q.addBindValue(d.title);
    q.addBindValue(toMs(d.createdAt));
    q.addBindValue(toMs(d.updatedAt));
    if (!exec(q))
        return false;
    return setMember(d.id, ownerId, protocol::Role::Owner);
}

std::optional<DrawingRecord> SqlStore::drawing(const QString &id)
{
    QSqlQuery &q = prepared("SELECT id, title, created_at, updated_at, latest_revision, "
                            "snapshot_revision FROM drawings WHERE id = ?");
    q.addBindValue(id);
    if (!exec(q))
        return std::nullopt;
    std::optional<DrawingRecord> r;
    if (q.next())
        r = readDrawing(q);
    q.finish();
    if (!r)
        m_error.clear();
    return r;
}

std::optional<QList<std::pair<DrawingRecord, protocol::Role>>>
SqlStore::drawingsOf(const QString &userId)
{
    QSqlQuery &q = prepared(
        "SELECT d.id, d.title, d.created_at, d.updated_at, d.latest_revision, "
        "d.snapshot_revision, m.role FROM drawings d JOIN members m ON m.drawing_id = d.id "
        "WHERE m.user_id = ? ORDER BY d.updated_at DESC, d.id");
    q.addBindValue(userId);
    if (!exec(q))
        return std::nullopt;
    QList<std::pair<DrawingRecord, protocol::Role>> list;
    while (q.next()) {
        list.append(
            {readDrawing(q),
             protocol::roleFromString(q.value(6).toString()).value_or(protocol::Role::Viewer)});
    }
    q.finish();
    return list;
}

bool SqlStore::setTitle(const QString &id, const QString &title, const QDateTime &now)
{
    QSqlQuery &q = prepared("UPDATE drawings SET title = ?, updated_at = ? WHERE id = ?");
    q.addBindValue(title);
    q.addBindValue(toMs(now));
    q.addBindValue(id);
    return exec(q);
}

bool SqlStore::removeDrawing(const QString &id)
{
    for (const char *sql :
         {"DELETE FROM drawings WHERE id = ?", "DELETE FROM members WHERE drawing_id = ?",
          "DELETE FROM commits WHERE drawing_id = ?", "DELETE FROM ops WHERE drawing_id = ?",
          "DELETE FROM snapshots WHERE drawing_id = ?"}) {
        QSqlQuery &q = prepared(sql);
        q.addBindValue(id);
        if (!exec(q))
            return false;
    }
    return true;
}

std::optional<std::optional<protocol::Role>> SqlStore::role(const QString &drawingId,
                                                            const QString &userId)
{
    QSqlQuery &q = prepared("SELECT role FROM members WHERE drawing_id = ? AND user_id = ?");
    q.addBindValue(drawingId);
    q.addBindValue(userId);
    if (!exec(q))
        return std::nullopt;
    std::optional<protocol::Role> r;
    if (q.next())
        r = protocol::roleFromString(q.value(0).toString());
    q.finish();
    return r;
}

std::optional<QList<MemberRecord>> SqlStore::members(const QString &drawingId)
{
    QSqlQuery &q = prepared("SELECT u.id, u.name, m.role FROM members m JOIN users u ON "
                            "u.id = m.user_id WHERE m.drawing_id = ? ORDER BY u.name");
    q.addBindValue(drawingId);
    if (!exec(q))
        return std::nullopt;
    QList<MemberRecord> list;
    while (q.next()) {
        list.append(
            {protocol::UserRef{q.value(0).toString(), q.value(1).toString()},
             protocol::roleFromString(q.value(2).toString()).value_or(protocol::Role::Viewer)});
    }
    q.finish();
    return list;
}

bool SqlStore::setMember(const QString &drawingId, const QString &userId, protocol::Role role)
{
    QSqlQuery &del = prepared("DELETE FROM members WHERE drawing_id = ? AND user_id = ?");
    del.addBindValue(drawingId);
    del.addBindValue(userId);
    if (!exec(del))
        return false;
    QSqlQuery &q = prepared("INSERT INTO members (drawing_id, user_id, role) VALUES (?, ?, ?)");
    q.addBindValue(drawingId);
    q.addBindValue(userId);
    q.addBindValue(protocol::roleName(role));
    return exec(q);
}

bool SqlStore::removeMember(const QString &drawingId, const QString &userId)
{
    QSqlQuery &q = prepared("DELETE FROM members WHERE drawing_id = ? AND user_id = ?");
    q.addBindValue(drawingId);
    q.addBindValue(userId);
    return exec(q);
}

// ---- commits

AppendResult SqlStore::appendCommits(const QString &drawingId, const QList<CommitRecord> &commits,
                                     const QDateTime &now)
{
    if (commits.isEmpty())
        return AppendResult::Ok;
    QSqlQuery &head = prepared("UPDATE drawings SET latest_revision = ?, updated_at = ? "
                               "WHERE id = ? AND latest_revision = ?");
    head.addBindValue(commits.last().revision);
    head.addBindValue(toMs(now));
    head.addBindValue(drawingId);
    head.addBindValue(commits.first().revision - 1);
    if (!exec(head))
        return AppendResult::Failed;
    if (head.numRowsAffected() != 1) {
        m_error = QStringLiteral("drawing %1 is not at revision %2")
                      .arg(drawingId)
                      .arg(commits.first().revision - 1);
        return AppendResult::Stale;
    }
    QSqlQuery &c = prepared("INSERT INTO commits (drawing_id, revision, author_id, author_name, "
                            "client_id, created_at, ops) VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (const CommitRecord &r : commits) {
        c.addBindValue(drawingId);
        c.addBindValue(r.revision);
        c.addBindValue(r.authorId);
        c.addBindValue(r.authorName);
        c.addBindValue(r.clientId);
        c.addBindValue(toMs(r.createdAt));
        c.addBindValue(r.opsJson); // bytes in and out: no UTF-16 round trip
        if (!exec(c))
            return AppendResult::Failed;
    }
    // The op ids, many rows a statement: one round trip to PostgreSQL per kOpsPerInsert ops
    // rather than per op.
    struct OpRow
    {
        const QString *opId;
        const QByteArray *hash;
        qint64 revision;
    };
    QList<OpRow> rows;
    for (const CommitRecord &r : commits) {
        for (const auto &[opId, hash] : r.opHashes)
            rows.append(OpRow{&opId, &hash, r.revision});
    }
    for (qsizetype from = 0; from < rows.size(); from += kOpsPerInsert) {
        const qsizetype n = qMin<qsizetype>(kOpsPerInsert, rows.size() - from);
        QSqlQuery &o = prepared(opsInsertSql(int(n)));
        for (qsizetype i = from; i < from + n; ++i) {
            o.addBindValue(drawingId);
            o.addBindValue(*rows[i].opId);
            o.addBindValue(rows[i].revision);
            o.addBindValue(QString::fromLatin1(*rows[i].hash));
        }
        if (!exec(o))
            return AppendResult::Failed;
    }
    return AppendResult::Ok;
}

std::optional<QList<CommitRecord>> SqlStore::commits(const QString &drawingId, qint64 after,
                                                     qint64 upTo, int limit)
{
    QSqlQuery &q = prepared("SELECT revision, author_id, author_name, client_id, created_at, ops "
                            "FROM commits WHERE drawing_id = ? AND revision > ? AND revision <= ? "
                            "ORDER BY revision LIMIT ?");
    q.addBindValue(drawingId);
    q.addBindValue(after);
    q.addBindValue(upTo);
    q.addBindValue(limit);
    if (!exec(q))
        return std::nullopt;
    QList<CommitRecord> list;
    while (q.next()) {
        CommitRecord r;
        r.revision = q.value(0).toLongLong();
        r.authorId = q.value(1).toString();
        r.authorName = q.value(2).toString();
        r.clientId = q.value(3).toString();
        r.createdAt = fromMs(q.value(4));
        r.opsJson = q.value(5).toByteArray();
        list.append(std::move(r));
    }
    q.finish();
    return list;
}

std::optional<QHash<QString, OpRecord>> SqlStore::ops(const QString &drawingId,
                                                      const QStringList &opIds)
{
    QHash<QString, OpRecord> found;
    QSqlQuery &q =
        prepared("SELECT revision, payload_hash FROM ops WHERE drawing_id = ? AND op_id = ?");
    for (const QString &id : opIds) {
        q.addBindValue(drawingId);
        q.addBindValue(id);
        if (!exec(q))
            return std::nullopt;
        if (q.next())
            found.insert(id, OpRecord{q.value(0).toLongLong(), q.value(1).toString().toLatin1()});
        q.finish();
    }
    return found;
}

std::optional<QStringList> SqlStore::opIds(const QString &drawingId)
{
    QSqlQuery &q = prepared("SELECT op_id FROM ops WHERE drawing_id = ?");
    q.addBindValue(drawingId);
    if (!exec(q))
        return std::nullopt;
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    q.finish();
    return ids;
}

std::optional<qint64> SqlStore::firstStoredRevision(const QString &drawingId)
{
    QSqlQuery &q = prepared("SELECT MIN(revision) FROM commits WHERE drawing_id = ?");
    q.addBindValue(drawingId);
    if (!exec(q))
        return std::nullopt;
    qint64 r = 0;
    if (q.next() && !q.value(0).isNull())
        r = q.value(0).toLongLong();
    q.finish();
    return r;
}

bool SqlStore::addSnapshot(const QString &drawingId, const SnapshotRecord &s)
{
    QSqlQuery &exists = prepared("SELECT latest_revision FROM drawings WHERE id = ?");
    exists.addBindValue(drawingId);
    if (!exec(exists))
        return false;
    const bool found = exists.next() && exists.value(0).toLongLong() >= s.revision;
    exists.finish();
    if (!found)
        return true; // deleted meanwhile: nothing to keep
    QSqlQuery &q =
        prepared("INSERT INTO snapshots (drawing_id, revision, objects) VALUES (?, ?, ?)");
    q.addBindValue(drawingId);
    q.addBindValue(s.revision);
    q.addBindValue(s.objectsJson);
    if (!exec(q))
        return false;
    QSqlQuery &d = prepared("UPDATE drawings SET snapshot_revision = ? WHERE id = ? AND "
                            "snapshot_revision < ?");
    d.addBindValue(s.revision);
    d.addBindValue(drawingId);
    d.addBindValue(s.revision);
    return exec(d);
}

std::optional<std::optional<SnapshotRecord>> SqlStore::snapshotAtOrBefore(const QString &drawingId,
                                                                          qint64 revision)
{
    QSqlQuery &q = prepared("SELECT revision, objects FROM snapshots WHERE drawing_id = ? AND "
                            "revision <= ? ORDER BY revision DESC LIMIT 1");
    q.addBindValue(drawingId);
    q.addBindValue(revision);
    if (!exec(q))
        return std::nullopt;
    std::optional<SnapshotRecord> r;
    if (q.next())
        r = SnapshotRecord{q.value(0).toLongLong(), q.value(1).toByteArray()};
    q.finish();
    return r;
}

bool SqlStore::compact(const QString &drawingId, qint64 revision)
{
    // History starts at the newest snapshot at or below `revision`: commits up to it and
    // older snapshots go, so every revision from there on can still be rebuilt.
    const auto base = snapshotAtOrBefore(drawingId, revision);
    if (!base)
        return false;
    if (!*base)
        return true;
    const qint64 from = (*base)->revision;
    QSqlQuery &c = prepared("DELETE FROM commits WHERE drawing_id = ? AND revision <= ?");
    c.addBindValue(drawingId);
    c.addBindValue(from);
    if (!exec(c))
        return false;
    QSqlQuery &s = prepared("DELETE FROM snapshots WHERE drawing_id = ? AND revision < ?");
    s.addBindValue(drawingId);
    s.addBindValue(from);
    return exec(s);
}

// ---- blobs

std::optional<bool> SqlStore::hasBlob(const QString &hash)
{
    QSqlQuery &q = prepared("SELECT 1 FROM blobs WHERE hash = ?");
    q.addBindValue(hash);
    if (!exec(q))
        return std::nullopt;
    const bool found = q.next();
    q.finish();
    return found;
}

bool SqlStore::addBlob(const QString &hash, const BlobRecord &blob)
{
    QSqlQuery &q =
        prepared("INSERT INTO blobs (hash, content_type, size, data) VALUES (?, ?, ?, ?)");
    q.addBindValue(hash);
    q.addBindValue(blob.contentType);
    q.addBindValue(qint64(blob.data.size()));
    q.addBindValue(blob.data);
    return exec(q);
}

std::optional<std::optional<BlobRecord>> SqlStore::blob(const QString &hash)
{
    QSqlQuery &q = prepared("SELECT content_type, data FROM blobs WHERE hash = ?");
    q.addBindValue(hash);
    if (!exec(q))
        return std::nullopt;
    std::optional<BlobRecord> r;
    if (q.next())
        r = BlobRecord{q.value(0).toString(), q.value(1).toByteArray()};
    q.finish();
    return r;
}

} // namespace inkboard::server
