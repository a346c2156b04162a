#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

namespace inkboard::app {

class AppContext;

// The local drawings: create, open, rename and delete them.
class DrawingListDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DrawingListDialog(AppContext *context, QWidget *parent = nullptr);

    // The drawing chosen to open (after accept()).
    QString chosenId() const { return m_chosen; }

    QListWidget *list() const { return m_list; }
    void reload();
    // The actions of the buttons, without the questions they ask.
    QString createDrawing(const QString &title);
    bool renameDrawing(const QString &id, const QString &title);
    bool deleteDrawing(const QString &id);

private:
    QString currentId() const;
    void updateButtons();

    AppContext *m_context;
    QListWidget *m_list;
    QPushButton *m_open;
    QPushButton *m_rename;
    QPushButton *m_delete;
    QString m_chosen;
};

} // namespace inkboard::app
