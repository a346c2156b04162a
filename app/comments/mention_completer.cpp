// SPDX-License-Identifier: Apache-2.0
#include "mention_completer.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QStringListModel>

namespace inkboard::app::comments {

MentionCompleter::MentionCompleter(QLineEdit *editor)
    : QObject(editor), m_editor(editor), m_model(new QStringListModel(this)),
      m_completer(new QCompleter(m_model, this))
{
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    // Not QLineEdit::setCompleter: that completes the whole text, a mention is one word.
    m_completer->setWidget(editor);
    connect(editor, &QLineEdit::textEdited, this, &MentionCompleter::onEdited);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &MentionCompleter::insert);
}

void MentionCompleter::setNames(const QStringList &names)
{
    m_model->setStringList(names);
}

bool MentionCompleter::isShowing() const
{
    return m_completer->popup()->isVisible();
}

int MentionCompleter::mentionStart() const
{
    const QString text = m_editor->text();
    int i = m_editor->cursorPosition();
    while (i > 0 && !text.at(i - 1).isSpace() && text.at(i - 1) != u'@')
        --i;
    if (i == 0 || text.at(i - 1) != u'@')
        return -1;
    return i - 1;
}

void MentionCompleter::onEdited(const QString &)
{
    const int start = mentionStart();
    if (start < 0) {
        m_completer->popup()->hide();
        return;
    }
    const QString prefix = m_editor->text().mid(start + 1, m_editor->cursorPosition() - start - 1);
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void MentionCompleter::insert(const QString &name)
{
    const int start = mentionStart();
    if (start < 0)
        return;
    QString text = m_editor->text();
    const int end = m_editor->cursorPosition();
    text.replace(start, end - start, QLatin1Char('@') + name + QLatin1Char(' '));
    m_editor->setText(text);
    m_editor->setCursorPosition(start + int(name.size()) + 2);
}

} // namespace inkboard::app::comments
