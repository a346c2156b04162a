// SPDX-License-Identifier: Apache-2.0
#include "text_editor.h"

#include "canvas_view.h"
#include "commands/connector_edits.h"
#include "commands/label_commit.h"
#include "commands/text_commit.h"
#include "connectors/binding.h"
#include "geometry.h"
#include "label_painter.h"
#include "shape_outline.h"

#include <QGraphicsProxyWidget>
#include <QGraphicsScene>
#include <QGraphicsView>
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

// The editor over a shape's label: the label box on the widget (before the shape's rotation),
// its height following the wrapped text as the label's valign places it.
QRectF overLabel(const QPlainTextEdit *editor, const QRectF &widgetBox, int flags)
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
    return QRectF(left, top, width, height);
}

// A text editor sized to what it holds (texts do not wrap).
QSizeF fittingText(const QPlainTextEdit *editor)
{
    const QFontMetricsF fm(editor->font());
    double w = 0;
    const QStringList lines = editor->toPlainText().split(u'\n');
    for (const QString &line : lines)
        w = std::max(w, fm.horizontalAdvance(line));
    return QSizeF(std::ceil(w + fm.averageCharWidth() * 2 + 4),
                  std::ceil(fm.lineSpacing() * lines.size() + 6));
}

// The host of a turned editor: a frameless, transparent view whose scene coordinates are the
// canvas widget's (it sits over exactly the scene rect it shows, unscaled).
QGraphicsView *makeHost(QWidget *canvas)
{
    auto *host = new QGraphicsView(canvas);
    host->setObjectName(QStringLiteral("turnedEditorHost"));
    host->setScene(new QGraphicsScene(host));
    host->setFrameShape(QFrame::NoFrame);
    host->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    host->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    host->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    host->setBackgroundBrush(Qt::NoBrush);
    host->setStyleSheet(QStringLiteral("QGraphicsView { background: transparent; }"));
    host->viewport()->setAutoFillBackground(false);
    host->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    return host;
}

} // namespace

void TextEditor::place(const QRectF &box)
{
    if (!m_host) {
        m_editor->setGeometry(box.toAlignedRect());
        return;
    }
    m_proxy->setPos(box.topLeft());
    m_proxy->resize(box.size());
    m_proxy->setTransformOriginPoint(m_pivot - box.topLeft());
    m_proxy->setRotation(m_angle);
    const QRect area = m_proxy->sceneBoundingRect().toAlignedRect();
    m_host->setGeometry(area);
    m_host->setSceneRect(QRectF(area));
    // Clicks beside the turned editor, inside the host's upright box, reach the canvas.
    const QPolygonF outline = m_proxy->mapToScene(m_proxy->rect()).translated(-area.topLeft());
    m_host->setMask(QRegion(outline.toPolygon()));
}

void TextEditor::begin(const QString &objectId, QPointF canvasPos)
{
    commit();
    if (m_view.isReadOnly())
        return;
    Object o;
    QRectF labelArea; // on the widget before the object's rotation, when editing a label
    m_angle = 0;
    if (!objectId.isEmpty()) {
        const SceneItem *item = m_view.scene().item(objectId);
        if (!item)
            return;
        o = item->object;
        // Connectors' labels are drawn upright, whatever the connector's `rotation`.
        if (!isConnector(o))
            m_angle = std::remainder(o.number(QLatin1String("rotation")), 360.0);
        if (takesLabel(o)) {
            const QRectF box = labelBox(o, item->geometry);
            m_pivot = m_view.canvasToWidget(item->geometry.toCanvas.map(box.center()));
            const QSizeF size = box.size() * m_view.zoom();
            labelArea = QRectF(m_pivot - QPointF(size.width(), size.height()) / 2, size);
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
    m_proxy = nullptr;
    if (m_angle != 0)
        m_host = makeHost(&m_view);
    // A widget in a proxy must start as a window of its own.
    auto *editor = new QPlainTextEdit(m_host ? nullptr : &m_view);
    m_editor = editor;
    if (m_host) {
        // A proxy holds its widget to the widget's minimum size hint (a scroll area's is
        // about 70 px): the editor must take the label's size, or it turns about another centre.
        editor->setMinimumSize(1, 1);
        m_proxy = m_host->scene()->addWidget(editor);
    }
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
        auto placeIt = [this, editor, labelArea, flags] {
            place(overLabel(editor, labelArea, flags));
        };
        connect(editor, &QPlainTextEdit::textChanged, this, placeIt);
        placeIt();
    } else {
        editor->setPlainText(o.string(QLatin1String("text")));
        // A text turns about its box's centre; its top left corner stays where it is drawn.
        m_pivot = m_view.canvasToWidget(canvasPos).toPoint();
        auto placeIt = [this, editor] { place(QRectF(m_pivot, fittingText(editor))); };
        connect(editor, &QPlainTextEdit::textChanged, this, placeIt);
        placeIt();
    }
    editor->show();
    if (m_host) {
        m_host->show();
        m_host->setFocus();
    }
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
    if (m_host) {
        // The host's scene owns the editor through its proxy.
        m_host->hide();
        m_host->deleteLater();
        m_host = nullptr;
        m_proxy = nullptr;
    } else {
        editor->deleteLater();
    }
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
        // A label that grows its shape, or resizes a connector's label box, moves what is
        // bound to them: their drawn points are stored in the same step.
        m_view.requestOps(commands::withRestyledConnectors(
                              commands::commitLabel(m_view.visible(), id, text, labelProps),
                              m_view.visible(), m_view.scene()),
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
    if (m_host)
        m_host->deleteLater();
    else if (m_editor)
        m_editor->deleteLater();
    m_host = nullptr;
    m_proxy = nullptr;
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
