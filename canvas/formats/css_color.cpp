// SPDX-License-Identifier: Apache-2.0
#include "css_color.h"

#include <QStringList>
#include <algorithm>
#include <cmath>

namespace inkboard::canvas {

std::optional<QColor> parseCssColor(const QString &input)
{
    const QString text = input.trimmed().toLower();
    if (text.isEmpty() || text.size() > 64)
        return std::nullopt;
    if (text == u"transparent" || text == u"none")
        return QColor(0, 0, 0, 0);
    if (text.startsWith(u'#')) {
        bool ok = false;
        const uint v = text.mid(1).toUInt(&ok, 16);
        if (!ok)
            return std::nullopt;
        switch (text.size()) {
        case 4:
            return QColor(int((v >> 8) & 0xf) * 17, int((v >> 4) & 0xf) * 17, int(v & 0xf) * 17);
        case 7:
            return QColor(int((v >> 16) & 0xff), int((v >> 8) & 0xff), int(v & 0xff));
        case 9:
            return QColor(int((v >> 24) & 0xff), int((v >> 16) & 0xff), int((v >> 8) & 0xff),
                          int(v & 0xff));
        default:
            return std::nullopt;
        }
    }
    if ((text.startsWith(u"rgb(") || text.startsWith(u"rgba(")) && text.endsWith(u')')) {
        const QStringList parts =
            text.mid(text.indexOf(u'(') + 1).chopped(1).split(u',', Qt::SkipEmptyParts);
        if (parts.size() != 3 && parts.size() != 4)
            return std::nullopt;
        int channels[4] = {0, 0, 0, 255};
        for (qsizetype i = 0; i < parts.size(); ++i) {
            QString part = parts.at(i).trimmed();
            const bool percent = part.endsWith(u'%');
            if (percent)
                part.chop(1);
            bool ok = false;
            const double v = part.toDouble(&ok);
            if (!ok || !std::isfinite(v))
                return std::nullopt;
            const double unit = i == 3 && !percent ? v : (percent ? v / 100 : v / 255);
            channels[i] = int(std::lround(std::clamp(unit, 0.0, 1.0) * 255));
        }
        return QColor(channels[0], channels[1], channels[2], channels[3]);
    }
    for (QChar c : text) {
        if (c < u'a' || c > u'z')
            return std::nullopt; // hsl() and the like: not read
    }
    QColor named(text);
    if (!named.isValid())
        return std::nullopt;
    return named;
}

QString cssColor(const QColor &color)
{
    const QColor c = color.toRgb();
    if (c.alpha() == 0)
        return QStringLiteral("transparent");
    QString s = QStringLiteral("#%1%2%3")
                    .arg(c.red(), 2, 16, QLatin1Char('0'))
                    .arg(c.green(), 2, 16, QLatin1Char('0'))
                    .arg(c.blue(), 2, 16, QLatin1Char('0'));
    if (c.alpha() != 255)
        s += QStringLiteral("%1").arg(c.alpha(), 2, 16, QLatin1Char('0'));
    return s;
}

} // namespace inkboard::canvas
