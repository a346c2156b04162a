// SPDX-License-Identifier: Apache-2.0
#include "style_panel.h"

#include "shape_outline.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <algorithm>

namespace inkboard::app {

namespace {

using F = canvas::StyleField;
constexpr int kMinFontSize = 4;

QIcon swatchIcon(const QColor &c)
{
    QPixmap pm(18, 18);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    if (c.alpha() == 0) {
        // "No fill": a crossed-out square.
        p.setPen(QPen(QColor(0x86, 0x8e, 0x96), 1.5));
        p.drawRoundedRect(QRectF(1.5, 1.5, 15, 15), 3, 3);
        p.setPen(QPen(QColor(0xe0, 0x31, 0x31), 1.5));
        p.drawLine(QPointF(3, 15), QPointF(15, 3));
    } else {
        p.setPen(QPen(QColor(0, 0, 0, 60), 1));
        p.setBrush(c);
        p.drawRoundedRect(QRectF(1.5, 1.5, 15, 15), 3, 3);
    }
    return QIcon(pm);
}

bool notesSelected(const canvas::CanvasView &canvas)
{
    const QList<const canvas::SceneItem *> items = canvas.selectedItems();
    return std::any_of(items.cbegin(), items.cend(),
                       [](const canvas::SceneItem *i) { return canvas::isNote(i->object); });
}

} // namespace

const QList<QColor> &StylePanel::strokeColors()
{
    static const QList<QColor> colors{QColor(0x1e1e1e), QColor(0xe03131), QColor(0x2f9e44),
                                      QColor(0x1971c2), QColor(0xf08c00), QColor(0x9c36b5),
                                      QColor(0x868e96), QColor(0xffffff)};
    return colors;
}

const QList<QColor> &StylePanel::fillColors()
{
    static const QList<QColor> colors{QColor(Qt::transparent), QColor(0xffc9c9), QColor(0xb2f2bb),
                                      QColor(0xa5d8ff),        QColor(0xffec99), QColor(0xeebefa),
                                      QColor(0xe9ecef),        QColor(0x1e1e1e)};
    return colors;
}

const QList<QColor> &StylePanel::noteColors()
{
    // Paper colours, light enough for dark ink: yellow (the default), pink, green, blue,
    // orange, violet.
    static const QList<QColor> colors{QColor(0xfff59d), QColor(0xf8bbd0), QColor(0xc5e1a5),
                                      QColor(0xb3e5fc), QColor(0xffcc80), QColor(0xd1c4e9)};
    return colors;
}

StylePanel::StylePanel(canvas::CanvasView *canvas, QWidget *parent)
    : QWidget(parent), m_canvas(canvas)
{
    auto *form = new QFormLayout(this);
    m_form = form;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Stroke"), swatchRow(QStringLiteral("stroke"), strokeColors(), false));
    form->addRow(tr("Fill"), swatchRow(QStringLiteral("fill"), fillColors(), true));
    m_noteRow = noteRow();
    form->addRow(tr("Note"), m_noteRow);

    m_width = new QDoubleSpinBox(this);
    m_width->setObjectName(QStringLiteral("strokeWidth"));
    m_width->setRange(0, 100);
    m_width->setSingleStep(1);
    m_width->setDecimals(1);
    m_width->setSuffix(tr(" px"));
    form->addRow(tr("Width"), m_width);
    connect(m_width, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (v >= 0) // below 0: "Mixed", shown until a value is chosen
            edit(F::StrokeWidth, [v](canvas::Style &s) { s.strokeWidth = v; });
    });

    m_opacity = new QSlider(Qt::Horizontal, this);
    m_opacity->setObjectName(QStringLiteral("opacity"));
    m_opacity->setRange(0, 100);
    form->addRow(tr("Opacity"), m_opacity);
    // One edit per drag, not one per pixel of the drag.
    auto applyOpacity = [this] {
        const double v = m_opacity->value() / 100.0;
        edit(F::Opacity, [v](canvas::Style &s) { s.opacity = v; });
    };
    connect(m_opacity, &QSlider::sliderReleased, this, applyOpacity);
    connect(m_opacity, &QSlider::valueChanged, this, [this, applyOpacity] {
        if (!m_opacity->isSliderDown())
            applyOpacity();
    });

