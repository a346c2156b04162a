// SPDX-License-Identifier: Apache-2.0
#include "local_store.h"

#include "local_store_rows.h"
#include "logging.h"
#include "sqlite_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

namespace inkboard::sync {

using namespace store_rows;

namespace {

// SQLite's primary result codes that mean the file itself is bad (the QSQLITE driver puts
// the code of the failed step in nativeErrorCode(); extended codes keep the primary one in
// their low byte).
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADatabase = 26;

bool isCorruption(const QSqlError &error)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric) & 0xff;
    return numeric && (code == kSqliteCorrupt || code == kSqliteNotADatabase);
}

constexpr auto kFormatKey = "format";
constexpr auto kFormatValue = "inkboard-local-store";

// Schema migrations: entry i brings the schema from version i to i + 1. Append only.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        {
            QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE accounts(server_url TEXT PRIMARY KEY, user_id TEXT NOT "
                           "NULL, user_name TEXT NOT NULL, token TEXT NOT NULL, expires_at "
                           "INTEGER)"),
            QStringLiteral("CREATE TABLE drawings(id TEXT PRIMARY KEY, title TEXT NOT NULL, "
                           "server_url TEXT NOT NULL DEFAULT '', role TEXT NOT NULL DEFAULT "
                           "'owner', confirmed_revision INTEGER NOT NULL DEFAULT 0, needs_create "
                           "INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL, updated_at "
                           "INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE objects(drawing_id TEXT NOT NULL, id TEXT NOT NULL, "
                           "type TEXT NOT NULL, props BLOB NOT NULL, PRIMARY KEY(drawing_id, "
                           "id)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE pending(drawing_id TEXT NOT NULL, seq INTEGER NOT "
                           "NULL, op_id TEXT NOT NULL, op BLOB NOT NULL, PRIMARY "
                           "KEY(drawing_id, seq)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX pending_by_op_id ON pending(drawing_id, op_id)"),
            QStringLiteral("CREATE TABLE uploaded_blobs(hash TEXT NOT NULL, server_url TEXT NOT "
                           "NULL, PRIMARY KEY(hash, server_url)) WITHOUT ROWID"),
        },
        {
            QStringLiteral("CREATE TABLE history(drawing_id TEXT NOT NULL, revision INTEGER NOT "
                           "NULL, author_id TEXT NOT NULL, author_name TEXT NOT NULL, client_id "
                           "TEXT NOT NULL, created_at INTEGER NOT NULL, ops BLOB NOT NULL, "
                           "PRIMARY KEY(drawing_id, revision)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE history_base(drawing_id TEXT PRIMARY KEY, revision "
                           "INTEGER NOT NULL, objects BLOB NOT NULL)"),
        },
        {
            // The bin: a deleted drawing keeps its rows, marked with when it was deleted.
            QStringLiteral("ALTER TABLE drawings ADD COLUMN binned_at INTEGER"),
        },
        {
            // 4: comments, the server's copy (by id, with the seq of its last change) and the
            // outbox of changes made here, in order.
            QStringLiteral("CREATE TABLE comments(drawing_id TEXT NOT NULL, id TEXT NOT NULL, "
                           "seq INTEGER NOT NULL, comment BLOB NOT NULL, PRIMARY KEY(drawing_id, "
                           "id)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE comment_cursor(drawing_id TEXT PRIMARY KEY, cursor "
                           "INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE comment_outbox(drawing_id TEXT NOT NULL, seq INTEGER NOT "
                           "NULL, kind INTEGER NOT NULL, target TEXT NOT NULL, body BLOB NOT NULL, "
                           "PRIMARY KEY(drawing_id, seq)) WITHOUT ROWID"),
        },
        {
            // 5: the history panel's checkpoints, the drawing at some revisions of its log,
            // so that a scrub in a new window replays a few thousand commits, not the log.
            QStringLiteral("CREATE TABLE history_checkpoints(drawing_id TEXT NOT NULL, revision "
                           "INTEGER NOT NULL, objects BLOB NOT NULL, PRIMARY KEY(drawing_id, "
                           "revision)) WITHOUT ROWID"),
        },
    };
    return steps;
}

} // namespace

QString LocalStore::defaultPath(const QString &profile)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/profiles/") + profile + QStringLiteral(".inkboard-store");
}

