// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/comment.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace inkboard::sync {
class CommentSync;
}

namespace inkboard::app::comments {

class MentionCompleter;

// One thread, open: its comments in order (who, when, edited, deleted), and an editor to
// reply, or to write the first comment of a new thread. Resolve / Reopen for the thread;
// Edit and Delete for the chosen comment when this user may (protocol/comment.h's rules).
// Every change goes through CommentSync: queued, shown, sent when live.
class CommentThreadView : public QWidget
{
    Q_OBJECT
public:
    explicit CommentThreadView(QWidget *parent = nullptr);

    void setSync(sync::CommentSync *sync, protocol::Role role);
    void setRole(protocol::Role role);
    // Shows a thread; `onDeletedObject` says its object is gone.
    void showThread(const QString &threadId, bool onDeletedObject);
    // A new thread pinned at `anchor`: the editor waits for its first comment.
    void startThread(const protocol::CommentAnchor &anchor);
    void clear();
    QString thread() const { return m_thread; }
    bool isDrafting() const { return m_draft.has_value(); }
    QLineEdit *editor() const { return m_editor; }
    QListWidget *list() const { return m_list; }

    // The buttons' actions, for the keyboard and tests.
    void send();
    void toggleResolved();
    void editChosen();
    void deleteChosen();

signals:
    // A new thread was written: its id (the panel shows it from now on).
    void threadStarted(const QString &threadId);
    void message(const QString &text);

private:
    void refresh();
    std::optional<protocol::Comment> chosen() const;
    void updateButtons();

    QPointer<sync::CommentSync> m_sync;
    protocol::Role m_role = protocol::Role::Viewer;
    QString m_thread;
    bool m_onDeletedObject = false;
    std::optional<protocol::CommentAnchor> m_draft;
    QString m_editing; // the comment being edited, if any
    QLabel *m_header;
    QListWidget *m_list;
    QLineEdit *m_editor;
    MentionCompleter *m_mentions;
    QPushButton *m_send;
    QPushButton *m_resolve;
    QPushButton *m_edit;
    QPushButton *m_delete;
};

} // namespace inkboard::app::comments
