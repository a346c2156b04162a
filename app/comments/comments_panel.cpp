// SPDX-License-Identifier: Apache-2.0
#include "comments_panel.h"

#include "client/comment_sync.h"
#include "comment_thread_view.h"

#include <QCheckBox>
#include <QHash>
#include <QKeyEvent>
#include <QListWidget>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>

namespace inkboard::app::comments {

using protocol::Comment;

namespace {

constexpr int kThreadIdRole = Qt::UserRole;

struct ThreadRow
{
    Comment root;
    int count = 0;
    QDateTime activity; // the newest change of any of its comments
};

} // namespace

CommentsPanel::CommentsPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_showResolved = new QCheckBox(tr("Show &resolved"), this);
    m_showResolved->setObjectName(QStringLiteral("commentsShowResolved"));
    layout->addWidget(m_showResolved);
    auto *split = new QSplitter(Qt::Vertical, this);
    m_threads = new QListWidget(split);
    m_threads->setObjectName(QStringLiteral("commentThreads"));
    m_threads->setWordWrap(true);
    m_view = new CommentThreadView(split);
    split->addWidget(m_threads);
    split->addWidget(m_view);
    layout->addWidget(split, 1);
    connect(m_showResolved, &QCheckBox::toggled, this, [this](bool on) {
        refresh();
        emit showResolvedChanged(on);
    });
    // Click and Enter (QListWidget's itemActivated is double-click or Enter; one click is
    // enough here).
    connect(m_threads, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        emit jumpRequested(item->data(kThreadIdRole).toString());
    });
    connect(m_threads, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit jumpRequested(item->data(kThreadIdRole).toString());
    });
}

void CommentsPanel::setSync(sync::CommentSync *sync, protocol::Role role)
{
    if (m_sync)
        m_sync->disconnect(this);
    m_sync = sync;
    m_view->setSync(sync, role);
    if (m_sync)
        connect(m_sync, &sync::CommentSync::commentsChanged, this, &CommentsPanel::refresh);
    refresh();
}

bool CommentsPanel::showsResolved() const
{
    return m_showResolved->isChecked();
}

QStringList CommentsPanel::listedThreads() const
{
    QStringList ids;
    for (int i = 0; i < m_threads->count(); ++i)
        ids.append(m_threads->item(i)->data(kThreadIdRole).toString());
    return ids;
}

void CommentsPanel::refresh()
{
    const QString current = m_threads->currentItem()
                                ? m_threads->currentItem()->data(kThreadIdRole).toString()
                                : QString();
    m_threads->clear();
    if (!m_sync)
        return;
    QHash<QString, ThreadRow> rows;
    for (const Comment &c : m_sync->comments()) {
        ThreadRow &row = rows[c.thread];
        if (c.startsThread())
            row.root = c;
        ++row.count;
        row.activity = std::max({row.activity, c.createdAt, c.updatedAt});
    }
    QList<ThreadRow> list;
    for (const ThreadRow &row : std::as_const(rows)) {
        if (row.root.id.isEmpty())
            continue; // replies whose thread this client has not read yet
        if (row.root.resolved && !showsResolved())
            continue;
        list.append(row);
    }
    std::sort(list.begin(), list.end(), [](const ThreadRow &a, const ThreadRow &b) {
        return a.activity != b.activity ? a.activity > b.activity : a.root.id < b.root.id;
    });
    for (const ThreadRow &row : list) {
        const QString first = row.root.deleted ? tr("(deleted)") : row.root.text.left(80);
        QString text = tr("%1: %2").arg(row.root.author.name, first);
        if (row.count == 2)
            text += tr(" (1 reply)");
        else if (row.count > 2)
            text += tr(" (%1 replies)").arg(row.count - 1);
        if (row.root.resolved)
            text = tr("Resolved · %1").arg(text);
        auto *item = new QListWidgetItem(text, m_threads);
        item->setData(kThreadIdRole, row.root.id);
        if (row.root.id == current)
            m_threads->setCurrentItem(item);
    }
}

} // namespace inkboard::app::comments
