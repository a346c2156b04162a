// SPDX-License-Identifier: Apache-2.0
#include "export_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>

namespace inkboard::app {

ExportDialog::ExportDialog(bool hasSelection, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Export"));
    auto *form = new QFormLayout(this);
    m_format = new QComboBox(this);
    m_format->addItem(tr("PNG image"), QStringLiteral("png"));
    m_format->addItem(tr("SVG vector image"), QStringLiteral("svg"));
    m_format->addItem(tr("PDF document"), QStringLiteral("pdf"));
    m_format->addItem(tr("Excalidraw drawing"), QStringLiteral("excalidraw"));
    form->addRow(tr("Format"), m_format);
    m_scale = new QComboBox(this);
    for (int s : {1, 2, 3, 4})
        m_scale->addItem(QStringLiteral("%1×").arg(s), s);
    m_scale->setCurrentIndex(1);
    form->addRow(tr("Scale"), m_scale);
    m_transparent = new QCheckBox(tr("Transparent background"), this);
    form->addRow(QString(), m_transparent);
    m_selectionOnly = new QCheckBox(tr("Only the selection"), this);
    m_selectionOnly->setEnabled(hasSelection);
    m_selectionOnly->setChecked(hasSelection);
    form->addRow(QString(), m_selectionOnly);
    m_comments = new QCheckBox(tr("Include comment &markers"), this);
    m_comments->setObjectName(QStringLiteral("exportComments"));
    form->addRow(QString(), m_comments);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
    updateEnabled();
}

void ExportDialog::updateEnabled()
{
    const bool png = format() == u"png";
    m_scale->setEnabled(png);
    m_transparent->setEnabled(png || format() == u"svg");
}

QString ExportDialog::format() const
{
    return m_format->currentData().toString();
}

bool ExportDialog::includesComments() const
{
    return m_comments->isChecked();
}

canvas::ExportOptions ExportDialog::options(const QSet<QString> &selection) const
{
    canvas::ExportOptions o;
    o.scale = m_scale->currentData().toInt();
    o.transparent = m_transparent->isEnabled() && m_transparent->isChecked();
    if (m_selectionOnly->isChecked())
        o.only = selection;
    return o;
}

} // namespace inkboard::app
