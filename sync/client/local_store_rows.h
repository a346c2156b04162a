// SPDX-License-Identifier: Apache-2.0
#pragma once

// The row conversions LocalStore's files share (client/local_store*.cpp), not an interface.

#include "local_store.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace inkboard::sync::store_rows {

inline qint64 toMs(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

inline QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// QtSql binds a null QString as SQL NULL; the columns that hold text are NOT NULL.
inline QString nn(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

inline QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline DrawingRecord drawingFrom(const QSqlQuery &q)
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

// A tiny RAII transaction: rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db) : m_db(std::move(db)) { m_open = m_db.transaction(); }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
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

inline const QString kDrawingColumns = QStringLiteral(
    "id, title, server_url, role, confirmed_revision, needs_create, created_at, updated_at");

} // namespace inkboard::sync::store_rows
