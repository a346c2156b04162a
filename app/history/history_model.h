// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "client/history_timeline.h"
#include "op_summary.h"

#include <QAbstractListModel>
#include <QList>

namespace inkboard::app::history {

// Who wrote a commit as the panel names them: "You" for this user's own commits (and every
// commit of a local drawing), else the author's name, with the author's presence colour.
struct Authors
{
    QString selfId; // the signed-in user's id on the drawing's server (empty: local)
    QString nameOf(const sync::HistoryRecord &commit) const;
    QColor colorOf(const sync::HistoryRecord &commit) const;
    bool isSelf(const sync::HistoryRecord &commit) const;
};

// The timeline as the history panel lists it: newest first, a header row before each session
// of activity (commits less than kSessionGapSecs apart), then one row per commit with its
// author's colour, time and a summary computed from its ops (only for the rows shown, so that
// a log of 100,000 commits opens at once).
class HistoryModel : public QAbstractListModel
{
    Q_OBJECT
public:
    static constexpr qint64 kSessionGapSecs = 15 * 60;
    enum Role
    {
        RevisionRole = Qt::UserRole + 1, // qint64; 0 on a header row
        HeaderRole,                      // bool
    };

    explicit HistoryModel(QObject *parent = nullptr);

    // Rebuilds the rows from `timeline` (which outlives the model or the next reset); `now`
    // (may be null) names the objects that exist now.
    void reset(const sync::HistoryTimeline *timeline, const Authors &authors,
               const Document *now = nullptr);
    // The timeline grew at its end.
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The row of a revision's commit (-1 when it is not listed) and back.
    int rowOf(qint64 revision) const;
    qint64 revisionAt(int row) const;
    // "Alice moved 3 objects"
    QString summaryOf(qint64 revision) const;
    const NounBook &nouns() const { return m_nouns; }
    const Authors &authors() const { return m_authors; }

private:
    struct Session
    {
        qint64 first = 0; // oldest revision
        qint64 last = 0;  // newest
    };
    struct Row
    {
        qint64 revision = 0; // 0: the header of m_sessions[session]
        int session = 0;
    };
    void build();
    QString headerText(const Session &session) const;

    const sync::HistoryTimeline *m_timeline = nullptr;
    Authors m_authors;
    NounBook m_nouns;
    qint64 m_noted = 0; // the nouns know the log up to here
    QList<Session> m_sessions;
    QList<Row> m_rows;
    QHash<qint64, int> m_rowOfRevision;
};

} // namespace inkboard::app::history
