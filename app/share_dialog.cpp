// SPDX-License-Identifier: Apache-2.0
#include "share_dialog.h"

#include "app_context.h"
#include "client/sync_client.h"
#include "share_links_panel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace inkboard::app {

ShareDialog::ShareDialog(AppContext *context, const QString &server, const QString &drawingId,
                         const QString &title, QWidget *parent)
    : QDialog(parent), m_context(context), m_server(server), m_drawingId(drawingId)
{
    setWindowTitle(tr("Share \"%1\"").arg(title));
    resize(520, 620);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Who can open this drawing on %1:").arg(server), this));
    m_members = new QTreeWidget(this);
    m_members->setObjectName(QStringLiteral("members"));
    m_members->setHeaderLabels({tr("User"), tr("Role")});
    m_members->setRootIsDecorated(false);
    m_members->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_members);

    auto *row = new QHBoxLayout;
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("shareUser"));
    m_user->setPlaceholderText(tr("user name"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("shareRole"));
    m_role->addItem(tr("can edit"), QStringLiteral("editor"));
    m_role->addItem(tr("can view"), QStringLiteral("viewer"));
    auto *add = new QPushButton(tr("&Share"), this);
    auto *removeButton = new QPushButton(tr("&Remove"), this);
    row->addWidget(m_user, 1);
    row->addWidget(m_role);
    row->addWidget(add);
    row->addWidget(removeButton);
    layout->addLayout(row);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_links = new ShareLinksPanel(context, server, drawingId, this);
    layout->addWidget(m_links);
    connect(m_links, &ShareLinksPanel::revoked, this, &ShareDialog::reload);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] {
        if (!m_user->text().trimmed().isEmpty())
            share(m_user->text().trimmed(), m_role->currentData().toString());
    });
    connect(removeButton, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_members->currentItem())
            remove(item->text(0));
    });
    connect(m_members, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        m_user->setText(item->text(0));
        const int i = m_role->findData(item->data(1, Qt::UserRole));
        if (i >= 0)
            m_role->setCurrentIndex(i);
    });
    reload();
}

QString ShareDialog::statusText() const
{
    return m_status->text();
}

void ShareDialog::reload()
{
    m_context->client()->members(
        m_server, m_drawingId, this,
        [this](const sync::RestResult &r, const QList<protocol::Member> &members) {
            m_members->clear();
            if (!r.ok()) {
                m_status->setText(tr("Cannot list the members: %1").arg(r.errorMessage()));
                emit loaded();
                return;
            }
            for (const protocol::Member &m : members) {
                auto *item =
                    new QTreeWidgetItem(m_members, {m.user.name, protocol::roleName(m.role)});
                item->setData(1, Qt::UserRole, protocol::roleName(m.role));
            }
            emit loaded();
        });
}

void ShareDialog::share(const QString &user, const QString &roleText)
{
    const auto role = protocol::roleFromString(roleText);
    if (!role)
        return;
    m_status->setText(tr("Sharing with %1…").arg(user));
    m_context->client()->setMember(
        m_server, m_drawingId, user, *role, this, [this, user](const sync::RestResult &r) {
            m_status->setText(r.ok() ? tr("Shared with %1.").arg(user)
                              : r.status == 404
                                  ? tr("There is no user %1 on this server.").arg(user)
                                  : tr("Cannot share: %1").arg(r.errorMessage()));
            reload();
        });
}

void ShareDialog::remove(const QString &user)
{
    m_context->client()->removeMember(
        m_server, m_drawingId, user, this, [this, user](const sync::RestResult &r) {
            m_status->setText(r.ok() ? tr("%1 no longer has access.").arg(user)
                                     : tr("Cannot remove %1: %2").arg(user, r.errorMessage()));
            reload();
        });
}

} // namespace inkboard::app
