// SPDX-License-Identifier: Apache-2.0
#include "history_panel.h"

#include "canvas_view.h"
#include "client/sync_session.h"
#include "commands/restore.h"
#include "drawing_session.h"
#include "history_model.h"
#include "history_source.h"
#include "object_history.h"
#include "op_target.h"
#include "past_view.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSlider>
#include <QTimer>
#include <QVBoxLayout>

namespace inkboard::app::history {

namespace {
constexpr int kRefreshDelayMs = 300;
constexpr int kRevisionRole = Qt::UserRole + 1;
} // namespace

HistoryPanel::HistoryPanel(canvas::CanvasView *canvas, DrawingSession *drawing,
                           sync::LocalStore *store, QWidget *parent)
    : QWidget(parent), m_canvas(canvas), m_drawing(drawing),
      m_source(new HistorySource(store, this)), m_model(new HistoryModel(this)),
      m_past(new PastView(canvas, this)), m_refreshTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("historyNotice"));
    m_notice->setWordWrap(true);
    m_notice->setVisible(false);
    layout->addWidget(m_notice);

    m_scrubber = new QSlider(Qt::Horizontal, this);
    m_scrubber->setObjectName(QStringLiteral("historyScrubber"));
    m_scrubber->setAccessibleName(tr("Revision"));
    m_scrubber->setToolTip(tr("Drag to see the drawing as it was (arrow keys step, Escape "
                              "returns to now)"));
    layout->addWidget(m_scrubber);

    auto *buttons = new QHBoxLayout;
    m_back = new QPushButton(tr("Back to &Now"), this);
    m_back->setObjectName(QStringLiteral("historyBack"));
    m_restoreAll = new QPushButton(tr("&Restore Drawing…"), this);
    m_restoreAll->setObjectName(QStringLiteral("historyRestoreAll"));
    m_restoreSelection = new QPushButton(tr("Restore Se&lection"), this);
    m_restoreSelection->setObjectName(QStringLiteral("historyRestoreSelection"));
    buttons->addWidget(m_back);
    buttons->addWidget(m_restoreAll);
    buttons->addWidget(m_restoreSelection);
    layout->addLayout(buttons);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAccessibleName(tr("Revisions"));
    layout->addWidget(m_list, 3);

    m_whoLabel = new QLabel(tr("Who changed this"), this);
    layout->addWidget(m_whoLabel);
    m_who = new QListWidget(this);
    m_who->setObjectName(QStringLiteral("historyWho"));
    m_who->setAccessibleName(tr("Who changed this"));
    m_who->setToolTip(tr("The selected object's edits; Enter shows the drawing then"));
    layout->addWidget(m_who, 1);

    m_backAction = new QAction(tr("Back to Now"), this);
    m_backAction->setObjectName(QStringLiteral("history.now"));
    m_backAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_backAction->setShortcutContext(Qt::WindowShortcut);
    m_backAction->setEnabled(false);
    connect(m_backAction, &QAction::triggered, this, &HistoryPanel::backToNow);

    connect(m_back, &QPushButton::clicked, this, &HistoryPanel::backToNow);
    connect(m_restoreAll, &QPushButton::clicked, this, &HistoryPanel::restoreDrawing);
    connect(m_restoreSelection, &QPushButton::clicked, this, &HistoryPanel::restoreSelection);
    connect(m_scrubber, &QSlider::valueChanged, this,
            [this](int value) { showRevision(qint64(value)); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const qint64 r = current.data(HistoryModel::RevisionRole).toLongLong();
                if (r > 0)
                    showRevision(r);
            });
    connect(m_who, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        showRevision(item->data(kRevisionRole).toLongLong());
    });
    connect(m_source, &HistorySource::reset, this, &HistoryPanel::onReset);
    connect(m_source, &HistorySource::appended, this, &HistoryPanel::onAppended);
    // Said in the panel, not the window's message bar: the cached history is still shown, and
    // an unreachable server is what the status bar reports already.
    connect(m_source, &HistorySource::failed, this, [this](const QString &why) {
        m_notice->setText(why);
        m_notice->setVisible(!why.isEmpty());
    });
    connect(m_past, &PastView::activeChanged, this, [this](bool active) {
        m_backAction->setEnabled(active);
        updateButtons();
        updateStatus();
        emit pastChanged(active);
    });
    connect(m_canvas, &canvas::CanvasView::selectionChanged, this, [this] {
        updateButtons();
        updateObjectHistory();
    });

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, m_source, &HistorySource::refresh);
    // New commits (a local echo, a peer's) reach the panel a moment later, many as one.
    auto later = [this] {
        if (m_shown)
            m_refreshTimer->start();
    };
    connect(drawing, &DrawingSession::objectsChanged, this, later);
    connect(drawing, &DrawingSession::pendingCountChanged, this, later);
    connect(drawing, &DrawingSession::published, this, [this] {
        m_loadedDrawing.clear();
        drawingOpened();
    });
    connect(drawing, &DrawingSession::detaching, this, [this] {
        backToNow();
        m_source->open(nullptr);
        m_loadedDrawing.clear();
    });
    // The session may hand the canvas edit rights back while it shows the past.
    connect(drawing, &DrawingSession::readOnlyChanged, this, [this] {
        m_past->keepReadOnly();
        updateButtons();
    });
    onReset();
}

