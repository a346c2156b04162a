#include "local_store.h"

#include "logging.h"
#include "model/op_codec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <limits>

namespace inkboard::sync {

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
    };
    return steps;
}

qint64 toMs(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// QtSql binds a null QString as SQL NULL; the columns that hold text are NOT NULL.
QString nn(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

DrawingRecord drawingFrom(const QSqlQuery &q)
{
    DrawingRecord d;
    d.id = q.value(0).toString();
    d.title = q.value(1).toString();
    d.serverUrl = q.value(2).toString();
    d.role = q.value(3).toString();
    d.confirmedRevision = q.value(4).toLongLong();
    d.needsCreate = q.value(5).toBool();
    d.createdAt = fromMs(q.value(6));
    d.updatedAt = fromMs(q.value(7));
    return d;
}

const QString kDrawingColumns = QStringLiteral(
    "id, title, server_url, role, confirmed_revision, needs_create, created_at, updated_at");

// Creates the file with mode 0600 before SQLite sees it: SQLite gives its -wal and -shm
// files the permissions of the database file.
bool createPrivateFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = QStringLiteral("Cannot create the folder %1.").arg(info.absolutePath());
        return false;
    }
    if (info.exists())
        return true;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *error = QStringLiteral("Cannot create %1: %2").arg(path, file.errorString());
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
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
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<LocalStore> LocalStore::open(const QString &path, QString *error)
{
    QString scratch;
    if (!error)
        error = &scratch;
    if (!createPrivateFile(path, error))
        return nullptr;
    const QString name =
        QStringLiteral("inkboard-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<LocalStore> store(new LocalStore(QFileInfo(path).absoluteFilePath(), name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(store->m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            *error = QStringLiteral("Cannot open the local store %1: %2")
                         .arg(path, db.lastError().text());
            return nullptr;
        }
    }
    if (!store->initialize(error))
        return nullptr;
    return store;
}

bool LocalStore::initialize(QString *error)
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

    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL")) ||
        !exec(QStringLiteral("PRAGMA synchronous=NORMAL")) ||
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

// A tiny RAII transaction: rolls back unless committed.
namespace {
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)) { m_open = m_db.transaction(); }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        if (!m_open)
            return false;
        m_open = false;
        return m_db.commit();
    }
    QString error() const { return m_db.lastError().text(); }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};
} // namespace

bool LocalStore::createDrawing(const DrawingRecord &d)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT INTO drawings(%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(kDrawingColumns));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    q.addBindValue(d.id);
    q.addBindValue(d.title);
    q.addBindValue(nn(d.serverUrl));
    q.addBindValue(nn(d.role));
    q.addBindValue(d.confirmedRevision);
    q.addBindValue(d.needsCreate ? 1 : 0);
    q.addBindValue(toMs(d.createdAt.isValid() ? d.createdAt : now));
    q.addBindValue(toMs(d.updatedAt.isValid() ? d.updatedAt : now));
    if (!q.exec())
        return fail(QStringLiteral("create drawing"), q.lastError().text());
    return true;
}

QList<DrawingRecord> LocalStore::drawings(bool *ok) const
{
    if (ok)
        *ok = true;
    const QString what = QStringLiteral("the list of drawings");
    QList<DrawingRecord> list;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM drawings ORDER BY updated_at DESC, id")
                    .arg(kDrawingColumns))) {
        readSucceeded(q, what, ok);
        return {};
    }
    while (q.next())
        list.append(drawingFrom(q));
    if (!readSucceeded(q, what, ok))
        return {};
    return list;
}

std::optional<DrawingRecord> LocalStore::drawing(const QString &id, bool *ok) const
{
    if (ok)
        *ok = true;
    const QString what = QStringLiteral("drawing %1").arg(id);
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM drawings WHERE id = ?").arg(kDrawingColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        readSucceeded(q, what, ok); // "no such drawing" is not an error
        return std::nullopt;
    }
    return drawingFrom(q);
}

