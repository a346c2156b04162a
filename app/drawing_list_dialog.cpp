#include "drawing_list_dialog.h"

#include "app_context.h"
#include "main_window.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace inkboard::app {

DrawingListDialog::DrawingListDialog(AppContext *context, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("Drawings"));
    resize(520, 420);
    auto *layout = new QVBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("drawingList"));
    m_list->setAlternatingRowColors(true);
    layout->addWidget(m_list);

    auto *buttons = new QHBoxLayout;
    auto *create = new QPushButton(tr("&New"), this);
    m_open = new QPushButton(tr("&Open"), this);
    m_rename = new QPushButton(tr("&Rename…"), this);
    m_delete = new QPushButton(tr("&Delete…"), this);
    auto *close = new QPushButton(tr("Close"), this);
    m_open->setDefault(true);
    for (QPushButton *b : {create, m_open, m_rename, m_delete})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(create, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString title = QInputDialog::getText(this, tr("New drawing"), tr("Title:"),
                                                    QLineEdit::Normal, tr("Untitled"), &ok);
        if (!ok)
            return;
        m_chosen = createDrawing(title.trimmed().isEmpty() ? tr("Untitled") : title.trimmed());
        if (!m_chosen.isEmpty())
            accept();
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        m_chosen = currentId();
        if (!m_chosen.isEmpty())
            accept();
    });
    connect(m_list, &QListWidget::itemActivated, m_open, &QPushButton::click);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        const QString id = currentId();
        const auto d = m_context->store()->drawing(id);
        if (!d)
            return;
        bool ok = false;
        const QString title = QInputDialog::getText(this, tr("Rename drawing"), tr("Title:"),
                                                    QLineEdit::Normal, d->title, &ok);
        if (ok && !title.trimmed().isEmpty())
            renameDrawing(id, title.trimmed());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        const QString id = currentId();
        const auto d = m_context->store()->drawing(id);
        if (!d)
            return;
        if (QMessageBox::question(
                this, tr("Delete drawing"),
                tr("Delete \"%1\" from this computer? This cannot be undone.").arg(d->title)) ==
            QMessageBox::Yes)
            deleteDrawing(id);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &DrawingListDialog::updateButtons);
    connect(m_context, &AppContext::drawingsChanged, this, &DrawingListDialog::reload);
    reload();
}

void DrawingListDialog::reload()
{
    const QString keep = currentId();
    m_list->clear();
    QList<sync::DrawingRecord> drawings = m_context->store()->drawings();
    std::sort(drawings.begin(), drawings.end(),
              [](const auto &a, const auto &b) { return a.updatedAt > b.updatedAt; });
    for (const sync::DrawingRecord &d : drawings) {
        auto *item = new QListWidgetItem(
            tr("%1\n%2%3")
                .arg(d.title, QLocale().toString(d.updatedAt.toLocalTime(), QLocale::ShortFormat),
                     d.serverUrl.isEmpty() ? tr(" · on this computer")
                                           : tr(" · %1").arg(d.serverUrl)),
            m_list);
        item->setData(Qt::UserRole, d.id);
        item->setToolTip(d.id);
        if (d.id == keep)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count())
        m_list->setCurrentRow(0);
    updateButtons();
}

QString DrawingListDialog::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void DrawingListDialog::updateButtons()
{
    const bool any = !currentId().isEmpty();
    m_open->setEnabled(any);
    m_rename->setEnabled(any);
    m_delete->setEnabled(any);
}

QString DrawingListDialog::createDrawing(const QString &title)
{
    QString error;
    const QString id = m_context->createDrawing(title, &error);
    if (id.isEmpty())
        QMessageBox::warning(this, tr("New drawing"), error);
    return id;
}

bool DrawingListDialog::renameDrawing(const QString &id, const QString &title)
{
    if (!m_context->store()->renameDrawing(id, title.left(200))) {
        QMessageBox::warning(this, tr("Rename drawing"), m_context->store()->lastError());
        return false;
    }
    emit m_context->drawingsChanged();
    return true;
}

bool DrawingListDialog::deleteDrawing(const QString &id)
{
    // A drawing open in a window moves that window to another drawing first.
    if (MainWindow *w = m_context->windowShowing(id))
        w->closeDrawing();
    if (!m_context->store()->deleteDrawing(id)) {
        QMessageBox::warning(this, tr("Delete drawing"), m_context->store()->lastError());
        return false;
    }
    m_context->forgetDrawing(id);
    emit m_context->drawingsChanged();
    return true;
}

} // namespace inkboard::app
