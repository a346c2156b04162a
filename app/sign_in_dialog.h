// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace inkboard::app {

class AppContext;

// Signs in to an Inkboard server: its URL (checked against GET /info first, so a wrong
// address says so instead of failing obscurely), a user name and a password. The server and
// the user name are remembered per server for next time; the token lives in the store.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SignInDialog(AppContext *context, const QString &server = {},
                          QWidget *parent = nullptr);

    // The server signed in to (its normalized URL) after accept().
    QString server() const { return m_server; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QString errorText() const;
    // "ink.example:8080" means http://ink.example:8080; invalid: an empty URL.
    static QUrl parseServerUrl(const QString &text);

    // What the Sign In button does, without the dialog: checks the server, signs in, and
    // calls `done` with an empty string on success or the sentence to show.
    static void signIn(AppContext *context, const QString &url, const QString &user,
                       const QString &password, QObject *receiver,
                       std::function<void(const QString &server, const QString &error)> done);

signals:
    void signedIn(const QString &server);

private:
    void submit();
    void setBusy(bool busy);

    AppContext *m_context;
    QLineEdit *m_url;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_error;
    QPushButton *m_ok;
    QString m_server;
};

} // namespace inkboard::app