HistoryPanel::~HistoryPanel() = default;

bool HistoryPanel::isInPast() const
{
    return m_past->isActive();
}

qint64 HistoryPanel::shownRevision() const
{
    return m_past->isActive() ? m_past->revision() : m_source->timeline().latestRevision();
}

void HistoryPanel::setShown(bool shown)
{
    m_shown = shown;
    if (!shown) {
        backToNow();
        return;
    }
    drawingOpened();
}

void HistoryPanel::drawingOpened()
{
    if (!m_shown || !m_drawing)
        return;
    sync::SyncSession *session = m_drawing->session();
    const QString id = session ? session->drawingId() : QString();
    if (id == m_loadedDrawing && !id.isEmpty()) {
        m_source->refresh();
        return;
    }
    backToNow();
    m_loadedDrawing = id;
    m_notice->clear();
    m_notice->setVisible(false);
    m_source->open(session);
}

bool HistoryPanel::canEdit() const
{
    return m_drawing && m_drawing->session() && !m_drawing->session()->isReadOnly();
}

void HistoryPanel::onReset()
{
    const sync::HistoryTimeline &t = m_source->timeline();
    sync::SyncSession *session = m_drawing ? m_drawing->session() : nullptr;
    m_model->reset(&t, Authors{m_source->selfId()},
                   session ? &session->replica().visible() : nullptr);
    updateRange();
    updateStatus();
    updateButtons();
    updateObjectHistory();
}

void HistoryPanel::onAppended()
{
    m_model->refresh();
    updateRange();
    if (m_past->isActive()) {
        const int row = m_model->rowOf(m_past->revision());
        if (row >= 0)
            m_list->setCurrentIndex(m_model->index(row));
    }
    updateStatus();
    updateObjectHistory();
}

void HistoryPanel::updateRange()
{
    const sync::HistoryTimeline &t = m_source->timeline();
    const QSignalBlocker block(m_scrubber);
    m_scrubber->setRange(int(t.baseRevision()), int(t.latestRevision()));
    m_scrubber->setValue(int(shownRevision()));
    m_scrubber->setPageStep(qMax(1, int(t.size() / 20)));
    m_scrubber->setEnabled(t.latestRevision() > t.baseRevision());
}

void HistoryPanel::showRevision(qint64 revision)
{
    const sync::HistoryTimeline &t = m_source->timeline();
    if (!m_drawing || !m_drawing->session() || t.latestRevision() == t.baseRevision())
        return;
    revision = qBound(t.baseRevision(), revision, t.latestRevision());
    if (m_past->isActive() && m_past->revision() == revision)
        return;
    m_past->show(t, revision);
    m_source->storeCheckpointsLater();
    if (t.unreadable() > 0) {
        m_notice->setText(tr("%n commit(s) of this history cannot be read: they are shown as "
                             "changing nothing.",
                             nullptr, t.unreadable()));
        m_notice->setVisible(true);
    }
    {
        const QSignalBlocker block(m_scrubber);
        m_scrubber->setValue(int(revision));
    }
    const int row = m_model->rowOf(revision);
    if (row >= 0 && m_list->currentIndex().row() != row) {
        const QSignalBlocker block(m_list->selectionModel());
        m_list->setCurrentIndex(m_model->index(row));
        m_list->scrollTo(m_model->index(row));
    }
    updateStatus();
}