    m_radius = new QSpinBox(this);
    m_radius->setObjectName(QStringLiteral("cornerRadius"));
    m_radius->setRange(0, 200);
    m_radius->setSuffix(tr(" px"));
    m_radius->setToolTip(tr("Corner radius of rectangles (0: square)"));
    form->addRow(tr("Corners"), m_radius);
    connect(m_radius, &QSpinBox::valueChanged, this, [this](int v) {
        if (v >= 0)
            edit(F::CornerRadius, [v](canvas::Style &s) { s.cornerRadius = v; });
    });

    m_fontSize = new QSpinBox(this);
    m_fontSize->setObjectName(QStringLiteral("fontSize"));
    m_fontSize->setRange(kMinFontSize, 400);
    m_fontSize->setSuffix(tr(" px"));
    form->addRow(tr("Font size"), m_fontSize);
    connect(m_fontSize, &QSpinBox::valueChanged, this, [this](int v) {
        if (v >= kMinFontSize)
            edit(F::FontSize, [v](canvas::Style &s) { s.fontSize = v; });
    });

    m_fontFamily = choice(QStringLiteral("fontFamily"),
                          {QStringLiteral("sans"), QStringLiteral("serif"), QStringLiteral("mono"),
                           QStringLiteral("hand")},
                          {tr("Sans"), tr("Serif"), tr("Mono"), tr("Hand")},
                          &canvas::Style::fontFamily, F::FontFamily);
    form->addRow(tr("Font"), m_fontFamily);

    m_align = new QComboBox(this);
    m_align->setObjectName(QStringLiteral("textAlign"));
    m_align->setPlaceholderText(tr("Mixed"));
    m_align->addItem(tr("Left"), QStringLiteral("left"));
    m_align->addItem(tr("Centre"), QStringLiteral("center"));
    m_align->addItem(tr("Right"), QStringLiteral("right"));
    form->addRow(tr("Align"), m_align);
    connect(m_align, &QComboBox::activated, this, [this](int index) {
        const QString v = m_align->itemData(index).toString();
        edit(F::TextAlign, [v](canvas::Style &s) { s.textAlign = s.labelAlign = v; });
    });
    m_valign = choice(QStringLiteral("labelVAlign"),
                      {QStringLiteral("top"), QStringLiteral("middle"), QStringLiteral("bottom")},
                      {tr("Top"), tr("Middle"), tr("Bottom")}, &canvas::Style::labelVAlign,
                      F::VerticalAlign);
    m_valign->setToolTip(tr("Where a shape's label sits in it"));
    form->addRow(tr("Vertical"), m_valign);

    const QStringList heads{QStringLiteral("none"), QStringLiteral("arrow"),
                            QStringLiteral("triangle"), QStringLiteral("dot"),
                            QStringLiteral("bar")};
    const QStringList headNames{tr("None"), tr("Arrow"), tr("Triangle"), tr("Dot"), tr("Bar")};
    m_route = choice(QStringLiteral("route"), {QStringLiteral("straight"), QStringLiteral("elbow")},
                     {tr("Straight"), tr("Elbow")}, &canvas::Style::route, F::Route);
    form->addRow(tr("Route"), m_route);
    m_headStart = choice(QStringLiteral("headStart"), heads, headNames, &canvas::Style::headStart,
                         F::HeadStart);
    form->addRow(tr("Start"), m_headStart);
    m_headEnd =
        choice(QStringLiteral("headEnd"), heads, headNames, &canvas::Style::headEnd, F::HeadEnd);
    form->addRow(tr("End"), m_headEnd);
    m_dash = choice(QStringLiteral("dash"),
                    {QStringLiteral("solid"), QStringLiteral("dashed"), QStringLiteral("dotted")},
                    {tr("Solid"), tr("Dashed"), tr("Dotted")}, &canvas::Style::dash, F::Dash);
    form->addRow(tr("Outline"), m_dash);
    m_fillStyle =
        choice(QStringLiteral("fillStyle"), {QStringLiteral("solid"), QStringLiteral("hatch")},
               {tr("Solid"), tr("Hatched")}, &canvas::Style::fillStyle, F::FillStyle);
    form->addRow(tr("Fill style"), m_fillStyle);

