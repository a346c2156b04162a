// SPDX-License-Identifier: Apache-2.0
#include "message_bar.h"

#include "logging.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace inkboard::app {

MessageBar::MessageBar(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setAutoFillBackground(true);
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(10, 6, 6, 6);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *dismiss = new QToolButton(this);
    dismiss->setText(QStringLiteral("✕"));
    dismiss->setAutoRaise(true);
    dismiss->setToolTip(tr("Dismiss"));
    m_layout->addWidget(m_text, 1);
    m_layout->addWidget(dismiss);
    connect(dismiss, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showPrompt(const QString &text, const QString &actionText,
                            std::function<void()> act)
{
    showChoices(text, {Choice{actionText, std::move(act)}});
}

void MessageBar::showChoices(const QString &text, const QList<Choice> &choices)
{
    showMessage(text, false);
    int at = 1; // after the text, before the dismiss button
    for (const Choice &choice : choices) {
        auto *button = new QToolButton(this);
        // The first keeps the name tests and the accessibility tree know it by.
        button->setObjectName(m_choices.isEmpty() ? QStringLiteral("messageAction")
                                                  : QStringLiteral("messageAction%1").arg(at));
        button->setText(choice.text);
        connect(button, &QToolButton::clicked, this, [this, choice] {
            const std::function<void()> act = choice.act;
            if (!choice.keepsBar)
                hide();
            if (act)
                act();
        });
        m_layout->insertWidget(at++, button);
        button->show();
        m_choices.append(button);
    }
}

void MessageBar::clearChoices()
{
    for (QToolButton *b : std::as_const(m_choices)) {
        b->hide();
        b->setObjectName(QString()); // not found by name while it waits to be deleted
        b->deleteLater();
    }
    m_choices.clear();
}

void MessageBar::showMessage(const QString &text, bool error)
{
    clearChoices();
    if (text.isEmpty()) {
        hide();
        m_text->clear();
        return;
    }
    qCInfo(lcApp).noquote() << "message:" << text;
    QPalette p = palette();
    p.setColor(QPalette::Window, error ? QColor(0xfd, 0xe2, 0xe1) : QColor(0xe0, 0xf2, 0xfe));
    p.setColor(QPalette::WindowText, QColor(0x1e, 0x1e, 0x1e));
    setPalette(p);
    m_text->setPalette(p);
    m_text->setText(text);
    show();
}

QString MessageBar::message() const
{
    return isVisible() || !m_text->text().isEmpty() ? m_text->text() : QString();
}

} // namespace inkboard::app
