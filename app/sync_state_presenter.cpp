// SPDX-License-Identifier: Apache-2.0
#include "sync_state_presenter.h"

#include "client/sync_session.h"
#include "drawing_session.h"
#include "presence_overlay.h"

#include <QAction>
#include <QLabel>
#include <QPointer>
#include <QToolButton>

namespace inkboard::app {

SyncStatePresenter::SyncStatePresenter(QWidget *window, DrawingSession *drawing,
                                       PresenceOverlay *overlay, QAction *publish, QAction *share,
                                       SignIn signIn)
    : QObject(window), m_drawing(drawing), m_overlay(overlay), m_publish(publish), m_share(share),
      m_signIn(std::move(signIn))
{
    m_stateLabel = new QLabel(window);
    m_stateLabel->setObjectName(QStringLiteral("syncState"));
    m_stateLabel->setTextFormat(Qt::RichText);
    m_retryButton = new QToolButton(window);
    m_retryButton->setObjectName(QStringLiteral("retryButton"));
    m_retryButton->setAutoRaise(true);
    m_retryButton->setText(tr("Retry"));
    m_retryButton->hide();
    connect(m_retryButton, &QToolButton::clicked, this, &SyncStatePresenter::retry);
    m_peersLabel = new QLabel(window);
    m_peersLabel->setObjectName(QStringLiteral("peersLabel"));
    m_peersLabel->setTextFormat(Qt::RichText);
    m_peersLabel->setToolTip(tr("Who is here: click to see them in the People panel"));
}

QString SyncStatePresenter::stateText() const
{
    return m_stateLabel->text();
}

void SyncStatePresenter::updateState()
{
    using S = sync::SyncSession::ConnectionState;
    using R = sync::SyncSession::OfflineReason;
    const sync::SyncSession *session = m_drawing->session();
    QString state;
    QString text;
    QString color;
    bool retry = false;
    if (!session) {
        state = QStringLiteral("offline");
        text = tr("No drawing");
        color = QStringLiteral("#8a8a8a");
    } else if (session->isLocalOnly()) {
        state = QStringLiteral("offline");
        text = tr("Offline · only on this computer (publish to share)");
        color = QStringLiteral("#8a8a8a");
    } else if (session->connectionState() == S::Offline) {
        state = QStringLiteral("offline");
        QString why;
        switch (session->offlineReason()) {
        case R::SignedOut:
            why = tr("signed out");
            break;
        case R::Unauthorized:
            why = tr("sign-in expired, sign in again");
            break;
        case R::NotShared:
            why = tr("access removed or drawing deleted");
            break;
        case R::Conflict:
            why = tr("the id is taken on the server");
            break;
        case R::NetworkDown:
            why = tr("server unreachable, retrying");
            break;
        case R::TooLarge:
            why = tr("the server's answer is too large to read");
            break;
        case R::LocalOnly:
        case R::None:
            break;
        }
        const int pending = session->pendingCount();
        text = why.isEmpty() ? tr("Offline") : tr("Offline · %1").arg(why);
        if (pending)
            text += tr(" · %n pending", nullptr, pending);
        color = QStringLiteral("#b42318");
        retry = true;
    } else if (session->connectionState() != S::Live || session->pendingCount() > 0) {
        state = QStringLiteral("syncing");
        text = tr("Syncing (%n pending)", nullptr, session->pendingCount());
        if (session->sendDelay() == sync::SyncSession::SendDelay::RateLimited)
            text += tr(" · rate limited, retrying");
        else if (session->sendDelay() == sync::SyncSession::SendDelay::ServerBusy)
            text += tr(" · server busy, retrying");
        color = QStringLiteral("#b54708");
    } else {
        state = QStringLiteral("live");
        text = tr("Live");
        color = QStringLiteral("#067647");
    }
    m_stateLabel->setText(
        QStringLiteral("<span style=\"color:%1\">●</span> %2").arg(color, text.toHtmlEscaped()));
    m_stateLabel->setToolTip(session && !session->isLocalOnly()
                                 ? tr("Server: %1").arg(session->serverUrl())
                                 : QString());
    m_retryButton->setVisible(retry);
    const bool online = session && !session->isLocalOnly();
    m_publish->setEnabled(session && !online);
    m_share->setEnabled(online && session->role() == protocol::Role::Owner);
    if (state != m_state) {
        m_state = state;
        emit stateChanged(state);
    }
}

void SyncStatePresenter::retry()
{
    sync::SyncSession *session = m_drawing->session();
    if (!session || session->isLocalOnly())
        return;
    using R = sync::SyncSession::OfflineReason;
    const R reason = session->offlineReason();
    if (reason == R::SignedOut || reason == R::Unauthorized) {
        // The drawing may be another one by the time the sign-in is done.
        QPointer<sync::SyncSession> signingIn = session;
        m_signIn(session->serverUrl(), [signingIn](const QString &) {
            if (signingIn)
                signingIn->reconnect();
        });
        return;
    }
    session->reconnect();
}

QStringList SyncStatePresenter::peerNames() const
{
    QStringList names;
    for (const protocol::Presence &p : m_overlay->peers())
        names << p.user.name;
    return names;
}

void SyncStatePresenter::updatePeers()
{
    const sync::SyncSession *session = m_drawing->session();
    QList<protocol::Presence> peers = session ? session->peers() : QList<protocol::Presence>();
    std::sort(peers.begin(), peers.end(), [](const auto &a, const auto &b) {
        return a.user.name == b.user.name ? a.sessionId < b.sessionId : a.user.name < b.user.name;
    });
    m_overlay->setPeers(peers);
    QStringList shown;
    QSet<QString> seen;
    for (const protocol::Presence &p : std::as_const(peers)) {
        if (seen.contains(p.user.id))
            continue;
        seen.insert(p.user.id);
        shown << QStringLiteral("<span style=\"color:%1\">●</span> %2")
                     .arg(PresenceOverlay::colorOf(p.user.id).name(), p.user.name.toHtmlEscaped());
    }
    // A link: a click opens the people panel (jump to them, follow them).
    m_peersLabel->setText(shown.isEmpty() ? QString()
                                          : tr("<a href=\"people\" style=\"text-decoration:none\">"
                                               "Here: %1</a>")
                                                .arg(shown.join(u"  ")));
    emit peersChanged();
}

} // namespace inkboard::app
