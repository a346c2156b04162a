// SPDX-License-Identifier: Apache-2.0
#include "comment_thread_view.h"

#include "client/comment_sync.h"
#include "mention_completer.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <algorithm>

namespace inkboard::app::comments {

using protocol::Comment;

namespace {

constexpr int kCommentIdRole = Qt::UserRole;

// The comment as a line of the list: who and when, then the text with @mentions bold.
QString rowText(const Comment &c, bool queued)
{
    QString head = QStringLiteral("<b>%1</b> · %2")
                       .arg(c.author.name.toHtmlEscaped(),
                            QLocale().toString(c.createdAt.toLocalTime(), QLocale::ShortFormat));
    if (c.edited && !c.deleted)
        head += QCoreApplication::translate("CommentThreadView", " · edited");
    if (queued)
        head += QCoreApplication::translate("CommentThreadView", " · not sent yet");
    QString body;
    if (c.deleted) {
        body = QStringLiteral("<i>%1</i>")
                   .arg(QCoreApplication::translate("CommentThreadView", "Comment deleted"));
    } else {
        body = c.text.toHtmlEscaped();
        static const QRegularExpression mention(QStringLiteral("(^|\\s)(@[A-Za-z0-9_.-]+)"));
        body.replace(mention, QStringLiteral("\\1<b>\\2</b>"));
        body.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    }
    return head + QStringLiteral("<br>") + body;
}

} // namespace

CommentThreadView::CommentThreadView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("commentThreadHeader"));
    m_header->setWordWrap(true);
    layout->addWidget(m_header);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("commentList"));
    m_list->setWordWrap(true);
    layout->addWidget(m_list, 1);
    m_editor = new QLineEdit(this);
    m_editor->setObjectName(QStringLiteral("commentEditor"));
    m_editor->setMaxLength(protocol::kMaxCommentChars);
    m_editor->setPlaceholderText(tr("Reply… (@ to mention someone)"));
    m_mentions = new MentionCompleter(m_editor);
    layout->addWidget(m_editor);
    auto *buttons = new QHBoxLayout;
    m_send = new QPushButton(tr("&Reply"), this);
    m_send->setObjectName(QStringLiteral("commentSend"));
    m_resolve = new QPushButton(tr("Re&solve"), this);
    m_resolve->setObjectName(QStringLiteral("commentResolve"));
    m_edit = new QPushButton(tr("&Edit"), this);
    m_edit->setObjectName(QStringLiteral("commentEdit"));
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("commentDelete"));
    for (QPushButton *b : {m_send, m_resolve, m_edit, m_delete})
        buttons->addWidget(b);
    layout->addLayout(buttons);

    connect(m_editor, &QLineEdit::returnPressed, this, [this] {
        if (!m_mentions->isShowing())
            send();
    });
    connect(m_editor, &QLineEdit::textChanged, this, &CommentThreadView::updateButtons);
    connect(m_send, &QPushButton::clicked, this, &CommentThreadView::send);
    connect(m_resolve, &QPushButton::clicked, this, &CommentThreadView::toggleResolved);
    connect(m_edit, &QPushButton::clicked, this, &CommentThreadView::editChosen);
    connect(m_delete, &QPushButton::clicked, this, &CommentThreadView::deleteChosen);
    connect(m_list, &QListWidget::currentRowChanged, this, &CommentThreadView::updateButtons);
    clear();
}

void CommentThreadView::setSync(sync::CommentSync *sync, protocol::Role role)
{
    if (m_sync)
        m_sync->disconnect(this);
    m_sync = sync;
    m_role = role;
    clear();
    if (!m_sync)
        return;
    connect(m_sync, &sync::CommentSync::commentsChanged, this, &CommentThreadView::refresh);
    connect(m_sync, &sync::CommentSync::membersChanged, this,
            [this] { m_mentions->setNames(m_sync->memberNames()); });
    m_mentions->setNames(m_sync->memberNames());
}

void CommentThreadView::setRole(protocol::Role role)
{
    m_role = role;
    updateButtons();
}

void CommentThreadView::showThread(const QString &threadId, bool onDeletedObject)
{
    m_draft.reset();
    m_editing.clear();
    m_thread = threadId;
    m_onDeletedObject = onDeletedObject;
    m_editor->clear();
    m_editor->setPlaceholderText(tr("Reply… (@ to mention someone)"));
    if (m_sync)
        m_sync->refreshMembers();
    refresh();
}

void CommentThreadView::startThread(const protocol::CommentAnchor &anchor)
{
    m_thread.clear();
    m_editing.clear();
    m_draft = anchor;
    m_editor->clear();
    m_editor->setPlaceholderText(tr("Write a comment… (@ to mention someone)"));
    if (m_sync)
        m_sync->refreshMembers();
    refresh();
    m_editor->setFocus();
}

