#pragma once

#include <QObject>
#include <QPointF>
#include <QPointer>

class QPlainTextEdit;

namespace inkboard::canvas {

class CanvasView;

// The canvas's inline text editor: a frameless, transparent QPlainTextEdit over the text (or
// where a new one goes), in its font at the view's zoom, growing with what is typed. The
// edited object is hidden meanwhile; the end of the edit becomes the text's ops
// (commands::commitText). Escape and Ctrl+Enter end it, and so does the focus leaving it.
class TextEditor : public QObject
{
    Q_OBJECT
public:
    explicit TextEditor(CanvasView &view);

    // Until a discarded editor is gone (deleteLater), it still counts as open.
    bool isOpen() const;
    // Edits the text object `objectId`, or a new text at `canvasPos` when it is empty.
    void begin(const QString &objectId, QPointF canvasPos);
    // Ends the edit: its ops go through the canvas's edit path.
    void commit();
    // Drops the edit unread (another drawing is shown).
    void discard();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    CanvasView &m_view;
    QPointer<QPlainTextEdit> m_editor;
    QString m_editingId;
    QPointF m_editingPos;
};

} // namespace inkboard::canvas
