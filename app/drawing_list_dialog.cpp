// SPDX-License-Identifier: Apache-2.0
#include "drawing_list_dialog.h"

#include "app_context.h"
#include "bin_page.h"
#include "client/sync_session.h"
#include "main_window.h"
#include "share_dialog.h"
#include "sign_in_dialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace inkboard::app {

DrawingListDialog::DrawingListDialog(AppContext *context, QWidget *parent, const QString &server)
    : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("Drawings"));
    resize(620, 460);
    auto *layout = new QVBoxLayout(this);

    auto *accountRow = new QHBoxLayout;
    m_account = new QLabel(this);
    m_account->setObjectName(QStringLiteral("accountLabel"));
    m_signIn = new QPushButton(tr("Sign &In…"), this);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signOut = new QPushButton(tr("Sign O&ut"), this);
    m_signOut->setObjectName(QStringLiteral("signOutButton"));
    accountRow->addWidget(m_account, 1);
    accountRow->addWidget(m_signIn);
    accountRow->addWidget(m_signOut);
    layout->addLayout(accountRow);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("browserTabs"));
    layout->addWidget(m_tabs);
    auto *drawingsPage = new QWidget(m_tabs);
    auto *drawingsLayout = new QVBoxLayout(drawingsPage);
    m_list = new QListWidget(drawingsPage);
    m_list->setObjectName(QStringLiteral("drawingList"));
    m_list->setAlternatingRowColors(true);
    drawingsLayout->addWidget(m_list);
    m_status = new QLabel(drawingsPage);
    m_status->setObjectName(QStringLiteral("browserStatus"));
    m_status->setWordWrap(true);
    drawingsLayout->addWidget(m_status);
    m_tabs->addTab(drawingsPage, tr("Drawin&gs"));
    m_bin = new BinPage(m_context, m_tabs);
    m_tabs->addTab(m_bin, tr("&Bin"));

    auto *buttons = new QHBoxLayout;
    auto *create = new QPushButton(tr("&New"), this);
    m_open = new QPushButton(tr("&Open"), this);
    m_rename = new QPushButton(tr("&Rename…"), this);
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_publish = new QPushButton(tr("&Publish"), this);
    m_publish->setObjectName(QStringLiteral("publishButton"));
    m_publish->setToolTip(tr("Put this drawing on the server (it keeps its id and content)"));
    m_share = new QPushButton(tr("&Share…"), this);
    m_share->setObjectName(QStringLiteral("shareButton"));
    auto *close = new QPushButton(tr("Close"), this);
    m_open->setDefault(true);
    for (QPushButton *b : {create, m_open, m_rename, m_delete, m_publish, m_share})
        buttons->addWidget(b);
    buttons->addStretch();
    drawingsLayout->addLayout(buttons);
    auto *closeRow = new QHBoxLayout;
    closeRow->addStretch();
    closeRow->addWidget(close);
    layout->addLayout(closeRow);
    // A drawing restored from the bin is shown, chosen, among the drawings.
    connect(m_bin, &BinPage::restored, this, [this](const QString &id) {
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->data(Qt::UserRole).toString() == id)
                m_list->setCurrentRow(row);
        }
    });

    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(create, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString title = QInputDialog::getText(this, tr("New drawing"), tr("Title:"),
                                                    QLineEdit::Normal, tr("Untitled"), &ok);
        if (!ok)
            return;
        m_chosen = createDrawing(title.trimmed().isEmpty() ? tr("Untitled") : title.trimmed());
        if (!m_chosen.isEmpty())
            accept();
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (chooseDrawing(currentId()))
            accept();
    });
    connect(m_list, &QListWidget::itemActivated, m_open, &QPushButton::click);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const QString id = currentId();
        const auto e = entry(id);
        if (!e)
            return;
        bool ok = false;
        const QString title = QInputDialog::getText(this, tr("Rename drawing"), tr("Title:"),
                                                    QLineEdit::Normal, e->title, &ok);
        if (ok && !title.trimmed().isEmpty())
            renameDrawing(id, title.trimmed());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QString id = currentId();
        const auto e = entry(id);
        if (!e)
            return;
        const QString question =
            deletesOnServer(*e)
                ? tr("Delete \"%1\" from the server and this computer, for everyone it is "
                     "shared with? It goes to the bin, where you can restore it.")
            : !e->serverUrl.isEmpty()
                ? tr("Remove your copy of \"%1\" from this computer? The server "
                     "keeps it; your copy goes to the bin.")
                : tr("Move \"%1\" to the bin? You can restore it there for %n days.", nullptr,
                     sync::SyncClient::kLocalBinDays);
        if (QMessageBox::question(this, tr("Delete drawing"), question.arg(e->title)) ==
            QMessageBox::Yes)
            deleteDrawing(id);
    });
    connect(m_publish, &QPushButton::clicked, this, [this] {
        if (publishDrawing(currentId()))
            accept();
    });
    connect(m_share, &QPushButton::clicked, this, [this] {
        const auto e = entry(currentId());
        if (!e)
            return;
        ShareDialog dialog(m_context, e->serverUrl, e->id, e->title, this);
        dialog.exec();
    });
    connect(m_signIn, &QPushButton::clicked, this, [this] {
        SignInDialog dialog(m_context, m_server, this);
        if (dialog.exec() == QDialog::Accepted)
            setServer(dialog.server());
    });
    connect(m_signOut, &QPushButton::clicked, this, &DrawingListDialog::signOut);
    connect(m_list, &QListWidget::currentRowChanged, this, &DrawingListDialog::updateButtons);
    connect(m_context, &AppContext::drawingsChanged, this, &DrawingListDialog::reload);

    QString initial = server;
    if (initial.isEmpty() && m_context->store()->account(m_context->lastServer()))
        initial = m_context->lastServer();
    m_server = initial;
    reload();
}