void CommentThreadView::clear()
{
    m_thread.clear();
    m_draft.reset();
    m_editing.clear();
    m_editor->clear();
    refresh();
}

void CommentThreadView::refresh()
{
    m_list->clear();
    if (m_draft) {
        m_header->setText(m_draft->onObject() ? tr("New comment on an object") : tr("New comment"));
    } else if (m_thread.isEmpty() || !m_sync || !m_sync->comment(m_thread)) {
        m_header->setText(tr("Choose a thread, or press C and click the drawing to comment."));
        m_thread.clear();
    } else {
        const Comment root = *m_sync->comment(m_thread);
        QStringList notes;
        if (root.resolved)
            notes << tr("Resolved by %1").arg(root.resolvedBy.name);
        if (m_onDeletedObject)
            notes << tr("On a deleted object: shown where it last was");
        m_header->setText(notes.isEmpty() ? tr("Thread") : notes.join(QStringLiteral(" · ")));
        QList<Comment> thread;
        for (const Comment &c : m_sync->comments()) {
            if (c.thread == m_thread)
                thread.append(c);
        }
        std::sort(thread.begin(), thread.end(), [](const Comment &a, const Comment &b) {
            return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.startsThread();
        });
        for (const Comment &c : thread) {
            auto *item = new QListWidgetItem(m_list);
            auto *label = new QLabel(rowText(c, m_sync->isQueued(c.id)), m_list);
            label->setWordWrap(true);
            label->setTextFormat(Qt::RichText);
            label->setContentsMargins(4, 3, 4, 3);
            item->setData(kCommentIdRole, c.id);
            item->setText(c.deleted ? QString() : c.text); // for accessibility and search
            item->setForeground(Qt::transparent);
            item->setSizeHint(label->sizeHint());
            m_list->setItemWidget(item, label);
        }
    }
    updateButtons();
}

std::optional<Comment> CommentThreadView::chosen() const
{
    if (!m_sync || !m_list->currentItem())
        return std::nullopt;
    return m_sync->comment(m_list->currentItem()->data(kCommentIdRole).toString());
}

void CommentThreadView::updateButtons()
{
    const bool open = m_sync && (m_draft || !m_thread.isEmpty());
    m_editor->setEnabled(open);
    m_send->setEnabled(open && !protocol::commentTextError(m_editor->text()));
    m_send->setText(!m_editing.isEmpty() ? tr("&Save") : m_draft ? tr("&Comment") : tr("&Reply"));
    const auto root = m_sync && !m_thread.isEmpty() ? m_sync->comment(m_thread) : std::nullopt;
    const bool mine = root && root->author.id == m_sync->me().id;
    m_resolve->setEnabled(root && protocol::canResolveThread(m_role, mine));
    m_resolve->setText(root && root->resolved ? tr("Re&open") : tr("Re&solve"));
    const auto c = chosen();
    const bool own = c && !c->deleted && c->author.id == m_sync->me().id;
    m_edit->setEnabled(own);
    m_delete->setEnabled(c && !c->deleted &&
                         protocol::canDeleteComment(m_role, c->author.id == m_sync->me().id));
}

void CommentThreadView::send()
{
    if (!m_sync)
        return;
    const QString text = m_editor->text();
    if (protocol::commentTextError(text))
        return;
    if (!m_editing.isEmpty()) {
        if (!m_sync->edit(m_editing, text))
            return emit message(tr("The comment could not be changed."));
        m_editing.clear();
    } else if (m_draft) {
        const QString id = m_sync->startThread(*m_draft, text);
        if (id.isEmpty())
            return emit message(tr("The comment could not be saved."));
        m_draft.reset();
        m_thread = id;
        m_editor->setPlaceholderText(tr("Reply… (@ to mention someone)"));
        emit threadStarted(id);
    } else if (!m_thread.isEmpty()) {
        if (m_sync->reply(m_thread, text).isEmpty())
            return emit message(tr("The reply could not be saved."));
    }
    m_editor->clear();
    refresh();
}

void CommentThreadView::toggleResolved()
{
    const auto root = m_sync && !m_thread.isEmpty() ? m_sync->comment(m_thread) : std::nullopt;
    if (root && !m_sync->setResolved(m_thread, !root->resolved))
        emit message(tr("The thread could not be changed."));
}

void CommentThreadView::editChosen()
{
    const auto c = chosen();
    if (!c || c->deleted || c->author.id != m_sync->me().id)
        return;
    m_editing = c->id;
    m_editor->setText(c->text);
    m_editor->setFocus();
    updateButtons();
}

void CommentThreadView::deleteChosen()
{
    const auto c = chosen();
    if (c && !m_sync->remove(c->id))
        emit message(tr("The comment could not be deleted."));
}

} // namespace inkboard::app::comments
