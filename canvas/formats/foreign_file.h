// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "import_result.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace inkboard::canvas {

// The files of other programs Inkboard opens, by their suffix.
enum class ForeignFormat
{
    None,
    Excalidraw, // .excalidraw
    Svg,        // .svg
};

ForeignFormat foreignFormatOf(const QString &path);

class ForeignFile
{
    Q_DECLARE_TR_FUNCTIONS(ForeignFile)
public:
    // The file read (at most ForeignLimits::kMaxBytes, refused before reading when larger)
    // and converted; `error` names the file and says why it was refused.
    static std::optional<ImportResult> read(const QString &path, QString *error);
    // The file dialog's filter for the formats read here ("Excalidraw drawings (*.excalidraw)…").
    static QString dialogFilters();
};

} // namespace inkboard::canvas
