// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFrame>
#include <functional>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace inkboard::app {

// The strip above the canvas that tells what went wrong (red) or what to know (blue), until
// dismissed or replaced.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBar(QWidget *parent = nullptr);

    // Empty text hides it.
    void showMessage(const QString &text, bool error = true);
    // A message with one button that does `act` (and hides the bar).
    void showPrompt(const QString &text, const QString &actionText, std::function<void()> act);
    // A button of showChoices(): `act` runs on a click; the bar stays when `keepsBar`.
    struct Choice
    {
        QString text;
        std::function<void()> act;
        bool keepsBar = false;
    };
    // A message with a button for each choice.
    void showChoices(const QString &text, const QList<Choice> &choices);
    // The text shown (empty when hidden).
    QString message() const;

private:
    QLabel *m_text;
    void clearChoices();

    QList<QToolButton *> m_choices;
    QHBoxLayout *m_layout;
};

} // namespace inkboard::app
