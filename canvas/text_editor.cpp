#include "text_editor.h"

#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QTextDocument>

namespace inkboard::canvas {

TextEditor::TextEditor(QWidget *canvas) : QObject(canvas), m_canvas(canvas) {}

bool TextEditor::isOpen() const
{
    return m_editor != nullptr;
}

void TextEditor::open(const QString &text, const QFont &font, const QColor &ink, QPoint widgetPos)
{
    auto *editor = new QPlainTextEdit(m_canvas);
    m_editor = editor;
    editor->setFrameShape(QFrame::NoFrame);
    editor->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    editor->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    editor->document()->setDocumentMargin(0);
    editor->setFont(font);
    QPalette pal = editor->palette();
    pal.setColor(QPalette::Base, Qt::transparent);
    pal.setColor(QPalette::Text, ink);
    editor->setPalette(pal);
    editor->setStyleSheet(QStringLiteral("QPlainTextEdit { background: transparent; }"));
    editor->setPlainText(text);
    editor->installEventFilter(this);
    auto resize = [editor] {
        const QFontMetricsF fm(editor->font());
        double w = 0;
        const QStringList lines = editor->toPlainText().split(u'\n');
        for (const QString &line : lines)
            w = std::max(w, fm.horizontalAdvance(line));
        editor->resize(int(w + fm.averageCharWidth() * 2 + 4),
                       int(fm.lineSpacing() * lines.size() + 6));
    };
    connect(editor, &QPlainTextEdit::textChanged, m_canvas, resize);
    editor->move(widgetPos);
    resize();
    editor->show();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
}

QString TextEditor::close()
{
    if (!m_editor)
        return {};
    QPlainTextEdit *editor = m_editor;
    m_editor = nullptr;
    editor->removeEventFilter(this);
    const QString text = editor->toPlainText();
    editor->hide();
    editor->deleteLater();
    return text;
}

void TextEditor::discard()
{
    if (m_editor)
        m_editor->deleteLater();
}

bool TextEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor) {
        if (event->type() == QEvent::KeyPress) {
            auto *ke = static_cast<QKeyEvent *>(event);
            const bool ctrlEnter = (ke->key() == Qt::Key_Return || ke->key() == Qt::Key_Enter) &&
                                   (ke->modifiers() & Qt::ControlModifier);
            if (ke->key() == Qt::Key_Escape || ctrlEnter) {
                emit finishRequested();
                return true;
            }
        } else if (event->type() == QEvent::FocusOut) {
            emit focusLost();
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace inkboard::canvas
