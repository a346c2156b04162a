// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "client/sync_client.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace inkboard::app {

class AppContext;

// The bin of the drawing browser: drawings deleted from this computer or from the signed-in
// server, with when they go for good, to restore or to delete for good.
class BinPage : public QWidget
{
    Q_OBJECT
public:
    explicit BinPage(AppContext *context, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    // The server whose bin to show beside this computer's (empty: none).
    void setServer(const QString &server);
    // This computer's bin at once, the server's when it answers (listed() then fires).
    void reload();
    std::optional<sync::BinEntry> entry(const QString &id) const;
    // The actions of the buttons, without the questions they ask.
    bool restore(const QString &id);
    bool purge(const QString &id);

signals:
    void listed();
    // A restore finished (restored() after drawingsChanged()).
    void restored(const QString &id);

private:
    QString currentId() const;
    void fill(const QList<sync::BinEntry> &entries);
    void updateButtons();
    void showError(const QString &text);

    AppContext *m_context;
    QString m_server;
    QListWidget *m_list;
    QLabel *m_status;
    QPushButton *m_restore;
    QPushButton *m_purge;
    QHash<QString, sync::BinEntry> m_entries;
    quint64 m_generation = 0;
};

} // namespace inkboard::app
