// SPDX-License-Identifier: Apache-2.0
#include "history_model.h"

#include "presence_overlay.h"

#include <QFont>
#include <QLocale>
#include <QSet>

namespace inkboard::app::history {

bool Authors::isSelf(const sync::HistoryRecord &commit) const
{
    return commit.authorId.isEmpty() || commit.authorId == selfId;
}

QString Authors::nameOf(const sync::HistoryRecord &commit) const
{
    if (isSelf(commit))
        return HistoryModel::tr("You");
    return commit.authorName.isEmpty() ? HistoryModel::tr("Someone") : commit.authorName;
}

QColor Authors::colorOf(const sync::HistoryRecord &commit) const
{
    return PresenceOverlay::colorOf(commit.authorId.isEmpty() ? selfId : commit.authorId);
}

HistoryModel::HistoryModel(QObject *parent) : QAbstractListModel(parent) {}

void HistoryModel::reset(const sync::HistoryTimeline *timeline, const Authors &authors,
                         const Document *now)
{
    beginResetModel();
    m_timeline = timeline;
    m_authors = authors;
    m_nouns = NounBook();
    m_noted = 0;
    if (m_timeline) {
        // Each id's noun as a row first asks: from the drawing now when the object is in it,
        // else from its create in the log, else from the log's base. Nothing is walked here.
        // `now` is the session's document, which outlives the next reset.
        m_nouns.setCreateFinder([timeline, now](const QString &id) -> std::optional<Noun> {
            if (const Object *o = now ? now->find(id) : nullptr)
                return nounOf(o->type, o->props);
            for (qint64 r = timeline->latestRevision(); r > timeline->baseRevision(); --r) {
                if (!timeline->mayName(r, id))
                    continue;
                for (const Op &op : timeline->commit(r)->ops) {
                    if (op.kind == Op::Kind::Create && op.id == id)
                        return nounOf(op.type, op.props);
                }
            }
            if (const Object *o = timeline->base().find(id))
                return nounOf(o->type, o->props);
            return std::nullopt;
        });
        m_noted = m_timeline->latestRevision();
    }
    build();
    endResetModel();
}

void HistoryModel::refresh()
{
    beginResetModel();
    build();
    endResetModel();
}

void HistoryModel::build()
{
    m_sessions.clear();
    m_rows.clear();
    m_rowOfRevision.clear();
    if (!m_timeline)
        return;
    // Commits appended since the reset are few: their creates are noted now.
    for (qint64 r = m_noted + 1; r <= m_timeline->latestRevision(); ++r) {
        for (const Op &op : m_timeline->commit(r)->ops)
            m_nouns.note(op);
    }
    m_noted = m_timeline->latestRevision();
    const qsizetype count = m_timeline->size();
    m_rows.reserve(count + count / 8);
    m_rowOfRevision.reserve(count);
    qint64 newerMs = 0;
    for (qint64 r = m_timeline->latestRevision(); r > m_timeline->baseRevision(); --r) {
        const qint64 ms = m_timeline->timeOf(r);
        const bool startsSession = m_sessions.isEmpty() || newerMs - ms > kSessionGapSecs * 1000;
        newerMs = ms;
        if (startsSession) {
            m_sessions.append(Session{r, r});
            m_rows.append(Row{0, int(m_sessions.size() - 1)});
        }
        m_sessions.last().first = r;
        m_rowOfRevision.insert(r, int(m_rows.size()));
        m_rows.append(Row{r, int(m_sessions.size() - 1)});
    }
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::rowOf(qint64 revision) const
{
    return m_rowOfRevision.value(revision, -1);
}

qint64 HistoryModel::revisionAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).revision : 0;
}

QString HistoryModel::summaryOf(qint64 revision) const
{
    const sync::HistoryRecord *c = m_timeline ? m_timeline->commit(revision) : nullptr;
    return c ? sentence(m_authors.nameOf(*c), c->ops, m_nouns) : QString();
}

QString HistoryModel::headerText(const Session &s) const
{
    const QLocale locale;
    const QDateTime from = m_timeline->header(s.first)->createdAt.toLocalTime();
    const QDateTime to = m_timeline->header(s.last)->createdAt.toLocalTime();
    QStringList names;
    QSet<QString> seen;
    // A long session names its authors from the commits around its ends only: a header is
    // painted often and must not walk thousands of commits.
    constexpr qint64 kNamesScanned = 200;
    for (qint64 r = s.last; r >= s.first && r > s.last - kNamesScanned; --r) {
        const QString name = m_authors.nameOf(*m_timeline->header(r));
        if (!seen.contains(name)) {
            seen.insert(name);
            names.append(name);
        }
    }
    const QString day = locale.toString(from.date(), QLocale::ShortFormat);
    return tr("%1, %2 – %3 · %4")
        .arg(day, locale.toString(from.time(), QLocale::ShortFormat),
             locale.toString(to.time(), QLocale::ShortFormat), names.join(QStringLiteral(", ")));
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || !m_timeline)
        return {};
    const Row &row = m_rows.at(index.row());
    if (row.revision == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return headerText(m_sessions.at(row.session));
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case HeaderRole:
            return true;
        case RevisionRole:
            return qint64(0);
        default:
            return {};
        }
    }
    const sync::HistoryRecord *c = m_timeline->header(row.revision);
    if (!c)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1  %2").arg(
            QLocale().toString(c->createdAt.toLocalTime().time(), QLocale::ShortFormat),
            summaryOf(row.revision));
    case Qt::DecorationRole:
        return m_authors.colorOf(*c);
    case Qt::ToolTipRole:
        return tr("Revision %1 · %2")
            .arg(row.revision)
            .arg(QLocale().toString(c->createdAt.toLocalTime(), QLocale::LongFormat));
    case RevisionRole:
        return row.revision;
    case HeaderRole:
        return false;
    default:
        return {};
    }
}

Qt::ItemFlags HistoryModel::flags(const QModelIndex &index) const
{
    if (index.isValid() && index.row() < m_rows.size() && m_rows.at(index.row()).revision == 0)
        return Qt::ItemIsEnabled;
    return QAbstractListModel::flags(index);
}

} // namespace inkboard::app::history
