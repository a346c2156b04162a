// SPDX-License-Identifier: Apache-2.0
#include "fonts.h"

#include "logging.h"
#include "style.h"

#include <QFontDatabase>

namespace inkboard::canvas {

QString fontFamilyFor(const QString &prop)
{
    if (prop.isEmpty() || prop == fontKeyword::sans)
        return kDefaultFontFamily;
    if (prop == fontKeyword::serif)
        return QStringLiteral("DejaVu Serif");
    if (prop == fontKeyword::mono)
        return QStringLiteral("DejaVu Sans Mono");
    if (prop == fontKeyword::hand)
        return QStringLiteral("Comic Neue");
    return prop;
}

bool registerBundledFonts()
{
    static const bool registered = [] {
        // resources/fonts, compiled in by canvas/CMakeLists.txt.
        const int id =
            QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/ComicNeue-Regular.otf"));
        if (id < 0)
            qCWarning(lcCanvas, "the bundled font Comic Neue could not be loaded");
        return id >= 0;
    }();
    return registered;
}

} // namespace inkboard::canvas
