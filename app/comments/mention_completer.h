// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QStringList>

class QCompleter;
class QLineEdit;
class QStringListModel;

namespace inkboard::app::comments {

// @mentions in a comment editor: typing "@" and the start of a member's name offers the
// drawing's members; choosing one (Enter, Tab or a click) writes "@name ".
class MentionCompleter : public QObject
{
    Q_OBJECT
public:
    explicit MentionCompleter(QLineEdit *editor);

    void setNames(const QStringList &names);
    // Whether the list of names is showing (Enter then picks a name, not sends).
    bool isShowing() const;

private:
    void onEdited(const QString &text);
    void insert(const QString &name);
    // The "@prefix" word ending at the cursor: its start, or -1.
    int mentionStart() const;

    QLineEdit *m_editor;
    QStringListModel *m_model;
    QCompleter *m_completer;
};

} // namespace inkboard::app::comments
