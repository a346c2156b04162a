// SPDX-License-Identifier: Apache-2.0
#include "sign_in_dialog.h"

#include "app_context.h"
#include "client/sync_client.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace inkboard::app {

QUrl SignInDialog::parseServerUrl(const QString &text)
{
    QString t = text.trimmed();
    if (!t.contains(QLatin1String("://")))
        t.prepend(QLatin1String("http://"));
    QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != u"http" && url.scheme() != u"https"))
        return {};
    return url;
}

SignInDialog::SignInDialog(AppContext *context, const QString &server, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("Sign In to a Server"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://ink.example.org"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userName"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Server:"), m_url);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b42318"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Sign In"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);

    const QString url = server.isEmpty() ? context->lastServer() : server;
    m_url->setText(url);
    m_user->setText(context->lastUserOn(url));
    // The remembered user follows the server typed.
    connect(m_url, &QLineEdit::editingFinished, this, [this] {
        const QUrl u = parseServerUrl(m_url->text());
        if (u.isValid() && m_user->text().isEmpty())
            m_user->setText(m_context->lastUserOn(sync::serverKey(u)));
    });
    if (!url.isEmpty())
        (m_user->text().isEmpty() ? m_user : m_password)->setFocus();
    resize(420, sizeHint().height());
}

QString SignInDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void SignInDialog::setBusy(bool busy)
{
    m_ok->setEnabled(!busy);
    m_ok->setText(busy ? tr("Signing in…") : tr("Sign In"));
}

void SignInDialog::submit()
{
    m_error->hide();
    setBusy(true);
    signIn(m_context, m_url->text(), m_user->text().trimmed(), m_password->text(), this,
           [this](const QString &server, const QString &error) {
               setBusy(false);
               if (!error.isEmpty()) {
                   m_error->setText(error);
                   m_error->show();
                   return;
               }
               m_server = server;
               m_password->clear();
               emit signedIn(server);
               accept();
           });
}

void SignInDialog::signIn(AppContext *context, const QString &urlText, const QString &user,
                          const QString &password, QObject *receiver,
                          std::function<void(const QString &, const QString &)> done)
{
    const QUrl url = parseServerUrl(urlText);
    if (!url.isValid()) {
        done({}, tr("\"%1\" is not a server address; type one like "
                    "https://ink.example.org or 127.0.0.1:8080.")
                     .arg(urlText.trimmed()));
        return;
    }
    if (user.isEmpty() || password.isEmpty()) {
        done({}, tr("Type your user name and password."));
        return;
    }
    const QString server = sync::serverKey(url);
    sync::SyncClient *client = context->client();
    client->serverInfo(
        QUrl(server), receiver,
        [=](const sync::RestResult &r, std::optional<protocol::ServerInfo> info) {
            if (r.status == 0) {
                done({}, tr("No answer from %1: %2").arg(server, r.networkErrorString));
                return;
            }
            if (!info || !r.ok()) {
                done({}, tr("%1 is not an Inkboard server (GET /info did not answer like "
                            "one). Check the address.")
                             .arg(server));
                return;
            }
            client->signIn(QUrl(server), user, password, receiver,
                           [=](const sync::RestResult &login) {
                               if (login.status == 401) {
                                   done({}, tr("Wrong user name or password."));
                                   return;
                               }
                               if (!login.ok()) {
                                   done({}, tr("Cannot sign in: %1").arg(login.errorMessage()));
                                   return;
                               }
                               context->setLastServer(server);
                               context->setLastUserOn(server, user);
                               done(server, {});
                           });
        });
}

} // namespace inkboard::app
