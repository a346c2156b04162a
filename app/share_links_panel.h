// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "client/share_links.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace inkboard::app {

class AppContext;

// The Links part of the Share dialog: the owner makes a link with a role and an expiry, copies
// it (its key is shown once, right after it is made), sees the drawing's links with how many
// joined through each, and revokes one (who joined through it loses access).
class ShareLinksPanel : public QGroupBox
{
    Q_OBJECT
public:
    ShareLinksPanel(AppContext *context, const QString &server, const QString &drawingId,
                    QWidget *parent = nullptr);

    QTreeWidget *links() const { return m_links; }
    QLineEdit *newLink() const { return m_newLink; }
    QString statusText() const;
    // What the buttons do, each answered by loaded().
    void create(protocol::Role role, std::optional<qint64> expiresInSeconds);
    void copy();
    void revokeCurrent();
    void reload();

signals:
    void loaded();
    // A link was revoked: the members it made are gone.
    void revoked();

private:
    void setStatus(const QString &text);

    AppContext *m_context;
    QString m_server;
    QString m_drawingId;
    sync::ShareLinks m_calls;
    QComboBox *m_role;
    QComboBox *m_expiry;
    QPushButton *m_create;
    QLineEdit *m_newLink;
    QPushButton *m_copy;
    QTreeWidget *m_links;
    QPushButton *m_revoke;
    QLabel *m_status;
};

} // namespace inkboard::app