bool LocalStore::renameDrawing(const QString &id, const QString &title)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE drawings SET title = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(title);
    q.addBindValue(toMs(QDateTime::currentDateTimeUtc()));
    q.addBindValue(id);
    if (!q.exec())
        return fail(QStringLiteral("rename drawing"), q.lastError().text());
    if (q.numRowsAffected() == 0)
        return fail(QStringLiteral("rename drawing"), QStringLiteral("no such drawing"));
    return true;
}

bool LocalStore::deleteDrawing(const QString &id)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction t(db);
    QSqlQuery q(db);
    for (const QString &sql : {QStringLiteral("DELETE FROM objects WHERE drawing_id = ?"),
                               QStringLiteral("DELETE FROM pending WHERE drawing_id = ?"),
                               QStringLiteral("DELETE FROM drawings WHERE id = ?")}) {
        q.prepare(sql);
        q.addBindValue(id);
        if (!q.exec())
            return fail(QStringLiteral("delete drawing"), q.lastError().text());
    }
    if (!t.commit())
        return fail(QStringLiteral("delete drawing"), t.error());
    return true;
}

bool LocalStore::setDrawingServer(const QString &id, const QString &serverUrl, const QString &role,
                                  bool needsCreate)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral(
        "UPDATE drawings SET server_url = ?, role = ?, needs_create = ? WHERE id = ?"));
    q.addBindValue(nn(serverUrl));
    q.addBindValue(nn(role));
    q.addBindValue(needsCreate ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec())
        return fail(QStringLiteral("set drawing server"), q.lastError().text());
    return true;
}

bool LocalStore::setDrawingRole(const QString &id, const QString &role)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE drawings SET role = ? WHERE id = ?"));
    q.addBindValue(role);
    q.addBindValue(id);
    if (!q.exec())
        return fail(QStringLiteral("set drawing role"), q.lastError().text());
    return true;
}

bool LocalStore::setNeedsCreate(const QString &id, bool needsCreate)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("UPDATE drawings SET needs_create = ? WHERE id = ?"));
    q.addBindValue(needsCreate ? 1 : 0);
    q.addBindValue(id);
    if (!q.exec())
        return fail(QStringLiteral("set needs_create"), q.lastError().text());
    return true;
}

QList<Object> LocalStore::loadObjects(const QString &drawingId, bool *ok) const
{
    if (ok)
        *ok = true;
    const QString what = QStringLiteral("the objects of drawing %1").arg(drawingId);
    QList<Object> objects;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, type, props FROM objects WHERE drawing_id = ?"));
    q.addBindValue(drawingId);
    if (!q.exec()) {
        readSucceeded(q, what, ok);
        return {};
    }
    // Rows were validated before they were written: parse without revalidating, so that a
    // large drawing opens fast. A row that does not even parse was damaged on disk; showing
    // the drawing without it would look like a deletion, so the load fails instead.
    while (q.next()) {
        const auto type = objectTypeFromString(q.value(1).toString());
        const QJsonDocument props = QJsonDocument::fromJson(q.value(2).toByteArray());
        if (!type || !props.isObject()) {
            readFailed(what, QStringLiteral("object %1 cannot be read").arg(q.value(0).toString()),
                       true, ok);
            return {};
        }
        objects.append(Object{q.value(0).toString(), *type, props.object()});
    }
    if (!readSucceeded(q, what, ok))
        return {};
    return objects;
}

