#pragma once

#include <QFrame>
#include <functional>

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
    // The text shown (empty when hidden).
    QString message() const;

private:
    QLabel *m_text;
    QToolButton *m_action;
    std::function<void()> m_act;
};

} // namespace inkboard::app
