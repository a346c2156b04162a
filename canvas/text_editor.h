// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QRectF>

class QGraphicsProxyWidget;
class QGraphicsView;
class QPlainTextEdit;

namespace inkboard::canvas {

class CanvasView;

// The canvas's inline text editor: a frameless, transparent QPlainTextEdit in the text's font
// at the view's zoom. It edits either a text object's `text` (over the text, or where a new
// one goes, growing with what is typed; the text is hidden meanwhile) or a closed shape's
// `label` (over the label's box, wrapped to its width and placed as the label is; only the
// label is hidden). On a rotated object the editor turns with it (a QGraphicsProxyWidget in a
// transparent QGraphicsView over the canvas), so the caret sits where the text will be drawn.
// The end of the edit becomes the ops (commands::commitText,
// commands::commitLabel), one undo step. Escape and Ctrl+Enter end it, and so does the focus
// leaving it.
class TextEditor : public QObject
{
    Q_OBJECT
public:
    explicit TextEditor(CanvasView &view);

    // Until a discarded editor is gone (deleteLater), it still counts as open.
    bool isOpen() const;
    // Edits the text object `objectId` (or the label of the closed shape `objectId`), or a new
    // text at `canvasPos` when it is empty.
    void begin(const QString &objectId, QPointF canvasPos);
    // Ends the edit: its ops go through the canvas's edit path.
    void commit();
    // Drops the edit unread (another drawing is shown).
    void discard();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Puts the editor at `box` (widget coordinates, before rotation), turned by m_angle about
    // m_pivot.
    void place(const QRectF &box);

    CanvasView &m_view;
    QPointer<QPlainTextEdit> m_editor;
    // Only while editing a rotated object: the view and item the editor is drawn through.
    QPointer<QGraphicsView> m_host;
    QGraphicsProxyWidget *m_proxy = nullptr;
    double m_angle = 0;
    QPointF m_pivot;
    QString m_editingId;
    QPointF m_editingPos;
    bool m_label = false; // editing a shape's label, not a text object
};

} // namespace inkboard::canvas