QList<PendingRecord> LocalStore::loadPending(const QString &drawingId, bool *ok) const
{
    if (ok)
        *ok = true;
    const QString what = QStringLiteral("the pending edits of drawing %1").arg(drawingId);
    QList<PendingRecord> list;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, op FROM pending WHERE drawing_id = ? ORDER BY seq"));
    q.addBindValue(drawingId);
    if (!q.exec()) {
        readSucceeded(q, what, ok);
        return {};
    }
    // Each op was validated against the limits its server advertised, which may exceed the
    // defaults: only the op's form is checked here, so that a long stroke accepted then is
    // not refused now. An op that fails even that was damaged on disk; skipping it would
    // drop an edit the user saw, so the load fails instead.
    const Limits stored = Limits::forStoredData();
    while (q.next()) {
        const QJsonDocument doc = QJsonDocument::fromJson(q.value(1).toByteArray());
        Parsed<Op> op = parseOp(doc.object(), stored);
        if (const ValidationError *err = errorOf(op)) {
            readFailed(what,
                       QStringLiteral("pending edit %1 cannot be read (%2)")
                           .arg(q.value(0).toLongLong())
                           .arg(err->message),
                       true, ok);
            return {};
        }
        list.append(PendingRecord{q.value(0).toLongLong(), std::get<Op>(std::move(op))});
    }
    if (!readSucceeded(q, what, ok))
        return {};
    return list;
}

qsizetype LocalStore::pendingCount(const QString &drawingId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT count(*) FROM pending WHERE drawing_id = ?"));
    q.addBindValue(drawingId);
    if (!q.exec() || !q.next()) {
        readSucceeded(q, QStringLiteral("the pending count of drawing %1").arg(drawingId), nullptr);
        return 0;
    }
    return q.value(0).toLongLong();
}

bool LocalStore::appendPending(const QString &drawingId, const OpList &ops)
{
    if (ops.isEmpty())
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction t(db);
    if (!t.isOpen())
        return fail(QStringLiteral("append pending"), t.error());
    QSqlQuery &last =
        statement(QStringLiteral("SELECT coalesce(max(seq), 0) FROM pending WHERE drawing_id = ?"));
    last.bindValue(0, drawingId);
    if (!last.exec() || !last.next())
        return fail(QStringLiteral("append pending"), last.lastError().text());
    qint64 seq = last.value(0).toLongLong();
    last.finish();
    QSqlQuery &q = statement(
        QStringLiteral("INSERT INTO pending(drawing_id, seq, op_id, op) VALUES (?, ?, ?, ?)"));
    for (const Op &op : ops) {
        q.bindValue(0, drawingId);
        q.bindValue(1, ++seq);
        q.bindValue(2, op.opId);
        q.bindValue(3, compact(op.toJson()));
        if (!q.exec())
            return fail(QStringLiteral("append pending"), q.lastError().text());
    }
    if (!t.commit())
        return fail(QStringLiteral("append pending"), t.error());
    return true;
}

bool LocalStore::removePending(const QString &drawingId, const QStringList &opIds)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction t(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM pending WHERE drawing_id = ? AND op_id = ?"));
    for (const QString &opId : opIds) {
        q.bindValue(0, drawingId);
        q.bindValue(1, opId);
        if (!q.exec())
            return fail(QStringLiteral("remove pending"), q.lastError().text());
    }
    if (!t.commit())
        return fail(QStringLiteral("remove pending"), t.error());
    return true;
}