    if (m_canvas) {
        connect(m_canvas, &canvas::CanvasView::styleChanged, this, &StylePanel::refresh);
        connect(m_canvas, &canvas::CanvasView::toolChanged, this, &StylePanel::refresh);
        connect(m_canvas, &canvas::CanvasView::selectionChanged, this, &StylePanel::refresh);
    }
    refresh();
}

QWidget *StylePanel::noteRow()
{
    auto *row = new QWidget(this);
    row->setObjectName(QStringLiteral("noteColors"));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (const QColor &c : noteColors()) {
        auto *b = new QToolButton(row);
        b->setObjectName(QStringLiteral("noteSwatch_%1").arg(c.name().mid(1)));
        b->setIcon(swatchIcon(c));
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setToolTip(tr("Note colour %1").arg(c.name()));
        layout->addWidget(b);
        m_noteSwatches.append({b, c});
        connect(b, &QToolButton::clicked, this, [this, c] {
            // Selected notes take it as their fill (one restyle, one undo step); the next
            // note takes it either way.
            const bool recolour = m_canvas && notesSelected(*m_canvas);
            edit(F::FillColor, [c, recolour](canvas::Style &s) {
                s.noteColor = c;
                if (recolour)
                    s.fillColor = c;
            });
        });
    }
    layout->addStretch();
    return row;
}

bool StylePanel::notesInPlay() const
{
    if (!m_canvas)
        return false;
    return m_canvas->tool() == canvas::ToolKind::Note || notesSelected(*m_canvas);
}

QWidget *StylePanel::swatchRow(const QString &name, const QList<QColor> &colors, bool fill)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (const QColor &c : colors) {
        auto *b = new QToolButton(row);
        b->setObjectName(QStringLiteral("%1Swatch_%2")
                             .arg(name, c.alpha() ? c.name().mid(1) : QStringLiteral("none")));
        b->setIcon(swatchIcon(c));
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setToolTip(c.alpha() ? c.name() : tr("None"));
        layout->addWidget(b);
        (fill ? m_fillSwatches : m_strokeSwatches).append({b, c});
        connect(b, &QToolButton::clicked, this, [this, c, fill] {
            edit(fill ? F::FillColor : F::StrokeColor,
                 [c, fill](canvas::Style &s) { (fill ? s.fillColor : s.strokeColor) = c; });
        });
    }
    auto *more = new QToolButton(row);
    more->setObjectName(name + QStringLiteral("More"));
    more->setText(QStringLiteral("…"));
    more->setToolTip(tr("Other color…"));
    more->setAutoRaise(true);
    layout->addWidget(more);
    layout->addStretch();
    connect(more, &QToolButton::clicked, this, [this, fill] {
        if (!m_canvas)
            return;
        const canvas::Style s = m_canvas->style();
        const QColor c = QColorDialog::getColor(fill ? s.fillColor : s.strokeColor, this,
                                                fill ? tr("Fill color") : tr("Stroke color"),
                                                QColorDialog::ShowAlphaChannel);
        if (c.isValid())
            edit(fill ? F::FillColor : F::StrokeColor,
                 [c, fill](canvas::Style &st) { (fill ? st.fillColor : st.strokeColor) = c; });
    });
    return row;
}

QComboBox *StylePanel::choice(const QString &name, const QStringList &values,
                              const QStringList &labels, QString canvas::Style::*field,
                              canvas::StyleField which)
{
    auto *box = new QComboBox(this);
    box->setObjectName(name);
    box->setPlaceholderText(tr("Mixed")); // shown at index -1: the selection holds several
    for (qsizetype i = 0; i < values.size(); ++i)
        box->addItem(labels.value(i), values.at(i));
    connect(box, &QComboBox::activated, this, [this, box, field, which](int index) {
        const QString v = box->itemData(index).toString();
        edit(which, [field, v](canvas::Style &s) { s.*field = v; });
    });
    return box;
}

