// SPDX-License-Identifier: Apache-2.0
#include "style_settings.h"

#include "style_mix.h"

namespace inkboard::app {

// Each member of the style under its own key: the one table of style members (style_mix.h).

canvas::Style readStyle(const QSettings &settings, const QString &group,
                        const canvas::Style &fallback)
{
    canvas::Style style = fallback;
    canvas::forEachStyleMember([&](const char *name, auto member, canvas::StyleFields) {
        using T = std::decay_t<decltype(style.*member)>;
        const QVariant v = settings.value(group + QLatin1String(name));
        if (v.isValid() && v.canConvert<T>())
            style.*member = v.value<T>();
    });
    return style;
}

void writeStyle(QSettings &settings, const QString &group, const canvas::Style &style)
{
    canvas::forEachStyleMember([&](const char *name, auto member, canvas::StyleFields) {
        settings.setValue(group + QLatin1String(name), style.*member);
    });
}

} // namespace inkboard::app