bool LocalStore::writeConfirmed(const QString &drawingId, qint64 revision,
                                const QList<Object> &changed, const QStringList &removed,
                                const QStringList &ackedOpIds)
{
    // The drawing row first: a drawing deleted meanwhile gets no orphan objects.
    QSqlQuery &u = statement(
        QStringLiteral("UPDATE drawings SET confirmed_revision = ?, updated_at = ? WHERE id = ?"));
    u.bindValue(0, revision);
    u.bindValue(1, toMs(QDateTime::currentDateTimeUtc()));
    u.bindValue(2, drawingId);
    if (!u.exec())
        return fail(QStringLiteral("write confirmed"), u.lastError().text());
    if (u.numRowsAffected() == 0)
        return fail(QStringLiteral("write confirmed"), QStringLiteral("no such drawing"));
    if (!changed.isEmpty()) {
        // An upsert rewrites the row in place; INSERT OR REPLACE would delete and reinsert it.
        QSqlQuery &q = statement(QStringLiteral(
            "INSERT INTO objects(drawing_id, id, type, props) VALUES (?, ?, ?, ?) ON "
            "CONFLICT(drawing_id, id) DO UPDATE SET type = excluded.type, props = excluded.props"));
        for (const Object &o : changed) {
            q.bindValue(0, drawingId);
            q.bindValue(1, o.id);
            q.bindValue(2, objectTypeName(o.type));
            q.bindValue(3, compact(o.props));
            if (!q.exec())
                return fail(QStringLiteral("write confirmed"), q.lastError().text());
        }
    }
    if (!removed.isEmpty()) {
        QSqlQuery &q =
            statement(QStringLiteral("DELETE FROM objects WHERE drawing_id = ? AND id = ?"));
        for (const QString &id : removed) {
            q.bindValue(0, drawingId);
            q.bindValue(1, id);
            if (!q.exec())
                return fail(QStringLiteral("write confirmed"), q.lastError().text());
        }
    }
    if (!ackedOpIds.isEmpty()) {
        QSqlQuery &q =
            statement(QStringLiteral("DELETE FROM pending WHERE drawing_id = ? AND op_id = ?"));
        for (const QString &opId : ackedOpIds) {
            q.bindValue(0, drawingId);
            q.bindValue(1, opId);
            if (!q.exec())
                return fail(QStringLiteral("write confirmed"), q.lastError().text());
        }
    }
    return true;
}

bool LocalStore::commitConfirmed(const QString &drawingId, qint64 revision,
                                 const QList<Object> &changed, const QStringList &removed,
                                 const QStringList &ackedOpIds)
{
    Transaction t(QSqlDatabase::database(m_connectionName, false));
    if (!t.isOpen())
        return fail(QStringLiteral("commit confirmed"), t.error());
    if (!writeConfirmed(drawingId, revision, changed, removed, ackedOpIds))
        return false;
    if (!t.commit())
        return fail(QStringLiteral("commit confirmed"), t.error());
    return true;
}

bool LocalStore::replaceConfirmed(const QString &drawingId, qint64 revision,
                                  const QList<Object> &objects, const QStringList &ackedOpIds)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction t(db);
    if (!t.isOpen())
        return fail(QStringLiteral("replace confirmed"), t.error());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM objects WHERE drawing_id = ?"));
    q.addBindValue(drawingId);
    if (!q.exec())
        return fail(QStringLiteral("replace confirmed"), q.lastError().text());
    q.finish();
    if (!writeConfirmed(drawingId, revision, objects, {}, ackedOpIds))
        return false;
    if (!t.commit())
        return fail(QStringLiteral("replace confirmed"), t.error());
    return true;
}

bool LocalStore::convertForPublish(const QString &drawingId, const QString &serverUrl,
                                   const std::function<QString()> &makeOpId)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    Transaction t(db);
    if (!t.isOpen())
        return fail(QStringLiteral("publish"), t.error());
    // Both reads must be whole: the DELETEs below would otherwise make what a damaged page
    // hid gone for good, pending edits included.
    bool objectsOk = false;
    bool pendingOk = false;
    const QList<Object> objects = loadObjects(drawingId, &objectsOk);
    if (!objectsOk)
        return false;
    const QList<PendingRecord> pending = loadPending(drawingId, &pendingOk);
    if (!pendingOk)
        return false;
    QSqlQuery q(db);
    for (const QString &sql : {QStringLiteral("DELETE FROM objects WHERE drawing_id = ?"),
                               QStringLiteral("DELETE FROM pending WHERE drawing_id = ?")}) {
        q.prepare(sql);
        q.addBindValue(drawingId);
        if (!q.exec())
            return fail(QStringLiteral("publish"), q.lastError().text());
    }
    q.prepare(
        QStringLiteral("INSERT INTO pending(drawing_id, seq, op_id, op) VALUES (?, ?, ?, ?)"));
    qint64 seq = 0;
    auto insert = [&](const Op &op) {
        q.bindValue(0, drawingId);
        q.bindValue(1, ++seq);
        q.bindValue(2, op.opId);
        q.bindValue(3, compact(op.toJson()));
        return q.exec();
    };
    for (const Object &o : objects) {
        if (!insert(Op::create(makeOpId(), o.id, o.type, o.props)))
            return fail(QStringLiteral("publish"), q.lastError().text());
    }
    for (const PendingRecord &p : pending) {
        if (!insert(p.op))
            return fail(QStringLiteral("publish"), q.lastError().text());
    }
    q.prepare(QStringLiteral("UPDATE drawings SET server_url = ?, role = 'owner', "
                             "confirmed_revision = 0, needs_create = 1 WHERE id = ?"));
    q.addBindValue(serverUrl);
    q.addBindValue(drawingId);
    if (!q.exec())
        return fail(QStringLiteral("publish"), q.lastError().text());
    if (!t.commit())
        return fail(QStringLiteral("publish"), t.error());
    return true;
}