void HistoryPanel::backToNow()
{
    if (!m_past->isActive())
        return;
    sync::SyncSession *session = m_drawing ? m_drawing->session() : nullptr;
    // What was selected in the past stays selected now where it still exists.
    const QSet<QString> selection = m_canvas->selection();
    m_past->leave(session ? &session->replica().visible() : nullptr,
                  !session || session->isReadOnly());
    if (session)
        m_canvas->setSelection(selection);
    updateRange();
    {
        const QSignalBlocker block(m_list->selectionModel());
        m_list->clearSelection();
        m_list->setCurrentIndex({});
    }
}

void HistoryPanel::updateStatus()
{
    const sync::HistoryTimeline &t = m_source->timeline();
    if (t.latestRevision() == t.baseRevision()) {
        m_status->setText(m_source->isFetching() ? tr("Fetching the history…")
                                                 : tr("No history yet: edits show here."));
        return;
    }
    if (!m_past->isActive()) {
        m_status->setText(tr("Now · %n revision(s)", nullptr, int(t.size())));
        return;
    }
    const qint64 r = m_past->revision();
    const sync::HistoryRecord *c = t.header(r);
    if (!c) {
        m_status->setText(tr("Revision %1: where the kept history begins").arg(r));
        return;
    }
    m_status->setText(tr("Revision %1 of %2 · %3\n%4 · read-only, Escape returns to now")
                          .arg(r)
                          .arg(t.latestRevision())
                          .arg(QLocale().toString(c->createdAt.toLocalTime(), QLocale::ShortFormat),
                               m_model->summaryOf(r)));
}

void HistoryPanel::updateButtons()
{
    const bool past = m_past->isActive();
    m_back->setEnabled(past);
    m_restoreAll->setEnabled(past && canEdit());
    m_restoreSelection->setEnabled(past && canEdit() && !m_canvas->selection().isEmpty());
}

void HistoryPanel::updateObjectHistory()
{
    m_who->clear();
    const QSet<QString> selection = m_canvas->selection();
    if (selection.size() != 1) {
        m_whoLabel->setText(tr("Who changed this (select one object)"));
        return;
    }
    const QString id = *selection.begin();
    m_whoLabel->setText(tr("Who changed this"));
    const QLocale locale;
    for (const ObjectEdit &e : objectHistory(m_source->timeline(), id, m_model->authors())) {
        auto *item =
            new QListWidgetItem(tr("%1 by %2 · %3")
                                    .arg(kindName(e.kind), e.author,
                                         locale.toString(e.at.toLocalTime(), QLocale::ShortFormat)),
                                m_who);
        item->setData(Qt::DecorationRole, e.color);
        item->setData(kRevisionRole, e.revision);
        item->setToolTip(tr("Revision %1").arg(e.revision));
    }
}

void HistoryPanel::perform(const OpList &ops, const QString &label)
{
    if (ops.isEmpty()) {
        emit message(tr("Nothing to restore: it is as it was then."));
        return;
    }
    m_canvas->requestOps(ops, label);
}

void HistoryPanel::restoreDrawing()
{
    if (!m_past->isActive() || !canEdit())
        return;
    const qint64 revision = m_past->revision();
    QMessageBox ask(QMessageBox::Question, tr("Restore Drawing"),
                    tr("Restore the whole drawing to revision %1? Objects added since are "
                       "deleted and every other object is put back as it was. You can undo "
                       "it in one step.")
                        .arg(revision),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("historyRestoreQuestion"));
    ask.setDefaultButton(QMessageBox::Cancel);
    if (ask.exec() != QMessageBox::Yes || !m_past->isActive())
        return;
    const Document past = m_past->document();
    backToNow();
    perform(canvas::commands::restoreAllOps(m_canvas->visible(), past, canvas::newId),
            tr("Restore Revision %1").arg(revision));
}

void HistoryPanel::restoreSelection()
{
    if (!m_past->isActive() || !canEdit())
        return;
    QSet<QString> ids;
    for (const QString &id : m_canvas->selection()) {
        if (m_past->document().contains(id))
            ids.insert(id);
    }
    if (ids.isEmpty())
        return;
    const qint64 revision = m_past->revision();
    const Document past = m_past->document();
    backToNow();
    perform(canvas::commands::restoreOps(m_canvas->visible(), past, ids, canvas::newId),
            tr("Restore %n Object(s) from Revision %1", nullptr, int(ids.size())).arg(revision));
    m_canvas->setSelection(ids);
}

} // namespace inkboard::app::history
