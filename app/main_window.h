// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "canvas_view.h"
#include "client/sync_session.h"
#include "edit_history.h"
#include "exporter.h"

#include <QMainWindow>
#include <QSet>
#include <memory>

class QLabel;
class QDockWidget;
class QMenu;
class QToolButton;

namespace inkboard::sync {
class SyncSession;
}

namespace inkboard::app {

class AppContext;
class BlobFetcher;
class DrawingListDialog;
class DrawingSession;
class FileFlows;
class FollowController;
class MessageBar;
class PeoplePanel;
class PresenceOut;
class PresenceOverlay;
class ServerFlows;
class StylePanel;
class SyncStatePresenter;
class WindowActions;
struct CommandLine;
namespace history {
class HistoryPanel;
}
namespace comments {
class CommentsController;
class CommentsPanel;
} // namespace comments

// One window showing one drawing of the local store through its SyncSession. The canvas's
// gestures go through the EditHistory (undo) into the session; the session's objectsChanged
// come back to the canvas. There is no "save": every edit is in the store when it shows.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppContext *context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // What the command line asks for: a file, a drawing, or else the last drawing (or a new
    // one). Problems are shown in the window; something always opens.
    void openInitial(const CommandLine &commandLine);

    bool openDrawing(const QString &id, QString *error = nullptr);
    // Imports a .inkboard file as a new local drawing and opens it.
    bool openFile(const QString &path, QString *error = nullptr);
    bool saveToFile(const QString &path, QString *error = nullptr);
    bool exportTo(const QString &path, const canvas::ExportOptions &options,
                  QString *error = nullptr);
    // Leaves the current drawing (it is being deleted) for the most recent other one.
    void closeDrawing();
    bool newDrawing(const QString &title = {});

    QString drawingId() const;
    AppContext *context() const { return m_context; }
    QString drawingTitle() const;
    canvas::CanvasView *canvas() const { return m_canvas; }
    canvas::EditHistory *history() const { return m_history; }
    sync::SyncSession *session() const;
    QAction *action(const QString &name) const;
    // The message shown in the window's message bar (empty when hidden).
    QString message() const;
    void showMessage(const QString &text, bool error = true);

    // Collaboration.
    // The sync state shown in the status bar: "offline", "syncing" or "live", and its
    // sentence (with the reason when offline).
    QString syncState() const;
    QString syncStateText() const;
    QToolButton *retryButton() const;
    PresenceOverlay *presenceOverlay() const { return m_overlay.get(); }
    FollowController *follow() const { return m_follow; }
    DrawingSession *drawing() const { return m_drawing; }
    PresenceOut *presenceOut() const { return m_presence; }
    history::HistoryPanel *historyPanel() const { return m_historyPanel; }
    comments::CommentsPanel *commentsPanel() const { return m_commentsPanel; }
    comments::CommentsController *comments() const { return m_comments; }
    // Names of the others on this drawing, as the "who is here" list shows them.
    QStringList peerNames() const;
    // Signed in (or signs in, asking) to `server`, then opens `drawingId` from it, or the
    // drawing browser of that server when `drawingId` is empty.
    void connectToServer(const QString &server, const QString &drawingId = {});
    // Opens a drawing of the server (known locally or listed by it).
    void openServerDrawing(const QString &server, const QString &drawingId);
    // The drawing browser, not modal; it opens the chosen drawing in this window.
    DrawingListDialog *showDrawingBrowser(const QString &server = {});
    // A share link: signs in to its server (or asks), redeems it and opens its drawing.
    void openLink(const QString &link);
    // Publishes the open local drawing to the server (signed in), keeping its id.
    bool publishTo(const QString &server);

signals:
    void syncStateChanged(const QString &state);
    void peersChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildActions();
    void buildStatusBar();
    void updateTitle();
    void updateStatus();
    void fillRecentMenu();
    void restoreSettings();
    void saveSettings();
    void wireDrawing();
    void offerLostEdits(const QList<sync::SyncSession::LostEdit> &lost);
    void offerReplacedEdits(const QList<sync::SyncSession::ReplacedEdit> &replaced);
    void buildPeople();
    void buildComments();
    void peersUpdated();

    void showDrawingList();
    void renameDrawing();

    AppContext *m_context;
    canvas::CanvasView *m_canvas;
    canvas::EditHistory *m_history;
    DrawingSession *m_drawing = nullptr;
    PresenceOut *m_presence = nullptr;
    BlobFetcher *m_blobs = nullptr;
    SyncStatePresenter *m_syncStatus = nullptr;
    ServerFlows *m_servers = nullptr;
    FileFlows *m_files = nullptr;
    WindowActions *m_actions = nullptr;

    QMenu *m_recentMenu = nullptr;
    StylePanel *m_stylePanel = nullptr;
    QDockWidget *m_styleDock = nullptr;
    FollowController *m_follow = nullptr;
    PeoplePanel *m_peoplePanel = nullptr;
    QDockWidget *m_peopleDock = nullptr;
    QSet<QString> m_presentersSeen; // sessions whose "follow me" was offered already
    history::HistoryPanel *m_historyPanel = nullptr;
    QDockWidget *m_historyDock = nullptr;
    comments::CommentsPanel *m_commentsPanel = nullptr;
    QDockWidget *m_commentsDock = nullptr;
    comments::CommentsController *m_comments = nullptr;
    MessageBar *m_messageBar = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_saveLabel = nullptr;
    std::unique_ptr<PresenceOverlay> m_overlay;
};

} // namespace inkboard::app
