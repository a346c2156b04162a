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
    auto *barLayout = new QHBoxLayout(this);
    barLayout->setContentsMargins(10, 6, 6, 6);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action = new QToolButton(this);
    m_action->setObjectName(QStringLiteral("messageAction"));
    m_action->hide();
    connect(m_action, &QToolButton::clicked, this, [this] {
        const std::function<void()> act = m_act;
        hide();
        if (act)
            act();
    });
    auto *dismiss = new QToolButton(this);
    dismiss->setText(QStringLiteral("✕"));
    dismiss->setAutoRaise(true);
    dismiss->setToolTip(tr("Dismiss"));
    barLayout->addWidget(m_text, 1);
    barLayout->addWidget(m_action);
    barLayout->addWidget(dismiss);
    connect(dismiss, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showPrompt(const QString &text, const QString &actionText,
                            std::function<void()> act)
{
    showMessage(text, false);
    m_act = std::move(act);
    m_action->setText(actionText);
    m_action->show();
}

void MessageBar::showMessage(const QString &text, bool error)
{
    m_action->hide();
    m_act = nullptr;
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