bool LocalStore::saveAccount(const AccountRecord &a)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO accounts(server_url, user_id, user_name, "
                             "token, expires_at) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(a.serverUrl);
    q.addBindValue(nn(a.userId));
    q.addBindValue(nn(a.userName));
    q.addBindValue(nn(a.token));
    q.addBindValue(a.expiresAt.isValid() ? QVariant(toMs(a.expiresAt)) : QVariant());
    if (!q.exec())
        return fail(QStringLiteral("save account"), q.lastError().text());
    return true;
}

namespace {
AccountRecord accountFrom(const QSqlQuery &q)
{
    return AccountRecord{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString(), fromMs(q.value(4))};
}
} // namespace

std::optional<AccountRecord> LocalStore::account(const QString &serverUrl) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT server_url, user_id, user_name, token, expires_at FROM "
                             "accounts WHERE server_url = ?"));
    q.addBindValue(serverUrl);
    if (!q.exec() || !q.next()) {
        readSucceeded(q, QStringLiteral("the account of %1").arg(serverUrl), nullptr);
        return std::nullopt;
    }
    return accountFrom(q);
}

QList<AccountRecord> LocalStore::accounts(bool *ok) const
{
    if (ok)
        *ok = true;
    const QString what = QStringLiteral("the accounts");
    QList<AccountRecord> list;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT server_url, user_id, user_name, token, expires_at FROM "
                               "accounts ORDER BY server_url"))) {
        readSucceeded(q, what, ok);
        return {};
    }
    while (q.next())
        list.append(accountFrom(q));
    if (!readSucceeded(q, what, ok))
        return {};
    return list;
}

bool LocalStore::removeAccount(const QString &serverUrl)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("DELETE FROM accounts WHERE server_url = ?"));
    q.addBindValue(serverUrl);
    if (!q.exec())
        return fail(QStringLiteral("remove account"), q.lastError().text());
    return true;
}

bool LocalStore::isBlobUploaded(const QString &hash, const QString &serverUrl) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT 1 FROM uploaded_blobs WHERE hash = ? AND server_url = ?"));
    q.addBindValue(hash);
    q.addBindValue(serverUrl);
    if (q.exec() && q.next())
        return true;
    // Unreadable counts as not uploaded: the upload is idempotent, the error is logged.
    readSucceeded(q, QStringLiteral("blob %1").arg(hash), nullptr);
    return false;
}

bool LocalStore::markBlobUploaded(const QString &hash, const QString &serverUrl)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(
        QStringLiteral("INSERT OR IGNORE INTO uploaded_blobs(hash, server_url) VALUES (?, ?)"));
    q.addBindValue(hash);
    q.addBindValue(serverUrl);
    if (!q.exec())
        return fail(QStringLiteral("mark blob"), q.lastError().text());
    return true;
}

} // namespace inkboard::sync
