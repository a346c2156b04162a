// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "canvas_view.h"

#include <QPointer>
#include <QWidget>

class QDoubleSpinBox;
class QFormLayout;
class QSlider;
class QSpinBox;
class QButtonGroup;
class QComboBox;

namespace inkboard::app {

// Stroke color, fill, width, opacity, font size and font (texts and labels), connector route
// and arrowheads of the next object and of the selection. A field the selected objects
// differ in shows as "Mixed"; choosing a value sets it on all of them (one undo step).
// It edits the canvas's style; the canvas turns a change into one restyle op per object.
// While the note tool is active or notes are selected, a row of note colours too: the next
// note's fill, and the fill of the selection when it holds notes.
class StylePanel : public QWidget
{
    Q_OBJECT
public:
    explicit StylePanel(canvas::CanvasView *canvas, QWidget *parent = nullptr);

    static const QList<QColor> &strokeColors();
    static const QList<QColor> &fillColors();
    static const QList<QColor> &noteColors();

private:
    void refresh();
    void edit(canvas::StyleField field, const std::function<void(canvas::Style &)> &change);
    QWidget *swatchRow(const QString &name, const QList<QColor> &colors, bool fill);
    // A choice among `values` (prop words) shown as `labels`, editing one Style field.
    QComboBox *choice(const QString &name, const QStringList &values, const QStringList &labels,
                      QString canvas::Style::*field, canvas::StyleField which);
    QWidget *noteRow();
    bool notesInPlay() const;

    QPointer<canvas::CanvasView> m_canvas;
    QDoubleSpinBox *m_width = nullptr;
    QSlider *m_opacity = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QSpinBox *m_radius = nullptr;
    QComboBox *m_fontFamily = nullptr;
    QComboBox *m_route = nullptr;
    QComboBox *m_headStart = nullptr;
    QComboBox *m_headEnd = nullptr;
    QComboBox *m_dash = nullptr;
    QComboBox *m_fillStyle = nullptr;
    QComboBox *m_align = nullptr;  // texts' align and labels' label_align
    QComboBox *m_valign = nullptr; // labels' label_valign
    QList<QPair<QWidget *, QColor>> m_strokeSwatches;
    QList<QPair<QWidget *, QColor>> m_fillSwatches;
    QList<QPair<QWidget *, QColor>> m_noteSwatches;
    QWidget *m_noteRow = nullptr;
    QFormLayout *m_form = nullptr;
    canvas::StyleFields m_mixed; // what the selection holds several values of
    bool m_refreshing = false;
};

} // namespace inkboard::app
