// SPDX-License-Identifier: Apache-2.0
#include "people_panel.h"

#include "follow_controller.h"
#include "presence_out.h"
#include "presence_overlay.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace inkboard::app {

namespace {

QIcon swatch(const QColor &color)
{
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(2, 2, 12, 12));
    return QIcon(pm);
}

} // namespace

PeoplePanel::PeoplePanel(FollowController *follow, PresenceOut *presence, QWidget *parent)
    : QWidget(parent), m_follow(follow), m_presence(presence)
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("&People here"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("peopleList"));
    title->setBuddy(m_list);
    m_list->installEventFilter(this);
    m_list->setToolTip(tr("Enter or double-click: go to where they are"));
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    auto *row = new QHBoxLayout;
    m_jump = new QPushButton(tr("&Go to"), this);
    m_jump->setObjectName(QStringLiteral("jumpButton"));
    m_followButton = new QPushButton(tr("&Follow"), this);
    m_followButton->setObjectName(QStringLiteral("followButton"));
    m_followButton->setCheckable(true);
    row->addWidget(m_jump);
    row->addWidget(m_followButton);
    layout->addLayout(row);
    m_present = new QPushButton(tr("Ask everyone to follow &me"), this);
    m_present->setObjectName(QStringLiteral("presentButton"));
    m_present->setCheckable(true);
    layout->addWidget(m_present);

    connect(m_jump, &QPushButton::clicked, this, &PeoplePanel::jump);
    connect(m_followButton, &QPushButton::clicked, this, &PeoplePanel::toggleFollow);
    connect(m_list, &QListWidget::itemActivated, this, &PeoplePanel::jump);
    connect(m_list, &QListWidget::currentRowChanged, this, &PeoplePanel::refresh);
    connect(m_present, &QPushButton::toggled, m_presence, &PresenceOut::setPresenting);
    connect(m_follow, &FollowController::followingChanged, this, [this] { setPeers(m_peers); });
    refresh();
}

QString PeoplePanel::activityOf(const protocol::Presence &p)
{
    if (p.away)
        return tr("away");
    if (!p.editing.isEmpty())
        return tr("editing text");
    if (!p.previews.isEmpty())
        return tr("drawing");
    if (!p.laser.isEmpty())
        return tr("pointing");
    return tr("idle");
}

void PeoplePanel::setPeers(const QList<protocol::Presence> &peers)
{
    const QString current = selectedSession();
    m_peers = peers;
    m_list->blockSignals(true);
    m_list->clear();
    for (const protocol::Presence &p : peers) {
        const QString name = p.user.name.isEmpty() ? tr("someone") : p.user.name;
        QString text = tr("%1 — %2").arg(name, activityOf(p));
        if (p.presenting)
            text += tr(" · presenting");
        if (p.sessionId == m_follow->followed())
            text += tr(" · following");
        auto *item = new QListWidgetItem(swatch(PresenceOverlay::colorOf(p.user.id)), text, m_list);
        item->setData(Qt::UserRole, p.sessionId);
        if (p.sessionId == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_list->blockSignals(false);
    refresh();
}

QString PeoplePanel::selectedSession() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void PeoplePanel::jump()
{
    const QString session = selectedSession();
    if (!session.isEmpty() && !m_follow->jumpTo(session))
        emit message(tr("They have not shown where they are yet."));
}

void PeoplePanel::toggleFollow()
{
    const QString session = selectedSession();
    if (m_follow->followed() == session && !session.isEmpty()) {
        m_follow->stop();
    } else if (!session.isEmpty() && !m_follow->follow(session)) {
        emit message(tr("They have not shown where they are yet."));
    }
    refresh();
}

void PeoplePanel::refresh()
{
    const QString session = selectedSession();
    m_jump->setEnabled(!session.isEmpty());
    m_followButton->setEnabled(!session.isEmpty());
    const bool following = !session.isEmpty() && m_follow->followed() == session;
    m_followButton->setChecked(following);
    m_followButton->setText(following ? tr("Stop &following") : tr("&Follow"));
    m_present->blockSignals(true);
    m_present->setChecked(m_presence->isPresenting());
    m_present->blockSignals(false);
}

bool PeoplePanel::eventFilter(QObject *watched, QEvent *event)
{
    // F on a peer follows them (or stops), as the button does.
    if (watched == m_list && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_F &&
        static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        toggleFollow();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace inkboard::app
