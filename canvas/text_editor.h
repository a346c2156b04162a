#pragma once

#include <QColor>
#include <QFont>
#include <QObject>
#include <QPointer>

class QPlainTextEdit;
class QWidget;

namespace inkboard::canvas {

// The inline editor of a text object: a frameless, transparent QPlainTextEdit over the canvas
// where the text is, in its font at the view's zoom, growing with what is typed. What the
// text means to the drawing (which object, the ops at the end) is the canvas's business.
class TextEditor : public QObject
{
    Q_OBJECT
public:
    explicit TextEditor(QWidget *canvas);

    // Until a discarded editor is gone (deleteLater), it still counts as open.
    bool isOpen() const;
    // Opens at `widgetPos` holding `text`, focused with the cursor at its end.
    void open(const QString &text, const QFont &font, const QColor &ink, QPoint widgetPos);
    // Closes the editor and returns what it held.
    QString close();
    // Drops the editor unread (another drawing is shown).
    void discard();

signals:
    // Escape or Ctrl+Enter: the user is done.
    void finishRequested();
    // Focus went elsewhere: the edit ends too, once the focus change has settled.
    void focusLost();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_canvas;
    QPointer<QPlainTextEdit> m_editor;
};

} // namespace inkboard::canvas
