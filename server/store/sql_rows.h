// SPDX-License-Identifier: Apache-2.0
#pragma once

// The row conversions the SqlStore's files share (store/sql_store*.cpp), not an interface.

#include "store.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>
#include <array>

namespace inkboard::server::sql_rows {

constexpr int kOpsPerInsert = 64;

// "INSERT INTO ops … VALUES (?, ?, ?, ?), …" with `rows` rows (1..kOpsPerInsert), made once:
// prepared statements are cached by the address of their text.
inline const char *opsInsertSql(int rows)
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

inline qint64 toMs(const QDateTime &t)
{
    return t.toMSecsSinceEpoch();
}

inline QDateTime fromMs(const QVariant &v)
{
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

inline UserRecord readUser(const QSqlQuery &q)
{
    return UserRecord{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toInt() != 0, fromMs(q.value(4))};
}

inline DrawingRecord readDrawing(const QSqlQuery &q)
{
    return DrawingRecord{q.value(0).toString(), q.value(1).toString(),   fromMs(q.value(2)),
                         fromMs(q.value(3)),    q.value(4).toLongLong(), q.value(5).toLongLong()};
}

} // namespace inkboard::server::sql_rows
