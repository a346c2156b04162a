// SPDX-License-Identifier: Apache-2.0
#include "foreign_file.h"

#include "bounded_read.h"
#include "excalidraw_reader.h"
#include "svg_reader.h"

#include <QFileInfo>

namespace inkboard::canvas {

ForeignFormat foreignFormatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"excalidraw")
        return ForeignFormat::Excalidraw;
    if (suffix == u"svg")
        return ForeignFormat::Svg;
    return ForeignFormat::None;
}

std::optional<ImportResult> ForeignFile::read(const QString &path, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    auto fail = [&](const QString &why) -> std::optional<ImportResult> {
        if (error)
            *error = tr("Cannot open %1: %2").arg(name, why);
        return std::nullopt;
    };
    const ForeignFormat format = foreignFormatOf(path);
    if (format == ForeignFormat::None)
        return fail(tr("Inkboard does not read this kind of file."));
    QString why;
    const std::optional<QByteArray> bytes = readBoundedFile(path, ForeignLimits::kMaxBytes, &why);
    if (!bytes)
        return fail(why);
    auto result = format == ForeignFormat::Excalidraw ? ExcalidrawReader::read(*bytes, &why)
                                                      : SvgReader::read(*bytes, &why);
    if (!result)
        return fail(why);
    return result;
}

QString ForeignFile::dialogFilters()
{
    return tr("Excalidraw drawings (*.excalidraw);;SVG images (*.svg)");
}

} // namespace inkboard::canvas
