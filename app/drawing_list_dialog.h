// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "client/sync_client.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;

namespace inkboard::app {

class AppContext;
class BinPage;

// The drawing browser: the drawings on this computer and, when signed in to a server, that
// server's drawings in one list. Create, open, rename, delete, publish a local drawing to the
// server (it keeps its id), share with other users; sign in and out.
class DrawingListDialog : public QDialog
{
    Q_OBJECT
public:
    // `server`: the server whose drawings to list (empty: the last one signed in to, if any).
    explicit DrawingListDialog(AppContext *context, QWidget *parent = nullptr,
                               const QString &server = {});

    // The drawing chosen to open (after accept()); a server drawing is known locally by then.
    QString chosenId() const { return m_chosen; }

    QListWidget *list() const { return m_list; }
    BinPage *bin() const { return m_bin; }
    // Shows the drawings (false) or the bin (true).
    void showBin(bool bin);
    QString server() const { return m_server; }
    bool signedIn() const;
    // Reloads the list: the local drawings at once, the server's when it answers
    // (listed() then fires).
    void reload();
    // The entry of a drawing in the list, if it is there.
    std::optional<sync::DrawingEntry> entry(const QString &id) const;
    // The actions of the buttons, without the questions they ask.
    QString createDrawing(const QString &title);
    bool renameDrawing(const QString &id, const QString &title);
    bool deleteDrawing(const QString &id);
    // Makes the drawing known locally (a server drawing) and chooses it.
    bool chooseDrawing(const QString &id);
    // Publishes a local drawing to the server, keeping its id; it opens in the parent window.
    bool publishDrawing(const QString &id);
    void setServer(const QString &server);
    void signOut();

signals:
    void listed();

private:
    static bool deletesOnServer(const sync::DrawingEntry &e);
    QString currentId() const;
    void updateButtons();
    void fill(const QList<sync::DrawingEntry> &entries);
    void showError(const QString &text);

    AppContext *m_context;
    QString m_server;
    QLabel *m_account;
    QLabel *m_status;
    QPushButton *m_signIn;
    QPushButton *m_signOut;
    QTabWidget *m_tabs;
    QListWidget *m_list;
    BinPage *m_bin;
    QPushButton *m_open;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QPushButton *m_publish;
    QPushButton *m_share;
    QString m_chosen;
    QHash<QString, sync::DrawingEntry> m_entries;
    quint64 m_generation = 0;
};

} // namespace inkboard::app
