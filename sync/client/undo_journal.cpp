// SPDX-License-Identifier: Apache-2.0
#include "undo_journal.h"

#include "logging.h"
#include "sqlite_file.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace inkboard::sync {

UndoJournal::UndoJournal(QString connectionName) : m_connectionName(std::move(connectionName))
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    QObject::connect(&m_flushTimer, &QTimer::timeout, [this] { flush(); });
}

UndoJournal::~UndoJournal()
{
    flush();
    m_statements.reset(); // before the connection goes
    closeSqlite(m_connectionName);
}

std::unique_ptr<UndoJournal> UndoJournal::open(const QString &path, QString *error)
{
    QString scratch;
    if (!error)
        error = &scratch;
    const std::optional<QString> name = openPrivateSqlite(
        path, QStringLiteral("inkboard-undo-"), QStringLiteral("the undo history"), error);
    if (!name)
        return nullptr;
    std::unique_ptr<UndoJournal> journal(new UndoJournal(*name));
    const bool ready =
        journal->exec(QStringLiteral("PRAGMA journal_mode=WAL")) &&
        journal->exec(QStringLiteral("PRAGMA synchronous=OFF")) &&
        journal->exec(QStringLiteral("CREATE TABLE IF NOT EXISTS steps(drawing_id TEXT NOT NULL, "
                                     "seq INTEGER NOT NULL, text TEXT NOT NULL, payload BLOB NOT "
                                     "NULL, PRIMARY KEY(drawing_id, seq)) WITHOUT ROWID")) &&
        journal->exec(QStringLiteral("CREATE TABLE IF NOT EXISTS position(drawing_id TEXT "
                                     "PRIMARY KEY, first_undone INTEGER NOT NULL)"));
    if (!ready || !journal->prepare()) {
        *error = QStringLiteral("The undo history %1 cannot be used: %2")
                     .arg(path, journal->lastError());
        return nullptr;
    }
    return journal;
}

bool UndoJournal::prepare()
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    m_statements.emplace(Statements{QSqlQuery(db), QSqlQuery(db), QSqlQuery(db), QSqlQuery(db)});
    const std::pair<QSqlQuery *, QString> all[] = {
        {&m_statements->drop,
         QStringLiteral("DELETE FROM steps WHERE drawing_id = ? AND (seq >= ? OR seq < ?)")},
        {&m_statements->insert,
         QStringLiteral("INSERT INTO steps(drawing_id, seq, text, payload) VALUES (?, ?, ?, ?)")},
        {&m_statements->position, QStringLiteral("INSERT OR REPLACE INTO position(drawing_id, "
                                                 "first_undone) VALUES (?, ?)")},
        {&m_statements->replace, QStringLiteral("UPDATE steps SET text = ?, payload = ? WHERE "
                                                "drawing_id = ? AND seq = ?")},
    };
    for (const auto &[query, sql] : all) {
        if (!query->prepare(sql)) {
            m_lastError = query->lastError().text();
            return false;
        }
    }
    return true;
}

bool UndoJournal::run(QSqlQuery &query, const QList<QVariant> &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    const bool ok = query.exec();
    if (!ok) {
        m_lastError = query.lastError().text();
        qCWarning(lcStore) << "undo history:" << m_lastError;
    }
    query.finish();
    return ok;
}

bool UndoJournal::exec(const QString &sql, const QList<QVariant> &values) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    if (!q.prepare(sql)) {
        m_lastError = q.lastError().text();
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        qCWarning(lcStore) << "undo history:" << m_lastError;
        return false;
    }
    return true;
}

void UndoJournal::enqueue(std::function<bool()> write)
{
    m_queue.append(std::move(write));
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

bool UndoJournal::flush()
{
    m_flushTimer.stop();
    if (m_queue.isEmpty() || !m_statements)
        return true;
    const QList<std::function<bool()>> queue = std::exchange(m_queue, {});
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        m_lastError = db.lastError().text();
        return false;
    }
    for (const std::function<bool()> &write : queue) {
        if (!write()) {
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

UndoJournal::Loaded UndoJournal::load(const QString &drawingId)
{
    flush();
    Loaded out;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT seq, text, payload FROM (SELECT seq, text, payload FROM steps "
                             "WHERE drawing_id = ? ORDER BY seq DESC LIMIT ?) ORDER BY seq"));
    q.addBindValue(drawingId);
    q.addBindValue(kMaxSteps);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return out;
    }
    while (q.next())
        out.steps.append(
            {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toByteArray()});
    QSqlQuery p(db);
    p.prepare(QStringLiteral("SELECT first_undone FROM position WHERE drawing_id = ?"));
    p.addBindValue(drawingId);
    if (p.exec() && p.next())
        out.firstUndone = p.value(0).toLongLong();
    else
        out.firstUndone = out.steps.isEmpty() ? 0 : out.steps.last().seq + 1;
    return out;
}

void UndoJournal::push(const QString &drawingId, const Step &step, qint64 keepFrom)
{
    enqueue([this, drawingId, step, keepFrom] {
        return run(m_statements->drop, {drawingId, step.seq, keepFrom}) &&
               run(m_statements->insert, {drawingId, step.seq, step.text, step.payload}) &&
               run(m_statements->position, {drawingId, step.seq + 1});
    });
}

void UndoJournal::replace(const QString &drawingId, const Step &step)
{
    enqueue([this, drawingId, step] {
        return run(m_statements->replace, {step.text, step.payload, drawingId, step.seq});
    });
}

void UndoJournal::setFirstUndone(const QString &drawingId, qint64 seq)
{
    enqueue([this, drawingId, seq] { return run(m_statements->position, {drawingId, seq}); });
}

bool UndoJournal::forget(const QString &drawingId)
{
    enqueue([this, drawingId] {
        return exec(QStringLiteral("DELETE FROM steps WHERE drawing_id = ?"), {drawingId}) &&
               exec(QStringLiteral("DELETE FROM position WHERE drawing_id = ?"), {drawingId});
    });
    return flush();
}

} // namespace inkboard::sync
