#pragma once

#include <QFrame>

class QLabel;

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
    // The text shown (empty when hidden).
    QString message() const;

private:
    QLabel *m_text;
};

} // namespace inkboard::app