bool DrawingListDialog::signedIn() const
{
    return !m_server.isEmpty() && m_context->store()->account(m_server).has_value();
}

void DrawingListDialog::showBin(bool bin)
{
    m_tabs->setCurrentWidget(bin ? static_cast<QWidget *>(m_bin) : m_tabs->widget(0));
}

void DrawingListDialog::setServer(const QString &server)
{
    m_server = server;
    if (!server.isEmpty())
        m_context->setLastServer(server);
    // Open windows of this server sign in again with the new token.
    for (MainWindow *w : m_context->windows()) {
        if (w->session() && w->session()->serverUrl() == server)
            w->session()->reconnect();
    }
    reload();
}

void DrawingListDialog::signOut()
{
    if (m_server.isEmpty())
        return;
    const QString server = m_server;
    m_context->client()->signOut(server, this, [](const sync::RestResult &) {});
    for (MainWindow *w : m_context->windows()) {
        if (w->session() && w->session()->serverUrl() == server)
            w->session()->reconnect(); // goes offline: signed out
    }
    reload();
}

void DrawingListDialog::reload()
{
    const quint64 generation = ++m_generation;
    const auto account = m_server.isEmpty() ? std::nullopt : m_context->store()->account(m_server);
    if (account) {
        m_account->setText(tr("Signed in to <b>%1</b> as <b>%2</b>")
                               .arg(m_server.toHtmlEscaped(), account->userName.toHtmlEscaped()));
    } else {
        m_account->setText(m_server.isEmpty()
                               ? tr("Drawings on this computer. Sign in to share them.")
                               : tr("Not signed in to %1.").arg(m_server.toHtmlEscaped()));
    }
    m_signOut->setVisible(account.has_value());
    m_bin->setServer(account ? m_server : QString());
    fill(m_context->client()->localDrawings());
    if (!account) {
        m_status->clear();
        emit listed();
        return;
    }
    m_status->setText(tr("Loading the server's drawings…"));
    m_context->client()->listDrawings(
        m_server, this,
        [this, generation](const sync::RestResult &r, const QList<sync::DrawingEntry> &list) {
            if (generation != m_generation)
                return;
            fill(list);
            if (r.ok())
                m_status->clear();
            else if (r.status == 401)
                m_status->setText(tr("The server no longer accepts your sign-in: sign in again."));
            else
                m_status->setText(
                    tr("The server's drawings are not shown: %1").arg(r.errorMessage()));
            emit listed();
        });
}

void DrawingListDialog::fill(const QList<sync::DrawingEntry> &input)
{
    const QString keep = currentId();
    QList<sync::DrawingEntry> entries = input;
    std::sort(entries.begin(), entries.end(),
              [](const auto &a, const auto &b) { return a.updatedAt > b.updatedAt; });
    m_list->clear();
    m_entries.clear();
    for (const sync::DrawingEntry &e : entries) {
        QString where;
        if (e.serverUrl.isEmpty())
            where = tr("on this computer");
        else if (!e.local)
            where = tr("on %1 · %2").arg(e.serverUrl, protocol::roleName(e.role));
        else
            where = tr("on %1 · %2 · copy on this computer")
                        .arg(e.serverUrl, protocol::roleName(e.role));
        auto *item = new QListWidgetItem(
            tr("%1\n%2 · %3")
                .arg(e.title, QLocale().toString(e.updatedAt.toLocalTime(), QLocale::ShortFormat),
                     where),
            m_list);
        item->setData(Qt::UserRole, e.id);
        item->setToolTip(e.id);
        m_entries.insert(e.id, e);
        if (e.id == keep)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count())
        m_list->setCurrentRow(0);
    updateButtons();
}

