// SPDX-License-Identifier: Apache-2.0
// LocalStore: the bin of drawings deleted from this computer.
#include "local_store.h"
#include "local_store_rows.h"

#include <QSqlError>
#include <QSqlQuery>

namespace inkboard::sync {

using namespace store_rows;

namespace {

bool markBinned(const QSqlDatabase &db, const QString &id, const QVariant &binnedAt,
                const char *where, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE drawings SET binned_at = ? WHERE id = ? AND %1")
                  .arg(QLatin1String(where)));
    q.addBindValue(binnedAt);
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() == 0) {
        *error = QStringLiteral("no such drawing");
        return false;
    }
    return true;
}

} // namespace

bool LocalStore::binDrawing(const QString &id)
{
    QString why;
    if (!markBinned(QSqlDatabase::database(m_connectionName, false), id,
                    toMs(QDateTime::currentDateTimeUtc()), "binned_at IS NULL", &why))
        return fail(QStringLiteral("move drawing %1 to the bin").arg(id), why);
    return true;
}

bool LocalStore::restoreDrawing(const QString &id)
{
    QString why;
    if (!markBinned(QSqlDatabase::database(m_connectionName, false), id,
                    QVariant(QMetaType::fromType<qint64>()), "binned_at IS NOT NULL", &why))
        return fail(QStringLiteral("restore drawing %1").arg(id), why);
    return true;
}

QList<BinnedLocalDrawing> LocalStore::binnedDrawings(bool *ok) const
{
    if (ok)
        *ok = true;
    const QString what = QStringLiteral("the bin");
    QList<BinnedLocalDrawing> list;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1, binned_at FROM drawings WHERE binned_at IS NOT NULL "
                               "ORDER BY binned_at DESC, id")
                    .arg(kDrawingColumns))) {
        readSucceeded(q, what, ok);
        return {};
    }
    while (q.next())
        list.append({drawingFrom(q), fromMs(q.value(8))});
    if (!readSucceeded(q, what, ok))
        return {};
    return list;
}

bool LocalStore::isBinned(const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    q.prepare(QStringLiteral("SELECT 1 FROM drawings WHERE id = ? AND binned_at IS NOT NULL"));
    q.addBindValue(id);
    return q.exec() && q.next();
}

int LocalStore::purgeBinnedBefore(const QDateTime &cutoff)
{
    QStringList ids;
    {
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        q.prepare(QStringLiteral("SELECT id FROM drawings WHERE binned_at < ?"));
        q.addBindValue(toMs(cutoff));
        if (!q.exec()) {
            fail(QStringLiteral("sweep the bin"), q.lastError().text());
            return -1;
        }
        while (q.next())
            ids.append(q.value(0).toString());
    }
    for (const QString &id : ids) {
        if (!deleteDrawing(id))
            return -1;
    }
    return int(ids.size());
}

} // namespace inkboard::sync
