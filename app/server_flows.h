// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <functional>

namespace inkboard::protocol {
struct ShareLinkAddress;
}

namespace inkboard::app {

class AppContext;
class DrawingListDialog;
class MainWindow;
class SyncStatePresenter;

// What a window does with a server: sign in and out, publish the open drawing, share it, open
// a drawing of a server (adding it to this computer first) and browse a server's drawings.
// Its dialogs are the window's.
class ServerFlows : public QObject
{
    Q_OBJECT
public:
    ServerFlows(MainWindow *window, SyncStatePresenter *syncStatus);

    // The sign-in dialog for `server`; once signed in, this server's drawings open in every
    // window connect again, then `then` runs with the server signed in to.
    void signIn(const QString &server, const std::function<void(const QString &)> &then);
    void signOut();
    // The members of the open server drawing (its owner only can change them).
    void share();
    // Publishes to the last server signed in to, signing in first when not signed in.
    void publish();
    bool publishTo(const QString &server);
    void connectToServer(const QString &server, const QString &drawingId = {});
    void openServerDrawing(const QString &server, const QString &drawingId);
    DrawingListDialog *showDrawingBrowser(const QString &server = {});
    // A share link (https://HOST/d/ID?k=KEY or inkboard://…): signs in to its server (asking
    // unless signed in already), redeems it, then opens the drawing.
    void openLink(const QString &text);
    // The File menu's "Open Link…": asks for the link, then openLink().
    void askForLink();

private:
    // `retried`: the token was refused once already and the user signed in again.
    void redeem(const QString &server, const protocol::ShareLinkAddress &link, bool retried);

    MainWindow *m_window;
    AppContext *m_context;
    SyncStatePresenter *m_syncStatus;
};

} // namespace inkboard::app