void StylePanel::edit(canvas::StyleField field, const std::function<void(canvas::Style &)> &change)
{
    if (m_refreshing || !m_canvas)
        return;
    canvas::Style s = m_canvas->style();
    change(s);
    // A mixed field is set on every selected object, even to the value the panel held.
    const canvas::StyleFields force = m_mixed & field;
    if (!(s == m_canvas->style()) || force)
        m_canvas->setStyle(s, force);
}

void StylePanel::refresh()
{
    if (!m_canvas)
        return;
    using F = canvas::StyleField;
    m_refreshing = true;
    const canvas::Style s = m_canvas->style();
    QList<Object> selected;
    for (const canvas::SceneItem *item : m_canvas->selectedItems())
        selected.append(item->object);
    m_mixed = canvas::mixedFields(selected);
    const auto is = [this](F f) { return m_mixed.testFlag(f); };
    for (const auto &[w, c] : std::as_const(m_strokeSwatches))
        static_cast<QToolButton *>(w)->setChecked(!is(F::StrokeColor) && c == s.strokeColor);
    for (const auto &[w, c] : std::as_const(m_fillSwatches))
        static_cast<QToolButton *>(w)->setChecked(
            !is(F::FillColor) && (c.alpha() == 0 ? s.fillColor.alpha() == 0 : c == s.fillColor));
    for (const auto &[w, c] : std::as_const(m_noteSwatches))
        static_cast<QToolButton *>(w)->setChecked(!is(F::FillColor) && c == s.noteColor);
    m_form->setRowVisible(m_noteRow, notesInPlay());
    // Spin boxes show "Mixed" at one below their range, until the user picks a value (the
    // text only then: a spin box shows it whenever it is at its minimum, 0 px too).
    for (const auto &[box, field] : {std::pair<QAbstractSpinBox *, F>{m_width, F::StrokeWidth},
                                     std::pair<QAbstractSpinBox *, F>{m_radius, F::CornerRadius},
                                     std::pair<QAbstractSpinBox *, F>{m_fontSize, F::FontSize}})
        box->setSpecialValueText(is(field) ? tr("Mixed") : QString());
    m_width->setMinimum(is(F::StrokeWidth) ? -1 : 0);
    m_width->setValue(is(F::StrokeWidth) ? -1 : s.strokeWidth);
    m_radius->setMinimum(is(F::CornerRadius) ? -1 : 0);
    m_radius->setValue(is(F::CornerRadius) ? -1 : qRound(s.cornerRadius));
    m_fontSize->setMinimum(is(F::FontSize) ? kMinFontSize - 1 : kMinFontSize);
    m_fontSize->setValue(is(F::FontSize) ? kMinFontSize - 1 : qRound(s.fontSize));
    if (!m_opacity->isSliderDown())
        m_opacity->setValue(qRound(s.opacity * 100));
    m_opacity->setToolTip(is(F::Opacity) ? tr("Mixed: the selection holds several opacities")
                                         : tr("%1%").arg(m_opacity->value()));
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_opacity)))
        label->setText(is(F::Opacity) ? tr("Opacity (mixed)") : tr("Opacity"));
    for (const auto &[box, value, field] :
         {std::tuple{m_fontFamily, s.fontFamily, F::FontFamily},
          std::tuple{m_route, s.route, F::Route},
          std::tuple{m_headStart, s.headStart, F::HeadStart},
          std::tuple{m_headEnd, s.headEnd, F::HeadEnd}, std::tuple{m_dash, s.dash, F::Dash},
          std::tuple{m_fillStyle, s.fillStyle, F::FillStyle}})
        box->setCurrentIndex(is(field) ? -1 : std::max(0, box->findData(value)));
    // A text's alignment where texts are in play, else a label's.
    const bool texts = std::any_of(selected.cbegin(), selected.cend(),
                                   [](const Object &o) { return o.type == ObjectType::Text; }) ||
                       (selected.isEmpty() && m_canvas->tool() == canvas::ToolKind::Text);
    m_align->setCurrentIndex(
        is(F::TextAlign) ? -1 : std::max(0, m_align->findData(texts ? s.textAlign : s.labelAlign)));
    m_valign->setCurrentIndex(
        is(F::VerticalAlign) ? -1 : std::max(0, m_valign->findData(s.labelVAlign)));
    m_refreshing = false;
}

} // namespace inkboard::app
