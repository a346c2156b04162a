// SPDX-License-Identifier: Apache-2.0
#include "server_flows.h"

#include "app_context.h"
#include "client/share_links.h"
#include "client/sync_session.h"
#include "drawing_list_dialog.h"
#include "main_window.h"
#include "share_dialog.h"
#include "sign_in_dialog.h"
#include "sync_state_presenter.h"

#include <QInputDialog>

namespace inkboard::app {

ServerFlows::ServerFlows(MainWindow *window, SyncStatePresenter *syncStatus)
    : QObject(window), m_window(window), m_context(window->context()), m_syncStatus(syncStatus)
{}

void ServerFlows::signIn(const QString &server, const std::function<void(const QString &)> &then)
{
    auto *dialog = new SignInDialog(m_context, server, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SignInDialog::signedIn, this, [this, then](const QString &signedIn) {
        for (MainWindow *w : m_context->windows()) {
            if (w->session() && w->session()->serverUrl() == signedIn)
                w->session()->reconnect();
        }
        if (then)
            then(signedIn);
    });
    dialog->open();
}

void ServerFlows::signOut()
{
    const sync::SyncSession *session = m_window->session();
    const QString server =
        session && !session->isLocalOnly() ? session->serverUrl() : m_context->lastServer();
    if (server.isEmpty() || !m_context->store()->account(server)) {
        m_window->showMessage(tr("You are not signed in to a server."), false);
        return;
    }
    m_context->client()->signOut(server, this, [](const sync::RestResult &) {});
    for (MainWindow *w : m_context->windows()) {
        if (w->session() && w->session()->serverUrl() == server)
            w->session()->reconnect(); // offline: signed out; edits stay pending
    }
    m_window->showMessage(tr("Signed out of %1. Your edits stay on this computer.").arg(server),
                          false);
}

void ServerFlows::share()
{
    const sync::SyncSession *session = m_window->session();
    if (!session || session->isLocalOnly())
        return;
    auto *dialog = new ShareDialog(m_context, session->serverUrl(), m_window->drawingId(),
                                   m_window->drawingTitle(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ServerFlows::publish()
{
    const QString server = m_context->lastServer();
    if (server.isEmpty() || !m_context->store()->account(server)) {
        signIn(server, [this](const QString &s) { publishTo(s); });
        return;
    }
    publishTo(server);
}

bool ServerFlows::publishTo(const QString &server)
{
    sync::SyncSession *session = m_window->session();
    if (!session || !session->isLocalOnly())
        return false;
    if (!session->publish(server))
        return false;
    m_context->setLastServer(server);
    m_syncStatus->updateState();
    return true;
}

void ServerFlows::connectToServer(const QString &serverText, const QString &drawingId)
{
    const QUrl url = SignInDialog::parseServerUrl(serverText);
    if (!url.isValid()) {
        m_window->showMessage(tr("\"%1\" is not a server address.").arg(serverText));
        return;
    }
    const QString server = sync::serverKey(url);
    auto next = [this, drawingId](const QString &s) {
        if (drawingId.isEmpty())
            showDrawingBrowser(s);
        else
            openServerDrawing(s, drawingId);
    };
    if (m_context->store()->account(server)) {
        m_context->setLastServer(server);
        next(server);
        return;
    }
    signIn(server, next);
}

void ServerFlows::openServerDrawing(const QString &server, const QString &drawingId)
{
    if (const auto d = m_context->store()->drawing(drawingId); d && d->serverUrl == server) {
        QString error;
        if (!m_window->openDrawing(drawingId, &error) && !error.isEmpty())
            m_window->showMessage(error);
        return;
    }
    m_context->client()->listDrawings(
        server, this,
        [this, server, drawingId](const sync::RestResult &r,
                                  const QList<sync::DrawingEntry> &list) {
            for (const sync::DrawingEntry &e : list) {
                if (e.id != drawingId || !e.onServer)
                    continue;
                protocol::DrawingInfo info;
                info.id = e.id;
                info.title = e.title;
                info.role = e.role;
                info.latestRevision = e.latestRevision;
                info.updatedAt = e.updatedAt;
                QString error;
                if (!e.local && !m_context->client()->addServerDrawing(server, info))
                    error = m_context->store()->lastError();
                else if (!m_window->openDrawing(drawingId, &error) && error.isEmpty())
                    error = tr("Cannot open the drawing.");
                if (!error.isEmpty())
                    m_window->showMessage(error);
                emit m_context->drawingsChanged();
                return;
            }
            m_window->showMessage(
                r.ok() ? tr("%1 has no drawing %2 shared with you.").arg(server, drawingId)
                       : tr("Cannot list the drawings of %1: %2").arg(server, r.errorMessage()));
        });
}

DrawingListDialog *ServerFlows::showDrawingBrowser(const QString &server)
{
    auto *dialog = new DrawingListDialog(m_context, m_window, server);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString id = dialog->chosenId();
        if (id.isEmpty() || id == m_window->drawingId())
            return;
        QString error;
        if (!m_window->openDrawing(id, &error) && !error.isEmpty())
            m_window->showMessage(error);
    });
    dialog->open();
    return dialog;
}

void ServerFlows::askForLink()
{
    auto *dialog = new QInputDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("openLinkDialog"));
    dialog->setWindowTitle(tr("Open Link"));
    dialog->setLabelText(tr("Paste a link to an Inkboard drawing:"));
    dialog->setTextValue({});
    connect(dialog, &QInputDialog::textValueSelected, this, &ServerFlows::openLink);
    dialog->open();
}

void ServerFlows::openLink(const QString &text)
{
    const auto link = protocol::ShareLinkAddress::parse(text);
    if (!link) {
        m_window->showMessage(
            tr("\"%1\" is not a link to an Inkboard drawing.").arg(text.trimmed().left(200)));
        return;
    }
    const QString server = sync::serverKey(link->server);
    if (m_context->store()->account(server)) {
        redeem(server, *link, false);
        return;
    }
    const protocol::ShareLinkAddress address = *link;
    signIn(server, [this, address](const QString &s) { redeem(s, address, false); });
}

void ServerFlows::redeem(const QString &server, const protocol::ShareLinkAddress &link,
                         bool retried)
{
    sync::ShareLinks(m_context->client())
        .redeem(server, link, this,
                [this, server, link, retried](const sync::RestResult &r,
                                              std::optional<protocol::Role> role) {
                    if (role) {
                        m_context->setLastServer(server);
                        openServerDrawing(server, link.drawingId);
                        m_window->showMessage(
                            *role == protocol::Role::Viewer
                                ? tr("You can view this drawing: the link made you a viewer.")
                                : tr("You can edit this drawing: the link made you an editor."),
                            false);
                        return;
                    }
                    if (r.status == 401 && !retried) {
                        // The token held for this server is no longer good: sign in again.
                        signIn(server, [this, link](const QString &s) { redeem(s, link, true); });
                        return;
                    }
                    if (r.status == 404) {
                        m_window->showMessage(tr("This link does not open anything: it is "
                                                 "mistyped, or it expired or was revoked."));
                    } else if (r.status == 429) {
                        const int seconds = qMax(1, (r.retryAfterMs + 999) / 1000);
                        m_window->showMessage(tr("Too many links tried; try again in %n second(s).",
                                                 nullptr, seconds));
                    } else {
                        m_window->showMessage(tr("Cannot open the link: %1").arg(r.errorMessage()));
                    }
                });
}

} // namespace inkboard::app
