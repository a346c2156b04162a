// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "model/op.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QListView;
class QListWidget;
class QPushButton;
class QSlider;
class QTimer;

namespace inkboard::canvas {
class CanvasView;
}
namespace inkboard::sync {
class LocalStore;
}

namespace inkboard::app {
class DrawingSession;
}

namespace inkboard::app::history {

class HistoryModel;
class HistorySource;
class PastView;

// View → History: the drawing's revisions newest first in sessions of activity, a scrubber
// that shows the drawing as it was (read-only, the revision's objects outlined; Escape or
// Back to Now returns), restore of the whole drawing (asked first) or of the selected objects
// as new ops through the canvas's undo history, and the selected object's own history.
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    HistoryPanel(canvas::CanvasView *canvas, DrawingSession *drawing, sync::LocalStore *store,
                 QWidget *parent = nullptr);
    ~HistoryPanel() override;

    // The dock shown (loads the open drawing's history) or hidden (back to now first).
    void setShown(bool shown);
    // Another drawing is open.
    void drawingOpened();
    bool isInPast() const;
    qint64 shownRevision() const;
    // Escape: back to now, enabled only while the past is shown (so that Escape is the
    // canvas's otherwise).
    QAction *backToNowAction() const { return m_backAction; }

    HistoryModel *model() const { return m_model; }
    HistorySource *source() const { return m_source; }
    PastView *pastView() const { return m_past; }
    QSlider *scrubber() const { return m_scrubber; }
    QListView *list() const { return m_list; }
    QListWidget *objectHistoryList() const { return m_who; }

public slots:
    void showRevision(qint64 revision);
    void backToNow();
    // The whole drawing as it was at the shown revision, after asking.
    void restoreDrawing();
    // The selected objects of the past as they were, leaving every other object as it is.
    void restoreSelection();

signals:
    void pastChanged(bool inPast);
    void message(const QString &text);

private:
    void onReset();
    void onAppended();
    void updateRange();
    void updateStatus();
    void updateButtons();
    void updateObjectHistory();
    bool canEdit() const;
    void perform(const QList<inkboard::Op> &ops, const QString &label);

    canvas::CanvasView *m_canvas;
    QPointer<DrawingSession> m_drawing;
    HistorySource *m_source;
    HistoryModel *m_model;
    PastView *m_past;
    bool m_shown = false;
    QString m_loadedDrawing;
    QTimer *m_refreshTimer;

    QLabel *m_status;
    QLabel *m_notice;
    QSlider *m_scrubber;
    QPushButton *m_back;
    QPushButton *m_restoreAll;
    QPushButton *m_restoreSelection;
    QListView *m_list;
    QLabel *m_whoLabel;
    QListWidget *m_who;
    QAction *m_backAction;
};

} // namespace inkboard::app::history
