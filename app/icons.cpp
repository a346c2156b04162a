// SPDX-License-Identifier: Apache-2.0
#include "icons.h"

#include <QFile>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace inkboard::app {

QIcon themedIcon(const QString &name, const QPalette &palette)
{
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray svg = file.readAll();
    QIcon icon;
    const struct
    {
        QIcon::Mode mode;
        QColor color;
    } variants[] = {
        {QIcon::Normal, palette.color(QPalette::Active, QPalette::WindowText)},
        {QIcon::Disabled, palette.color(QPalette::Disabled, QPalette::WindowText)},
        {QIcon::Selected, palette.color(QPalette::Active, QPalette::HighlightedText)},
        {QIcon::Active, palette.color(QPalette::Active, QPalette::WindowText)},
    };
    for (const auto &v : variants) {
        QByteArray tinted = svg;
        tinted.replace("currentColor", v.color.name().toLatin1());
        QSvgRenderer renderer(tinted);
        for (int size : {16, 24, 32, 48}) {
            QPixmap pm(size, size);
            pm.fill(Qt::transparent);
            QPainter p(&pm);
            renderer.render(&p);
            p.end();
            icon.addPixmap(pm, v.mode);
        }
    }
    return icon;
}

} // namespace inkboard::app
