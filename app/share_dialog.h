// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace inkboard::app {

class AppContext;
class ShareLinksPanel;

// The members of a server drawing and their roles; the owner adds a user as editor or
// viewer, changes a role or removes a member, and makes share links (ShareLinksPanel).
class ShareDialog : public QDialog
{
    Q_OBJECT
public:
    ShareDialog(AppContext *context, const QString &server, const QString &drawingId,
                const QString &title, QWidget *parent = nullptr);

    QTreeWidget *members() const { return m_members; }
    ShareLinksPanel *linksPanel() const { return m_links; }
    QString statusText() const;
    // What the buttons do: PUT or DELETE the member, then reload (loaded() fires).
    void share(const QString &user, const QString &role);
    void remove(const QString &user);
    void reload();

signals:
    void loaded();

private:
    AppContext *m_context;
    QString m_server;
    QString m_drawingId;
    QTreeWidget *m_members;
    QLineEdit *m_user;
    QComboBox *m_role;
    QLabel *m_status;
    ShareLinksPanel *m_links;
};

} // namespace inkboard::app
