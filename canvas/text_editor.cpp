#include "text_editor.h"

#include "canvas_view.h"
#include "commands/label_commit.h"
#include "commands/text_commit.h"
#include "geometry.h"
#include "label_painter.h"
#include "shape_outline.h"

#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QTextDocument>

namespace inkboard::canvas {

TextEditor::TextEditor(CanvasView &view) : QObject(&view), m_view(view) {}

bool TextEditor::isOpen() const
{
    return m_editor != nullptr;
}

namespace {

// The editor over a shape's label: the label box on the widget (rotation left out: the text is
// edited upright), its height following the wrapped text as the label's valign places it.
void placeOverLabel(QPlainTextEdit *editor, const QRectF &widgetBox, int flags)
{
    const QFontMetricsF fm(editor->font());
    const double width = std::max(widgetBox.width(), fm.averageCharWidth() * 4);
    const QString text = editor->toPlainText();
    const QRectF wrapped =
        fm.boundingRect(QRectF(0, 0, width, 1e7), flags & ~Qt::AlignVertical_Mask,
                        text.isEmpty() ? QStringLiteral(" ") : text);
    const double height = std::max(wrapped.height(), fm.height()) + 6;
    double top = widgetBox.center().y() - height / 2;
    if (flags & Qt::AlignTop)
        top = widgetBox.top();
    else if (flags & Qt::AlignBottom)
        top = widgetBox.bottom() - height;
    const double left = widgetBox.center().x() - width / 2;
    editor->setGeometry(QRectF(left, top, width, height).toAlignedRect());
}

} // namespace

void TextEditor::begin(const QString &objectId, QPointF canvasPos)
{
    commit();
    if (m_view.isReadOnly())
        return;
    Object o;
    QRectF labelArea; // on the widget, when editing a label
    if (!objectId.isEmpty()) {
        const SceneItem *item = m_view.scene().item(objectId);
        if (!item)
            return;
        o = item->object;
        if (takesLabel(o)) {
            const QRectF box = item->geometry.toCanvas.mapRect(labelBox(o, item->geometry));
            labelArea = QRectF(m_view.canvasToWidget(box.topLeft()),
                               m_view.canvasToWidget(box.bottomRight()));
        } else {
            canvasPos = item->geometry.toCanvas.map(item->geometry.frame.topLeft());
        }
    } else {
        o.type = ObjectType::Text;
        o.props = m_view.styleOf(ToolKind::Text).toProps(ObjectType::Text);
    }
    m_editingId = objectId;
    m_editingPos = canvasPos;
    m_label = !labelArea.isNull();
    auto *editor = new QPlainTextEdit(&m_view);
    m_editor = editor;
    editor->setObjectName(m_label ? QStringLiteral("labelEditor") : QStringLiteral("textEditor"));
    editor->setFrameShape(QFrame::NoFrame);
    editor->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    editor->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    editor->setLineWrapMode(m_label ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    editor->document()->setDocumentMargin(0);
    QFont font = fontOf(o);
    font.setPixelSize(std::max(1, qRound(fontSizeOf(o) * m_view.zoom())));
    editor->setFont(font);
    QPalette pal = editor->palette();
    pal.setColor(QPalette::Base, Qt::transparent);
    pal.setColor(QPalette::Text, m_view.renderer().displayColor(strokeColorOf(o)));
    editor->setPalette(pal);
    editor->setStyleSheet(QStringLiteral("QPlainTextEdit { background: transparent; }"));
    editor->installEventFilter(this);
    if (m_label) {
        const int flags = labelFlags(o);
        // Lines sit in the editor as they will in the shape.
        QTextOption option = editor->document()->defaultTextOption();
        option.setAlignment(Qt::Alignment(flags & Qt::AlignHorizontal_Mask));
        editor->document()->setDefaultTextOption(option);
        editor->setPlainText(o.string(QLatin1String("label")));
        auto place = [editor, labelArea, flags] { placeOverLabel(editor, labelArea, flags); };
        connect(editor, &QPlainTextEdit::textChanged, &m_view, place);
        place();
    } else {
        editor->setPlainText(o.string(QLatin1String("text")));
        auto resize = [editor] {
            const QFontMetricsF fm(editor->font());
            double w = 0;
            const QStringList lines = editor->toPlainText().split(u'\n');
            for (const QString &line : lines)
                w = std::max(w, fm.horizontalAdvance(line));
            editor->resize(int(w + fm.averageCharWidth() * 2 + 4),
                           int(fm.lineSpacing() * lines.size() + 6));
        };
        connect(editor, &QPlainTextEdit::textChanged, &m_view, resize);
        editor->move(m_view.canvasToWidget(canvasPos).toPoint());
        resize();
    }
    editor->show();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    if (!objectId.isEmpty()) {
        // A label's shape stays in sight; only the text under the editor goes.
        m_view.m_editHidden = {m_label ? hiddenLabelKey(objectId) : objectId};
        m_view.update();
    }
    emit m_view.editingChanged(objectId);
}

void TextEditor::commit()
{
    if (!m_editor)
        return;
    QPlainTextEdit *editor = m_editor;
    m_editor = nullptr;
    editor->removeEventFilter(this);
    const QString text = editor->toPlainText();
    editor->hide();
    editor->deleteLater();
    const QString id = m_editingId;
    const bool label = m_label;
    m_editingId.clear();
    m_label = false;
    m_view.m_editHidden.clear();
    if (label) {
        // A first label takes the font and alignment of the tool that draws such shapes.
        const Object *shape = m_view.visible().find(id);
        const std::optional<ToolKind> tool =
            shape ? ToolStyles::toolMaking(*shape) : std::optional<ToolKind>();
        const Style style = tool ? m_view.styleOf(*tool) : m_view.style();
        // Only what differs from how a label looks without them: the op stays small.
        QJsonObject labelProps = style.labelProps();
        const QJsonObject defaults = Style().labelProps();
        for (auto it = defaults.constBegin(); it != defaults.constEnd(); ++it) {
            if (labelProps.value(it.key()) == it.value())
                labelProps.remove(it.key());
        }
        m_view.requestOps(commands::commitLabel(m_view.visible(), id, text, labelProps),
                          tr("Edit label"));
        emit m_view.editingChanged({});
        m_view.setFocus();
        m_view.update();
        return;
    }
    const commands::TextCommit commit = commands::commitText(
        m_view.visible(), id, text, m_editingPos, m_view.styleOf(ToolKind::Text), m_view.zAbove());
    switch (commit.kind) {
    case commands::TextCommit::Kind::None:
        break;
    case commands::TextCommit::Kind::Add:
        m_view.requestOps(commit.ops, tr("Add text"));
        m_view.setSelection({commit.createdId});
        break;
    case commands::TextCommit::Kind::Edit:
        m_view.requestOps(commit.ops, tr("Edit text"));
        break;
    case commands::TextCommit::Kind::Delete:
        m_view.requestOps(commit.ops, tr("Delete text"));
        break;
    }
    emit m_view.editingChanged({});
    m_view.setFocus();
    m_view.update();
}

void TextEditor::discard()
{
    if (m_editor)
        m_editor->deleteLater();
    m_editingId.clear();
    m_label = false;
}

bool TextEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor) {
        if (event->type() == QEvent::KeyPress) {
            auto *ke = static_cast<QKeyEvent *>(event);
            const bool ctrlEnter = (ke->key() == Qt::Key_Return || ke->key() == Qt::Key_Enter) &&
                                   (ke->modifiers() & Qt::ControlModifier);
            if (ke->key() == Qt::Key_Escape || ctrlEnter) {
                commit();
                if (m_view.tool() == ToolKind::Text)
                    m_view.setTool(ToolKind::Select);
                return true;
            }
        } else if (event->type() == QEvent::FocusOut) {
            // Once the focus change has settled (a click on the canvas commits by itself).
            QMetaObject::invokeMethod(this, &TextEditor::commit, Qt::QueuedConnection);
        }
    }
    return QObject::eventFilter(watched, event);
}

// --- CanvasView's text-edit entry points ---------------------------------------------------------

bool CanvasView::isEditingText() const
{
    return m_textEditor->isOpen();
}

void CanvasView::beginTextEdit(const QString &objectId, QPointF canvasPos)
{
    m_textEditor->begin(objectId, canvasPos);
}

void CanvasView::commitTextEdit()
{
    m_textEditor->commit();
}

bool CanvasView::editSelectedText()
{
    const QList<const SceneItem *> items = selectedItems();
    if (m_readOnly || items.size() != 1)
        return false;
    const Object &o = items.first()->object;
    if (isLocked(o) || !(o.type == ObjectType::Text || takesLabel(o)))
        return false;
    beginTextEdit(o.id, {});
    return true;
}

} // namespace inkboard::canvas
