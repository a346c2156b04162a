// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "exporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace inkboard::app {

// Export options: format, PNG scale and transparency, and whether only the selection goes.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(bool hasSelection, QWidget *parent = nullptr);

    // "png", "svg", "pdf" or "excalidraw".
    QString format() const;
    // Options for the exporter; `selection` is used when "only the selection" is checked.
    canvas::ExportOptions options(const QSet<QString> &selection) const;
    // Whether the comment markers go into the file too (off unless asked).
    bool includesComments() const;

private:
    void updateEnabled();

    QComboBox *m_format;
    QComboBox *m_scale;
    QCheckBox *m_transparent;
    QCheckBox *m_selectionOnly;
    QCheckBox *m_comments;
};

} // namespace inkboard::app
