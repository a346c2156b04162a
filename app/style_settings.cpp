#include "style_settings.h"

namespace inkboard::app {

namespace {

// Each field with its settings key, read and written through one table.
template<typename Visit> void eachField(Visit &&visit)
{
    visit("stroke", &canvas::Style::strokeColor);
    visit("fill", &canvas::Style::fillColor);
    visit("width", &canvas::Style::strokeWidth);
    visit("opacity", &canvas::Style::opacity);
    visit("fontSize", &canvas::Style::fontSize);
    visit("route", &canvas::Style::route);
    visit("headStart", &canvas::Style::headStart);
    visit("headEnd", &canvas::Style::headEnd);
    visit("dash", &canvas::Style::dash);
    visit("fillStyle", &canvas::Style::fillStyle);
    visit("note", &canvas::Style::noteColor);
    visit("fontFamily", &canvas::Style::fontFamily);
    visit("radius", &canvas::Style::cornerRadius);
    visit("textAlign", &canvas::Style::textAlign);
    visit("labelAlign", &canvas::Style::labelAlign);
    visit("labelVAlign", &canvas::Style::labelVAlign);
}

} // namespace

canvas::Style readStyle(const QSettings &settings, const QString &group,
                        const canvas::Style &fallback)
{
    canvas::Style style = fallback;
    eachField([&](const char *name, auto member) {
        using T = std::decay_t<decltype(style.*member)>;
        const QVariant v = settings.value(group + QLatin1String(name));
        if (v.isValid() && v.canConvert<T>())
            style.*member = v.value<T>();
    });
    return style;
}

void writeStyle(QSettings &settings, const QString &group, const canvas::Style &style)
{
    eachField([&](const char *name, auto member) {
        settings.setValue(group + QLatin1String(name), style.*member);
    });
}

} // namespace inkboard::app
