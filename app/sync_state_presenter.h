// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QStringList>
#include <functional>

class QAction;
class QLabel;
class QToolButton;
class QWidget;

namespace inkboard::app {

class DrawingSession;
class PresenceOverlay;

// The open drawing's sync state and who is on it, as the status bar shows them: "Offline ·
// reason" (with Retry), "Syncing (N pending)" or "Live" with a colored dot, and "Here: …";
// publishing and sharing are offered as the state allows.
class SyncStatePresenter : public QObject
{
    Q_OBJECT
public:
    // Asks for a sign-in to `server`, then runs `then` with the server signed in to.
    using SignIn =
        std::function<void(const QString &server, const std::function<void(const QString &)> &)>;

    // The labels and the button are the window's children, for its status bar; `publish` and
    // `share` are the window's actions.
    SyncStatePresenter(QWidget *window, DrawingSession *drawing, PresenceOverlay *overlay,
                       QAction *publish, QAction *share, SignIn signIn);

    QLabel *stateLabel() const { return m_stateLabel; }
    QToolButton *retryButton() const { return m_retryButton; }
    QLabel *peersLabel() const { return m_peersLabel; }

    // "offline", "syncing" or "live".
    QString state() const { return m_state; }
    QString stateText() const;
    QStringList peerNames() const;

    void updateState();
    void updatePeers();
    // Connects again, signing in first when that is what keeps the drawing offline.
    void retry();

signals:
    void stateChanged(const QString &state);
    void peersChanged();

private:
    DrawingSession *m_drawing;
    PresenceOverlay *m_overlay;
    QAction *m_publish;
    QAction *m_share;
    SignIn m_signIn;
    QLabel *m_stateLabel;
    QToolButton *m_retryButton;
    QLabel *m_peersLabel;
    QString m_state;
};

} // namespace inkboard::app