LocalStore::LocalStore(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{}

LocalStore::~LocalStore()
{
    m_statements.clear();
    closeSqlite(m_connectionName);
}

std::unique_ptr<LocalStore> LocalStore::open(const QString &path, QString *error,
                                             Durability durability)
{
    QString scratch;
    if (!error)
        error = &scratch;
    const std::optional<QString> name = openPrivateSqlite(path, QStringLiteral("inkboard-store-"),
                                                          QStringLiteral("the local store"), error);
    if (!name)
        return nullptr;
    std::unique_ptr<LocalStore> store(new LocalStore(QFileInfo(path).absoluteFilePath(), *name));
    if (!store->initialize(error, durability))
        return nullptr;
    return store;
}

bool LocalStore::initialize(QString *error, Durability durability)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const QString damaged =
        QStringLiteral("The local store %1 is damaged or is not an Inkboard store (%2).");
    QSqlQuery q(db);
    // The first read of the header: a file that is not SQLite fails here.
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error = damaged.arg(m_path, q.lastError().text());
        return false;
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
        *error = damaged.arg(m_path, q.lastError().text());
        return false;
    }
    const int tables = q.value(0).toInt();
    q.finish();

    if (version == 0 && tables > 0) {
        *error = QStringLiteral("%1 belongs to another program: it is not an Inkboard store.")
                     .arg(m_path);
        return false;
    }
    if (version > kSchemaVersion) {
        *error = QStringLiteral("The local store %1 was written by a newer Inkboard (schema %2; "
                                "this version reads up to %3).")
                     .arg(m_path)
                     .arg(version)
                     .arg(kSchemaVersion);
        return false;
    }
    if (version > 0) {
        if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = '%1'").arg(kFormatKey)) ||
            !q.next() || q.value(0).toString() != QLatin1String(kFormatValue)) {
            *error = QStringLiteral("%1 belongs to another program: it is not an Inkboard store.")
                         .arg(m_path);
            return false;
        }
        q.finish();
    }

    // NORMAL would sync the WAL only at checkpoints: a power loss could then take pending
    // edits that submit() had already reported durable.
    const QString synchronous = durability == Durability::PowerLoss
                                    ? QStringLiteral("PRAGMA synchronous=FULL")
                                    : QStringLiteral("PRAGMA synchronous=NORMAL");
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !exec(synchronous) ||
        // 32 MiB of page cache: a 100,000-object drawing's pages stay in memory, so remote
        // commits touching random objects do not re-read them.
        !exec(QStringLiteral("PRAGMA cache_size=-32768")) ||
        // Checkpoints run when the session is idle (checkpoint()); this is the backstop.
        !exec(QStringLiteral("PRAGMA wal_autocheckpoint=8192"))) {
        *error = damaged.arg(m_path, m_lastError);
        return false;
    }
    if (version > 0) {
        // The header and the schema were readable, but a page deeper in the file may not be:
        // SQLite only notices a damaged page when a read reaches it, so a store damaged in
        // the middle would open with part of a drawing. Checking every page's structure
        // costs 40-65 ms on a store holding a 100,000-object drawing (19 MB, SQLite 3.40 of
        // Debian 12, on a loaded machine), against ~0.5-0.9 s to load that drawing; it grows
        // with the whole file. The reads check their errors as well (damage after open).
        const QString findings = quickCheck();
        if (!findings.isEmpty()) {
            *error = QStringLiteral("The local store %1 is damaged: %2").arg(m_path, findings);
            return false;
        }
    }
    if (version < kSchemaVersion && !migrate(version, error))
        return false;

    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'client_id'")) || !q.next()) {
        *error = damaged.arg(m_path, QStringLiteral("no client id"));
        return false;
    }
    m_clientId = q.value(0).toString();
    return true;
}

bool LocalStore::migrate(int from, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        *error = QStringLiteral("Cannot write the local store %1: %2")
                     .arg(m_path, db.lastError().text());
        return false;
    }
    for (int v = from; v < kSchemaVersion; ++v) {
        for (const QString &sql : migrations().at(v)) {
            if (!exec(sql)) {
                db.rollback();
                *error = QStringLiteral("Cannot upgrade the local store %1: %2")
                             .arg(m_path, m_lastError);
                return false;
            }
        }
        if (v == 0) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?), "
                                     "('client_id', ?)"));
            q.addBindValue(QLatin1String(kFormatKey));
            q.addBindValue(QLatin1String(kFormatValue));
            q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
            if (!q.exec()) {
                db.rollback();
                *error = QStringLiteral("Cannot initialize the local store %1: %2")
                             .arg(m_path, q.lastError().text());
                return false;
            }
        }
    }
    if (!exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion)) || !db.commit()) {
        db.rollback();
        *error = QStringLiteral("Cannot upgrade the local store %1: %2").arg(m_path, m_lastError);
        return false;
    }
    return true;
}

QSqlQuery &LocalStore::statement(const QString &sql)
{
    std::unique_ptr<QSqlQuery> &q = m_statements[sql];
    if (!q) {
        q = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        if (!q->prepare(sql))
            fail(sql, q->lastError().text());
    }
    return *q;
}

bool LocalStore::checkpoint()
{
    return exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

bool LocalStore::exec(const QString &sql) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.exec(sql))
        return fail(sql, q.lastError().text());
    return true;
}

bool LocalStore::fail(const QString &what, const QString &why) const
{
    m_lastError = why;
    qCWarning(lcStore) << "local store:" << what << "failed:" << why;
    return false;
}

bool LocalStore::readFailed(const QString &what, const QString &why, bool damaged, bool *ok) const
{
    if (ok)
        *ok = false;
    const QString sentence = damaged
                                 ? QStringLiteral("The local store %1 is damaged: %2 (reading %3).")
                                 : QStringLiteral("The local store %1 could not be read: %2 "
                                                  "(reading %3).");
    return fail(QStringLiteral("read ") + what, sentence.arg(m_path, why, what));
}

bool LocalStore::readSucceeded(const QSqlQuery &q, const QString &what, bool *ok) const
{
    // QSqlQuery::next() returns false both after the last row and when a step fails
    // (SQLITE_CORRUPT on a damaged page); only lastError() tells them apart.
    const QSqlError error = q.lastError();
    if (!error.isValid())
        return true;
    return readFailed(what, error.text(), isCorruption(error), ok);
}

QString LocalStore::quickCheck() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    // At most a few findings: the first ones say enough, and a badly damaged file would
    // otherwise list a hundred.
    if (!q.exec(QStringLiteral("PRAGMA quick_check(3)")))
        return q.lastError().text();
    QStringList findings;
    while (q.next())
        findings.append(q.value(0).toString());
    if (q.lastError().isValid())
        findings.append(q.lastError().text());
    if (findings == QStringList{QStringLiteral("ok")})
        return {};
    return findings.isEmpty() ? QStringLiteral("quick_check gave no answer")
                              : findings.join(QStringLiteral("; "));
}

} // namespace inkboard::sync
