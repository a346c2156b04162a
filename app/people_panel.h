// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "protocol/presence.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace inkboard::app {

class FollowController;
class PresenceOut;

// Who is here: each peer with their colour, name and what they are doing (drawing, editing
// text, pointing, idle, away), to jump to or follow; and "Ask everyone to follow me". Enter
// or a double click on a peer jumps to them.
class PeoplePanel : public QWidget
{
    Q_OBJECT
public:
    PeoplePanel(FollowController *follow, PresenceOut *presence, QWidget *parent = nullptr);

    void setPeers(const QList<protocol::Presence> &peers);
    // What a peer is doing, in words.
    static QString activityOf(const protocol::Presence &peer);

signals:
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString selectedSession() const;
    void jump();
    void toggleFollow();
    void refresh();

    FollowController *m_follow;
    PresenceOut *m_presence;
    QList<protocol::Presence> m_peers;
    QListWidget *m_list;
    QPushButton *m_jump;
    QPushButton *m_followButton;
    QPushButton *m_present;
};

} // namespace inkboard::app
