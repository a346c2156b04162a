// SPDX-License-Identifier: Apache-2.0
#include "bin_page.h"

#include "app_context.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace inkboard::app {

BinPage::BinPage(AppContext *context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Deleted drawings stay here until the date shown, then they are deleted for good."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("binList"));
    m_list->setAlternatingRowColors(true);
    layout->addWidget(m_list);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("binStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    m_restore = new QPushButton(tr("Res&tore"), this);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_purge = new QPushButton(tr("Delete &Forever…"), this);
    m_purge->setObjectName(QStringLiteral("purgeButton"));
    buttons->addWidget(m_restore);
    buttons->addWidget(m_purge);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_restore, &QPushButton::clicked, this, [this] { restore(currentId()); });
    connect(m_list, &QListWidget::itemActivated, m_restore, &QPushButton::click);
    connect(m_purge, &QPushButton::clicked, this, [this] {
        const auto e = entry(currentId());
        if (!e)
            return;
        const QString question =
            e->onServer ? tr("Delete \"%1\" for good, on the server and on this computer? This "
                             "cannot be undone.")
                        : tr("Delete \"%1\" for good? This cannot be undone.");
        if (QMessageBox::question(this, tr("Delete forever"), question.arg(e->title)) ==
            QMessageBox::Yes)
            purge(e->id);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &BinPage::updateButtons);
    updateButtons();
}

void BinPage::setServer(const QString &server)
{
    m_server = server;
    reload();
}

void BinPage::reload()
{
    const quint64 generation = ++m_generation;
    fill(m_context->client()->localBin());
    if (m_server.isEmpty() || !m_context->store()->account(m_server)) {
        emit listed();
        return;
    }
    m_status->setText(tr("Loading the server's bin…"));
    m_context->client()->listBin(
        m_server, this,
        [this, generation](const sync::RestResult &r, const QList<sync::BinEntry> &list) {
            if (generation != m_generation)
                return;
            fill(list);
            m_status->setText(
                r.ok() ? QString() : tr("The server's bin is not shown: %1").arg(r.errorMessage()));
            emit listed();
        });
}

void BinPage::fill(const QList<sync::BinEntry> &entries)
{
    const QString keep = currentId();
    m_list->clear();
    m_entries.clear();
    const QLocale locale;
    for (const sync::BinEntry &e : entries) {
        const QString where = e.serverUrl.isEmpty() ? tr("on this computer")
                              : e.onServer && e.local
                                  ? tr("on %1 · copy on this computer").arg(e.serverUrl)
                              : e.onServer ? tr("on %1").arg(e.serverUrl)
                                           : tr("copy of a drawing on %1").arg(e.serverUrl);
        auto *item = new QListWidgetItem(
            tr("%1\nDeleted %2 · deleted for good after %3 · %4")
                .arg(e.title, locale.toString(e.deletedAt.toLocalTime(), QLocale::ShortFormat),
                     locale.toString(e.purgeAt.toLocalTime().date(), QLocale::ShortFormat), where),
            m_list);
        item->setData(Qt::UserRole, e.id);
        item->setToolTip(e.id);
        m_entries.insert(e.id, e);
        if (e.id == keep)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count())
        m_list->setCurrentRow(0);
    if (entries.isEmpty())
        m_status->setText(tr("The bin is empty."));
    else
        m_status->clear();
    updateButtons();
}

std::optional<sync::BinEntry> BinPage::entry(const QString &id) const
{
    const auto it = m_entries.constFind(id);
    if (it == m_entries.constEnd())
        return std::nullopt;
    return *it;
}

QString BinPage::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void BinPage::updateButtons()
{
    const bool chosen = entry(currentId()).has_value();
    m_restore->setEnabled(chosen);
    m_purge->setEnabled(chosen);
}

void BinPage::showError(const QString &text)
{
    m_status->setText(text);
    if (isVisible())
        QMessageBox::warning(this, tr("Bin"), text);
}

bool BinPage::restore(const QString &id)
{
    const auto e = entry(id);
    if (!e)
        return false;
    m_context->client()->restoreFromBin(*e, this, [this, e](const sync::RestResult &r) {
        if (!r.ok()) {
            showError(tr("Cannot restore \"%1\": %2").arg(e->title, r.errorMessage()));
            return;
        }
        emit m_context->drawingsChanged();
        m_status->setText(tr("\"%1\" is back among the drawings.").arg(e->title));
        emit restored(e->id);
    });
    return true;
}

bool BinPage::purge(const QString &id)
{
    const auto e = entry(id);
    if (!e)
        return false;
    m_context->client()->purgeFromBin(*e, this, [this, e](const sync::RestResult &r) {
        if (!r.ok() && r.status != 404)
            showError(tr("Cannot delete \"%1\": %2").arg(e->title, r.errorMessage()));
        reload();
    });
    return true;
}

} // namespace inkboard::app
