// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/comment.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QListWidget;

namespace inkboard::sync {
class CommentSync;
}

namespace inkboard::app::comments {

class CommentThreadView;

// The Comments dock: the open threads, newest activity first (resolved ones too when asked),
// and below them the open thread. Click or Enter on a thread jumps to its place and opens it.
class CommentsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CommentsPanel(QWidget *parent = nullptr);

    void setSync(sync::CommentSync *sync, protocol::Role role);
    CommentThreadView *threadView() const { return m_view; }
    QListWidget *threads() const { return m_threads; }
    QCheckBox *showResolved() const { return m_showResolved; }
    // Whether threads that are resolved are listed (and their markers shown).
    bool showsResolved() const;
    // The threads listed, in order.
    QStringList listedThreads() const;

signals:
    void jumpRequested(const QString &threadId);
    void showResolvedChanged(bool on);

private:
    void refresh();

    QPointer<sync::CommentSync> m_sync;
    QCheckBox *m_showResolved;
    QListWidget *m_threads;
    CommentThreadView *m_view;
};

} // namespace inkboard::app::comments