std::optional<sync::DrawingEntry> DrawingListDialog::entry(const QString &id) const
{
    const auto it = m_entries.constFind(id);
    if (it == m_entries.constEnd())
        return std::nullopt;
    return *it;
}

QString DrawingListDialog::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void DrawingListDialog::updateButtons()
{
    const auto e = entry(currentId());
    m_open->setEnabled(e.has_value());
    m_rename->setEnabled(e && (e->serverUrl.isEmpty() || e->role == protocol::Role::Owner));
    m_delete->setEnabled(e.has_value());
    m_publish->setEnabled(e && e->serverUrl.isEmpty() && signedIn());
    m_share->setEnabled(e && !e->serverUrl.isEmpty() && e->role == protocol::Role::Owner &&
                        m_context->store()->account(e->serverUrl).has_value());
}

void DrawingListDialog::showError(const QString &text)
{
    m_status->setText(text);
    if (isVisible())
        QMessageBox::warning(this, tr("Drawings"), text);
}

QString DrawingListDialog::createDrawing(const QString &title)
{
    QString error;
    const QString id = m_context->createDrawing(title, &error);
    if (id.isEmpty())
        showError(error);
    return id;
}

bool DrawingListDialog::chooseDrawing(const QString &id)
{
    const auto e = entry(id);
    if (!e)
        return false;
    if (!e->local) {
        protocol::DrawingInfo info;
        info.id = e->id;
        info.title = e->title;
        info.role = e->role;
        info.latestRevision = e->latestRevision;
        info.updatedAt = e->updatedAt;
        if (!m_context->client()->addServerDrawing(e->serverUrl, info)) {
            showError(tr("Cannot keep the drawing on this computer: %1")
                          .arg(m_context->store()->lastError()));
            return false;
        }
    }
    m_chosen = id;
    return true;
}

bool DrawingListDialog::renameDrawing(const QString &id, const QString &title)
{
    const auto e = entry(id);
    if (!e)
        return false;
    if (e->serverUrl.isEmpty()) {
        if (!m_context->store()->renameDrawing(id, title.left(200))) {
            showError(m_context->store()->lastError());
            return false;
        }
        emit m_context->drawingsChanged();
        return true;
    }
    if (!e->local) {
        // Only on the server: rename there (the client renames the local copy when it has one).
        if (!chooseDrawing(id))
            return false;
        m_chosen.clear();
    }
    m_context->client()->renameDrawing(
        id, title.left(200), this, [this](const sync::RestResult &r) {
            if (!r.ok() && r.status != 0)
                showError(tr("Cannot rename the drawing: %1").arg(r.errorMessage()));
            emit m_context->drawingsChanged();
        });
    return true;
}

// Decided from what this computer knows (the server and the role it last told us), never
// from whether the server's list has come back yet: a delete while the list reloads must
// not turn into removing only the local copy.
bool DrawingListDialog::deletesOnServer(const sync::DrawingEntry &e)
{
    return !e.serverUrl.isEmpty() && e.role == protocol::Role::Owner;
}

bool DrawingListDialog::deleteDrawing(const QString &id)
{
    const auto e = entry(id);
    if (!e)
        return false;
    // A drawing open in a window moves that window to another drawing first.
    if (MainWindow *w = m_context->windowShowing(id))
        w->closeDrawing();
    if (deletesOnServer(*e)) {
        if (!e->local && !chooseDrawing(id))
            return false;
        m_chosen.clear();
        m_context->client()->deleteDrawing(id, this, [this, id](const sync::RestResult &r) {
            if (r.ok() || r.status == 404)
                m_context->forgetDrawing(id);
            else
                showError(tr("Cannot delete the drawing: %1").arg(r.errorMessage()));
            emit m_context->drawingsChanged();
        });
        return true;
    }
    if (e->local && !m_context->client()->forgetLocalCopy(id)) {
        showError(m_context->store()->lastError());
        return false;
    }
    m_context->forgetDrawing(id);
    emit m_context->drawingsChanged();
    return true;
}

bool DrawingListDialog::publishDrawing(const QString &id)
{
    const auto e = entry(id);
    if (!e || !e->serverUrl.isEmpty() || !signedIn())
        return false;
    MainWindow *window = m_context->windowShowing(id);
    if (!window)
        window = qobject_cast<MainWindow *>(parentWidget());
    if (!window && !m_context->windows().isEmpty())
        window = m_context->windows().constFirst();
    if (!window)
        return false;
    QString error;
    if (window->drawingId() != id && !window->openDrawing(id, &error)) {
        showError(error);
        return false;
    }
    if (!window->session()->publish(m_server))
        return false;
    m_chosen = id;
    emit m_context->drawingsChanged();
    return true;
}

} // namespace inkboard::app
