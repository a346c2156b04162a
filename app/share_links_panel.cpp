// SPDX-License-Identifier: Apache-2.0
#include "share_links_panel.h"

#include "app_context.h"
#include "client/sync_client.h"

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace inkboard::app {

ShareLinksPanel::ShareLinksPanel(AppContext *context, const QString &server,
                                 const QString &drawingId, QWidget *parent)
    : QGroupBox(tr("Links"), parent), m_context(context), m_server(server), m_drawingId(drawingId),
      m_calls(context->client())
{
    setObjectName(QStringLiteral("shareLinks"));
    auto *layout = new QVBoxLayout(this);
    auto *makeRow = new QHBoxLayout;
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("linkRole"));
    m_role->addItem(tr("can view"), QStringLiteral("viewer"));
    m_role->addItem(tr("can edit"), QStringLiteral("editor"));
    m_expiry = new QComboBox(this);
    m_expiry->setObjectName(QStringLiteral("linkExpiry"));
    m_expiry->addItem(tr("never expires"), qint64(0));
    m_expiry->addItem(tr("for 1 hour"), qint64(3600));
    m_expiry->addItem(tr("for 1 day"), qint64(24 * 3600));
    m_expiry->addItem(tr("for 7 days"), qint64(7 * 24 * 3600));
    m_expiry->addItem(tr("for 30 days"), qint64(30 * 24 * 3600));
    m_create = new QPushButton(tr("Create &Link"), this);
    m_create->setObjectName(QStringLiteral("createLink"));
    auto *anyone = new QLabel(tr("Anyone &with the link"), this);
    anyone->setBuddy(m_role);
    makeRow->addWidget(anyone);
    makeRow->addWidget(m_role);
    makeRow->addWidget(m_expiry);
    makeRow->addWidget(m_create);
    layout->addLayout(makeRow);

    auto *copyRow = new QHBoxLayout;
    m_newLink = new QLineEdit(this);
    m_newLink->setObjectName(QStringLiteral("newLink"));
    m_newLink->setReadOnly(true);
    m_newLink->setPlaceholderText(tr("A new link shows here once; copy it then."));
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyLink"));
    m_copy->setEnabled(false);
    copyRow->addWidget(m_newLink, 1);
    copyRow->addWidget(m_copy);
    layout->addLayout(copyRow);

    m_links = new QTreeWidget(this);
    m_links->setObjectName(QStringLiteral("links"));
    m_links->setHeaderLabels({tr("Role"), tr("Expires"), tr("Joined"), tr("Made by")});
    m_links->setRootIsDecorated(false);
    m_links->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    layout->addWidget(m_links);
    auto *revokeRow = new QHBoxLayout;
    m_revoke = new QPushButton(tr("Re&voke"), this);
    m_revoke->setObjectName(QStringLiteral("revokeLink"));
    m_revoke->setToolTip(tr("The link stops working; who joined through it loses access, "
                            "unless you have set their role since."));
    revokeRow->addStretch(1);
    revokeRow->addWidget(m_revoke);
    layout->addLayout(revokeRow);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("linkStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_create, &QPushButton::clicked, this, [this] {
        const auto role = protocol::roleFromString(m_role->currentData().toString());
        const qint64 seconds = m_expiry->currentData().toLongLong();
        if (role)
            create(*role, seconds > 0 ? std::optional<qint64>(seconds) : std::nullopt);
    });
    connect(m_copy, &QPushButton::clicked, this, &ShareLinksPanel::copy);
    connect(m_revoke, &QPushButton::clicked, this, &ShareLinksPanel::revokeCurrent);
    reload();
}

QString ShareLinksPanel::statusText() const
{
    return m_status->text();
}

void ShareLinksPanel::setStatus(const QString &text)
{
    m_status->setText(text);
}

void ShareLinksPanel::reload()
{
    m_calls.list(
        m_server, m_drawingId, this,
        [this](const sync::RestResult &r, const QList<protocol::ShareLinkInfo> &links) {
            m_links->clear();
            const bool owner = r.ok();
            m_create->setEnabled(owner);
            m_revoke->setEnabled(owner);
            if (r.status == 403)
                setStatus(tr("Only the drawing's owner can make and see its links."));
            else if (!owner)
                setStatus(tr("Cannot list the links: %1").arg(r.errorMessage()));
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const QLocale locale;
            for (const protocol::ShareLinkInfo &l : links) {
                const QString expires =
                    !l.expiresAt.isValid() ? tr("never")
                    : l.expired(now)
                        ? tr("expired %1")
                              .arg(locale.toString(l.expiresAt.toLocalTime(), QLocale::ShortFormat))
                        : locale.toString(l.expiresAt.toLocalTime(), QLocale::ShortFormat);
                auto *item = new QTreeWidgetItem(
                    m_links, {l.role == protocol::Role::Editor ? tr("can edit") : tr("can view"),
                              expires, QString::number(l.members), l.createdBy.name});
                item->setData(0, Qt::UserRole, l.id);
            }
            if (m_links->topLevelItemCount() > 0 && !m_links->currentItem())
                m_links->setCurrentItem(m_links->topLevelItem(0));
            emit loaded();
        });
}

void ShareLinksPanel::create(protocol::Role role, std::optional<qint64> expiresInSeconds)
{
    setStatus(tr("Making a link…"));
    m_calls.create(
        m_server, m_drawingId, role, expiresInSeconds, this,
        [this](const sync::RestResult &r, const std::optional<sync::ShareLinks::Created> &made) {
            if (!made) {
                setStatus(tr("Cannot make a link: %1").arg(r.errorMessage()));
                emit loaded();
                return;
            }
            const protocol::ShareLinkAddress address{QUrl(m_server), m_drawingId, made->key};
            m_newLink->setText(address.webUrl().toString());
            m_newLink->setCursorPosition(0); // the server and drawing show, not the key's end
            m_copy->setEnabled(true);
            m_copy->setFocus();
            setStatus(tr("Link made. Copy it now: it is shown only once."));
            reload();
        });
}

void ShareLinksPanel::copy()
{
    if (m_newLink->text().isEmpty())
        return;
    QGuiApplication::clipboard()->setText(m_newLink->text());
    setStatus(tr("Link copied."));
}

void ShareLinksPanel::revokeCurrent()
{
    const QTreeWidgetItem *item = m_links->currentItem();
    if (!item)
        return;
    const QString id = item->data(0, Qt::UserRole).toString();
    m_calls.revoke(m_server, m_drawingId, id, this, [this](const sync::RestResult &r) {
        setStatus(r.ok() ? tr("Link revoked: it no longer works.")
                         : tr("Cannot revoke the link: %1").arg(r.errorMessage()));
        if (r.ok())
            emit revoked();
        reload();
    });
}

} // namespace inkboard::app
